# Exceptions raised by integer operations; only the exception type is printed.

def trial(name, f):
    try:
        r = f()
        print(name, "->", r)
    except Exception as e:
        print(name, "->", type(e).__name__)

zero = 0
big = 2 ** 80
trial("1 // 0", lambda: 1 // zero)
trial("1 % 0", lambda: 1 % zero)
trial("big // 0", lambda: big // zero)
trial("big % 0", lambda: big % zero)
trial("divmod 0", lambda: divmod(big, zero))
trial("1 / 0", lambda: 1 / zero)
trial("0 ** -1", lambda: zero ** -1)
trial("1 << -1", lambda: 1 << -1)
trial("big >> -1", lambda: big >> -1)
trial("int + str", lambda: 1 + "a")
trial("str + int", lambda: "a" + 1)
trial("int * None", lambda: 5 * None)
trial("int - list", lambda: big - [])
trial("~float", lambda: ~1.5)
trial("int & float", lambda: 3 & 1.0)
trial("int('x')", lambda: int("x"))
trial("int('9', 8)", lambda: int("9", 8))
trial("int(None)", lambda: int(None))
trial("int([])", lambda: int([]))
trial("int('1', 99)", lambda: int("1", 99))
trial("int(inf)", lambda: int(float("inf")))
trial("int(nan)", lambda: int(float("nan")))
trial("to_bytes overflow", lambda: (1000).to_bytes(1, "big"))
trial("to_bytes neg unsigned", lambda: (-1).to_bytes(2, "big"))
trial("pow mod 0", lambda: pow(3, 4, 0))
trial("pow float mod", lambda: pow(3, 4.0, 5))
trial("hex(float)", lambda: hex(1.0))
trial("len(int)", lambda: len(5))
trial("iter(int)", lambda: iter(5))
five = 5
trial("5[0]", lambda: five[zero])
trial("ok", lambda: 7 // 2)
