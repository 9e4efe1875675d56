# Exceptions crossing function boundaries: raised several frames down, handled by a caller
# part-way up, with finally blocks in every frame, through lambdas, methods, recursion and
# functions called from handlers.

log = []


def level3(x):
    try:
        if x < 0:
            raise ValueError(x)
        return x * 2
    finally:
        log.append("l3")


def level2(x):
    try:
        return level3(x) + 1
    finally:
        log.append("l2")


def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        log.append("l1 caught")
        return e.args[0]


print(level1(5), log)
log.clear()
print(level1(-4), log)


def recurse(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        recurse(n - 1)
    finally:
        log.append(n)


log.clear()
try:
    recurse(10)
except KeyError as e:
    print("from depth", e.args, log)


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient", amount - self.balance)
        self.balance -= amount
        return self.balance


acct = Account(10)
for amount in (3, 4, 5, 2):
    try:
        print("left", acct.withdraw(amount))
    except ValueError as e:
        print("refused", e.args)

apply = lambda f, v: f(v)
try:
    apply(lambda v: v[5], [1])
except IndexError:
    print("IndexError through lambdas")


def cleanup():
    try:
        raise TypeError("during cleanup")
    except TypeError:
        return "cleanup handled its own"


def handler_calls_function():
    try:
        raise ValueError("original")
    except ValueError as e:
        note = cleanup()
        return note, e.args


print(handler_calls_function())


def handler_calls_raising_function():
    def fail():
        raise KeyError("k")

    try:
        try:
            raise ValueError
        except ValueError:
            fail()
    except KeyError as e:
        return "KeyError from helper", e.args


print(handler_calls_raising_function())
