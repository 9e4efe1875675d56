# printf-style % formatting of strings: %s %r %d %i %u %c %%, tuples versus single values,
# widths and left alignment, and the errors for argument count mismatches.

print("%s" % "text", "%s" % 42, "%s" % None, "%s" % [1, "a"], "%s" % (("tuple",),), "%s" % {"k": 1})
print("%r" % "text", "%r" % 42, "%r" % [1, "a"], "%r" % b"by", "%r" % "it's")
print("%d %i %u" % (42, -7, 3), "%d" % 2 ** 70, "%d" % True, "%d" % 3.99, "%d" % -3.99)
print("%c%c%c" % (72, 105, 33), "%c" % "x", "%c" % 0x20AC, "100%%" % (), "%d%%" % 50, "%%s" % ())
print("%s-%s-%s" % (1, 2, 3), "%s" % (1,), "[%s]" % "", "%s%s" % ("a", "b"))

# Width, left alignment and precision for strings.
for v in ("ab", "abcdef", ""):
    print("[%5s][%-5s][%.2s][%5.1s][%-6.3s]" % (v, v, v, v, v))
print("[%*s][%-*s][%.*s]" % (4, "x", 4, "y", 2, "zzz"))

# Numbers with widths.
for n in (0, 7, -7, 123456):
    print("[%5d][%-5d][%05d][%+d][% d][%.3d]" % (n, n, n, n, n, n))

# Objects with __str__ and __repr__.
class P:
    def __str__(self):
        return "P-str"

    def __repr__(self):
        return "P-repr"


print("%s %r" % (P(), P()), "%s" % [P()])

# A single non-tuple argument is formatted directly; a tuple supplies several.
t = (1, 2)
print("%s" % [t], "%s and %s" % t, "%s" % (t,))

# Errors.
for f in (lambda: "%s %s" % ("a",), lambda: "%s" % (1, 2), lambda: "%d" % "x", lambda: "%c" % "ab", lambda: "%d" % None):
    try:
        print(f())
    except TypeError:
        print("TypeError")
try:
    print("%z" % 1)
except ValueError:
    print("ValueError")
