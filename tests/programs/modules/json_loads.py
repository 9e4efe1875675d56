# json.loads: objects, arrays, numbers in every form, string escapes including \u escapes,
# whitespace, literals, deep nesting, and ValueError for malformed text (the kinds MicroPython
# rejects too: see micropython/json_lax.py for the others).
import json

texts = ['{"a": [1, 2.5, "x"], "b": null}', " [ true , false , null ] ", '"\\u00e9\\n\\t\\"\\\\"',
         "12", "-0", "-0.5e3", "1E2", "3.25", "{}", "[]", '"\\/"', '{"nested": {"deeper": [[], {}]}}',
         '"caf\\u00e9 \\u20ac"', "[1,\n 2,\r\n\t3]", "123456789012345678901234567890"]
for t in texts:
    v = json.loads(t)
    print(type(v).__name__, repr(v) if not isinstance(v, dict) else sorted(v.items()))

obj = json.loads('{"users": [{"name": "ann", "age": 31}, {"name": "bob", "age": 27}], "count": 2}')
print(obj["count"], [u["name"] for u in obj["users"]], sum(u["age"] for u in obj["users"]))
print(json.loads(json.dumps([1, "two", None, False, [3.5]])))

for bad in ["", "nul", "[1, 2", "'single'", '"unterminated', "{"]:
    try:
        json.loads(bad)
        print("accepted", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))

deep = "[" * 20 + "]" * 20
v = json.loads(deep)
depth = 0
while v:
    v = v[0]
    depth += 1
print("depth", depth + 1)
