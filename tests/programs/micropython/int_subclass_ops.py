# MicroPython only: an instance of an int subclass works as the left operand of a binary operator
# with a plain int on the right, but not as the right operand or on both sides: the int
# operation does not accept the subclass instance and raises TypeError. Output from stock
# MicroPython; CPython computes every line.


class C(int):
    pass


c = C(5)
tests = [
    ("c + 1", lambda: c + 1),
    ("c < 9", lambda: c < 9),
    ("c == 5", lambda: c == 5),
    ("5 == c", lambda: 5 == c),
    ("c * 2.5", lambda: c * 2.5),
    ("c & 4", lambda: c & 4),
    ("-c", lambda: -c),
    ("int(c)", lambda: int(c)),
    ("1 + c", lambda: 1 + c),
    ("9 < c", lambda: 9 < c),
    ("c + c", lambda: c + c),
    ("2.5 * c", lambda: 2.5 * c),
    ("1 & c", lambda: 1 & c),
    ("max(c, 3)", lambda: max(c, 3)),
    ("sorted", lambda: sorted([C(2), C(1)])),
]
for text, fn in tests:
    try:
        print(text, fn())
    except TypeError:
        print(text, "TypeError")
