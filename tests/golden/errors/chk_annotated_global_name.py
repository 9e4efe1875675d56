level = 1


def setup():
    global level
    level: int = 2
