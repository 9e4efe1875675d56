__all__ = ["Square", "Circle"]


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def helper():
    return "not exported: not in __all__"
