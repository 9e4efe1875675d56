# Exception objects built by hand: args tuples of every length, str() of one and of several
# arguments, attributes of StopIteration, and exceptions compared and stored in containers.

for args in ((), (1,), ("one",), (1, 2), ("a", None, [3])):
    e = Exception(*args)
    print(len(e.args), e.args, repr(str(e)))

print(ValueError("x").args, KeyError(1, 2).args, TypeError().args)
print(str(ValueError("text")), str(ValueError()), str(IndexError(1, "b")))

s = StopIteration(42)
print(s.value, s.args)
s = StopIteration()
print(s.value, s.args)
s = StopIteration(1, 2)
print(s.value, s.args)

errors = [ValueError(i) for i in range(3)]
print([e.args[0] for e in errors])
print([type(e).__name__ for e in (ValueError(), KeyError(), RuntimeError(), OSError())])

# Exception classes are first-class values.
table = {"v": ValueError, "k": KeyError, "t": TypeError}
for name in sorted(table):
    try:
        raise table[name](name)
    except LookupError as e:
        print("lookup", e.args)
    except Exception as e:
        print("other", type(e).__name__, e.args)

# args survive being raised and caught several times.
e = ValueError("keep", 2)
for _ in range(3):
    try:
        raise e
    except ValueError as got:
        e = got
print(e.args)

# An exception is truthy; two instances with equal args are distinct objects.
a, b = ValueError(1), ValueError(1)
print(bool(a), a is b, a.args == b.args)
print(isinstance(SystemExit(2), BaseException), SystemExit(2).args)
