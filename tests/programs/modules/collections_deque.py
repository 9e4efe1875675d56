# collections.deque with a maximum length: append and appendleft, pop and popleft, items falling
# off the other end when full, extend, indexing, len, truth and membership; a sliding window and
# a breadth-first search queue built on it.
from collections import deque

d = deque((), 4)
for i in range(6):
    d.append(i)
print(list(d), len(d), d[0], d[-1], 3 in d, 0 in d)
d.appendleft(-1)
print(list(d), d.pop(), d.popleft(), list(d))
d.extend([7, 8, 9])
print(list(d), bool(d), bool(deque((), 2)))
while d:
    d.popleft()
try:
    d.pop()
except IndexError:
    print("IndexError: pop from an empty deque")
print(list(deque([1, 2, 3], 5)), list(deque("abcdef", 3)))


def moving_average(values, n):
    window = deque((), n)
    out = []
    total = 0
    for v in values:
        if len(window) == n:
            total -= window[0]
        window.append(v)
        total += v
        out.append(total / len(window))
    return out


print(moving_average([2, 4, 6, 8, 10, 12], 3))

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}


def bfs(start):
    seen = {start: 0}
    order = []
    q = deque((), 16)
    q.append(start)
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                q.append(nxt)
    return order, sorted(seen.items())


print(bfs("a"))
