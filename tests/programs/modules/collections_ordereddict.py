# collections.OrderedDict: keys kept in insertion order through updates, deletions and
# re-insertion, iteration of keys, values and items, popitem from the end, and use as a small
# least-recently-used cache.
from collections import OrderedDict

od = OrderedDict()
for k in ["zebra", "apple", "mango", "kiwi"]:
    od[k] = len(k)
print(list(od), list(od.values()), list(od.items()))
od["apple"] = 99
print(list(od.items()))
del od["mango"]
od["mango"] = 0
print(list(od))
print(od.popitem(), list(od), len(od), "kiwi" in od, od.get("none", -1))

od2 = OrderedDict([("b", 2), ("a", 1), ("c", 3)])
print(list(od2.keys()), od2["a"], dict(od2) == {"a": 1, "b": 2, "c": 3})
od2.update([("d", 4), ("a", 10)])
print(list(od2.items()))
print(od2.pop("b"), list(od2), od2.setdefault("e", 5), list(od2))
print([k for k, v in od2.items() if v > 3])


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, k):
        if k not in self.data:
            return None
        v = self.data.pop(k)
        self.data[k] = v  # move to the most recent end
        return v

    def put(self, k, v):
        if k in self.data:
            self.data.pop(k)
        elif len(self.data) >= self.size:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[k] = v


cache = LRU(3)
for k in "abc":
    cache.put(k, k.upper())
cache.get("a")
cache.put("d", "D")
print(list(cache.data), cache.get("b"), cache.get("c"))
cache.put("e", "E")
print(list(cache.data.items()))
