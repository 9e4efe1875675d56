# MicroPython only: small functions of the micropython module: stack_use() gives an int,
# kbd_intr() returns None, alloc_emergency_exception_buf() (where the port has it) returns None,
# and const() returns its argument. Output from stock MicroPython.
import micropython

print(type(micropython.stack_use()).__name__, micropython.stack_use() > 0)
print(micropython.kbd_intr(-1), micropython.kbd_intr(3))
buf = getattr(micropython, "alloc_emergency_exception_buf", None)
print(buf(100) if buf else None)
print(micropython.const(12), micropython.const((1, 2)))


def depth(n):
    if n == 0:
        return micropython.stack_use()
    return depth(n - 1)


print(depth(10) > depth(0))
