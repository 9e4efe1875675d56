# find, rfind, index, rindex, count and the in operator, with start/end ranges.

s = "hello world, hello python"
for sub in ("hello", "o", "python", "xyz", "", "d,", "h"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)

# Start and end arguments, including negative ones.
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", -6), s.find("o", -6, -3), s.rfind("o", 0, 10))
print(s.find("hello", 1), s.rfind("hello", 0, 5), s.rfind("hello", 0, 4), s.find("", 3), s.rfind(""))
print(s.count("l", 3), s.count("l", 3, 10), s.count("l", -5), s.count("", 0, 3), "".count(""))

# index and rindex raise ValueError when missing.
print(s.index("world"), s.rindex("o"), s.index("l", 4))
for args in (("zzz",), ("hello", 1, 10), ("o", 0, 4)):
    try:
        print(s.index(*args))
    except ValueError:
        print("index", args, "ValueError")
    try:
        print(s.rindex(*args))
    except ValueError:
        print("rindex", args, "ValueError")

# Overlapping occurrences: count does not overlap, a manual search does.
t = "aaaa"
print(t.count("aa"), t.find("aa"), t.rfind("aa"))
pos = []
i = t.find("aa")
while i >= 0:
    pos.append(i)
    i = t.find("aa", i + 1)
print(pos)

# Membership of single characters and substrings.
vowels = "aeiou"
print([c for c in "programming" if c in vowels], "gram" in "programming", "mm" not in "programming")

# Finding in non-ASCII text gives character positions.
u = "naïve café naïve"
print(u.find("café"), u.rfind("naïve"), u.index("é"), u.count("ï"), len(u))
