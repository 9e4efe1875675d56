# globals() at module level, dir() of objects and modules, and names added or removed at run
# time. Only names this program defines are printed, since the environment may add others.

mine = {"alpha", "beta", "gamma", "func", "Klass", "delta"}
alpha = 1
beta = "b"


def func():
    return globals()


class Klass:
    attr = 1

    def meth(self):
        pass


g = globals()
print(sorted(n for n in g if n in mine), g["alpha"], g["beta"], func() is g, "__name__" in g)

# Writing to globals() creates variables.
g["gamma"] = 3
print(gamma, sorted(n for n in globals() if n in mine))
g["delta"] = [4]
delta.append(5)
print(g["delta"])
del g["delta"]
print("delta" in globals())

# A function's globals are the module's.
def setter():
    global alpha
    alpha = 100
    return globals()["alpha"]


print(setter(), alpha)

# dir() lists attributes.
print("attr" in dir(Klass), "meth" in dir(Klass), "attr" in dir(Klass()), "append" in dir([]), "upper" in dir(""))
print("keys" in dir({}), "add" in dir(set()), "sqrt" in dir(__import__("math")), "nope" in dir(Klass))
obj = Klass()
obj.extra = 1
print("extra" in dir(obj), "extra" in dir(Klass))
print(sorted(n for n in dir(Klass) if not n.startswith("_")))

# At module level, locals() is the same mapping as globals().
print(locals() is globals(), locals()["alpha"], "Klass" in locals())
