# Rich comparison methods defined on the class itself: <, <=, >, >=, sorting, min/max and chains.


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return self.text


v1 = Version("1.2.0")
v2 = Version("1.10.0")
v3 = Version("1.2.0")
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v1 == v3, v1 != v3)
print(v1 <= v3 < v2, v2 > v1 >= v3, v1 < v2 < v3)

vs = [Version(t) for t in ("2.0", "1.9.9", "1.10", "1.2", "0.1")]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
vs.sort()
print(vs[0], vs[-1])


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n


# A chain evaluates each comparison once and stops at the first false one.
print(Loud(1) < Loud(2) < Loud(3))
print(Loud(3) < Loud(2) < Loud(1))


class Weird:
    # Comparisons may return any object; truth is taken only where needed.
    def __lt__(self, other):
        return "yes"

    def __gt__(self, other):
        return 0


w = Weird()
print(w < 1, w > 1)
if w < 2:
    print("truthy")
print(not (w > 2))


class OnlyLt:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


# min() and sorted() need only <.
print(min(OnlyLt(3), OnlyLt(9), OnlyLt(4)).n, [o.n for o in sorted([OnlyLt(5), OnlyLt(2)])])
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError:
    print("TypeError")
