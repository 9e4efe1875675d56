# Truth values in conditions: numbers, strings, bytes, containers, None, ranges, objects with
# __bool__ or __len__, and the results of and/or/not used as values and as conditions.


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Plain:
    pass


values = [0, 1, -1, 0.0, 0.5, "", "a", b"", b"\x00", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), bytearray(), bytearray(1),
          B(True), B(False), L(0), L(3), Plain()]
print("".join("T" if v else "F" for v in values))
print("".join("T" if not v else "F" for v in values))
print([bool(v) for v in values].count(True))

n = 0
for v in values:
    if v:
        n += 1
    while v:
        n += 100
        break
print(n)

# and/or return one of their operands.
print(0 or "x", "" or [] or None, 1 and 2, 0 and 1 / 0, [] and "never")
print(1 or 1 / 0, None or 0 or "last", "a" and "b" and "c")
print(not 0, not "a", not not [1], not (1 and 0))

# Mixed conditions.
for a in (0, 1):
    for b in (0, 2):
        for c in ("", "z"):
            r = []
            if a and b or c:
                r.append("1")
            if a or b and c:
                r.append("2")
            if not a and not (b or c):
                r.append("3")
            if (a or b) and (b or c) and not (a and c):
                r.append("4")
            print(a, b, repr(c), r)

# Comparisons used as conditions.
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6, 0 <= x <= 5 < 6)
if 0 < x < 10 and x % 2:
    print("odd single digit")
