# Class bodies as scopes: names defined in the class body are not visible inside its methods
# (they must go through self or the class), the class body sees globals and enclosing function
# locals, class attributes built from earlier class names, and a name both global and class-level.

name = "global name"


class C:
    name = "class name"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(items)
    label = name + "!"

    def method(self):
        return name

    def via_self(self):
        return self.name

    def via_class(self):
        return C.name, type(self).total


c = C()
print(C.label, C.doubled, C.total)
print(c.method(), c.via_self(), c.via_class())


def factory(prefix):
    suffix = "?"

    class Local:
        tag = prefix + suffix
        parts = (prefix, suffix)

        def show(self):
            return prefix + " from method"

    return Local


L = factory("pre")
print(L.tag, L.parts, L().show())


class Counter:
    count = 0

    def increment(self):
        Counter.count += 1
        return Counter.count

    def shadow(self):
        count = "local"
        return count, self.count


k = Counter()
k.increment()
k.increment()
print(Counter.count, k.shadow())


class Order:
    log = []
    log.append("first")
    a = 1
    log.append("a=%d" % a)
    a += 1
    b = a * 10
    del a
    log.append("deleted a")


print(Order.log, Order.b, hasattr(Order, "a"))


class Shadow:
    x = "class x"

    def get_global_x(self):
        return x


x = "global x"
print(Shadow.x, Shadow().get_global_x())


class Nested:
    value = 5

    class Inner:
        # The inner class body does not see the outer class's names.
        try:
            seen = value
        except NameError:
            seen = "not visible"


print(Nested.Inner.seen)


def methods_close_over():
    secret = "closure"

    class Holder:
        def get(self):
            return secret

    secret = "rebound closure"
    return Holder().get()


print(methods_close_over())
