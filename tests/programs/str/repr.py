# repr() and str() of strings: quote choice, escapes of control characters, nesting in
# containers.

for s in ("plain", "it's", 'say "hi"', "both ' and \"", "", " ", "back\\slash", "tab\tnl\ncr\r",
          "\x00\x01\x1f\x7f", "\x1b[0m", "é€😀", "\\n", "'", '"', "''\"\""):
    print(repr(s), str(s) == s, len(repr(s)))

# Containers use repr of their items.
print(["a", "b'c", 'd"e'], ("x",), {"k": "v"}, [""], [["nested", "'"]])
print(str(["a"]), repr(["a"]), str(("t",)), repr(repr("q")))

# repr round trip for printable ASCII.
samples = ["abc", "it's", 'a"b', "a'b\"c", "\t\n\\", "\x00\x7f"]
print([eval(repr(s)) == s for s in samples])

# %r and !r use repr.
print("%r|%s" % ("x'y", "x'y"), "{!r}|{!s}".format("q", "q"), f"{'z'!r}")

# repr of a str subclass-free value computed at run time.
t = "".join(chr(c) for c in (9, 65, 10, 39, 34))
print(repr(t))
