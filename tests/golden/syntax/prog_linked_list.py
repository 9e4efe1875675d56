# A singly linked list with iteration, length, indexing, reversal, slicing
# through __getitem__ and a recursive representation.


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index.start:index.stop])
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("index out of range")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        def show(node):
            return "nil" if node is None else "(%r %s)" % (node.value, show(node.next))

        return show(self.head)


ll = LinkedList(range(1, 6))
print(ll, len(ll), ll[0], ll[-1], ll[2])
ll.reverse()
print(ll, list(ll), ll[1:3])
ll.push("x")
print(ll, sum(v for v in ll if isinstance(v, int)))
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
