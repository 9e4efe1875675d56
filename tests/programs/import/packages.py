# Packages and subpackages (helpers in packages_mods/): `import a.b.c` runs each package's
# __init__ once, in order, binds only the top name, and sets each submodule as an attribute of
# its parent; `import a.b.c as x` binds the leaf; from-imports of submodules and of names.
import sys

import store.models.item

print(store.__name__, store.models.__name__, store.models.item.__name__)
print(store.VERSION, store.models.item.Item("pen", 120))
print("models" in dir(store), "item" in dir(store.models), "util" in dir(store))

import store.util.money as money

print(money.fmt(12345), money is store.util.money, "util" in dir(store))

from store.models import item as item_mod
from store.models.item import Item
from store import VERSION

print(item_mod is store.models.item, Item is item_mod.Item, VERSION)

# A second import of the same packages runs nothing.
import store.models.item
import store.util

print(sorted(m for m in sys.modules if m == "store" or m.startswith("store.")))

cart = [Item("a", 250), Item("b", 199)]
print(money.fmt(sum(i.price for i in cart)))
