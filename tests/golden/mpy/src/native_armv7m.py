# mpy-cross: -march=armv7m
# Native, viper and inline-assembler functions next to bytecode ones.
import micropython


@micropython.native
def native_add(a, b):
    return a + b


@micropython.native
def native_gen(n):
    for i in range(n):
        yield i


@micropython.viper
def viper_sum(buf, n: int) -> int:
    total = 0
    p = ptr8(buf)
    for i in range(n):
        total += p[i]
    return total


@micropython.asm_thumb
def asm_add(r0, r1) -> uint:
    add(r0, r0, r1)


def plain(x):
    return native_add(x, 1)


@micropython.native
def native_outer(x):
    def inner(y):
        return x + y

    return inner
