# Generators as methods: __iter__ written as a generator so an object can be iterated many times,
# generator methods reading and changing instance state between yields, a class-level generator
# producing a tree walk, and static/class methods that are generators.


class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def row(self, y):
        for x in range(self.w):
            yield (x, y)

    @staticmethod
    def corners(w, h):
        yield 0, 0
        yield w - 1, 0
        yield 0, h - 1
        yield w - 1, h - 1

    @classmethod
    def squares(cls, n):
        for i in range(1, n + 1):
            yield cls(i, i)


r = Range2D(3, 2)
print(list(r), len(list(r)))
print(list(r.row(1)), list(Range2D.corners(4, 3)))
print([(s.w, len(list(s))) for s in Range2D.squares(3)])


class Counter:
    def __init__(self):
        self.count = 0

    def ticks(self, n):
        for _ in range(n):
            self.count += 1
            yield self.count


c = Counter()
t = c.ticks(3)
print(next(t), c.count)
c.count = 100
print(list(t), c.count)


class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()


tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(list(tree), list(tree.leaves()))
print(list(tree.depth_first()))
print(sum(tree), max(tree), 6 in tree, 9 in tree)


class Machine:
    def __init__(self):
        self.state = "idle"
        self.runner = self.run()
        next(self.runner)

    def run(self):
        while True:
            event = yield self.state
            if self.state == "idle" and event == "start":
                self.state = "running"
            elif self.state == "running" and event == "pause":
                self.state = "paused"
            elif self.state == "paused" and event == "start":
                self.state = "running"
            elif event == "stop":
                self.state = "idle"

    def send(self, event):
        return self.runner.send(event)


m = Machine()
print([m.send(e) for e in ("pause", "start", "pause", "start", "stop", "start")])
