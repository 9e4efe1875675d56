# super() in its forms: zero-argument in methods, __init__, classmethods and __new__,
# two-argument super(C, self) and super(C, cls), super() saved in a local, skipping a level with
# super(Parent, self), and super() reaching an attribute that is not a method.


class A:
    label = "A.label"

    def __init__(self, x):
        self.x = x
        print("A.__init__", x)

    def f(self):
        return "A.f(%s)" % self.x

    @classmethod
    def make(cls, x):
        return "A.make %s %s" % (cls.__name__, x)

    @staticmethod
    def stat():
        return "A.stat"


class B(A):
    label = "B.label"

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("B.__init__", y)

    def f(self):
        return "B.f>" + super().f()

    @classmethod
    def make(cls, x):
        return "B.make>" + super().make(x * 2)

    def two_arg(self):
        return super(B, self).f()

    def saved(self):
        s = super()
        return s.f() + "|" + s.label

    def static_via_super(self):
        return super().stat()


class C(B):
    def __init__(self):
        super(C, self).__init__(1, 2)

    def f(self):
        return "C.f>" + super().f()

    def skip(self):
        # Start the search after B: lands on A.f.
        return super(B, self).f()

    @classmethod
    def make(cls, x):
        return "C.make>" + super(C, cls).make(x + 1)


b = B(10, 20)
print(b.f(), b.two_arg(), b.saved(), b.static_via_super())
print(B.make(3), b.make(4))
c = C()
print(c.f())
print(c.skip())
print(C.make(1))
print(super(B, b).f(), super(C, c).label)


class Meta:
    count = 0

    def __new__(cls, *args):
        # object.__new__ here, not super(): see micropython/new_closure_super.py.
        Meta.count += 1
        obj = object.__new__(cls)
        obj.args = args
        return obj


class Sub(Meta):
    def __new__(cls, a, b):
        obj = super().__new__(cls, a, b)
        obj.total = a + b
        return obj


s = Sub(3, 4)
print(type(s).__name__, s.args, s.total, Meta.count)


class Stack(list):
    def push(self, v):
        super().append(v)
        return self

    def append(self, v):
        raise TypeError("use push")

    def __repr__(self):
        return "Stack%r" % (super().copy(),)


st = Stack()
st.push(1).push(2)
try:
    st.append(3)
except TypeError as e:
    print("TypeError", e)
print(repr(st), len(st), st[-1])


class Greeter:
    def hello(self):
        return "hi"


class Loud(Greeter):
    def hello(self):
        def shout(text):
            return text.upper() + "!"

        return shout(super().hello())


print(Loud().hello())
