# list.sort and sorted(): keys, reverse, stability, mixed numeric types, and errors.

nums = [5, 2, 9, 1, 5, 6, -3, 0, 2 ** 70, -2.5]
a = nums[:]
a.sort()
print(a, nums)
a.sort(reverse=True)
print(a)
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=lambda x: -x))

# (Keys are all distinct: the order of equal keys is not the same everywhere.)
words = ["banana", "Apple", "cherries", "kiwi", "Elderberry", "fig", "pomegranate"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))

recs = [("b", 2), ("a", 1), ("c", 4), ("d", 0), ("e", 3), ("f", 5)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: -ord(r[0])))

# Sorting tuples and lists compares element by element.
pts = [(1, 2), (0, 5), (1, -1), (0, 0), (2,), (1, 2, 0)]
print(sorted(pts), sorted([[3], [1, 2], [1], []]))

# Sorting an already sorted and a reversed list, with duplicates.
big = list(range(30, 0, -1)) + list(range(15))
big.sort()
print(big[:5], big[-5:], len(big), big == sorted(big))

# sorted() accepts any iterable and returns a new list.
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted(range(5, 0, -1)), sorted(x * x for x in range(-3, 3)))

# Key functions see every element.
calls = []


def key(x):
    calls.append(x)
    return x % 7


print(sorted([5, 4, 3, 2, 1], key=key), sorted(set(calls)))

# Incomparable items raise TypeError.
for bad in ([1, "a"], [None, 1], [[1], (1,)]):
    try:
        print(sorted(bad))
    except TypeError:
        print("TypeError")
