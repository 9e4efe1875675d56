# with statements: one item, several items, as-targets that are names,
# tuples and attributes, and nesting.


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, kind, value, tb):
        self.log.append("exit " + self.name)
        return kind is KeyError


class PairMaker:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *exc):
        return False


class Holder:
    pass


log = []
with Resource("a", log):
    log.append("body 1")
with Resource("b", log) as b, Resource("c", log) as c:
    log.append("body " + b.name + c.name)
with Resource("d", log) as d:
    with Resource("e", log):
        raise KeyError("suppressed by e")
with PairMaker() as (x, y):
    log.append("pair %d %d" % (x, y))
h = Holder()
with Resource("f", log) as h.res, \
        Resource("g", log):
    log.append(h.res.name)
for line in log:
    print(line)
