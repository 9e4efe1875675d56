# Helper for import/from_names.py.
PI = 3
_hidden = "private"
count = 0


def area(r):
    return PI * r * r


def bump():
    global count
    count += 1
    return count


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s
