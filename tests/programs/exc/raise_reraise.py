# raise forms: a class, an instance, a bare raise re-raising the handled exception (also from a
# function called by the handler is not allowed, so it is done inline), raise of a variable,
# raising a non-exception, and re-raising after the handler has done work.


def bare_reraise():
    try:
        try:
            raise ValueError("v")
        except ValueError:
            print("handling")
            raise
    except ValueError as e:
        return e.args


print(bare_reraise())


def reraise_variable():
    saved = None
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
    try:
        raise saved
    except KeyError as e2:
        return e2 is saved, e2.args


print(reraise_variable())


def reraise_other_type():
    try:
        try:
            raise ValueError(1)
        except ValueError as e:
            raise TypeError(e.args[0] + 1)
    except TypeError as t:
        return type(t).__name__, t.args


print(reraise_other_type())


def raise_non_exception(obj):
    try:
        raise obj
    except TypeError:
        return "TypeError"


print(raise_non_exception(5), raise_non_exception("s"), raise_non_exception(object))


def raise_expression(n):
    try:
        raise (ValueError if n else KeyError)(n)
    except Exception as e:
        return type(e).__name__, e.args


print(raise_expression(0), raise_expression(1))


def reraise_in_loop():
    caught = 0
    for i in range(3):
        try:
            try:
                raise IndexError(i)
            except IndexError:
                if i == 1:
                    continue
                raise
        except IndexError as e:
            caught += e.args[0] + 1
    return caught


print(reraise_in_loop())


def reraise_after_nested_handled():
    try:
        try:
            raise ValueError("outer")
        except ValueError:
            for i in range(2):
                try:
                    raise KeyError(i)
                except KeyError:
                    pass
            raise
    except ValueError as e:
        return e.args


print(reraise_after_nested_handled())

# The same instance raised twice keeps its args.
e = RuntimeError("once", "twice")
for _ in range(2):
    try:
        raise e
    except RuntimeError as caught:
        print(caught.args)
