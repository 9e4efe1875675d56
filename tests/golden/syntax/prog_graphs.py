# Graph algorithms on an adjacency dict: breadth-first search, depth-first
# search (recursive and iterative), topological sort and Dijkstra with heapq.
import heapq

EDGES = [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5),
         ("c", "d", 8), ("d", "e", 3), ("c", "e", 10), ("f", "e", 1)]
graph = {}
for src, dst, w in EDGES:
    graph.setdefault(src, []).append((dst, w))
    graph.setdefault(dst, [])
for node in graph:
    graph[node].sort()


def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt, _ in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m, _ in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n in graph if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m, _ in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out


def dijkstra(start):
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, d):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, nd + 1):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return sorted(dist.items())


print(bfs("a"), dfs("a"), topo())
print(dijkstra("a"))
