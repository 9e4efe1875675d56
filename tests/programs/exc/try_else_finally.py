# Every combination of try with except, else and finally, with the try body completing normally,
# raising a handled exception, or raising an unhandled one: the order of clauses run.


def run(combo, mode):
    log = []
    try:
        if combo == "except":
            try:
                log.append("body")
                if mode == 1:
                    raise ValueError
                if mode == 2:
                    raise KeyError
            except ValueError:
                log.append("except")
        elif combo == "except-else":
            try:
                log.append("body")
                if mode == 1:
                    raise ValueError
                if mode == 2:
                    raise KeyError
            except ValueError:
                log.append("except")
            else:
                log.append("else")
        elif combo == "finally":
            try:
                log.append("body")
                if mode == 1:
                    raise ValueError
                if mode == 2:
                    raise KeyError
            finally:
                log.append("finally")
        elif combo == "except-finally":
            try:
                log.append("body")
                if mode == 1:
                    raise ValueError
                if mode == 2:
                    raise KeyError
            except ValueError:
                log.append("except")
            finally:
                log.append("finally")
        else:
            try:
                log.append("body")
                if mode == 1:
                    raise ValueError
                if mode == 2:
                    raise KeyError
            except ValueError:
                log.append("except")
            else:
                log.append("else")
            finally:
                log.append("finally")
        log.append("after")
    except (ValueError, KeyError) as e:
        log.append("outer " + type(e).__name__)
    return log


for combo in ("except", "except-else", "finally", "except-finally", "all"):
    for mode in range(3):
        print(combo, mode, run(combo, mode))


# An exception raised in the else clause is not handled by the same try's handlers.
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "wrong handler"
        else:
            raise ValueError("from else")
        finally:
            print("finally after else")
    except ValueError as e:
        return "outer got " + e.args[0]


print(else_raises())


# An exception raised in a handler runs finally, then propagates.
def handler_raises():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
        finally:
            print("finally after handler")
    except IndexError as e:
        return e.args


print(handler_raises())
