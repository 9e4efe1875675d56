# String methods called through the type (str.upper(s)), stored as bound methods, chained, and
# applied with map; plus the str() constructor on common values.

print(str.upper("abc"), str.lower("ABC"), str.strip("  x "), str.split("a b"), str.join("-", ["p", "q"]))
print(str.replace("aXa", "X", "-"), str.find("hello", "l"), str.count("banana", "a"), str.startswith("abc", "ab"))

up = "shout".upper
print(up(), up() == "SHOUT")
j = ", ".join
print(j(["a", "b"]), j("xyz"))
sp = "k1=v1&k2=v2".split
print(sp("&"), [kv.split("=") for kv in sp("&")])

# Chains of method calls.
raw = "  Hello, World!  "
print(raw.strip().lower().replace(",", "").replace("!", "").split(" "))
print("-".join(raw.split()).upper().center(20).strip())

# map with unbound methods.
words = [" Alpha", "beta ", " GAMMA "]
print(list(map(str.strip, words)), list(map(str.lower, map(str.strip, words))))
print(sorted(words, key=str.strip), sorted(words, key=str.lower))

# str() of common values.
for v in (0, -12, 2 ** 70, 1.5, -0.0, True, None, "s", b"b", [1, "a"], (1,), {"k": 1}, {3}, range(3)):
    print(type(v).__name__, str(v))
print(str(), repr(str()), str(str("x")))

# str methods return new objects; the original is unchanged.
orig = "MiXed"
results = [orig.upper(), orig.lower(), orig.replace("X", "x"), orig.strip("M")]
print(orig, results)

# Method lookup on a type that lacks it.
try:
    "abc".nosuchmethod()
except AttributeError:
    print("AttributeError")
