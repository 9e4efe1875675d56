a = [i * 2 for i in range(5) if i]
b = {k: v for k, v in a}
c = (x for x in a)
