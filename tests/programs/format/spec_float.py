# Format specs for floats: f e E g G % and no type, precision, width, sign, zero padding,
# alignment, and special values. Values avoid exact ties at the precisions used.

vals = [0.0, -0.0, 1.0, -2.7, 3.14159, 1234.5678, 0.000123, 1e10, 6.02e13, -1.6e-19, 100.0]
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^11.2f", "+.1f", " .3f", "010.2f", "e", ".3e", "E", "12.2e",
         "g", ".3g", "G", ".10g", "%", ".1%", "+08.2f", "=+10.1f", "*>9.1f"]
for v in vals:
    print(v, [("{:" + s + "}").format(v) for s in specs])

# Ints formatted with float types.
print("{:f} {:.1e} {:g} {:%} {:.2f}".format(3, 12345, 2 ** 40, 1, -7))

# Special values.
for v in (float("inf"), float("-inf"), float("nan")):
    print([("{:" + s + "}").format(v) for s in ("", "f", ".2e", "g", "10", "<8", "+", "%")])

# Grouping separators on ints.
print("{:,}".format(1234567), "{:,}".format(-10 ** 9), "{:_}".format(10 ** 12))

# Widths smaller than the output never truncate.
print("[{:3.2f}]".format(12345.678), "[{:1e}]".format(0.5), "[{:2}]".format(123.25))

# Errors.
for spec in ("d", "x", "c", "b"):
    try:
        print(("{:" + spec + "}").format(1.5))
    except ValueError:
        print(spec, "ValueError")
