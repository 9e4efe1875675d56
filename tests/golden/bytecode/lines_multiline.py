# Lines: decorators, defaults, comprehensions, lambdas, dicts, slices, keywords over lines.
@dec(
    1,
    2)
def f(a,
      b=[1,
         2]):
    pass
l = [x
     for x in
     y
     if
     x]
g = (
    x for x in y)
m = lambda a: (
    a + 1)
d = {
    1:
    2,
    3: [
        4]}
s = x[1
      :2]
s2 = x[
    :2]
k = f(a=
      1 + 2,
      b=x
      + y)
