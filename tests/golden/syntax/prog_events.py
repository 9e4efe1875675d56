# An event bus: handlers registered with decorator calls on a bus instance,
# priorities, handlers that stop propagation, and keyword payloads.


class Bus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((-priority, len(self.handlers[event]) if event in self.handlers else 0, fn))
            return fn

        return register

    def emit(self, event, **payload):
        results = []
        for _, _, fn in sorted(self.handlers.get(event, []), key=lambda h: (h[0], h[1])):
            r = fn(**payload)
            results.append(r)
            if r == "stop":
                break
        return results


bus = Bus()


@bus.on("greet")
def hello(name, **_):
    return "hello " + name


@bus.on("greet", priority=5)
def first(name, shout=False):
    return (name.upper() if shout else name) + " first"


@bus.on("greet", priority=-1)
def last(**kw):
    return "last %d" % len(kw)


@bus.on("halt", priority=1)
def stopper():
    return "stop"


@bus.on("halt")
def never():
    return "not reached"


print(bus.emit("greet", name="ann"))
print(bus.emit("greet", name="bob", shout=True))
print(bus.emit("halt"), bus.emit("unknown"))
