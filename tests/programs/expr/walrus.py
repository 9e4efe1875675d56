# Assignment expressions (:=) in conditions, loops, comprehensions (binding in the enclosing
# scope), call arguments and nested expressions.

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print(n)

# In a while loop that reads until a sentinel.
items = iter([5, 7, 0, 9])
total = 0
while (x := next(items)) != 0:
    total += x
print(total, x)

# In comprehensions the target binds in the containing scope.
squares = [y := v * v for v in range(4)]
print(squares, y)
evens = [w for v in data if (w := v * 2) > 8]
print(evens, w)
print([last := c for c in "xyz"], last)
print(any((hit := v) > 8 for v in data), hit)
print(all((miss := v) < 5 for v in data), miss)

# Inside a function: binds a local of the function, also from a comprehension.
def f(seq):
    [m := s for s in seq]
    if (k := len(seq)) and m:
        return k, m
    return None

print(f([1, 2, 3]), f([]))

# Closures see the variable bound by a walrus in a comprehension.
def g():
    res = [(z := i) for i in range(3)]
    inner = lambda: z * 10
    return res, inner()

print(g())

# In call arguments and nested expressions.
print(max((a := 4), (b := 9)), a, b)
print((c := 2) + (c := c * 10) + c, c)
print([(d := 1), d + 1, (d := d + 10), d])
print((e := "text").upper(), e)

# Parenthesised at statement level and in tuple displays.
(p := 5)
print(p, ((q := 1), q + 1))

# Walrus used to avoid recomputation.
calls = [0]


def costly(v):
    calls[0] += 1
    return v * 3


results = [r for v in range(5) if (r := costly(v)) % 2 == 0]
print(results, calls[0])
