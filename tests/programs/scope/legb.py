# Name resolution order local, enclosing, global, builtin: each level shadowing the next, a
# builtin shadowed by a global and then restored by del, enclosing scopes several levels up, and
# names resolved at call time rather than definition time.

x = "global x"
len_calls = []


def local_wins():
    x = "local x"
    return x


def enclosing_wins():
    x = "enclosing x"

    def inner():
        return x

    return inner()


def global_wins():
    def inner():
        return x

    return inner()


def builtin_wins():
    return len("abc")


print(local_wins(), enclosing_wins(), global_wins(), builtin_wins())


def len(obj):
    len_calls.append(obj)
    return -1


print(builtin_wins(), len_calls)
del len
print(builtin_wins())


def nearest_enclosing():
    v = "level 1"

    def a():
        v = "level 2"

        def b():
            def c():
                return v

            return c()

        return b()

    return a()


print(nearest_enclosing())


def lookup_at_call():
    return later_global


try:
    lookup_at_call()
except NameError:
    print("NameError before definition")
later_global = "defined later"
print(lookup_at_call())
later_global = "rebound"
print(lookup_at_call())


def enclosing_changes():
    v = 1

    def get():
        return v

    first = get()
    v = 2
    return first, get()


print(enclosing_changes())

# Builtins are found from every level.
def levels():
    def inner():
        def innermost():
            return abs(-5), max(1, 2), str(3), isinstance(1, int)
        return innermost()
    return inner()


print(levels())

# A local name shadows the builtin only inside its function.
def shadow_builtin():
    max = "not the builtin"
    return max


print(shadow_builtin(), max(3, 4))
