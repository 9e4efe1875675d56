# MicroPython differs from CPython on purpose here (expected output from stock MicroPython in
# the .exp): an int compared with or converted to a float goes through a double first (so
# 2**53 + 1 == float(2**53 + 1), huge ints become inf instead of raising OverflowError, and the
# conversion does not round on bits beyond the first one dropped), containers compare NaN by
# value only, and 2**70 and 2.0**70 hash differently.

def rt(x):
    return x


big = rt(2 ** 53 + 1)
print(big == float(big), big > float(2 ** 53), rt(2 ** 60) - 1 < 2.0 ** 60, 10 ** 25 == 1e25)
print(float(rt((1 << 80) + (1 << 27) + 1)), float(rt((1 << 80) + (3 << 27))), float(rt(2 ** 64 - 1)))
huge = rt(10 ** 400)
for f in (lambda: float(huge), lambda: huge < float("inf"), lambda: huge * 1.0, lambda: huge / 3):
    try:
        print(f())
    except OverflowError:
        print("OverflowError")
nan = float("nan")
print(nan in [nan], [nan] == [nan], [nan].count(nan), (nan,) == (nan,))
print(len({2 ** 70: 1, 2.0 ** 70: 2}), hash(2 ** 40) == hash(2.0 ** 40))
