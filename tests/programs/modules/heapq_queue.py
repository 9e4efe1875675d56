# heapq: heappush, heappop and heapify keep the smallest item first; heap sort, a priority queue of
# (priority, seq, item) tuples, the k smallest items, and merging sorted lists with a heap.
import heapq

h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], len(h), [heapq.heappop(h) for _ in range(len(h))], h)

data = [9, -1, 4, 4, 0, 12, 3]
heapq.heapify(data)
print(data[0], sorted(data) == [heapq.heappop(data) for _ in range(7)])


def heap_sort(items):
    heap = list(items)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]


print(heap_sort("heapqueue"), heap_sort([3.5, -2, 10, 0]))

tasks = []
seq = 0
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent too"), (3, "later")]:
    heapq.heappush(tasks, (prio, seq, name))
    seq += 1
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])


def k_smallest(items, k):
    heap = []
    for x in items:
        heapq.heappush(heap, -x)
        if len(heap) > k:
            heapq.heappop(heap)
    return sorted(-x for x in heap)


print(k_smallest([7, 2, 9, 4, 1, 8, 3], 3))


def merge(*lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        v, i, j = heapq.heappop(heap)
        out.append(v)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return out


print(merge([1, 4, 9], [2, 3, 10], [], [0, 5]))
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
