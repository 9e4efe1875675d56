# String constants of many kinds in one module: empty, with NULs, names of builtins and
# methods, non-ASCII, long, and repeated ones, all compared with strings built at run time.

consts = ["", "a", "\x00", "a\x00b", "append", "__init__", "print", "None", "True", "self",
          "é", "€uro", "😀", "with space", "tab\there", "x" * 3, "0123456789" * 10]
built = ["", chr(97), chr(0), "a" + chr(0) + "b", "app" + "end", "__" + "init" + "__", "pr" + "int",
         "No" + "ne", "Tr" + "ue", "se" + "lf", chr(233), chr(8364) + "uro", chr(0x1F600),
         "with" + " " + "space", "tab" + chr(9) + "here", "xxx", "".join(str(i) for i in range(10)) * 10]
print(len(consts), [a == b for a, b in zip(consts, built)])
print([len(c) for c in consts])

# A long literal (over 255 characters) and one just under.
long = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse."
short = "The quick brown fox jumps over the lazy dog, then the lazy dog jumps over the quick brown fox; this sentence is padded out so that it ends up being a little less than two hundred and fifty-five characters in total length, which is the goal."
print(len(long), len(short), long.count(" "), short.split()[-1], long[-10:])

# The same literal used in several places is equal everywhere.
def f():
    return "shared literal"


def g():
    return "shared literal"


print(f() == g(), f() == "shared literal", {"shared literal": 1}["shared literal"])

# Strings as dict keys and in sets.
table = {"": 0, "\x00": 1, "é": 2, "append": 3}
print(table[""], table[chr(0)], table[chr(233)], table["app" + "end"], sorted(table.values()))
print(sorted({"b", "a", "", "é"}))

# Bytes constants alongside.
print(b"", b"\x00\xff", b"append", b"x" * 3, len(b"0123456789" * 10))
