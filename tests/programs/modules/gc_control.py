# gc functions whose behaviour agrees across implementations: collect() can be called any time,
# disable() and enable() switch isenabled(), and objects stay alive while referenced across a
# collection.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

keep = [[i] * 3 for i in range(50)]
junk = None
for i in range(200):
    junk = [i] * 10
gc.collect()
print(len(keep), keep[49], sum(x[0] for x in keep), junk[:2])


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


head = Node(0)
cur = head
for i in range(1, 100):
    cur.next = Node(i)
    cur = cur.next
cur.next = head  # a cycle
gc.collect()
n, cur = 0, head
while True:
    n += 1
    cur = cur.next
    if cur is head:
        break
print(n)
gc.disable()
big = [bytearray(16) for _ in range(20)]
gc.enable()
gc.collect()
print(len(big), len(big[-1]))
