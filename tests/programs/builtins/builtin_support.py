# MicroPython differs from CPython on purpose here (expected output from stock MicroPython in
# the .exp): some builtins are missing or take fewer forms (format, ascii, slice(),
# iter(callable, sentinel), keyword arguments of sum and print, isinstance with nested tuples),
# locals() inside a function is the module's globals(), and builtin functions and types print in
# a shorter form.

import builtins

names = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "compile", "delattr", "dir", "divmod",
         "enumerate", "eval", "exec", "filter", "format", "getattr", "globals", "hasattr", "hash", "hex", "id",
         "input", "isinstance", "issubclass", "iter", "len", "locals", "map", "max", "min", "next", "oct",
         "open", "ord", "pow", "print", "range", "repr", "reversed", "round", "setattr", "sorted", "sum",
         "vars", "zip", "slice", "memoryview", "bytearray", "frozenset", "property", "staticmethod",
         "classmethod", "super", "object", "complex", "breakpoint", "aiter", "anext", "help"]
print([n for n in names if not hasattr(builtins, n)])


def trial(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__)


n = [0]


def count():
    n[0] += 1
    return n[0]


trial("slice()", lambda: slice(1, 5, 2))
trial("iter sentinel", lambda: list(iter(count, 3)))
trial("sum start kw", lambda: sum([1, 2], start=10))
trial("print flush", lambda: print("x", flush=True))
trial("nested tuple", lambda: isinstance(1, (str, (int,))))
trial("max default many", lambda: max(1, 2, default=0))
trial("repr len", lambda: repr(len))
trial("repr object()", lambda: repr(object()))
trial("type iter", lambda: type(iter([])).__name__)
trial("range eq", lambda: range(3) == range(3))
trial("range hash", lambda: hash(range(3)) == hash(range(3)))
trial("sum strings", lambda: sum(["a", "b"], ""))


def local_names():
    a = 1
    b = 2
    return "a" in locals(), "b" in locals(), locals() is globals(), a + b


trial("locals in function", local_names)
