# Evaluation order: operands left to right, call arguments left to right, subscripts before
# assignment values... as seen through a logging helper.

log = []


def v(tag, val=None):
    log.append(tag)
    return tag if val is None else val


def show(label):
    print(label, log)
    log.clear()


v("a", 1) + v("b", 2) * v("c", 3)
show("arith")
v("a", 2) ** v("b", 3) ** v("c", 1)
show("power")
v("f", print)(v("x", ""), v("y", ""), sep=v("s", ""), end=v("e", ""))
show("call")
[v("1"), v("2"), v("3")]
show("list")
(v("1"), v("2"))
show("tuple")
{v("1"), v("2")}
show("set")
v("obj", [0, 0])[v("idx", 1)]
show("subscript")
v("obj", "abcdef")[v("lo", 1):v("hi", 3)]
show("slice")

# Assignment: the value is evaluated before the targets, targets left to right.
store = [0, 0, 0]
v("list", store)[v("i", 0)], v("list2", store)[v("j", 1)] = v("rhs", (5, 6))
show("assign")
x = y = v("once", 7)
show("chained")

# Boolean operators and conditional expressions.
v("a", 0) or v("b", 0) or v("c", 1)
show("or")
v("a", 1) and v("b", 0) and v("c", 1)
show("and")
v("t", 1) if v("cond", 0) else v("f", 2)
show("ifexp")

# Comparisons and method calls.
v("a", 1) < v("b", 2) < v("c", 0) < v("d", 3)
show("chain")
v("s", "x").join([v("p", "1"), v("q", "2")])
show("method")

# Keyword and star arguments are evaluated in source order.
def sink(*a, **k):
    return a, k


sink(v("p1"), *v("star", [1]), k1=v("k1"), **v("dstar", {}))
show("mixed call")

# Augmented assignment evaluates target parts first, then the value.
data = {"n": 1}
v("d", data)[v("key", "n")] += v("inc", 1)
show("augassign")

# Comprehension: the outermost iterable is evaluated first.
[v("elt") for _ in v("iter", [1, 2]) if v("cond", True)]
show("comprehension")
