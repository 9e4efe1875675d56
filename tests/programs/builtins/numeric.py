# Numeric builtins: abs, divmod, pow, round and their behaviour across int, big int, float and
# bool arguments.

for x in (0, 5, -5, 2 ** 70, -(2 ** 70), 0.0, -0.0, 2.5, -2.5, True, False, float("-inf")):
    print(repr(x), abs(x), type(abs(x)).__name__)

for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (2 ** 65, 7), (-(2 ** 65), 7), (7.5, 2), (-7.5, 2), (7, 0.5), (True, 2)):
    q, r = divmod(a, b)
    print(a, b, q, r, type(q).__name__, q * b + r == a)

print(pow(2, 10), pow(-2, 3), pow(2, -1), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(True, 5), pow(2, 100))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(2, 2 ** 40, 1000003), pow(2 ** 70, 3, 2 ** 31 - 1), pow(5, 0, 3))

print(round(2.5), round(3.5), round(-2.5), round(2.675 * 4), round(7), round(-7, 0), round(2 ** 70, -20))
print(round(12.5, -1), round(17, -1), round(0.125, 2), round(1.5, 0), round(-0.4))

# Arguments of the wrong type.
for f in (lambda: abs("x"), lambda: divmod("a", 1), lambda: divmod(1, 0), lambda: pow("a", 2), lambda: round("1"),
          lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: divmod(1.0, 0.0), lambda: abs()):
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__)

# Builtins called through names bound to them.
fns = [abs, divmod, pow, round]
print(len(fns), fns[0](-1), fns[1](9, 4), fns[2](3, 3), fns[3](9.6))
