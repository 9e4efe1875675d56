# raise X from Y with a cause other than None: MicroPython does not chain exceptions and prints
# "Warning: exception chaining not supported" each time such a raise runs, so the expected output
# is MicroPython's (NAME.py.exp). The exception raised is still X.


def wrap(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        raise ValueError("bad divisor") from e


print(wrap(5))
try:
    wrap(0)
except ValueError as e:
    print(type(e).__name__, e.args)

try:
    raise KeyError("k") from TypeError
except KeyError as e:
    print("class cause", e.args)

for i in range(2):
    try:
        raise IndexError(i) from RuntimeError(i)
    except IndexError as e:
        print("loop", e.args)
print("done")
