# All scope kinds at once: a module global, a function with cells, a class inside it, a method
# with a nested function and a comprehension inside that, each level reading names from every
# level above it, with nonlocal and global updates from the innermost levels.

level0 = "module"
updates = []


def level1(arg):
    l1 = "function " + arg
    hits = 0

    class Level2:
        l2 = "class"
        seen_from_class = l1

        def level3(self, k):
            l3 = "method %d" % k

            def level4():
                nonlocal hits
                global level0
                l4 = "nested"
                hits += 1
                level0 = "module (updated %d)" % hits
                rows = [(level0[:6], l1, self.l2, l3, l4, i) for i in range(k)]
                return rows, {l4 + str(i): hits for i in range(1)}

            return level4()

    obj = Level2()
    first = obj.level3(1)
    second = obj.level3(2)
    return Level2.seen_from_class, first, second, hits


result = level1("x")
for part in result:
    print(part)
print(level0)


def generator_scopes(n):
    outer_total = 0

    def gen():
        nonlocal outer_total
        for i in range(n):
            outer_total += i
            yield [j + outer_total for j in range(i)]

    items = list(gen())
    return items, outer_total


print(generator_scopes(4))


def lambda_in_class_in_function(base):
    class K:
        scale = 3
        f = staticmethod(lambda v: v * base)

        def g(self, v):
            return (lambda w: w + base + self.scale)(v)

    return K.f(2), K().g(2)


print(lambda_in_class_in_function(10))


def shadow_every_level():
    name = "f"

    def a():
        name = "a"

        def b():
            name = "b"
            return [name for name in ("c",)], name

        return b(), name

    return a(), name


print(shadow_every_level())
