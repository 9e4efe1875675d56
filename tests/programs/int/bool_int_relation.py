# MicroPython differs from CPython on purpose here (expected output from stock MicroPython in
# the .exp): bool is not a subclass of int, so isinstance/issubclass say no and bitwise
# operators on two bools give ints; arithmetic still treats True and False as 1 and 0.

t, f = True, False
print(isinstance(t, int), issubclass(bool, int), type(t).__name__)
print(t & t, t | f, t ^ t, type(t & t).__name__, type(f | f).__name__)
print(t + t, t * 5, -t, ~f, t == 1, f == 0, hash(t) == hash(1))
print(int(t), float(f), str(t), t < 2, sorted([t, 0, -1, f]))
print({1: "one", True: "true"}, [10, 20][t])
for v in (True, False, 0, 1):
    print(repr(v), isinstance(v, bool), isinstance(v, int), type(v) is bool)
