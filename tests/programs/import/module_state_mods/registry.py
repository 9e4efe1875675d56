# Helper for import/module_state.py: state kept in module globals.
entries = []
total = 0
config = {"debug": False}


def add(name, amount):
    global total
    entries.append(name)
    total += amount
    return total


def reset():
    global entries, total
    entries = []
    total = 0
