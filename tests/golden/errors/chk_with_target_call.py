def cm():
    return open(__file__)


with cm() as cm():
    pass
