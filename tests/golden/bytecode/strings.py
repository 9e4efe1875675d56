# Golden bytecode test: compiled by mpyc and by stock mpy-cross, compared byte for byte.
# qstr or object: short strings, long strings, earlier identifiers.
a = "short"
b = "a string that is long"
c = "a_long_identifier"
a_long_identifier = 1
d = "a_long_identifier"
e = b"bytes"
f = "AssertionError"
g = "micropython"
h = "strings.py"
i = "x" "y" "z"
j = "é" * 3
k = "0123456789"
l = "01234567890"
m = "01234567890"
n = ("tuple", "of long strings here", 1, 2.5, b"b", None, True, ...)
print(f"{a} and {b!r:>10}")
print(f"plain")
print(f"{a=}")
class Cls:
    "a doc string that is long"
    def method(self):
        "another doc string"
        return "method_name_long"
def method_name_long():
    pass
