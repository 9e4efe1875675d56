# Which values make dict keys: numbers that compare equal share a slot (1, 1.0, True), tuples,
# strings, bytes, None, frozensets; unhashable keys raise TypeError.

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(len(d), d[1], d[1.0], d[True])
d[0] = "zero"
d[-0.0] = "neg zero"
d[False] = "false"
print(len(d), d[0])

e = {2 ** 70: "big", (1, (2, 3)): "tuple", "s": "str", b"s": "bytes", None: "none",
     frozenset([1, 2]): "fs", 1.5: "float", -1: "neg"}
print(len(e), e[2 ** 70], e[(1, (2, 3))], e["s"], e[b"s"], e[None], e[frozenset([2, 1])], e[1.5], e[-1])
print(sorted(type(k).__name__ for k in e))

# Keys equal by value, not identity.
k1 = (1, 2)
k2 = tuple([1, 2])
s1 = "ab"
s2 = "".join(["a", "b"])
e[k1] = "t"
print(e[k2], e.get(s2, "-") if s1 not in e else "str in", {s1: 1}[s2], {2 ** 64: 1}[2 ** 32 * 2 ** 32])

# str and bytes keys with the same text are different.
sb = {"x": 1, b"x": 2}
print(len(sb), sb["x"], sb[b"x"])

# Unhashable keys.
for bad in ([1], {1: 2}, {1}, ([1],), bytearray(b"x")):
    try:
        {bad: 1}
        print("hashable?")
    except TypeError:
        print(type(bad).__name__, "TypeError")

# Lookups with unhashable keys also raise TypeError.
try:
    print([1] in {1: 2})
except TypeError:
    print("TypeError in")

# Many int keys across the small/big boundary.
m = {}
for k in range(60, 70):
    m[2 ** k] = k
    m[-(2 ** k)] = -k
print(len(m), m[2 ** 64], m[-(2 ** 69)], sorted(m)[:2], sorted(m.values())[-1])
