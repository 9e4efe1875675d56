# A state machine with one class per state: polymorphic handle() methods returning the next
# state object, shared behaviour in a base class, and a class-level transition table.


class State:
    name = "?"

    def handle(self, machine, event):
        machine.log.append("%s ignores %s" % (self.name, event))
        return self

    def on_enter(self, machine):
        machine.log.append("enter " + self.name)


class Idle(State):
    name = "idle"

    def handle(self, machine, event):
        if event == "coin":
            machine.credit += 1
            return Ready()
        return super().handle(machine, event)


class Ready(State):
    name = "ready"

    def handle(self, machine, event):
        if event == "coin":
            machine.credit += 1
            return self
        if event == "push" and machine.credit:
            machine.credit -= 1
            machine.served += 1
            return Idle() if machine.credit == 0 else self
        if event == "refund":
            machine.credit = 0
            return Idle()
        return super().handle(machine, event)


class Broken(State):
    name = "broken"

    def on_enter(self, machine):
        super().on_enter(machine)
        machine.log.append("call the technician")


class Machine:
    def __init__(self):
        self.state = Idle()
        self.credit = 0
        self.served = 0
        self.log = []

    def feed(self, event):
        if event == "kick":
            new = Broken()
        else:
            new = self.state.handle(self, event)
        if new is not self.state:
            new.on_enter(self)
        self.state = new


m = Machine()
for ev in "push coin coin push push push coin refund coin kick coin".split():
    m.feed(ev)
    print(ev, m.state.name, m.credit, m.served)
print("\n".join(m.log))


class Table:
    transitions = {
        ("green", "tick"): "yellow",
        ("yellow", "tick"): "red",
        ("red", "tick"): "green",
        ("red", "walk"): "red",
    }

    def __init__(self):
        self.light = "green"

    def step(self, event):
        self.light = self.transitions.get((self.light, event), self.light)
        return self.light


t = Table()
print([t.step(e) for e in ["tick", "walk", "tick", "walk", "tick", "tick"]])
