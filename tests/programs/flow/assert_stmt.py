# assert: passing and failing assertions, the message expression evaluated only on failure,
# messages of various types, assertions in loops and functions, and AssertionError caught as an
# Exception.

calls = []


def msg(text):
    calls.append(text)
    return text


assert True
assert 1, msg("never")
assert [0], msg("never")
print(calls)

try:
    assert False
except AssertionError as e:
    print("bare", e.args)

try:
    assert 0, "zero"
except AssertionError as e:
    print("with message", e.args)

try:
    assert [], msg("empty list")
except AssertionError as e:
    print("computed", e.args, calls)

for m in (42, ("t", 1), None, ["l"]):
    try:
        assert not m or not m, m
    except AssertionError as e:
        print(type(m).__name__, e.args)


def checked_div(a, b):
    assert b != 0, "division by zero"
    assert isinstance(a, int) and isinstance(b, int), (a, b)
    return a // b


for a, b in ((10, 3), (1, 0), (1.5, 2), (7, -2)):
    try:
        print(checked_div(a, b))
    except AssertionError as e:
        print("failed:", e.args)

# Assertions in a loop; the first failure stops it.
count = 0
try:
    for i in range(10):
        assert i < 4, "i=%d" % i
        count += 1
except AssertionError as e:
    print(count, e.args)

# AssertionError is an Exception.
try:
    assert 1 == 2
except Exception as e:
    print(type(e).__name__, isinstance(e, AssertionError))

# Parenthesised tuple is always true (no message form).
x = 0
assert (x == 0), "x is zero"
print("done")
