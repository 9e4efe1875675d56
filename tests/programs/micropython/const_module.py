# MicroPython only: constants declared with const() in another module (helper in
# const_module_mods/): public names are ordinary module attributes the importer reads at run
# time (they are not folded into the importer), private _NAMES exist only inside their module's
# code, and from-imports of public constants work. Output from stock MicroPython.
import hw
from hw import BASE, CTRL

print(hex(hw.BASE), hex(hw.CTRL), BASE == hw.BASE, hex(CTRL))
print(hasattr(hw, "_OFFSET"), hasattr(hw, "_BITS"), hw.private_visible())
print(hw.field(0x12345678, 8), hw.field(0xFF00, 4))
try:
    from hw import _OFFSET
except ImportError:
    print("ImportError: _OFFSET is not a module attribute")
hw.BASE = 1
print(hw.BASE, hex(hw.CTRL))
