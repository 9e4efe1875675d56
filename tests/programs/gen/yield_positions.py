# yield and yield from in every expression position: right side of assignments and augmented
# assignments, call arguments, subscripts, operands, conditions of if and while, conditional
# expressions, return values, tuples and lists, and a bare yield.


def positions():
    a = yield "assign"
    b = 1
    b += yield "augmented"
    c = str((yield "call arg"))
    d = [10, 20, 30][(yield "index")]
    e = (yield "left") * (yield "right")
    f = [(yield "list0"), (yield "list1")]
    g = (yield "tuple0"), (yield "tuple1")
    if (yield "if cond"):
        h = "true branch"
    else:
        h = "false branch"
    i = (yield "then") if (yield "cond expr") else "skipped"
    n = 0
    while (yield "while cond %d" % n):
        n += 1
    yield
    return a, b, c, d, e, f, g, h, i, n


sends = {"assign": "A", "augmented": 5, "call arg": 7, "index": 2, "left": 3, "right": 4,
         "list0": "l0", "list1": "l1", "tuple0": "t0", "tuple1": "t1", "if cond": 0,
         "cond expr": 1, "then": "T", "while cond 0": 1, "while cond 1": 1, "while cond 2": 0,
         None: None}
g = positions()
prompt = next(g)
seen = []
try:
    while True:
        seen.append(prompt)
        prompt = g.send(sends[prompt])
except StopIteration as s:
    print(seen)
    print(s.value)


def yield_in_return():
    return (yield "only")


g = yield_in_return()
next(g)
try:
    g.send("sent back")
except StopIteration as s:
    print("returned", s.value)


def yield_from_positions():
    x = (yield from [1, 2]) or "none returned"
    y = [(yield from []), (yield from "z")]
    yield x, y


print(list(yield_from_positions()))


def yield_in_loop_header():
    for i in range((yield "range arg")):
        yield i


g = yield_in_loop_header()
print(next(g), g.send(3), next(g), next(g))


def yield_in_with():
    class CM:
        def __init__(self, v):
            self.v = v

        def __enter__(self):
            return self.v

        def __exit__(self, *a):
            return False

    with CM((yield "cm arg")) as v:
        yield "inside " + v


g = yield_in_with()
print(next(g), g.send("hi"))
g.close()
