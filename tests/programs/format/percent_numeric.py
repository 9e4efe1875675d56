# printf-style formatting of numbers: %x %X %o with and without '#', %e %E %f %F %g %G with
# widths, precisions, signs and zero padding, on ints, big ints and floats.

for n in (0, 1, 255, -255, 4096, 2 ** 40, -(2 ** 70)):
    print("%x|%X|%o|%#x|%#X|%#o|%08x|%-8x|%+x" % (n, n, n, n, n, n, n, n, n))

# Floats with no exact ties at the precisions used (implementations differ in how ties round).
for f in (0.0, 1.0, -1.2, 3.7, 1234.6, 0.0626, 1e10, 2.5e-5, 123456789.0):
    print("%f|%.2f|%.0f|%10.3f|%-10.1f|%+f|% f|%010.2f" % (f, f, f, f, f, f, f, f))
    print("%e|%.2e|%E|%12.3e|%g|%G|%.3g|%10.4g" % (f, f, f, f, f, f, f, f))

# Large and small exponents with %g switching between fixed and exponent notation.
for f in (1e-5, 1e-4, 0.001, 123456.0, 1234567.0, 1e15, 1e16, 1.5e300, -2.5e-300):
    print("%g %G %.10g %e" % (f, f, f, f))

# Integer formats accept floats and vice versa where allowed.
print("%d %i" % (7.9, -7.9), "%f" % 3, "%e" % 10, "%g" % 2 ** 20, "%x" % 2 ** 64, "%.3f" % True)

# Star widths and precisions.
print("[%*d][%-*d][%.*f][%*.*f]" % (6, 42, 6, 42, 3, 2.5, 10, 1, -0.75))

# Special values.
inf = float("inf")
nan = float("nan")
print("%f %f %e %g" % (inf, -inf, inf, nan), "%5.1f|%-6f|" % (inf, nan))

# Errors.
for f in (lambda: "%x" % 1.5, lambda: "%f" % "s", lambda: "%o" % None):
    try:
        print(f())
    except TypeError:
        print("TypeError")
