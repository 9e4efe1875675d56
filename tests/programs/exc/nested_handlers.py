# Nested try statements: exceptions raised in handlers, in else and in finally at several depths,
# and which handler of which level catches each one.


def level(n, fail_at):
    try:
        if n == fail_at:
            raise ValueError(n)
        if n > 0:
            return level(n - 1, fail_at) + [n]
        return [0]
    except ValueError as e:
        if e.args[0] == n and n % 2 == 0:
            raise KeyError(n)
        raise
    finally:
        pass


for fail in (-1, 0, 1, 2, 3):
    try:
        print(fail, level(4, fail))
    except (ValueError, KeyError) as e:
        print(fail, type(e).__name__, e.args)


def handler_in_handler():
    out = []
    try:
        raise ValueError("a")
    except ValueError as a:
        out.append(a.args[0])
        try:
            raise TypeError("b")
        except TypeError as b:
            out.append(b.args[0])
            try:
                raise KeyError("c")
            except KeyError as c:
                out.append(c.args[0])
            out.append("after c")
        out.append("after b")
        out.append(a.args[0])
    return out


print(handler_in_handler())


def raise_in_nested_handler():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            try:
                raise TypeError("second")
            except KeyError:
                return "wrong"
    except TypeError as e:
        return "outer caught " + e.args[0]


print(raise_in_nested_handler())


# The current exception after a nested handler finishes: a bare raise re-raises the outer one.
def restore():
    try:
        try:
            raise ValueError("outer")
        except ValueError:
            try:
                raise KeyError("inner")
            except KeyError:
                pass
            raise
    except Exception as e:
        return type(e).__name__, e.args


print(restore())
