# __repr__ and __str__: which one print, str(), repr(), % and format use, and the fallback of str
# to __repr__.


class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Both(%r)" % (self.v,)

    def __str__(self):
        return "<%s>" % (self.v,)


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "str-only"


b = Both("x")
print(b)
print(str(b), repr(b))
print([b, b])
print((b,), {"k": b})
print("%s and %r" % (b, b))
print("{} and {!r}".format(b, b))
print(f"{b} {b!r}")

r = ReprOnly()
print(r, str(r), [r])

s = StrOnly()
print(s, str(s))
print(repr(s).startswith("<"))


class Tree:
    def __init__(self, name, kids=()):
        self.name = name
        self.kids = list(kids)

    def __repr__(self):
        if not self.kids:
            return self.name
        return self.name + "(" + ", ".join(repr(k) for k in self.kids) + ")"


t = Tree("a", [Tree("b"), Tree("c", [Tree("d")])])
print(t)
print(repr([t, Tree("e")]))


class Sub(Both):
    def __str__(self):
        return "sub:" + super().__str__()


print(Sub(3), repr(Sub(4)))
print(str(Both(5)) + "!")
