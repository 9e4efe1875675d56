# A linked list class built from node objects: push, append, iteration, __len__, __getitem__,
# __contains__, reversal in place, equality, and repr.


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in items:
            self.append(x)

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("index out of range")

    def __contains__(self, v):
        return any(x == v for x in self)

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(x) for x in self) + "])"


ll = LinkedList([1, 2, 3])
ll.push(0)
ll.append(4)
print(ll, len(ll), ll[0], ll[-1], ll[2], 3 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll) == [4, 3, 2, 1, 0])
print(ll.pop(), ll.pop(), ll, len(ll))
print(LinkedList("ab") == LinkedList(["a", "b"]), LinkedList() == LinkedList([None]))
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError", e)
big = LinkedList(range(50))
big.reverse()
print(big[0], big[49], sum(big), len([x for x in big if x % 7 == 0]))
