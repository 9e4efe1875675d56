# The builtin types called as constructors: bool int float str bytes bytearray list tuple dict
# set frozenset range object type, with no arguments, with each kind of argument, and the
# conversions between them.

print(bool(), int(), float(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset())
print(bool(2), bool(""), bool([0]), int("12"), int(3.9), int("ff", 16), float("2.5"), float(3), str(12), str(b"x"))
print(list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(b"ab"), list(x for x in "cd"))
print(tuple("ab"), tuple([1]), tuple({3}), tuple(range(2)), tuple(bytearray(b"z")))
print(sorted(dict([(1, 2)]).items()), sorted(dict(a=1).items()), sorted(dict({"k": 0}).items()), sorted(dict(zip("ab", "cd")).items()))
print(sorted(set("hello")), sorted(set([3, 3, 1])), sorted(frozenset(range(3))), set() == frozenset())
print(bytes(2), bytes([1, 2]), bytes("é", "utf-8"), bytearray(b"ab"), bytearray([65]), bytearray(1))
print(range(3), range(1, 3), range(1, 9, 4), list(range(3, 0, -1)))

# Copies: constructing from an existing object makes a new one for mutable types.
src_list = [1, [2]]
cp = list(src_list)
cp.append(3)
cp[1].append(4)
print(src_list, cp, cp is src_list)
src_dict = {"a": 1}
dcp = dict(src_dict)
dcp["b"] = 2
print(sorted(src_dict), sorted(dcp))
t = (1, 2)
print(tuple(t) == t, str("s") == "s", frozenset(frozenset([1])) == frozenset([1]))

# object() and type().
o = object()
o2 = object()
print(type(o).__name__, o == o, o == o2, o != o2, isinstance(o, object))
try:
    o.attr = 1
except AttributeError:
    print("AttributeError")
print(type(7).__name__, type("s") is str, type(type(7)) is type)

# Round trips.
n = 2 ** 70 + 5
print(int(str(n)) == n, float(str(1.25)) == 1.25, list(tuple([1, 2])) == [1, 2], bytes(bytearray(b"q")) == b"q")
print(str(list("abc")), "".join(list("abc")), dict(list({"x": 1}.items())) == {"x": 1})

# Wrong argument types.
for f in (lambda: int([1]), lambda: float([1]), lambda: list(5), lambda: tuple(None), lambda: dict(5), lambda: set(1),
          lambda: bytes("no-encoding"), lambda: int("1", 2, 3), lambda: bool(1, 2)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
