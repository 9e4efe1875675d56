# MicroPython only: its json module is lenient and small. loads accepts some malformed text
# (a missing value, missing commas, bare keys); dumps writes non-ASCII characters as they are
# (CPython escapes them as \uXXXX), writes inf and nan as bare words, and has no indent or
# sort_keys options. Output from stock MicroPython.
import json

for text in ['{"a": }', "[1 2]", "{1: 2}", "[1,]", '{"a" 1}', "[1, 2] tail"]:
    try:
        print(repr(text), "->", repr(json.loads(text)))
    except ValueError:
        print(repr(text), "-> ValueError")

print(json.dumps("caf\u00e9 \u20ac"), json.dumps(["\u00fc"]))
print(json.dumps([float("inf"), -float("inf")]))
for kw in ({"indent": 2}, {"sort_keys": True}):
    try:
        print(json.dumps({"b": 1}, **kw))
    except TypeError:
        print("TypeError", sorted(kw))
