# Functions nested ten levels deep, each level adding a local that the innermost function reads
# through closure cells passed down every level, with a nonlocal update from the bottom, and a
# chain of nested functions returned and called one level at a time.


def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                def l5(e):
                    def l6(f):
                        def l7(g):
                            def l8(h):
                                def l9(i):
                                    def l10(j):
                                        nonlocal a
                                        a += 1000
                                        return a + b + c + d + e + f + g + h + i + j
                                    return l10
                                return l9
                            return l8
                        return l7
                    return l6
                return l5
            return l4
        return l3
    return l2


print(l1(1)(2)(3)(4)(5)(6)(7)(8)(9)(10))
chain = l1(0)
for k in range(1, 9):
    chain = chain(k)
print(chain(100), chain(100))


def builder():
    log = []

    def level(n):
        log.append(n)
        if n == 0:
            return lambda: list(log)

        def next_level():
            return level(n - 1)

        return next_level

    return level(5)


f = builder()
while True:
    r = f()
    if isinstance(r, list):
        break
    f = r
print(r)


def scopes():
    x = "l1"

    def a():
        y = "l2"

        def b():
            z = "l3"

            def c():
                return x, y, z

            def d():
                x2 = x + "!"

                def e():
                    return x2, c()

                return e()

            return d()

        return b()

    return a()


print(scopes())


def shadowing():
    v = 1

    def a():
        v = 2

        def b():
            v = 3

            def c():
                return v

            return c() * 100

        return b() + v * 10

    return a() + v


print(shadowing())
