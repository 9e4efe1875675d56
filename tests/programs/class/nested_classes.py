# Classes inside classes and inside functions: reaching a nested class through its outer class,
# nested classes not seeing outer class attributes, classes made per call that close over the
# function's variables, and class bodies that use enclosing function scopes.


class Outer:
    limit = 3

    class Inner:
        value = "inner value"

        def show(self):
            return "Inner.show " + self.value

    class Config:
        debug = False

        class Level:
            name = "deep"

    def make_inner(self):
        return self.Inner()

    def make_direct(self):
        return Outer.Inner()


o = Outer()
print(o.make_inner().show(), o.make_direct().value, Outer.Inner.value)
print(Outer.Config.debug, Outer.Config.Level.name, Outer.Config.Level.__name__)
print(isinstance(o.make_inner(), Outer.Inner), type(Outer.Inner()).__name__)


def make_counter_class(start, step):
    class Counter:
        initial = start

        def __init__(self):
            self.value = start

        def next(self):
            self.value += step
            return self.value

    return Counter


C2 = make_counter_class(0, 2)
C10 = make_counter_class(100, 10)
c2, c10 = C2(), C10()
print(c2.next(), c2.next(), c10.next(), C2.initial, C10.initial, C2 is C10)


def make_classes(n):
    out = []
    for i in range(n):

        class K:
            index = i

            def get(self):
                return self.index

        out.append(K)
    return out


print([k().get() for k in make_classes(4)])


def shared_state():
    log = []

    class Logger:
        def write(self, msg):
            log.append(msg)

    class Reader:
        def read(self):
            return list(log)

    return Logger(), Reader()


w, r = shared_state()
w.write("a")
w.write("b")
print(r.read())


def late_binding():
    x = "before"

    class Sees:
        def get(self):
            return x

    x = "after"
    return Sees().get()


print(late_binding())


class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v = v
            self.kids = list(kids)

        def total(self):
            return self.v + sum(k.total() for k in self.kids)

    def __init__(self):
        N = Tree.Node
        self.root = N(1, [N(2, [N(4)]), N(3)])


print(Tree().root.total())
