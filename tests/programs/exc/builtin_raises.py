# Exceptions raised by builtin operations and functions, checked by type only (messages differ
# between implementations).

NOT_CALLABLE = 5


def kind(fn):
    try:
        fn()
        return "ok"
    except Exception as e:
        return type(e).__name__


cases = [
    ("dict key", lambda: {}["missing"]),
    ("list index", lambda: [1, 2][5]),
    ("tuple index", lambda: (1,)[-2]),
    ("str index", lambda: "ab"[2]),
    ("zero div", lambda: 1 // 0),
    ("zero mod", lambda: 5 % 0),
    ("float div", lambda: 1.0 / 0),
    ("next empty", lambda: next(iter([]))),
    ("int parse", lambda: int("x1")),
    ("bad add", lambda: 1 + "a"),
    ("call int", lambda: NOT_CALLABLE()),
    ("attr", lambda: (1).nothing),
    ("name", lambda: undefined_name),
    ("unpack few", lambda: [a for a, b in [(1,)]]),
    ("unpack many", lambda: [a for a, b in [(1, 2, 3)]]),
    ("list remove", lambda: [1].remove(2)),
    ("list pop", lambda: [].pop()),
    ("dict pop", lambda: {}.pop(1)),
    ("set remove", lambda: set().remove(0)),
    ("str index()", lambda: "abc".index("z")),
    ("hash list", lambda: {[]: 1}),
    ("iter int", lambda: iter(5)),
    ("len int", lambda: len(5)),
    ("ord long", lambda: ord("ab")),
    ("chr neg", lambda: chr(-1)),
    ("neg shift", lambda: 1 << -1),
    ("min empty", lambda: min([])),
    ("tuple assign", lambda: (1, 2).__setitem__(0, 1)),
    ("int ok", lambda: int("12")),
    ("getattr default", lambda: getattr(1, "x", None)),
]
for name, fn in cases:
    print(name, kind(fn))

# StopIteration from next() can be caught like any exception.
it = iter([1, 2])
got = []
while True:
    try:
        got.append(next(it))
    except StopIteration:
        break
print(got)

# next() with a default does not raise.
print(next(iter([]), "default"))

# KeyError and IndexError are both LookupError.
for fn in (lambda: {}[0], lambda: [][0]):
    try:
        fn()
    except LookupError as e:
        print("lookup", type(e).__name__)
