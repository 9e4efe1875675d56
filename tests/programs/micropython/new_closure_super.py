# MicroPython only: a __new__ that uses zero-argument super() (so is a closure over __class__)
# is bound like a method when a subclass reaches it through super().__new__(cls, ...), so it
# receives cls twice; a __new__ that is a plain function (calling object.__new__) gets the
# arguments as written. Output from stock MicroPython; CPython prints (3, 4) three times.


class UsesSuper:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj


class SubA(UsesSuper):
    def __new__(cls, a, b):
        return super().__new__(cls, a, b)


class Plain:
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj.args = args
        return obj


class SubB(Plain):
    def __new__(cls, a, b):
        return super().__new__(cls, a, b)


print(UsesSuper(3, 4).args)
print(len(SubA(3, 4).args))
print(SubB(3, 4).args)
