# Sorting algorithms written out by hand, checked against sorted().


def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out += left[i:]
    out += right[j:]
    return out


def quick_sort(a):
    if len(a) < 2:
        return list(a)
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(start, end):
        root = start
        while (child := 2 * root + 1) <= end:
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a


seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 100)
expected = sorted(data)
for algo in (insertion_sort, merge_sort, quick_sort, heap_sort):
    result = algo(data)
    print(algo.__name__, result == expected, result[:5], result[-3:])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: (-len(w), w)))
print(sorted(data, reverse=True)[:6])
