# str.replace with counts, empty patterns, overlapping patterns and chaining.

s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("one", "1", -1), s.replace("three", "3"), s.replace(" ", ""), s.replace("o", "oo"))
print("aaa".replace("a", "b"), "aaa".replace("aa", "b"), "aaaa".replace("aa", "a"), "abc".replace("abc", ""))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("a.b.c".replace(".", "/").replace("/", "\\"), "tab\there".replace("\t", "    "))

# Chained replacements are applied left to right.
text = "The cat sat on the mat"
for old, new in (("cat", "dog"), ("mat", "rug"), ("The", "A"), ("the", "a")):
    text = text.replace(old, new)
print(text)

# Replacing with longer and shorter strings.
print("x-y-z".replace("-", " -> "), "x -> y".replace(" -> ", ""), "ab" * 3 + "".replace("a", "A"))

# Non-ASCII.
print("café".replace("é", "e"), "€100".replace("€", "EUR "), "ßß".replace("ß", "ss", 1))

# The original string is unchanged.
orig = "keep"
new = orig.replace("e", "E")
print(orig, new)

# Type errors.
for f in (lambda: "abc".replace(1, "x"), lambda: "abc".replace("a", None)):
    try:
        print(f())
    except TypeError:
        print("TypeError")
