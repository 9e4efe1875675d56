# isinstance and issubclass: builtin types, tuples of classes, user hierarchies, and type()
# compared with isinstance. (In MicroPython bool is no subclass of int and nested tuples of
# classes are not searched: see micropython/isinstance_quirks.py.)


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


class Cat(Animal):
    pass


values = [0, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, range(2), Dog(), Puppy()]
for v in values:
    print(
        type(v).__name__,
        isinstance(v, int),
        isinstance(v, (str, bytes)),
        isinstance(v, (list, tuple, dict, set)),
        isinstance(v, Animal),
        isinstance(v, object),
    )

print(isinstance(True, bool), isinstance(1, bool), issubclass(int, bool))
print(type(True) is bool, type(True) == int, True + True)
p = Puppy()
print(isinstance(p, Dog), isinstance(p, Cat), isinstance(p, (Cat, int, Dog)))
print(type(p) is Puppy, type(p) is Dog, type(p).__name__)
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, (Cat, Animal)))
print(issubclass(Dog, Dog), issubclass(Animal, object))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(KeyError(), Exception), isinstance(StopIteration(), BaseException))
print(isinstance(Dog, type), isinstance(int, type), isinstance(p, type))
print(isinstance(len, object), callable(Dog))

try:
    isinstance(p, p)
except TypeError:
    print("TypeError isinstance")
try:
    issubclass(p, Dog)
except TypeError:
    print("TypeError issubclass")


def classify(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    if isinstance(x, (list, tuple)):
        return "seq of " + ",".join(classify(y) for y in x)
    if isinstance(x, Animal):
        return "animal " + type(x).__name__
    return "other"


for v in [False, 3, 2.0, "x", [1, "a", (True,)], Cat(), None]:
    print(classify(v))

kinds = (Dog, Cat)
print([type(a).__name__ for a in [Dog(), Cat(), Puppy(), Animal()] if isinstance(a, kinds)])
