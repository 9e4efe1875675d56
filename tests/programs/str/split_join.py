# str.split, str.rsplit and str.join: separators, maxsplit, whitespace runs, empty pieces.

texts = ["a b c", "  leading and trailing  ", "one", "", "   ", "a\tb\nc\r\nd\x0be\x0cf", "x  y   z"]
for t in texts:
    print(repr(t), t.split(), t.split(None, 1), t.split(" "), t.rsplit(" ", 1))

csv = "alpha,beta,,gamma,"
print(csv.split(","), csv.split(",", 0), csv.split(",", 1), csv.split(",", 2), csv.split(",", -1))
print(csv.rsplit(","), csv.rsplit(",", 1), csv.rsplit(",", 2), csv.rsplit(",", 10))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "----".split("--"), "abc".split("abc"))
print("aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa", 1), "ab".split("abc"))

# Round trips between split and join.
for sep in (",", ", ", "::", "x"):
    parts = ["p", "", "q", "rr"]
    joined = sep.join(parts)
    print(repr(joined), joined.split(sep) == parts)

# join over any iterable of strings.
print("-".join("abc"), "".join(["x", "y"]), ", ".join(("1", "2", "3")), "+".join([]), "|".join(["only"]))
print(" ".join(str(i * i) for i in range(6)), "".join(map(str, [1, 2, 3])), "/".join(sorted({"b", "a"})))
print("\n".join(["line1", "line2"]))

# Words counted after splitting.
sentence = "the quick brown fox jumps over the lazy dog the end"
words = sentence.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(words), sorted(counts.items()), max(words, key=len))

# Splitting a key=value list.
cfg = "a=1;b=22;c=;=4"
pairs = [item.split("=", 1) for item in cfg.split(";")]
print(pairs, dict(pairs)["b"])

# Errors: empty separator, non-str items in join.
for f in (lambda: "abc".split(""), lambda: ",".join(["a", 1]), lambda: ",".join([b"x"])):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
