# isinstance and issubclass: builtin types, tuples of types, user classes and inheritance,
# object as the root, and errors for non-types.

vals = [1, 2 ** 70, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, range(1), 1j]
types = [int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, type(None), range, complex, object]
for v in vals:
    print(type(v).__name__, [t.__name__ for t in types if isinstance(v, t)])

print(isinstance(1, (str, int)), isinstance("x", (int, float)), isinstance([], ()), isinstance(None, (type(None),)))


class A:
    pass


class B(A):
    pass


class C(B):
    pass


class D:
    pass


class E(C, D):
    pass


objs = [A(), B(), C(), D(), E()]
classes = [A, B, C, D, E, object]
for o in objs:
    print(type(o).__name__, [k.__name__ for k in classes if isinstance(o, k)])
for k in classes:
    print(k.__name__, [j.__name__ for j in classes if issubclass(k, j)])

print(issubclass(int, object), issubclass(str, (int, str)), issubclass(list, tuple), issubclass(dict, object))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(isinstance(E(), (D, int)), issubclass(E, (int, str)), issubclass(B, (D, A)))

# Errors.
for f in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, [int])):
    try:
        print(f())
    except TypeError:
        print("TypeError")
