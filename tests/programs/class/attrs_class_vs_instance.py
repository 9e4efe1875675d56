# Class attributes against instance attributes: lookup order, shadowing, deletion and sharing.


class Counter:
    count = 0
    label = "counter"
    tags = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def rename(self, label):
        self.label = label


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)

# An instance attribute shadows the class attribute of the same name.
a.label = "first"
print(a.label, b.label, Counter.label)

# Deleting the instance attribute uncovers the class attribute again.
del a.label
print(a.label)

# Assigning through the class is seen by every instance without its own value.
Counter.label = "renamed"
b.rename("own")
print(a.label, b.label, Counter.label)

# A mutable class attribute is shared, because mutation does not rebind.
a.tags.append("x")
b.tags.append("y")
print(Counter.tags, a.tags is b.tags)

# Rebinding through the instance makes a private copy.
a.tags = a.tags + ["z"]
print(a.tags, b.tags)

# Attributes can be added to the class after instances exist.
Counter.extra = 99
print(a.extra, b.extra)

# hasattr and getattr with a default on both kinds.
print(hasattr(a, "name"), hasattr(Counter, "name"), getattr(Counter, "name", "none"))

# Augmented assignment on an instance reads the class value and writes the instance.
Counter.step = 10
a.step += 5
print(a.step, b.step, Counter.step)

# Class attribute holding a function becomes a method; on the instance it does not.


def shout(self):
    return self.name.upper()


Counter.shout = shout
print(a.shout(), b.shout())
a.plain = lambda: "plain"
print(a.plain())

try:
    print(b.missing)
except AttributeError:
    print("AttributeError")
