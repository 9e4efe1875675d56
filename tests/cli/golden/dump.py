# --dump=bytecode: each source line above the instructions compiled from it.
def total(items):
    s = 0
    for x in items:
        if x < 0:
            continue
        s += x
    return s


try:
    print(total([1, -2,
                  3]))
except ValueError as e:
    print("bad", e)
