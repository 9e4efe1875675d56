# Plain imports of sibling modules (helpers in basic_mods/): attributes and functions of the
# module object, `import ... as`, importing several at once, a helper that imports another
# helper, and the module body running only on the first import.
import greeting

print(greeting.GREETING, greeting.greet("ann"), greeting.shout("bob"))
print(type(greeting).__name__, greeting.__name__)

import greeting as g
import mathx, greeting as g2

print(g is greeting, g2 is greeting, mathx.greeting is greeting)
print(mathx.square(7), mathx.cube(3), mathx.TABLE)
print(g.Greeter("!")("cy"), isinstance(g.Greeter("?"), greeting.Greeter))

# Rebinding a module global from outside changes what the module's functions see.
greeting.GREETING = "hi"
print(greeting.greet("dee"), g.shout("eve"))
greeting.loaded += 1
print(g2.loaded)


def use_inside():
    import mathx as m

    return m.square(12)


print(use_inside(), "m" in globals())
print(sorted(n for n in dir(mathx) if not n.startswith("__")))
