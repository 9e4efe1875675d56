x = a if b else c
y = lambda q, *r, s=1, **t: (q, r, s, t)
z = [i * j for i in range(10) if i for j in range(i)]
w = {k: v for k, v in d.items()}
s = {e for e in (1, 2, 3)}
g = sum(x for x in y)
n = not a and b or c
m = a < b <= c == d != e > f >= g is h is not i in j not in k
o = -a + ~b - +c * d / e // f % g @ h ** -i
p = a | b ^ c & d << e >> f
q = a[1:2, ::3, ...][:] [b:]
r = f(*args, **kw, key=1)(2)[3].attr
if (t := len(a)) > 10:
    pass
print(*a, sep='')
assert x, "message"
raise ValueError("bad") from None
