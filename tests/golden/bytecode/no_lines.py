# mpy-cross: -O3
# -O3: no line-number information at all.
def f(a,
      b):
    return (a +
            b)
class C:
    pass
print(f(1, 2))
