# mpy-cross: -march=rv32imc -march-flags=zba
# RISC-V native code that asks for the Zba extension: the header carries arch flags.
import micropython


@micropython.native
def f(a):
    return a + 1


@micropython.viper
def g(x: int) -> int:
    return x << 2


@micropython.asm_rv32
def h(a0, a1):
    add(a0, a0, a1)
