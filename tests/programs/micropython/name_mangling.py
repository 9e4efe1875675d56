# MicroPython only: the compiler does not mangle private names (__name inside a class body is
# stored and loaded as __name, not _Class__name), so names stay reachable under their written
# spelling and two classes in a hierarchy share one __name attribute. Output from stock
# MicroPython; CPython mangles.


class Account:
    __rate = 3

    def __init__(self):
        self.__balance = 100
        self.__class__.__opened = True

    def balance(self):
        return self.__balance

    def rate(self):
        return self.__rate

    def __secret(self):
        return "secret"

    def call_secret(self):
        return self.__secret()


a = Account()
print(a.balance(), a.rate(), a.call_secret())
print(hasattr(a, "__balance"), hasattr(a, "_Account__balance"))
print(hasattr(Account, "__rate"), hasattr(Account, "_Account__rate"))
print(hasattr(Account, "__secret"), hasattr(Account, "_Account__secret"))


class Base:
    def __init__(self):
        self.__tag = "base"

    def base_tag(self):
        return self.__tag


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__tag = "child"

    def child_tag(self):
        return self.__tag


c = Child()
print(c.base_tag(), c.child_tag())


def outside():
    __local = 5
    return __local


print(outside())


class UsesGlobal:
    def get(self):
        return __glob


__glob = "module level"
_UsesGlobal__glob = "mangled name"
print(UsesGlobal().get())
# Dunder names (two underscores at both ends) are never mangled.
print(hasattr(a, "__init__"))
