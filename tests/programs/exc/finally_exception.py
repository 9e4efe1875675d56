# Exceptions and finally: a finally that raises replaces the exception in flight, a handler
# inside finally, a finally that catches and swallows nothing, and the exception in flight
# surviving a finally that ran its own try/except.


def replace():
    try:
        try:
            raise ValueError("original")
        finally:
            raise KeyError("replacement")
    except (ValueError, KeyError) as e:
        return type(e).__name__, e.args


print(replace())


def handled_inside_finally():
    try:
        try:
            raise ValueError("kept")
        finally:
            try:
                raise TypeError("inner")
            except TypeError:
                print("inner handled")
    except ValueError as e:
        return "outer sees", e.args


print(handled_inside_finally())


def finally_after_return_raises():
    try:
        return "value"
    finally:
        raise RuntimeError("from finally")


try:
    finally_after_return_raises()
except RuntimeError as e:
    print("return replaced by", e.args)


def chain_of_finally():
    log = []
    try:
        try:
            try:
                raise IndexError(1)
            finally:
                log.append("f1")
                raise KeyError(2)
        finally:
            log.append("f2")
            raise ValueError(3)
    except Exception as e:
        log.append(type(e).__name__)
        log.append(e.args)
    return log


print(chain_of_finally())


def finally_in_loop_raises():
    results = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
            finally:
                if i == 2:
                    raise TypeError(i)
        except ValueError as e:
            results.append(("V", e.args[0]))
        except TypeError as e:
            results.append(("T", e.args[0]))
    return results


print(finally_in_loop_raises())


def handler_reraises_through_finally():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            print("handler")
            raise
        finally:
            print("finally")
    except KeyError as e:
        print("caught again", e.args)


handler_reraises_through_finally()
