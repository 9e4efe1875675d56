# Calls that raise TypeError before the body runs: too few or too many positional arguments,
# unknown or repeated keyword arguments, a missing keyword-only argument, calling non-callables,
# and unpacking non-iterables. Only the exception type is printed (messages differ).


def f(a, b=2):
    return a + b


def g(*, k):
    return k


def h(x, *args, **kwargs):
    return x


class C:
    def method(self, v):
        return v


def attempt(label, thunk):
    try:
        r = thunk()
        print(label, "ok", r)
    except TypeError as e:
        print(label, type(e).__name__)


attempt("too few", lambda: f())
attempt("too many", lambda: f(1, 2, 3))
attempt("unknown kw", lambda: f(1, c=3))
attempt("repeated kw", lambda: f(1, a=1))
attempt("kw-only missing", lambda: g())
attempt("kw-only positional", lambda: g(1))
attempt("star ok", lambda: h(1, 2, 3, z=4))
attempt("star missing x", lambda: h())
attempt("star kw x twice", lambda: h(1, x=2))
attempt("method too few", lambda: C().method())
attempt("method too many", lambda: C().method(1, 2))
attempt("unbound method", lambda: C.method(1))
for label, obj in (("call int", 5), ("call None", None), ("call list", [1]), ("call str", "s")):
    attempt(label, lambda: obj(1))
attempt("star int", lambda: f(*1))
attempt("star None", lambda: h(*None))
attempt("lambda arity", lambda: (lambda x: x)())
attempt("lambda extra", lambda: (lambda: 0)(1))
attempt("builtin arity", lambda: len())
attempt("builtin extra", lambda: len([], []))
attempt("dup via kwargs", lambda: f(1, **{"a": 2}))
attempt("dup two dicts", lambda: h(0, **{"a": 1}, **{"a": 2}))
attempt("non-str key", lambda: h(0, **{1: 2}))
attempt("ok kwargs", lambda: f(**{"a": 5}))


# The body never ran for a failed call.
ran = []


def tracked(a):
    ran.append(a)


for args in ((), (1, 2), (3,)):
    try:
        tracked(*args)
    except TypeError:
        pass
print(ran)
