# globals(): at module level it holds the module's names (checked for names this program
# defines, since a runner may add its own); writes through it create and change globals that
# functions then see; functions share it; and locals() at module level is the same dict.

alpha = 1


def beta():
    return alpha


g = globals()
print("alpha" in g, "beta" in g, "gamma" in g, g["alpha"], g["beta"] is beta)

g["gamma"] = "created through globals()"
print(gamma)
g["alpha"] = 100
print(alpha, beta())

del g["gamma"]
try:
    gamma
except NameError:
    print("gamma removed")


def from_function():
    return globals() is g, globals()["alpha"]


print(from_function())


def set_through_function(name, value):
    globals()[name] = value


set_through_function("delta", [1, 2])
print(delta, "delta" in g)

print(locals() is globals())

# Module-level loop variables and class names appear in globals.
for loop_var in range(2):
    pass


class Klass:
    pass


print(g["loop_var"], g["Klass"] is Klass)

mine = sorted(k for k in g if k in ("alpha", "beta", "delta", "g", "loop_var", "Klass", "mine"))
print(mine)

# Names created by import, def and assignment expressions are globals too.
import sys as system_module

if (walrus_name := 7) > 0:
    pass
print("system_module" in g, g["walrus_name"])
