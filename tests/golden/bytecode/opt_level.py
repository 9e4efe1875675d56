# mpy-cross: -O
# -O: assert statements vanish and __debug__ is False.
assert x, "gone"
if __debug__:
    print("debug")
else:
    print("optimised")
def f():
    assert f
    return __debug__
