# Attributes, subscripts, slices, calls with positional, keyword, * and ** arguments, methods.
import sys

obj = sys
obj.attr = 1
val = obj.attr
del obj.attr
lst = [1, 2, 3, 4]
lst[0] = lst[1]
del lst[2]
part = lst[1:2]
step = lst[::2]
full = lst[:]
lst[1:] = [9]
del lst[:1]
three = lst[1:2:3]
d = {"a": 1, "b": 2}
d["c"] = d["a"]
s = {1, 2}
args = (1, 2)
kwargs = {"sep": "-"}
print(*args)
print(*args, **kwargs)
print(1, *args, 2, end="")
print(**kwargs)
lst.append(5)
lst.extend(*[[6]])
"-".join(map(str, lst))
obj.method(a=1, b=2)
obj.method(1, *args, key=3, **kwargs)
f = print
f(1, 2, sep=",", end="\n")
a, b = args
a, *rest = lst
*init, last = lst
first, *mid, final = lst
[x1, (x2, x3)] = [1, (2, 3)]
a = b = c = 0
chained = obj.path.sep.join(["a"])
n = len(lst) + lst.count(1) + lst.index(2)
