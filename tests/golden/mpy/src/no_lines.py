# mpy-cross: -X no-source-lines
def f(a):
    return a + 1


print(f(1))
