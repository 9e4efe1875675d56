# Boolean operators with short-circuit values, and comparison chains using
# every comparison operator including 'is not' and 'not in'.


def trace(label, value, log):
    log.append(label)
    return value


log = []
result = trace("a", 0, log) or trace("b", "", log) or trace("c", "last", log)
print(result, log)
log = []
result = trace("a", 1, log) and trace("b", [], log) and trace("c", 2, log)
print(result, log)
print(not 0, not not [], not (1 and 0), 1 or 0 and 0, (1 or 0) and 0)

x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 == 5 != 6)
print(x >= 5 > 4 >= 4, x is x, x is not None, None is None)
print(3 in [1, 2, 3], 3 not in (1, 2), "b" in "abc", "z" not in "abc")
print(1 < 2 < 3 < 4 < 5 < 6 < 7, 1 < 2 > 1 < 2 > 3)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, not a is b, not x in a)
print([n for n in range(12) if 2 < n <= 8 and n not in (4, 5) or n == 11])
