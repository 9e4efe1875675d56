# global and nonlocal together: an inner function declaring global skips enclosing locals of the
# same name, a nonlocal reaching past a level that declares it global is not allowed so each
# level is shown separately, nested functions mixing both kinds for different names, and
# closures reading a name that a sibling declares global.

n = "global n"
m = "global m"


def outer():
    n = "outer n"
    m = "outer m"

    def uses_global():
        global n
        n = "set by uses_global"
        return n

    def uses_nonlocal():
        nonlocal m
        m = "set by uses_nonlocal"
        return m

    def reads():
        return n, m

    uses_global()
    uses_nonlocal()
    return n, m, reads()


print(outer())
print(n, m)


def mixed():
    a = "enclosing a"

    def inner():
        global b
        nonlocal a
        a = "changed a"
        b = "new global b"

        def deeper():
            return a, b

        return deeper()

    return inner(), a


print(mixed(), b)


def counter_pair():
    count = 0

    def local_count():
        nonlocal count
        count += 1
        return count

    def global_count():
        global total_calls
        total_calls = total_calls + 1 if "total_calls" in globals() else 1
        return total_calls

    return [local_count() for _ in range(3)], [global_count() for _ in range(2)]


print(counter_pair(), counter_pair(), total_calls)


def global_then_inner_reads():
    global shared
    shared = "from global_then_inner_reads"

    def inner():
        return shared

    return inner()


shared = "initial shared"
print(global_then_inner_reads(), shared)


def chain():
    x = 0

    def level1():
        nonlocal x
        x += 1

        def level2():
            nonlocal x
            x += 10

            def level3():
                nonlocal x
                x += 100
                return x

            return level3()

        return level2()

    return level1(), x


print(chain())


def global_in_class_method():
    class K:
        def set(self):
            global from_method
            from_method = "set in method"

    K().set()
    return from_method


print(global_in_class_method(), from_method)
