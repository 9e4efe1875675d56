# JSON as a storage format: nested configuration written with dumps and read with loads, merged
# with defaults, edited, and round-tripped again; values compared structurally (not as text, so
# key order cannot matter).
import json

DEFAULTS = {"name": "device", "rate": 10, "pins": [1, 2], "net": {"dhcp": True, "ip": None}}


def merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


stored = '{"rate": 50, "net": {"ip": "10.0.0.2"}, "extra": [1.5, "x", false]}'
cfg = merge(DEFAULTS, json.loads(stored))
for k in sorted(cfg):
    print(k, cfg[k] if not isinstance(cfg[k], dict) else sorted(cfg[k].items()))

text = json.dumps(cfg)
back = json.loads(text)
print(back == cfg, type(back["extra"][0]).__name__, back["net"]["ip"])

cfg["pins"].append(7)
cfg["net"]["dhcp"] = False
again = json.loads(json.dumps(cfg))
print(again["pins"], again["net"] == {"dhcp": False, "ip": "10.0.0.2"})

records = [{"id": i, "sq": i * i, "odd": bool(i % 2)} for i in range(5)]
lines = [json.dumps(r) for r in records]
decoded = [json.loads(line) for line in lines]
print(decoded == records, [d["sq"] for d in decoded if d["odd"]])
tricky = ["", "quote\"", "back\\slash", "\n", "x" * 40, [[], {}], -0.5, 10**15]
print(json.loads(json.dumps(tricky)) == tricky)
