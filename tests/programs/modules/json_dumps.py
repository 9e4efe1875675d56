# json.dumps: numbers, strings with escapes (ASCII only), booleans and null, lists and tuples,
# nested containers, dicts with one key (so key order cannot matter) or compared after loads,
# and compact separators.
import json

values = [0, -17, 2**40, 1.5, -0.25, 1e20, "", "plain", 'quote " and \\ backslash',
          "tab\tnewline\ncr\r", "\x01\x1f", True, False, None, [], [1, [2, [3]]], (1, "two"),
          {}, {"k": "v"}, {"list": [1, {"deep": None}]}, [{"a": 1}, {"b": [True]}]]
for v in values:
    print(json.dumps(v))

print(json.dumps([1, 2, {"x": [3]}], separators=(",", ":")))
print(json.dumps({"key": [1, 2]}, separators=(", ", ": ")))

# Several keys: compare through loads instead of relying on key order.
doc = {"name": "widget", "tags": ["a", "b"], "size": {"w": 2, "h": 3}, "ok": True}
text = json.dumps(doc)
print(len(text), json.loads(text) == doc, sorted(json.loads(text)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode_points(points):
    return json.dumps([[p.x, p.y] for p in points])


print(encode_points([Point(1, 2), Point(-3, 4)]))
print(json.dumps("x" * 3 + "y"), json.dumps([[]] * 2), json.dumps([0.5] * 3))
