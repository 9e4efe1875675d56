# Iterating over strings: for loops, enumerate, zip, list/tuple/set of characters, reversed,
# sorted, map and comprehension filters.

s = "hello"
for c in s:
    print(c, end=" ")
print()
print(list(s), tuple(s), sorted(set(s)), sorted(s), sorted(s, reverse=True))
print(list(enumerate(s)), list(enumerate(s, 1))[-1])
print(list(zip(s, "world")), list(zip("ab", range(5))))
print([c.upper() for c in s if c != "l"], "".join(c * 2 for c in s))
print(list(map(ord, s)), list(map(str.upper, ["a", "b"])), "".join(reversed(s)))

# Iteration with an explicit iterator.
it = iter("abc")
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

# Counting characters.
freq = {}
for c in "mississippi":
    freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items()))

# Empty strings iterate zero times.
n = 0
for c in "":
    n += 1
print(n, list(""), any(c for c in ""), all(c for c in ""))

# Unpacking a string.
a, b, c = "xyz"
first, *rest = "hello"
print(a, b, c, first, rest)

# Non-ASCII iteration yields single characters.
print([c for c in "a€😀"], [len(c) for c in "a€😀"])

# Membership tests while iterating.
print([c for c in "programming" if c in "aeiou"], sum(1 for c in "banana" if c == "a"))
