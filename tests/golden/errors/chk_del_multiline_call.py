items = [1, 2]
other = 3
del (items,
     other,
     len(items))
