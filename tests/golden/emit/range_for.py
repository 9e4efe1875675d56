def f(n, a):
    g = lambda: a
    for i in range(n):
        a[i] += 1
    for j in range(1, 10, -2):
        if j:
            break
    else:
        return {x for x in a for y in x}
    del a
