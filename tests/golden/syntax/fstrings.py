# f-strings: plain fields, expressions, conversions, format specs, nested
# replacement fields in specs, the '=' form, doubled braces, nested quotes,
# calls, subscripts and conditional expressions inside fields.

name = "world"
n = 42
pi = 3.25
width = 8
prec = 3
items = {"k": "value", "n": 3}
seq = [10, 20, 30]
print(f"hello {name}")
print(f"{n} {n + 1} {n * 2} {n // 5}")
print(f"{name!r} {name!s} {n!r}")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:05d}] [{n:x}] [{n:#o}] [{n:b}]")
print(f"[{pi:.2f}] [{pi:{width}.{prec}f}] [{name:>{width}}] [{name!r:>{width}}]")
print(f"{{literal}} {{{n}}} }}{{")
print(f"{items['k']} {items['n']} {seq[1]} {seq[-1]} {seq[0:2]}")
print(f'{items["k"]} {len(seq)} {max(seq)}')
print(f"{n if n > 40 else 0} {'yes' if seq else 'no'}")
print(f"{n=} {n+1=} {n=:>6} {n=!r}")
print(f"{','.join(str(x) for x in seq)} {[x * 2 for x in seq]}")
print(f"{ {'a': 1}['a'] } {({1: 2})[1]}")
print(f"multi" f"ple {n}" " plain " f"{name}")
print(F := f"{n:,}", len(F))
print(rf"\d{n}", fr"{name}\n")
print(f"""triple {name}
second {n}""")
print(f"{n:{'>'}{width}}|")
