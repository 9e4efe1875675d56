# Padding text: str.center, and left/right alignment written with format specs and % widths.

# (Only even amounts of padding: where the odd space goes differs between implementations.)
for w in (1, 3, 5, 7, 11):
    print(repr("abc".center(w)), repr("a".center(w)), repr("".center(w - w % 2)), repr("ab".center(w + 1)))

# Alignment through formatting.
for s in ("x", "abc", "toolong!"):
    print("[%-6s][%6s][%s]" % (s, s, s.center(6)))
    print("[{:<6}][{:>6}][{:^6}][{:*^6}][{:-<6}]".format(s, s, s, s, s))

# A small table.
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in rows:
    print("%-10s|%4d|%7.2f|" % (name, qty, price))
print("-" * 24)
print("{:>10}|{:>4}|{:>7}|".format("total", sum(r[1] for r in rows), "%.2f" % sum(r[1] * r[2] for r in rows)))

# Zero padding done by hand and with format.
for n in (7, 42, 123, -5):
    s = str(abs(n))
    padded = ("-" if n < 0 else "") + "0" * (5 - len(s)) + s
    print(padded, "%05d" % n, "{:05d}".format(n))

# Non-ASCII text pads by character count.
print("[" + "é€".center(6) + "]", "[" + "ü".center(5) + "]")
