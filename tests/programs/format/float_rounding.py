# MicroPython differs from CPython on purpose here (expected output from stock MicroPython in
# the .exp): its float formatting rounds exact ties away from zero instead of to even, prints
# only about 17 significant digits (zeros after), and round() with digits computes in floating
# point, so some results are not the closest double.

for v in (0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1234.5, 2.675):
    print(v, "%.0f" % v, "{:.0f}".format(v), "%.2f" % v, "{:.1f}".format(v), "%.2e" % v)
print("%.20f" % 0.1, "{:.25f}".format(1 / 3), "%f" % 1e22, "{:f}".format(6.02e23))
print(round(2.675, 2), round(0.8660254037844386, 12), round(1e20, 9), round(1.23456e10, -5))
print("{:g}".format(1.0), "{:.4}".format(1.0), "{:.4}".format(1234.5678), "{}".format(1e16))
