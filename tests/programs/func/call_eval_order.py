# Evaluation order in calls: the function expression first, then positional arguments, * iterables
# and keyword values left to right, ** mappings in place; method lookups before arguments; nested
# calls innermost-first; and arguments evaluated even when the call then fails. (When * iterables
# are consumed differs: see call_quirks.py.)

log = []


def t(tag, value=None):
    log.append(tag)
    return value if value is not None else tag


def show(*args, **kwargs):
    return len(args), len(kwargs)


def get_fn(tag):
    log.append(tag)
    return show


def run(label, thunk):
    log.clear()
    try:
        thunk()
    except TypeError:
        log.append("TypeError")
    print(label, " ".join(log))


run("positional", lambda: get_fn("f")(t("a"), t("b"), t("c")))
run("keywords", lambda: get_fn("f")(t("a"), x=t("x"), y=t("y")))
run("star", lambda: get_fn("f")(t("a"), *t("s", [1, 2]), t("b")))
run("dstar", lambda: get_fn("f")(t("a"), k=t("k"), **t("d", {"z": 1})))
run("mixed", lambda: get_fn("f")(*t("s1", [1]), t("p"), *t("s2", [2]), k=t("k"), **t("d", {})))
run("nested", lambda: get_fn("f")(t("a"), get_fn("g")(t("b"), t("c")), t("d")))


class Obj:
    def method(self, *args):
        log.append("body")
        return self


def obj(tag):
    log.append(tag)
    return Obj()


run("method", lambda: obj("o").method(t("a"), t("b")))
run("chained", lambda: obj("o").method(t("a")).method(t("b")))
run("subscript", lambda: t("lst", [show])[t("i", 0)](t("a")))


def arity_one(x):
    log.append("body")


run("arity error", lambda: arity_one(t("a"), t("b")))

# Default values are not re-evaluated; only given arguments are.
run("defaults", lambda: (lambda a, b=t("never-at-call"): 0)(t("a")))

# Operands around a call.
log.clear()
r = t("l", 1) + show(t("a"), t("b"))[0] * t("r", 3)
print(r, " ".join(log))
