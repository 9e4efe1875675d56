a, *b, c = d
*a, = b
x = *a, *b
y = [*a, *b]
z = {**a, 'b': 1, **c}
f(*a, *b, **c, **d)
for *x, y in z: pass
