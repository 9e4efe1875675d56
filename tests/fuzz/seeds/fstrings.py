name = "w"
a = f"plain"
b = f'{name}'
c = f"{name!r:>10}"
d = f"{x=}"
e = f"a{x}b{y!r:>{w}}c{z=}" f"q" "tail"
f = f'{{literal}} {a[1]} {b["k"]}'
g = rf"\d{x}" fr'{y}\n'
h = f"""{
    value
}"""
i = f'{a!s}{b!a}{c:{d}.{e}}'
j = f"{a != b}"
k = t"template {x}"
