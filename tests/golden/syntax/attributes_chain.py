# Attribute access chains, attributes on literals and calls, getattr and
# setattr, and attribute names that look like soft keywords.


class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child
        self.match = "m"
        self.case = "c"
        self.type = "t"

    def next(self):
        return self.child


chain = Node(1, Node(2, Node(3)))
print(chain.value, chain.child.value, chain.child.child.value)
print(chain.next().next().value, chain.child.next().value)
print("a,b".split(","), (5).to_bytes(2, "big"), 1.5 .__class__.__name__, "x".join("yz"))
print(b"abc".decode().upper().lower().strip(), [3, 1, 2].count(1))
setattr(chain, "extra", 10)
print(getattr(chain, "extra"), hasattr(chain, "missing"))
print(chain.match, chain.case, chain.type)
chain.child.child.value += 30
print(chain.child.child.value)
print({"k": 1}.get("k"), (1, 2).index(2), "%d" .join(["a", "b"]))
