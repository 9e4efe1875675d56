class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def length2(self):
        return self.x * self.x + self.y * self.y


ORIGIN = Vector(0, 0)

def check(x):
    if x > 0
        return "positive"
    return "other"
