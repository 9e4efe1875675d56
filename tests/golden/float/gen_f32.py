#!/usr/bin/env python3
# Writes f32_ints.txt: the formatting cases of MicroPython's own float tests
# (tests/float/float_format_ints*.py) that its 32-bit-float ports pass, with CPython's output as
# the expected text (those tests compare with CPython). unit_float checks the single-precision
# formatter against it. Usage: python3 gen_f32.py > f32_ints.txt
for b in [13, 123, 457, 23456]:
    for r in range(1, 10):
        for e in range(0, 5):
            v = b * (10**e)
            for t in "efg":
                spec = "." + str(r) + t
                print("%d\t%s\t%s" % (v, spec, ("{:" + spec + "}").format(v)))
for i in range(31):
    print("1e%d\t.7g\t%s" % (i, "{:.7g}".format(float("1e" + str(i)))))
print("16777215\tf\t%s" % "{:f}".format(16777215))
print("%s\t.6e\t%s" % ("9" * 30 + "e8", "{:.6e}".format(float("9" * 30 + "e8"))))
