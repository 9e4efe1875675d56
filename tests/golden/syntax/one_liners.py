# Simple statements joined with semicolons and compound statements whose
# suite sits on the header line.
a = 1; b = 2; c = a + b; print(a, b, c)
x = 0; x += 1;
if c > 2: print("big"); c -= 1
while c: c -= 1; print("tick", c)
for i in range(3): print(i, end=" "); print("|", end=" ")
print()
def square(n): return n * n
class Point: x = 0; y = 0
try: 1 / 0
except ZeroDivisionError: print("div")
finally: print("fin")
class Ctx: __enter__ = lambda self: " # Simple statements "; __exit__ = lambda self, *a: None
with Ctx() as f: first = f.strip()
if 0: pass
elif 1: print("elif")
else: pass
def noop(): pass
print(square(7), Point.x, first[:6], noop())
