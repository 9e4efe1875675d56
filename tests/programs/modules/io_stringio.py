# io.StringIO: write and getvalue, reading back with read, read(n) and readline after seek,
# iteration over lines, tell, an initial value, and print(..., file=...) into it.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write(""))
s.write("second line\nthird")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print([line for line in s])
s.seek(6)
print(repr(s.read()), repr(s.read()))

t = io.StringIO("preset\ntext")
print(repr(t.read()), repr(t.getvalue()))
t.seek(0)
t.write("PRE")
print(repr(t.getvalue()))

out = io.StringIO()
print("a", 1, [2], sep="|", end="!\n", file=out)
print("x", file=out)
for i in range(3):
    print(i, end=" ", file=out)
print(repr(out.getvalue()))


def render(rows, stream):
    for name, qty in rows:
        stream.write("%-6s%3d\n" % (name, qty))


buf = io.StringIO()
render([("pens", 3), ("ink", 12)], buf)
print(buf.getvalue(), end="")
lines = buf.getvalue().splitlines()
print(len(lines), lines[-1].split())
buf.close()
print("closed")
