# The builtin exception hierarchy: isinstance and issubclass among the classes MicroPython and
# CPython share, and which handler catches what.

CLASSES = [BaseException, Exception, ArithmeticError, AssertionError, AttributeError, EOFError,
           GeneratorExit, ImportError, IndexError, KeyError, KeyboardInterrupt, LookupError,
           MemoryError, NameError, NotImplementedError, OSError, OverflowError, RuntimeError,
           StopIteration, SyntaxError, SystemExit, TypeError, ValueError, ZeroDivisionError,
           IndentationError, UnicodeError]

BASES = [BaseException, Exception, ArithmeticError, LookupError, RuntimeError, SyntaxError,
         ValueError]

for cls in CLASSES:
    row = "".join("x" if issubclass(cls, b) else "." for b in BASES)
    print("%-20s %s" % (cls.__name__, row))

print()
for cls in CLASSES:
    inst = cls()
    print(cls.__name__, isinstance(inst, Exception), isinstance(inst, BaseException),
          isinstance(inst, cls), isinstance(inst, LookupError))


def catcher(cls):
    try:
        raise cls
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException only"


print()
for cls in (SystemExit, KeyboardInterrupt, GeneratorExit, StopIteration, MemoryError, OSError):
    print(cls.__name__, catcher(cls))

print(issubclass(KeyError, (ValueError, LookupError)), issubclass(KeyError, (ValueError, TypeError)))
print(isinstance(ValueError(), (KeyError, Exception)))
print(issubclass(ZeroDivisionError, ZeroDivisionError), issubclass(Exception, ValueError))
