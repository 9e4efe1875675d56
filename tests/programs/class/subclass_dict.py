# Subclassing dict: overridden __getitem__ and __setitem__ used by subscription, extra
# attributes, inherited methods, and a counter built on dict.


class Tracking(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.reads = 0

    def __getitem__(self, k):
        self.reads += 1
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)


d = Tracking(a=1)
d["b"] = 5
print(d["a"], d["b"], d.reads)
print(sorted(d.items()), len(d), "a" in d, "z" in d, isinstance(d, dict))
print(d.get("b"), d.get("z", "none"), d == {"a": 1, "b": 10})
d.update({"c": 3})
print(sorted(d.keys()), sorted(d.values()))
del d["a"]
print(sorted(d), d.pop("c"), len(d))


class Counter(dict):
    def add(self, key, n=1):
        self[key] = self.get(key, 0) + n

    def most(self, k):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


c = Counter()
for word in "the cat and the hat and the bat".split():
    c.add(word)
print(c.most(3), len(c), c["the"])


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


ad = AttrDict(x=1, y=2)
print(ad.x + ad.y, ad["x"], hasattr(ad, "z"), sorted(ad))


class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __getitem__(self, k):
        if k not in self:
            self[k] = self.factory()
        return super().__getitem__(k)


groups = Default(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[w[0]].append(w)
print(sorted(groups.items()))
