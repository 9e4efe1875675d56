# sorted and reversed as builtins: any iterable in, a new list or a reverse iterator out; key
# and reverse; reversed on sequences only.

print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1)), sorted({"b": 1, "a": 2}), sorted({3, 1}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted(x % 5 for x in range(12)), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([]), sorted([1.5, 1, True * 2]))

# sorted copies its input.
data = [5, 3, 4]
out = sorted(data)
out.append(0)
print(data, out, out is data)

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(4))), list(reversed([])))
print("".join(reversed("stressed")), list(reversed(b"ab")), list(reversed(bytearray(b"xy"))))

# reversed gives an iterator over the live list.
lst = [1, 2, 3]
rit = reversed(lst)
print(next(rit), list(rit), list(rit))

# Sorting records by several keys.
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])), [p[0] for p in sorted(people, key=lambda p: p[1])])

# Errors.
for f in (lambda: sorted(5), lambda: reversed(5), lambda: sorted([1, None])):
    try:
        print(f())
    except TypeError:
        print("TypeError")
