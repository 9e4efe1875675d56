# Module objects as namespaces (helpers in module_attrs_mods/): getattr, setattr, hasattr and
# delattr on a module, replacing a module function from outside (seen by the module's own
# callers), adding new attributes, and modules stored in containers and passed to functions.
import tools

print(tools.scale(5), getattr(tools, "FACTOR"), hasattr(tools, "missing"))
setattr(tools, "FACTOR", 10)
print(tools.scale(5))

original = tools.helper
tools.helper = lambda x: "patched helper %s" % (x,)
print(tools.run(1))
tools.helper = original
print(tools.run(2))

tools.added = "new attribute"
print(tools.added, "added" in dir(tools))
del tools.added
print(hasattr(tools, "added"))


def call_on(module, name, *args):
    return getattr(module, name)(*args)


print(call_on(tools, "scale", 3), call_on(tools, "run", "x"))
registry = {"t": tools}
print(registry["t"].scale(1), [getattr(tools, n)(2) for n in ("scale", "helper")])
print(sorted(n for n in dir(tools) if not n.startswith("_")))
