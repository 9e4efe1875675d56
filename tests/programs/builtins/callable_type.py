# callable() and type(): what counts as callable, type names of builtin values, type identity,
# and type() of types.

def f():
    pass


class K:
    def method(self):
        pass


class WithCall:
    def __call__(self):
        return "called"


things = [len, print, f, lambda: 0, K, K().method, K.method, WithCall(), int, type, object, str.upper, "s".upper,
          1, "s", [], None, K(), (f,)]
print([callable(t) for t in things])
print(WithCall()(), callable(WithCall), callable(WithCall()))

for v in (0, 2 ** 70, 0.5, 1j, True, None, "", b"", bytearray(), [], (), {}, set(), frozenset(), range(0), slice if False else 0):
    print(repr(v), type(v).__name__)

print(type(1) is int, type(True) is bool, type(2 ** 100) is int, type("") is str, type(None) is type(None))
print(type(int) is type, type(type) is type, type(K) is type, type(K()) is K, type(f).__name__, type(len).__name__ in ("builtin_function_or_method", "function"))
print(type([].append).__name__ in ("builtin_function_or_method", "bound_method"), type(K().method).__name__ in ("method", "bound_method"))

# type() as a converter is the type itself.
print(type(5)("12") + 1, type("x")(3.5), type([])("ab"), type(())(range(2)), type({})([(1, 2)]))

# Comparing types.
print(int == int, int != float, type(1) == type(2), type(1) != type(1.0), sorted([str.__name__, int.__name__]))
