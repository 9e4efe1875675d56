# Generator expressions: laziness, single use, the first iterable evaluated immediately, nested
# for and if clauses, use as the sole argument of a call without extra parentheses, conditional
# values, generator expressions over generator expressions, and closures over outer variables.

log = []


def src(n):
    log.append("src called")
    for i in range(n):
        log.append("produce %d" % i)
        yield i


ge = (x * 10 for x in src(3))
print(log)
print(next(ge), log)
print(list(ge), list(ge))

print(sum(x * x for x in range(10)), max(len(w) for w in ("a", "abc", "ab")))
print(list(x for x in range(10) if x % 3 == 0))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(list(x if x % 2 else -x for x in range(6)))
print(sorted((y for y in "hello" if y != "l"), reverse=True))
print("-".join(str(n) for n in range(5)))
print(dict((k, len(k)) for k in ("aa", "b")) == {"aa": 2, "b": 1})
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))

inner = (x + 1 for x in range(4))
outer = (y * y for y in inner)
print(list(outer))

# The first iterable is evaluated when the expression is created; the rest lazily.
data = [1, 2]
ge = (x + y for x in data for y in data)
data = [100]
print(list(ge))

k = 10
ge = (x + k for x in range(3))
k = 20
print(list(ge))


def in_function(n):
    factor = n
    return list(v * factor for v in range(n))


print(in_function(3))

# Nested generator expressions.
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(list(row[i] for row in matrix) for i in range(3)))
print(sum(sum(v for v in row) for row in matrix))

# Errors happen when the value is produced.
ge = (1 // x for x in (1, 0))
print(next(ge))
try:
    next(ge)
except ZeroDivisionError:
    print("ZeroDivisionError on second value")
print(list(ge))

# A generator expression iterating over a non-iterable fails at creation.
try:
    ge = (x for x in 5)
except TypeError:
    print("TypeError at creation")
