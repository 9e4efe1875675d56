X = const(2)
for X in y:
    pass
