# MicroPython only: comparison operators call only the left operand's method: there is no
# reflected try of the right operand's __gt__/__lt__, neither when the left type lacks the method
# nor when it returns NotImplemented, so max() of objects with only __lt__ fails (it compares
# with >). A subclass that defines __eq__ keeps the inherited __hash__, and iter() does not check
# what __iter__ returns. Output from stock MicroPython; CPython falls back to the reflected
# method, sets __hash__ to None and raises TypeError in iter().


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


class OnlyGt:
    def __gt__(self, other):
        return "OnlyGt.__gt__"


class GivesUp:
    def __lt__(self, other):
        return NotImplemented


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError:
        print(label, "TypeError")


attempt("lt", lambda: OnlyLt(1) < OnlyLt(2))
attempt("gt via reflected lt", lambda: OnlyLt(1) > OnlyLt(2))
attempt("min", lambda: min(OnlyLt(3), OnlyLt(1)).v)
attempt("max", lambda: max(OnlyLt(3), OnlyLt(1)).v)
attempt("plain < OnlyGt", lambda: 1 < OnlyGt())
attempt("NotImplemented then __gt__", lambda: GivesUp() < OnlyGt())


class Hashed:
    def __hash__(self):
        return 7


class WithEq(Hashed):
    def __eq__(self, other):
        return True


attempt("hash of subclass with __eq__", lambda: hash(WithEq()))


class BadIter:
    def __iter__(self):
        return 5


attempt("iter returning int", lambda: type(iter(BadIter())).__name__)
