# print(): several arguments, sep and end, empty calls, str() of each argument, objects with
# __str__ and __repr__, and printing to sys.stdout explicitly.

import sys

print()
print("a")
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ")
print("no newline", end="")
print(" <- joined")
print("x", "y", sep="-", end="!\n")
print(1, 2.5, None, True, [1, "s"], ("t",), {"k": "v"}, b"by", sep=" | ")
print(*range(5))
print(*"abc", sep="")
print("multi\nline", "tab\there")
print("", "", sep="[]")
print(end="")
print("end with nothing", end="")
print()
print(sep="unused")


class S:
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"


class R:
    def __repr__(self):
        return "R-repr"


print(S(), R(), [S(), R()], (S(),), {1: R()})
print(str(S()), repr(S()), "%s %r" % (S(), S()))

# Writing to stdout explicitly.
print("to stdout", file=sys.stdout)
sys.stdout.write("written directly\n")

# Large and nested values.
print(2 ** 100, -(10 ** 25), [[1, [2, [3, [4]]]]], ((),), [(), [], {}])
print("%d%%" % 50, "{}".format("fmt"), f"{1 + 1}")

# Errors in arguments.
try:
    print("a", sep=5)
except TypeError:
    print("TypeError")
