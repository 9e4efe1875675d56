# break and continue inside try/finally, try/except and their handlers: finally blocks run once
# per iteration, in the right order, for nested loops and nested try statements.

log = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append("body %d" % i)
    finally:
        log.append("fin %d" % i)
print(log)

log = []
i = 0
while i < 10:
    i += 1
    try:
        try:
            if i % 2:
                continue
            if i > 6:
                break
            log.append(i)
        finally:
            log.append("a")
    finally:
        log.append("b")
print(log)

# break and continue from a handler and from else.
log = []
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
    except ValueError as e:
        log.append("handled %d" % e.args[0])
        if e.args[0] == 3:
            break
        continue
    else:
        log.append("else %d" % i)
        continue
    finally:
        log.append("fin %d" % i)
    log.append("never")
print(log)

# Nested loops: inner break leaves only the inner loop, its finally runs each time.
log = []
for a in range(3):
    try:
        for b in range(3):
            try:
                if b == a:
                    break
                log.append((a, b))
            finally:
                log.append("in")
    finally:
        log.append("out")
print(log)


# break inside finally discards the pending exception; continue likewise.
def break_in_finally():
    n = 0
    for i in range(3):
        try:
            raise ValueError
        finally:
            n += 1
            break
    return n


def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise ValueError
        finally:
            n += 1
            continue
    return n


print(break_in_finally(), continue_in_finally())

# A for loop with else inside try: else runs only without break.
for limit in (2, 10):
    try:
        for i in range(5):
            if i == limit:
                break
        else:
            print("no break", limit)
    finally:
        print("finally", limit, i)
