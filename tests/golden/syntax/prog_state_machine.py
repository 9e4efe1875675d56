# A table-driven state machine that validates and parses simple numbers,
# plus a traffic-light cycle driven by a generator.

TRANSITIONS = {
    ("start", "sign"): "signed",
    ("start", "digit"): "int",
    ("signed", "digit"): "int",
    ("int", "digit"): "int",
    ("int", "dot"): "dot",
    ("dot", "digit"): "frac",
    ("frac", "digit"): "frac",
}
ACCEPTING = {"int", "frac"}


def classify(ch):
    if ch in "+-":
        return "sign"
    if ch.isdigit():
        return "digit"
    if ch == ".":
        return "dot"
    return "other"


def accepts(text):
    state = "start"
    for ch in text:
        state = TRANSITIONS.get((state, classify(ch)))
        if state is None:
            return False
    return state in ACCEPTING


def lights():
    order = [("green", 3), ("yellow", 1), ("red", 2)]
    while True:
        for colour, ticks in order:
            for _ in range(ticks):
                yield colour


for sample in ["12", "-3.5", "+", "4.", "1.2.3", "007", "", "-0.25"]:
    print(repr(sample), accepts(sample))
cycle = lights()
print([next(cycle) for _ in range(8)])
