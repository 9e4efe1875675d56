# Subclassing list: extra methods and attributes, super().__init__, overridden __getitem__ used by
# subscription, inherited behaviour, and results of list operations being plain lists.


class Stack(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.pushes = 0

    def push(self, v):
        self.append(v)
        self.pushes += 1
        return self

    def peek(self):
        return self[-1] if self else None

    def total(self):
        return sum(self)


s = Stack([5])
s.push(1).push(7)
print(list(s), len(s), s.peek(), s.total(), s.pushes)
print(s.pop(), list(s), s == [5, 1], isinstance(s, list), isinstance(s, Stack))
s.sort()
print(list(s), s.index(5), s.count(1), 1 in s, [x * 10 for x in s])
t = s + [0]
print(type(t).__name__, t, type(s[:]).__name__)
s.extend(range(3))
s.reverse()
print(list(s), sorted(s), max(s), list(reversed(s)))
print(Stack().peek(), bool(Stack()), bool(Stack([0])))


class Labels(list):
    def __getitem__(self, i):
        return "<%s>" % (list(self)[i],)


lab = Labels(["a", "b"])
print(lab[0], lab[1], lab[-1], len(lab))


class Unique(list):
    def append(self, v):
        if v not in self:
            super().append(v)

    def add_all(self, items):
        for x in items:
            self.append(x)
        return self


u = Unique().add_all("mississippi")
print(list(u), len(u))


class Matrix(list):
    @classmethod
    def zeros(cls, n, m):
        return cls([0] * m for _ in range(n))

    def transpose(self):
        return Matrix([list(col) for col in zip(*self)])

    def show(self):
        return "\n".join(" ".join(str(v) for v in row) for row in self)


m = Matrix.zeros(2, 3)
m[0][1] = 4
m[1][2] = 9
print(m.show())
print(m.transpose().show(), type(m.transpose()).__name__)
