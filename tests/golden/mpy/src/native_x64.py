# mpy-cross: -march=x64
# Native and viper code for a 64-bit target.
import micropython


@micropython.native
def f(a):
    return [a, "str", 1.5]


@micropython.viper
def g(x: int) -> int:
    return x * 2 + 1
