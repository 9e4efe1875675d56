# A generator that is running cannot be resumed: a generator that calls next() or send() on
# itself raises ValueError, which it may catch; after it finishes it cannot be restarted;
# generators stored in objects and resumed from methods.


def self_ref():
    yield "first"
    try:
        next(me)
    except ValueError:
        yield "ValueError: already executing"
    yield "last"


me = self_ref()
print(list(me))


def self_send():
    yield 1
    me2.send(None)


me2 = self_send()
next(me2)
try:
    next(me2)
except ValueError:
    print("ValueError escaped")

# A generator that raised cannot be resumed again.
print(list(me2))


class Task:
    def __init__(self, name, steps):
        self.name = name
        self.gen = self.run(steps)
        self.done = False

    def run(self, steps):
        for i in range(steps):
            yield "%s step %d" % (self.name, i)

    def step(self):
        try:
            return next(self.gen)
        except StopIteration:
            self.done = True
            return None


tasks = [Task("a", 2), Task("b", 3), Task("c", 1)]
order = []
while not all(t.done for t in tasks):
    for t in tasks:
        r = t.step()
        if r:
            order.append(r)
print(order)


# A generator resuming another generator is fine.
def inner():
    yield "i1"
    yield "i2"


def outer(sub):
    yield "o " + next(sub)
    yield "o " + next(sub)


print(list(outer(inner())))
