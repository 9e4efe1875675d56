# Deeply nested try blocks in one function, so the exception stack is many entries deep: raising
# at each depth and checking which level handles it and which finally blocks run.


def deep(raise_at, catch_at):
    log = []
    try:
        try:
            try:
                try:
                    try:
                        try:
                            try:
                                try:
                                    try:
                                        try:
                                            try:
                                                try:
                                                    if raise_at == 12:
                                                        raise ValueError(12)
                                                    log.append("body")
                                                finally:
                                                    log.append(12)
                                                if raise_at == 11:
                                                    raise ValueError(11)
                                            except ValueError as e:
                                                if catch_at != 11:
                                                    raise
                                                log.append("c11:%d" % e.args[0])
                                        finally:
                                            log.append(10)
                                        if raise_at == 9:
                                            raise ValueError(9)
                                    except ValueError as e:
                                        if catch_at != 9:
                                            raise
                                        log.append("c9:%d" % e.args[0])
                                finally:
                                    log.append(8)
                            except ValueError as e:
                                if catch_at != 7:
                                    raise
                                log.append("c7:%d" % e.args[0])
                        finally:
                            log.append(6)
                        if raise_at == 5:
                            raise ValueError(5)
                    except ValueError as e:
                        if catch_at != 5:
                            raise
                        log.append("c5:%d" % e.args[0])
                finally:
                    log.append(4)
            except ValueError as e:
                if catch_at != 3:
                    raise
                log.append("c3:%d" % e.args[0])
        finally:
            log.append(2)
    except ValueError as e:
        log.append("c1:%d" % e.args[0])
    return log


for raise_at in (0, 12, 11, 9, 5):
    for catch_at in (11, 7, 3, 0):
        print(raise_at, catch_at, deep(raise_at, catch_at))


def deep_with_loops():
    total = 0
    for a in range(3):
        try:
            for b in range(3):
                try:
                    for c in range(3):
                        try:
                            if c == b:
                                raise KeyError(a * 9 + b * 3 + c)
                            total += 1
                        finally:
                            total += 10
                except KeyError as e:
                    total += e.args[0] * 100
        finally:
            total += 1000
    return total


print(deep_with_loops())
