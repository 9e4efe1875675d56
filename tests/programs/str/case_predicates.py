# upper, lower and the character-class predicates (isdigit isalpha isspace isupper islower) on
# ASCII text.

words = ["hello", "WORLD", "MiXeD", "abc123", "123", "", " ", "A1", "a1", "\t\n", "x y", "_"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.isdigit(), w.isalpha(), w.isspace(), w.isupper(), w.islower())

# Case conversion is idempotent and reversible on letters.
s = "The Quick Brown Fox 42!"
print(s.upper(), s.lower(), s.upper().lower() == s.lower(), s.lower().upper() == s.upper())

# Building simple transforms from the primitives.
def capitalize(w):
    return w[:1].upper() + w[1:].lower()

def swapcase(w):
    return "".join(c.lower() if c.isupper() else c.upper() for c in w)

print(" ".join(capitalize(w) for w in "hELLO wORLD".split()), swapcase("Hello World"))

# Classifying characters.
text = "Ab 1\t2z!"
print([(c, c.isalpha(), c.isdigit(), c.isspace()) for c in text])
print(sum(c.isupper() for c in "HeLLo"), sum(c.islower() for c in "HeLLo"))

# Case-insensitive comparison.
names = ["bob", "Alice", "carol", "Dave"]
print(sorted(names), sorted(names, key=lambda n: n.lower()))

# Digits in strings.
for t in ("0", "0123456789", "12a", "-1", "1.5", "٣" if False else "3"):
    print(t, t.isdigit(), int(t) if t.isdigit() else None)
