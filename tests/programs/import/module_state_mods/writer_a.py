import registry


def record(n):
    for i in range(n):
        registry.add("a%d" % i, 1)
