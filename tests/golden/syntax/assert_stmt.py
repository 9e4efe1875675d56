# assert with and without a message, including messages built by calls.


def checked_div(a, b):
    assert b != 0, "division by zero"
    assert isinstance(a, int)
    return a // b


def run(a, b):
    try:
        return checked_div(a, b)
    except AssertionError as e:
        return "failed: %s" % (e.args[0] if e.args else "no message")


print(run(10, 3))
print(run(1, 0))
print(run("x", 2))
assert (1, 2) == (1, 2), ("tuple message", 1)
assert True
try:
    assert [], "empty list is false"
except AssertionError:
    print("caught")
