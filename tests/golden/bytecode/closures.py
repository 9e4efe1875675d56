# Closures through intermediate scopes, cells that are parameters, __class__ cells.
def outer(a, b):
    c = 1
    def mid():
        class K:
            def get(self):
                return a, c, __class__
            def sup(self):
                return super().get()
        def inner():
            nonlocal c
            c += b
            return lambda: (a, b, c)
        return K, inner
    return mid
def params_as_cells(x, *args, y, **kw):
    def f():
        return x, args, y, kw
    x = 2
    return f
def gen_in_class():
    class G:
        items = [i for i in range(3)]
        gen = (i for i in items)
    return G
def shadow(len):
    return [len for len in len]
