# MicroPython only: const() from `from micropython import const`: values substituted at compile
# time, constants built from other constants, private _NAMES that leave no global (nor class
# attribute) behind, public names that do, const of strings, bytes, tuples and big ints, a
# private constant used above its definition, and micropython.const called at run time. Output
# from stock MicroPython.
from micropython import const
import micropython

WIDTH = const(320)
_HEIGHT = const(240)
AREA = const(WIDTH * _HEIGHT)
_MASK = const((1 << 12) - 1)
_SHIFTED = const(_MASK << 4 | 0xF)
_NEG = const(-7)
_BIG = const(1 << 40)
_NAME = const("sensor")
_RAW = const(b"\x01\x02")
_PAIR = const((3, "x"))

print(WIDTH, _HEIGHT, AREA, _MASK, _SHIFTED, _NEG, _BIG)
print(_NAME, _RAW, _PAIR, _PAIR[1])
g = globals()
print("WIDTH" in g, "AREA" in g, "_HEIGHT" in g, "_MASK" in g, "_NAME" in g, "const" in g)


def pixels(rows):
    # _HEIGHT is folded in at compile time.
    return rows * WIDTH if rows <= _HEIGHT else -1


print(pixels(2), pixels(241), [i & _MASK for i in (4095, 4096, 8191)])


class Regs:
    CTRL = const(0x10)
    _STATUS = const(0x14)

    def addrs(self):
        return self.CTRL, _STATUS_OFFSET + Regs.CTRL


_STATUS_OFFSET = const(4)
print(Regs.CTRL, hasattr(Regs, "_STATUS"))
# addrs() was compiled before _STATUS_OFFSET was declared, so it looks the name up as a global,
# which a private constant never becomes.
try:
    print(Regs().addrs())
except NameError:
    print("NameError: _STATUS_OFFSET used above its const() line")
print(_STATUS_OFFSET + 1)
print(micropython.const(5), micropython.const("s"))

try:
    exec("y = 1\nZ = const(y)")
except SyntaxError:
    print("SyntaxError: const() needs a constant expression")
