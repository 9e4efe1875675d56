[y := f(x), y**2]
[(y := x) for x in data]
if any((n := x) > 3 for x in xs): pass
