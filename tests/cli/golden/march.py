# A small program for the -march, -march-flags, -msmall-int-bits, -O and -s tests: the header
# and the stored source name change with the options, the code (all bytecode) does not.
from micropython import const

_LIMIT = const(1000)
big = 1 << 40


class Counter:
    def __init__(self, start=0):
        self.n = start

    def step(self, by=1):
        assert by > 0, "step must be positive"
        self.n += by
        return self.n < _LIMIT


def run(c):
    while c.step(big % 7 + 1):
        pass
    return c.n


print(run(Counter()), big, "done")
