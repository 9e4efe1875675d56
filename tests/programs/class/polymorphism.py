# Polymorphism through a common base: abstract methods raising NotImplementedError, template
# methods in the base calling hooks in subclasses, duck typing with classes that share no base.


class Expr:
    def eval(self, env):
        raise NotImplementedError

    def show(self):
        raise NotImplementedError

    def __repr__(self):
        return self.show()


class Num(Expr):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def show(self):
        return str(self.v)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def show(self):
        return self.name


class BinOp(Expr):
    symbol = "?"

    def __init__(self, left, right):
        self.left = left
        self.right = right

    def eval(self, env):
        return self.apply(self.left.eval(env), self.right.eval(env))

    def show(self):
        return "(%s %s %s)" % (self.left.show(), self.symbol, self.right.show())


class Add(BinOp):
    symbol = "+"

    def apply(self, a, b):
        return a + b


class Mul(BinOp):
    symbol = "*"

    def apply(self, a, b):
        return a * b


class Pow(BinOp):
    symbol = "**"

    def apply(self, a, b):
        return a**b


e = Add(Mul(Num(3), Var("x")), Pow(Var("y"), Num(2)))
print(e, e.eval({"x": 4, "y": 5}))
print([t.eval({"x": 1}) for t in (Num(7), Var("x"), Add(Var("x"), Num(1)))])
try:
    Expr().eval({})
except NotImplementedError:
    print("NotImplementedError")
try:
    BinOp(Num(1), Num(2)).eval({})
except AttributeError:
    print("AttributeError no apply")


class Report:
    def render(self):
        return "\n".join([self.header()] + self.body() + [self.footer()])

    def header(self):
        return "== " + self.title + " =="

    def footer(self):
        return "-- end --"


class Sales(Report):
    title = "sales"

    def body(self):
        return ["north 10", "south 7"]


class Empty(Report):
    title = "empty"

    def body(self):
        return []

    def footer(self):
        return "(nothing)"


for r in (Sales(), Empty()):
    print(r.render())


class File:
    def read(self):
        return "file data"


class Socket:
    def read(self):
        return "socket data"


class Fake:
    read = staticmethod(lambda: "fake data")


print([src.read() for src in (File(), Socket(), Fake())])
