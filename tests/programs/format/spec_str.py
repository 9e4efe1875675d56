# Format specs for strings and other objects formatted as strings: alignment, fill, width,
# precision (truncation), and the default alignment of numbers versus strings.

words = ["", "a", "abc", "abcdefgh"]
specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*<7", "->7", ".^8", ".2", "5.2", ">6.3s", "_^9.4"]
for w in words:
    print(repr(w), ["[" + ("{:" + s + "}").format(w) + "]" for s in specs])

# Strings align left by default, numbers right.
print("[{:6}][{:6}][{:6}]".format("s", 5, 2.5))

# Objects with __str__ get formatted through str() when the spec is empty.
class Obj:
    def __str__(self):
        return "OBJ"


print("[{}]".format(Obj()), "[{!s:>5}]".format(Obj()), "[{!r:.3}]".format("quote"), "[{!s:^7}]".format([1]))

# None and bools with string-style specs go through str().
print("[{!s:>6}][{!s:<6}][{:>6}]".format(None, True, str(False)))

# Building a table with computed widths.
rows = [("name", "qty"), ("apple", "3"), ("kiwi", "12")]
w0 = max(len(r[0]) for r in rows)
w1 = max(len(r[1]) for r in rows)
for a, b in rows:
    print("|{:<{}}|{:>{}}|".format(a, w0, b, w1))

# Errors: numeric types for strings.
for spec in ("d", "x", ".2f"):
    try:
        print(("{:" + spec + "}").format("s"))
    except ValueError:
        print(spec, "ValueError")
