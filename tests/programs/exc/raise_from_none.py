# raise ... from None: the exception raised is the one named before `from`, whatever the cause
# expression; handlers see its type and args. (A cause other than None makes MicroPython print a
# warning, see raise_from.py.)


def convert(d, key):
    try:
        return d[key]
    except KeyError:
        raise ValueError("no " + key) from None


d = {"a": 1}
print(convert(d, "a"))
try:
    convert(d, "b")
except ValueError as e:
    print(type(e).__name__, e.args)


def from_none_in_loop():
    out = []
    for i in range(4):
        try:
            try:
                [][i]
            except IndexError:
                if i % 2:
                    raise TypeError(i) from None
                raise KeyError(i) from None
        except (TypeError, KeyError) as e:
            out.append((type(e).__name__, e.args[0]))
    return out


print(from_none_in_loop())


def class_from_none():
    try:
        raise AttributeError from None
    except AttributeError as e:
        return e.args


print(class_from_none())


def from_none_in_finally():
    try:
        try:
            raise ValueError(1)
        finally:
            raise RuntimeError(2) from None
    except RuntimeError as e:
        return e.args


print(from_none_in_finally())
