# MicroPython only: a descriptor read through the class (Owner.attr) is returned as is, without
# calling its __get__(None, Owner); through an instance __get__ is called as in CPython. Output
# from stock MicroPython; CPython prints the __get__ results for the class reads too.


class Desc:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class read of " + objtype.__name__
        return "instance read"


class Owner:
    attr = Desc()


print(Owner().attr)
v = Owner.attr
print(type(v).__name__, isinstance(v, Desc))


class Ro:
    @property
    def p(self):
        return 1


# property objects behave the same way in both.
print(type(Ro.p).__name__, Ro().p)
