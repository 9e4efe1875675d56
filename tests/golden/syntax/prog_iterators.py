# The iterator protocol by hand: __iter__/__next__ classes, generators as
# __iter__, zip/enumerate/map/filter and a sliding window generator.


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Cycle:
    def __init__(self, items, rounds):
        self.items = items
        self.rounds = rounds

    def __iter__(self):
        for _ in range(self.rounds):
            for item in self.items:
                yield item


def window(seq, size):
    it = iter(seq)
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


print(list(Countdown(5)))
print(list(Cycle("ab", 3)))
print(list(window(range(6), 3)))
print(list(zip("abc", Countdown(3), Cycle([0], 5))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(enumerate("xyz", 10)), list(reversed([1, 2, 3])))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
