# mpy-cross: -X no-source-lines
# -X no-source-lines: no line table, otherwise as usual (asserts stay).
def f(a):
    assert a
    return [
        a]
