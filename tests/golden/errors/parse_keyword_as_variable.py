# Inventory helpers used by the tests below.
from collections import OrderedDict

STOCK = OrderedDict()


def add_item(name, qty=1, *, price=0):
    entry = STOCK.setdefault(name, {"qty": 0, "price": price})
    entry["qty"] += qty
    return entry


def total_value():
    total = 0
    for name in STOCK:
        item = STOCK[name]
        total += item["qty"] * item["price"]
    return total


for name, qty in (("bolt", 10), ("nut", 20)):
    add_item(name, qty, price=2)
assert total_value() == 60


def report():
    return ", ".join("%s=%d" % (n, STOCK[n]["qty"]) for n in STOCK)

def make():
    class = "widget"
    return class
