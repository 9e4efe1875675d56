# Identifiers that are soft keywords or look like keywords, dunder names,
# underscores, non-ASCII identifiers and the built-in constants.

match = "match"
case = "case"
_ = "underscore"
__ = "dunder"
type = "shadowed type"
print_ = print
True_ = True
async_ = "a"
await_ = "b"
naïve = "non-ascii"
größe = 3
Ωmega = 2
print_(match, case, _, __, type, True_, async_, await_, naïve, größe * Ωmega)
print(None, True, False, ..., Ellipsis is ..., __debug__)
print(__name__ != "", [x for x in (None, 0, "", ...) if x is not None])


def match(case):
    return case


print(match(case))
del type
print(type(1).__name__)
