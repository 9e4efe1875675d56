# Module-level state shared by every importer (helpers in module_state_mods/): two modules write
# into one registry module, `from registry import name` takes a snapshot of the binding while
# `registry.name` reads the current one, and rebinding inside the module is seen only through
# the module object.
import registry
import writer_a
import writer_b
from registry import entries, total

writer_a.record(3)
print(writer_b.record())
print(registry.entries, registry.total, registry.config)
print(entries is registry.entries, total, registry.total)

# reset() rebinds the module's globals: the old list stays bound here.
registry.reset()
print(registry.entries, registry.total, entries)
writer_a.record(1)
print(registry.entries, entries)

# The module's dict-like state is visible through every path to it.
import writer_b as wb

print(wb.config is registry.config, wb.add is registry.add)
registry.config["level"] = 2
print(sorted(wb.config.items()))


def counter_via_module():
    registry.add("f", 5)
    return registry.total


print(counter_via_module(), counter_via_module())
