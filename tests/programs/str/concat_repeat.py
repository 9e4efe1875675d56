# Concatenation and repetition of strings, adjacent literals, and building strings in loops.

a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b, "" + "", a * 3, 3 * a, a * 0, a * -2, "" * 100, "-" * 20)
print(len(a * 50), (a + b) * 2, a + b * 2, "ab" * True, "ab" * False)

# Adjacent literals are joined by the compiler, across lines inside brackets.
s = "one " 'two ' """three """ '''four'''
t = ("alpha"
     "beta"
     "gamma")
print(s, t, len(t))
print("x" "y" == "xy", "a" "" "b")

# Augmented assignment builds new strings.
acc = ""
for i in range(5):
    acc += str(i)
    acc += ","
print(acc, acc[:-1])
r = "ab"
r *= 3
print(r)
r2 = r
r2 += "!"
print(r, r2)

# Building with join versus +.
parts = []
for word in ("red", "green", "blue"):
    parts.append(word.upper())
print("/".join(parts), "+".join(parts) == parts[0] + "+" + parts[1] + "+" + parts[2])

# Repetition with a variable count, including large and negative counts.
for n in (-1, 0, 1, 2, 7):
    print(n, repr("ab" * n), len("xyz" * n))

# Type errors.
for f in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" + b"b"):
    try:
        print(f())
    except TypeError:
        print("TypeError")
