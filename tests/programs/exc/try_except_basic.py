# try/except: matching by class, by base class, the first matching clause winning, a bare
# except, an exception that no clause matches passing outward, and the handler's value binding.


def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError:
        return "arith"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except LookupError:
        return "other lookup"
    except Exception as e:
        return "exception " + type(e).__name__


for exc in (ZeroDivisionError, OverflowError, ArithmeticError, KeyError("k"), IndexError,
            LookupError, ValueError(1, 2), TypeError, RuntimeError):
    print(classify(exc))


def bare(n):
    try:
        if n == 0:
            raise ValueError
        if n == 1:
            raise SystemExit(3)
        if n == 2:
            raise GeneratorExit
        return "none"
    except:
        return "caught"


print([bare(i) for i in range(4)])


def outer(kind):
    try:
        try:
            raise kind("inner")
        except ValueError as e:
            return "inner handler " + e.args[0]
    except TypeError as e:
        return "outer handler " + e.args[0]


print(outer(ValueError))
print(outer(TypeError))
try:
    outer(KeyError)
except KeyError as e:
    print("escaped", e.args)

# Handlers that do not raise fall through to the next statement.
total = 0
for i in range(6):
    try:
        total += 10 // (i % 3)
    except ZeroDivisionError:
        total += 100
print(total)

# The exception instance is the object that was raised.
err = ValueError("same")
try:
    raise err
except ValueError as caught:
    print(caught is err, caught.args)

# A class raised without arguments is instantiated.
try:
    raise KeyError
except KeyError as e:
    print(type(e).__name__, e.args, isinstance(e, KeyError))
