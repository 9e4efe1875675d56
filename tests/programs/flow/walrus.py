# Assignment expressions (:=) in if and while conditions, comprehensions (binding in the
# enclosing scope), call arguments, nested in other expressions, and in functions where the
# target is local.

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)

# while with :=
it = iter(data)
out = []
while (v := next(it, None)) is not None:
    out.append(v * 2)
print(out, v)

# In a comprehension the target binds in the enclosing scope. (At module level MicroPython
# rejects a target that the comprehension also reads, so the running sum is in a function.)
def running_sums(values):
    running = 0
    sums = [running := running + x for x in values]
    return sums, running


print(running_sums(data))
firsts = [last := x for x in data]
print(firsts, last)
big = [y for x in data if (y := x * 10) > 40]
print(big, y)

# Any/all short-circuit keeps the witness.
if any((hit := x) > 5 for x in data):
    print("first above 5:", hit)


def scan(values):
    total = 0
    while (chunk := values[:2]):
        values = values[2:]
        total += sum(chunk)
    return total, chunk


print(scan([1, 2, 3, 4, 5]))


def local_target():
    [w := i for i in range(3)]
    return w


print(local_target())

# Nested in arithmetic and calls.
print((a := 5) * (b := a + 1), a, b)
print(max(c := 3, c + 1), c)


def pattern(s):
    if (i := s.find(":")) >= 0 and (key := s[:i]):
        return key, s[i + 1:]
    return None


print(pattern("k:v"), pattern(":v"), pattern("kv"))

# In a conditional expression and a lambda default.
z = (m := 4) if data else (m := 0)
print(z, m)
f = lambda q=(r := 7): q + r
print(f(), f(1))
