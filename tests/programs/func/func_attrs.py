# The function attributes MicroPython supports: __name__ of functions, lambdas, nested and
# decorated functions, methods and generator functions (builtin functions have none in
# MicroPython), and __globals__ being the module's globals dict.


def plain():
    pass


def gen():
    yield 1


def decorate(fn):
    def wrapper():
        return fn()
    return wrapper


@decorate
def decorated():
    return 1


class K:
    def method(self):
        pass

    @staticmethod
    def static():
        pass

    @classmethod
    def klass(cls):
        pass


def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner


print(plain.__name__, gen.__name__, decorated.__name__, outer().__name__, outer()().__name__)
print((lambda: 0).__name__, K.method.__name__, K().method.__name__, K.klass.__name__)
print(K.__name__, type(plain).__name__, type(gen()).__name__, K.static.__name__)

print(plain.__globals__ is globals(), outer().__globals__ is globals())
print(plain.__globals__["K"] is K, "plain" in plain.__globals__)

# Functions reach module names through their globals dict.
g = plain.__globals__
g["created_through_globals"] = 5
print(created_through_globals)

# Names of functions are what the def statement said, even after rebinding.
alias = plain
del plain
print(alias.__name__)
names = [f.__name__ for f in (alias, gen, outer, decorate)]
print(names)
