# Non-ASCII text in string literals, comments (ünïcödé) and identifiers,
# inspected through code points so the output is plain ASCII.

greeting = "héllo wörld"
cjk = "漢字かな"
emoji = "🙂👍"
mixed = "a\u00e9" + "é" + r"é\n"
café = {"crème": 1, "brûlée": 2}
print(len(greeting), [hex(ord(c)) for c in greeting if ord(c) > 127])
print(len(cjk), [ord(c) for c in cjk])
print(len(emoji), [ord(c) for c in emoji], len(emoji.encode()))
print(len(mixed), mixed[1] == mixed[2], len(mixed.encode("utf-8")))
print(sum(café.values()), sorted(len(k) for k in café))
print(greeting.encode(), "ö" in greeting, greeting.index("w"))
