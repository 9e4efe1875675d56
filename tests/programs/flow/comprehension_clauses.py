# Comprehensions with many for and if clauses, conditions that refer to earlier loop variables,
# conditional values, nested comprehensions as iterables and values, tuple targets, and
# comprehensions used inside loops that break and continue.

print([x for x in range(20) if x % 2 if x % 3 if x != 13])
print([(a, b, c) for a in range(1, 8) for b in range(a, 8) for c in range(b, 8)
       if a * a + b * b == c * c])
print([x if x % 3 else "fizz" for x in range(1, 10) if x % 2])
print([y for x in [[1, 2], [3], [], [4, 5, 6]] for y in x if y != 5])
print([(i, ch) for i, ch in enumerate("abcd") if i % 2 == 0])
print([[c for c in w if c not in "aeiou"] for w in ("hello", "xyz", "aei")])
print({k: v for k, v in zip("abcdef", range(6)) if v % 2} == {"b": 1, "d": 3, "f": 5})
print(sorted({a * b for a in range(4) for b in range(4) if a < b}))
print([sum(row) for row in [[i * j for j in range(4)] for i in range(4)]])
print([x for x in [y * 2 for y in range(5)] if x > 3])
print([(x, y) for x in range(3) for y in range(3) if x != y if (x + y) % 2])

# Comprehensions inside loops with break/continue.
found = []
for n in range(2, 30):
    divisors = [d for d in range(2, n) if n % d == 0]
    if divisors:
        continue
    found.append(n)
    if len(found) == 6:
        break
print(found)

# Comprehension values that are conditional expressions with comprehensions inside.
print([[i] * i if i % 2 else [j for j in range(i)] for i in range(5)])

# Unpacking targets with stars in comprehensions.
print([(h, t) for h, *t in ("abc", [1, 2], (9,))])

# A long single comprehension line with many clauses.
print(len([1 for a in range(5) for b in range(5) if a != b for c in range(5) if c not in (a, b)
           for d in range(5) if d not in (a, b, c)]))
