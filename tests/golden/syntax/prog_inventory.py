# An inventory with nested dicts and lists: restocking, orders that may fail,
# reports sorted by several keys and summaries built with comprehensions.

stock = {
    "bolt": {"qty": 120, "price": 3, "tags": ["metal", "small"]},
    "nut": {"qty": 200, "price": 1, "tags": ["metal", "small"]},
    "gear": {"qty": 15, "price": 45, "tags": ["metal"]},
    "belt": {"qty": 0, "price": 30, "tags": ["rubber"]},
}


class OutOfStock(Exception):
    pass


def order(lines):
    for name, qty in lines:
        if stock.get(name, {"qty": 0})["qty"] < qty:
            raise OutOfStock(name)
    cost = 0
    for name, qty in lines:
        item = stock[name]
        item["qty"] -= qty
        cost += qty * item["price"]
    return cost


def restock(**amounts):
    for name, qty in sorted(amounts.items()):
        stock.setdefault(name, {"qty": 0, "price": 10, "tags": []})["qty"] += qty


print(order([("bolt", 20), ("nut", 40)]))
for attempt in ([("belt", 1)], [("gear", 5), ("widget", 1)]):
    try:
        print(order(attempt))
    except OutOfStock as e:
        print("out of stock:", e.args[0])
restock(belt=10, widget=3)
print(order([("belt", 2), ("widget", 3)]))
for name in sorted(stock, key=lambda n: (-stock[n]["qty"], n)):
    item = stock[name]
    print("%-7s %4d %4d %s" % (name, item["qty"], item["price"], ",".join(item["tags"]) or "-"))
value = sum(i["qty"] * i["price"] for i in stock.values())
tags = sorted({t for i in stock.values() for t in i["tags"]})
print(value, tags, [n for n in sorted(stock) if "metal" in stock[n]["tags"]])
