# Indexing and step-1 slicing of strings: negative indices, clamping, empty results.

s = "abcdefgh"
print(s[0], s[7], s[-1], s[-8], s[3])
for i in (-10, -9, 8, 9):
    try:
        print(s[i])
    except IndexError:
        print(i, "IndexError")

bounds = [None, -20, -8, -3, -1, 0, 1, 3, 7, 8, 20]
for a in bounds:
    print(a, [s[a:b] for b in bounds])

print(s[:], s[:3] + s[3:] == s, s[2:5], s[-3:], s[:-3], s[5:2], s[100:], s[-100:2])
print(s[:0], s[8:], repr(s[4:4]), len(s[1:-1]))

# Slices with explicit step 1 (and None).
print(s[1:5:1], s[::1], s[::None], s[2::1], s[:4:None])

# Index expressions.
i, j = 2, 6
print(s[i:j], s[i - 1:j + 1], s[len(s) // 2:], s[-i:], s[i:i + 3])

# Slicing non-ASCII text counts characters.
u = "añb€c😀d"
print(len(u), u[1], u[3], u[5], u[1:4], u[-3:], u[:-1], [u[k] for k in range(len(u))])

# Strings are immutable.
try:
    s[0] = "z"
except TypeError:
    print("TypeError")

# String indices must be ints.
for idx in ("1", 1.0, None):
    try:
        print(s[idx])
    except TypeError:
        print(type(idx).__name__, "TypeError")
print(s[True], s[False])
