# Bound and unbound methods: methods taken from instances keep their object, equality of bound
# methods, calling through the class with an explicit self, functions attached to classes and
# instances later, and methods used as callbacks.


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def report(self):
        return "%s: %d" % (self.owner, self.balance)


a = Account("ann")
b = Account("bob", 10)
dep = a.deposit
dep(5)
dep(7)
print(a.balance, b.balance)
print(a.deposit == dep, a.deposit == b.deposit, a.deposit is a.deposit)
print(hash(a.deposit) == hash(dep), callable(dep))
print(Account.deposit(b, 1), Account.report(b), type(Account.deposit).__name__)
print(dep.__name__, Account.deposit.__name__)

actions = [a.deposit, b.deposit, a.deposit]
print([act(1) for act in actions])
print(list(map(Account.report, [a, b])))
print(sorted([b, a], key=Account.report)[0].owner)


def withdraw(self, amount):
    self.balance -= amount
    return self.balance


# A function stored on the class becomes a method of every instance, old ones included.
Account.withdraw = withdraw
print(a.withdraw(3), b.withdraw(3))

# A function stored on an instance is not bound: it gets no self.
a.helper = lambda x: x * 2
print(a.helper(21), hasattr(b, "helper"))

# An instance attribute shadows a method of the same name.
b.report = lambda: "shadowed"
print(b.report(), Account.report(b))
del b.report
print(b.report())


class Button:
    def __init__(self):
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)
        return fn

    def click(self):
        return [h() for h in self.handlers]


class Lamp:
    def __init__(self):
        self.on = False

    def toggle(self):
        self.on = not self.on
        return self.on


lamp = Lamp()
btn = Button()
btn.on_click(lamp.toggle)
btn.on_click(lamp.toggle)
btn.on_click(lambda: "lambda")
print(btn.click(), lamp.on)

# A bound method stored in a container keeps its instance alive and bound.
counters = {}
for name in ("x", "y"):
    acc = Account(name)
    counters[name] = acc.deposit
counters["x"](4)
counters["y"](9)
print(counters["x"](0), counters["y"](1))


class Chain:
    def __init__(self):
        self.parts = []

    def add(self, p):
        self.parts.append(p)
        return self


c = Chain().add(1).add(2)
adder = c.add
adder(3).add(4)
print(c.parts)
