# MicroPython differs from CPython on purpose here (expected output from stock MicroPython in
# the .exp): str leaves out a number of methods (ljust, rjust, title, capitalize, zfill,
# swapcase, casefold, expandtabs, isalnum, isdecimal ...), center takes no fill character,
# rsplit(None, n) is not implemented, and case mapping covers ASCII letters only.

names = ["ljust", "rjust", "title", "capitalize", "zfill", "swapcase", "casefold", "expandtabs", "isalnum",
         "isdecimal", "isnumeric", "isidentifier", "istitle", "removeprefix", "removesuffix", "format_map",
         "translate", "maketrans", "upper", "lower", "center", "rsplit", "splitlines", "partition", "encode"]
print([n for n in names if hasattr("", n)])
print([n for n in names if not hasattr("", n)])


def trial(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__)


trial("center fill", lambda: "ab".center(6, "*"))
trial("center", lambda: "ab".center(6))
trial("rsplit None n", lambda: "a b c".rsplit(None, 1))
trial("rsplit sep n", lambda: "a b c".rsplit(" ", 1))
trial("split kw", lambda: "a b".split(maxsplit=1))
trial("upper non-ASCII", lambda: "straße é".upper())
trial("lower non-ASCII", lambda: "ÀÉ".lower())
trial("isalpha non-ASCII", lambda: "é".isalpha())
trial("isdigit non-ASCII", lambda: "٣".isdigit())
trial("strip None", lambda: " a ".strip(None))
