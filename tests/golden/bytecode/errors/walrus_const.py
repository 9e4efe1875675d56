X = const(1)
print((X := 2))
