# printf-style formatting with a mapping: %(name)s keys, repeated keys, unused keys, and keys
# combined with flags, widths and precisions.

data = {"name": "Ada", "age": 36, "score": 97.31, "tags": ["x", "y"], "n": -5}
print("%(name)s is %(age)d" % data)
print("%(name)r %(tags)s %(score).1f %(age)x %(age)o" % data)
print("[%(name)-6s][%(name)6s][%(age)05d][%(n)+d][%(score)10.3f]" % data)
print("%(name)s %(name)s %(name)s" % data)
print("%(missing_not_used)s" % {"missing_not_used": "ok", "extra": 1})
print("%%(name)s %(name)s" % data)

# Keys may be any string, including ones with spaces and punctuation.
print("%(first name)s/%(a-b)s/%()s" % {"first name": "F", "a-b": "AB", "": "empty"})

# Values computed into the dict at run time.
totals = {}
for k, v in (("a", 1), ("b", 2), ("a", 3)):
    totals[k] = totals.get(k, 0) + v
print("a=%(a)d b=%(b)d" % totals)

# A report built line by line.
rows = [{"item": "apple", "qty": 3, "price": 0.5}, {"item": "melon", "qty": 1, "price": 2.75}]
for r in rows:
    print("%(item)-8s x%(qty)2d @ %(price)5.2f" % r)

# Missing keys raise KeyError.
try:
    print("%(nope)s" % data)
except KeyError:
    print("KeyError")
