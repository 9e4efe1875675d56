# Short-circuit evaluation in conditions: which operands of and/or/not and of chained
# comparisons are evaluated, in what order, in if, while, elif, conditional expressions and
# comprehension filters.

log = []


def v(tag, value):
    log.append(tag)
    return value


def run(label, fn):
    log.clear()
    result = fn()
    print(label, result, "".join(log))


run("and-stop", lambda: v("a", 0) and v("b", 1))
run("and-all", lambda: v("a", 1) and v("b", 2) and v("c", 3))
run("or-stop", lambda: v("a", 1) or v("b", 0))
run("or-all", lambda: v("a", 0) or v("b", "") or v("c", None))
run("mixed", lambda: v("a", 0) or v("b", 1) and v("c", 0) or v("d", 4))
run("not", lambda: not v("a", 0) and not v("b", 1))
run("chain-true", lambda: v("a", 1) < v("b", 2) < v("c", 3))
run("chain-stop", lambda: v("a", 3) < v("b", 2) < v("c", 1))
run("chain-eq", lambda: v("a", 1) == v("b", 1) != v("c", 2) == v("d", 3))

for a in (0, 1):
    for b in (0, 1):
        log.clear()
        if v("a", a) and v("b", b):
            r = "both"
        elif v("a", a) or v("b", b):
            r = "one"
        else:
            r = "none"
        print(a, b, r, "".join(log))

# while conditions evaluated once per iteration plus the final check.
log.clear()
n = 0
while v("c", n < 3) and v("d", True):
    n += 1
print(n, "".join(log))

# Comprehension filters with short-circuit.
log.clear()
res = [x for x in range(6) if v(str(x), x % 2) and v("*", x > 2)]
print(res, "".join(log))

# The value of a short-circuited expression used directly.
log.clear()
x = v("a", []) or v("b", {}) or v("c", "fallback")
y = v("d", "first") and v("e", "") and v("f", "never")
print(repr(x), repr(y), "".join(log))

# Deeply parenthesised boolean expression.
def big(p, q, r, s):
    return ((p and q) or (r and not s)) and not ((p or s) and (q and r)) or (p and s and not q)


print([big(p, q, r, s) for p in (0, 1) for q in (0, 1) for r in (0, 1) for s in (0, 1)])
