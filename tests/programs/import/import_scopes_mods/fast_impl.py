KIND = "fast"


def work(x):
    return x * 2
