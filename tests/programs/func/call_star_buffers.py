# Argument arrays the runtime builds on its heap, each while it allocates: * and ** calls whose
# positional and keyword buffers fill their allocation exactly or nearly, bound methods and
# closures with more than 32 arguments, and values that exist only in those arrays (made by
# generators and comprehensions). Run with a collection at every allocation, a buffer freed too
# early shows as wrong values or a wrong keyword name.


def show(*args, **kwargs):
    return list(args), sorted(kwargs.items())


def gen(n, tag):
    for i in range(n):
        yield "%s%d" % (tag, i)


for n_pos in range(0, 18, 3):
    for n_kw in range(0, 9, 2):
        kw = {"k%d" % i: [i] * 2 for i in range(n_kw)}
        print(show(*gen(n_pos, "p"), **kw))
        print(show(*[str(i) for i in range(n_pos)], *gen(2, "q"), **kw, last=str(n_kw)))


class C:
    def meth(self, *args, **kwargs):
        return len(args), args[-1], sorted(kwargs)


c = C()
print(c.meth(*gen(40, "m")))
print(c.meth(*gen(35, "m"), **{"a%d" % i: str(i) for i in range(6)}))
print(c.meth(*[str(i) for i in range(33)], x="x", y="y"))


def outer():
    cell = "closed"

    def inner(*args, **kwargs):
        return cell, len(args), args[0], args[-1], sorted(kwargs.items())

    return inner


f = outer()
print(f(*gen(40, "c")))
print(f(*gen(31, "c"), **{"k%d" % i: "v%d" % i for i in range(4)}))
print(f(*[[i] for i in range(34)], z=[0]))
