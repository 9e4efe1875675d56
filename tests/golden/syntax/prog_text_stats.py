# Word and character statistics over an embedded text, printed in a fixed
# order so the output does not depend on dictionary iteration order.

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""


def words(text):
    cleaned = ""
    for ch in text.lower():
        cleaned += ch if ch.isalpha() or ch == " " or ch == "\n" else " "
    return cleaned.split()


def frequencies(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


ws = words(TEXT)
freq = frequencies(ws)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(ws), len(freq))
for word, count in top:
    print("%-8s %2d %s" % (word, count, "#" * count))
letters = frequencies(c for c in TEXT.lower() if "a" <= c <= "z")
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:10]))
lines = TEXT.splitlines()
print([len(line) for line in lines], max(lines, key=len)[:12])
longest = max(ws, key=lambda w: (len(w), w))
print(longest, longest[::-1] if False else "".join(reversed(longest)))
