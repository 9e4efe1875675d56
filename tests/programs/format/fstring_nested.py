# Nested replacement fields inside format specs (f"{x:{w}.{p}f}"), f-strings inside f-string
# expressions, and fields whose values come from loops, calls and conditionals.

x = 3.14159
n = 42
s = "hi"
w = 8
p = 2
a = 5

print(f"{x:{w}.{p}f}|", f"{x:>{w}}|", f"{s!r:^{w}}|", f"{n:0{w}d}", f"{n:>{w}}{s:<{w}}|")
print(f"{a:{a}}", f"{a:{a}{a}}|", f"{a!r:{a}}|", f"{x:.{a}f}", f"{x:{w}.{a}}")
print(f"{n:{'>'}{w}}|", f"{3:{'>'}5}", f"{'x':{'*'}^5}", f"{n:{w}}" f"{s}")

# Widths and precisions computed in the field.
for width in range(2, 7, 2):
    for prec in (0, 1, 3):
        print(f"[{x:{width + 4}.{prec}f}] [{s:>{width}}] [{n:^{width * 2}}]")

# Fill and align from variables.
for fill, align in (("*", "<"), ("-", ">"), (".", "^"), ("0", "=")):
    print(f"[{n:{fill}{align}{w}}]", f"[{-n:{fill}{align}{w}}]")

# f-strings inside f-string expressions.
inner = f"{n}"
print(f"{f'{n}'}", f"{f'{s!r}':>6}|", f"{f'{x:.1f}' + '?'}", f"<{inner:>6}>", f"{f'{2}'}")
print(f"{', '.join(f'{i:02d}' for i in range(4))}", f"{[f'{c}{c}' for c in 'ab']}")

# Fields over a table.
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("melon", 1, 2.75)]
wname = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print(f"{name:<{wname}} | {qty:>3} | {price:>6.2f} | {qty * price:>{w}.{p}f}")

# Conditional values and specs.
for v in (-1.5, 0, 2.25):
    print(f"{v:{'+' if v else ''}.2f}", f"{'neg' if v < 0 else 'pos' if v > 0 else 'zero':>5}")

# Dict and attribute access inside nested specs.
cfg = {"width": 10, "prec": 3}


class Fmt:
    fill = "#"


print(f"[{x:{cfg['width']}.{cfg['prec']}f}]", f"[{n:{Fmt.fill}>{cfg['width']}}]")
