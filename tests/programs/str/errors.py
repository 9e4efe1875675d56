# Exceptions raised by string operations; only the exception type is printed.

def trial(name, f):
    try:
        r = f()
        print(name, "->", repr(r))
    except Exception as e:
        print(name, "->", type(e).__name__)

s = "abc"
n = 5
trial("index 3", lambda: s[3])
trial("index -4", lambda: s[-4])
trial("index str", lambda: s["1"])


def assign():
    s[0] = "x"


def delete():
    del s[0]


trial("item assign", assign)
trial("item delete", delete)
trial("str + int", lambda: s + n)
trial("int + str", lambda: n + s)
trial("str * str", lambda: s * s)
trial("str - str", lambda: s - s)
trial("str / int", lambda: s / 2)
trial("in int", lambda: 1 in s)
trial("index missing", lambda: s.index("z"))
trial("rindex missing", lambda: s.rindex("z"))
trial("split empty", lambda: s.split(""))
trial("join ints", lambda: ",".join([1, 2]))
trial("join not iterable", lambda: ",".join(5))
trial("int('abc')", lambda: int(s))
trial("float('abc')", lambda: float(s))
trial("ord('ab')", lambda: ord("ab"))
trial("ord('')", lambda: ord(""))
trial("chr(-1)", lambda: chr(-1))
trial("chr(0x110000)", lambda: chr(0x110000))
trial("chr('a')", lambda: chr("a"))
trial("str.upper(1)", lambda: str.upper(1))
trial("startswith int", lambda: s.startswith(1))
trial("find int", lambda: s.find(1))
trial("replace int", lambda: s.replace("a", 1))
trial("count list", lambda: s.count([]))
trial("missing attr", lambda: s.nope)
trial("ok", lambda: s.upper())
