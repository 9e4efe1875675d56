# Adjacent literal concatenation: on one line, across lines in brackets,
# across backslash continuations, mixing prefixes and quote styles.

a = "abc" 'def' """ghi""" '''jkl'''
b = ("first line, "
     "second line, "  # a comment between parts
     # a comment-only line between parts
     "third line")
c = "raw: " r"\n" " cooked: " "\t|"
d = b"by" b'tes' rb"\raw"
e = "one" \
    "two" \
    'three'
f = u"u" "plain" r"r"
g = f"{1}" "plain" f"{2}" rf"\d{3}"
h = [
    "item "
    "one",
    "item two",
]
print(a)
print(b)
print(c)
print(d)
print(e, f, g)
print(h)
