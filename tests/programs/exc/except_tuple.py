# except with tuples of classes: literal tuples, tuples held in variables, nested bases, a tuple
# built at run time, and a clause expression evaluated only when an exception reaches it.

GROUP = (KeyError, ZeroDivisionError)
seen = []


def handlers():
    seen.append("evaluated")
    return (TypeError, AttributeError)


def probe(exc):
    try:
        raise exc
    except (ValueError, IndexError) as e:
        return "literal " + type(e).__name__
    except GROUP as e:
        return "variable " + type(e).__name__
    except handlers() as e:
        return "computed " + type(e).__name__
    except (ArithmeticError, LookupError):
        return "bases"
    except (RuntimeError,):
        return "one-tuple"
    except ():
        return "empty tuple"
    except BaseException:
        return "base"


for exc in (ValueError, IndexError, KeyError, ZeroDivisionError, TypeError, AttributeError,
            OverflowError, LookupError, NotImplementedError, RuntimeError, StopIteration,
            SystemExit, KeyboardInterrupt):
    print(exc.__name__, probe(exc))
print(len(seen))

# No exception: no clause expression is evaluated.
seen.clear()
try:
    x = 1
except handlers():
    x = 2
print(x, seen)

# Tuples built in a loop.
kinds = []
for k in (ValueError, TypeError):
    kinds.append(k)
    try:
        raise TypeError("t")
    except tuple(kinds) as e:
        print("caught with", len(kinds), e.args)
    except Exception:
        print("missed with", len(kinds))
