# Zero-argument super() in methods whose first parameter is captured by closures, in methods with
# *args, keyword-only and default parameters, in generator and coroutine methods, in
# classmethods, and next to nested functions that also read __class__.


class A:
    def f(self, x):
        return "A.f%d" % x

    def g(self):
        return "A.g"

    def gen(self, n):
        for i in range(n):
            yield "A%d" % i

    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__

    async def fetch(self):
        return "A.fetch"


class B(A):
    def f(self, x):
        h = lambda: self.g()
        return super().f(x) + "+" + h()

    def g(this):
        def inner():
            return this

        return "B.g>" + super().g() + ">" + str(inner() is this)

    def k(self, *args, **kwargs):
        return super().f(len(args) + len(kwargs))

    def m(self, x=1, *, y=2):
        def one():
            def two():
                return x + y + len(__class__.__name__)

            return two()

        return super().f(one())

    def gen(self, n):
        yield "B-start"
        for item in super().gen(n):
            yield item.lower()
        yield from super().gen(1)

    @classmethod
    def make(cls):
        pick = lambda: super(B, cls).make()
        return "B.make>" + pick()

    async def fetch(self):
        first = await super().fetch()
        return "B.fetch>" + first


class C(B):
    def g(self):
        return "C.g>" + super().g()


b = B()
print(b.f(1))
print(b.g())
print(b.k(1, 2, z=3), b.m(), b.m(5, y=0))
print(list(b.gen(3)))
print(B.make(), C.make())
c = b.fetch()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
cc = C()
print(cc.g(), cc.f(7))
print(list(cc.gen(2)))
