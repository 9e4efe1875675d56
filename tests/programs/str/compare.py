# String comparisons: equality, lexicographic ordering by code point, sorting, min and max.

pairs = [("a", "b"), ("b", "a"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("", ""), ("Z", "a"),
         ("10", "9"), ("abc", "ABC"), ("é", "z"), ("€", "é"), ("a", "a")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)

words = ["pear", "Apple", "banana", "apple", "Banana", "cherry", "", "10", "9", "ápple"]
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))

# Chained comparisons.
print("a" < "b" < "c", "a" < "c" < "b", "x" == "x" != "y")

# Equality against other types is False; ordering raises TypeError.
print("1" == 1, "a" != None, "ab" == ["a", "b"], "a" == b"a")
for other in (1, None, b"a"):
    try:
        print("a" < other)
    except TypeError:
        print("TypeError", type(other).__name__)

# Strings built at run time compare equal to literals.
built = "".join(["he", "llo"])
print(built == "hello", built is not None, hash(built) == hash("hello"))
print("abc" * 2 == "abcabc", str(12) == "12", "x".upper() == "X")
