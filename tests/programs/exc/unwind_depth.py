# break, continue and return from inside many nested try/finally and with blocks at once, so the
# jump has to unwind one to eight handlers (and pop for-loop iterators) in one step; every
# finally and __exit__ must run exactly once, innermost first.

log = []


class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self

    def __exit__(self, *a):
        log.append(self.tag)


def unwind(depth, action):
    count = 0
    for i in range(3):
        count += 1
        try:
            with CM("w1"):
                try:
                    with CM("w2"):
                        for j in (0, 1):
                            try:
                                with CM("w3"):
                                    try:
                                        if i == 1 and j == 0:
                                            if depth == 0:
                                                if action == "break":
                                                    break
                                                if action == "continue":
                                                    continue
                                                return "returned"
                                        log.append("body %d%d" % (i, j))
                                    finally:
                                        log.append("f4")
                            finally:
                                log.append("f3")
                        if i == 1 and depth == 1:
                            if action == "break":
                                break
                            if action == "continue":
                                continue
                            return "returned outer"
                finally:
                    log.append("f2")
        finally:
            log.append("f1")
    return count


for depth in (0, 1):
    for action in ("break", "continue", "return"):
        log.clear()
        print(depth, action, unwind(depth, action))
        print("  ", log)


def while_true_many():
    n = 0
    while True:
        n += 1
        try:
            try:
                try:
                    try:
                        with CM("a"), CM("b"), CM("c"):
                            if n < 3:
                                continue
                            break
                    finally:
                        log.append(1)
                finally:
                    log.append(2)
            finally:
                log.append(3)
        finally:
            log.append(4)
    return n


log.clear()
print(while_true_many(), log)


def return_from_nested_fors():
    for a in "xy":
        for b in range(3):
            for c in [10, 20]:
                with CM(a + str(b)):
                    if b == 1 and c == 20:
                        return a, b, c


log.clear()
print(return_from_nested_fors(), log)
