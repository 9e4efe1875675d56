# f-strings: expressions of every kind in replacement fields, conversions, format specs,
# escaped braces, raw and triple-quoted f-strings, and concatenation with other literals.

x = 3.14159
n = 42
s = "hi"
lst = [10, 20, 30]
d = {"k": "v", 1: "one"}

print(f"{n}", f"{s}", f"{x}", f"{lst}", f"{None}", f"{True}", f"{2 ** 70}", f"{-0.5}", f"{b'by'}")
print(f"n={n}, s={s}", f"{n}{s}{n}", f"[{s}]", f"{n}" f"{s}", f"{n} and {n + 1} and {n * 2}")
print(f"{n * 2 + 1}", f"{n // 5}", f"{n % 5}", f"{n ** 2}", f"{-n}", f"{not n}", f"{n > 5}", f"{(n, s)}")
print(f"{d['k']}", f'{d["k"]}', f"{d[1]}", f"{lst[1]}", f"{lst[-1] + lst[0]}", f"{len(lst)}", f"{lst[1:]}")
print(f"{s.upper()}", f"{'-'.join(['a', 'b'])}", f"{n if n > 40 else 0}", f"{[i * 2 for i in range(3)]}")
print(f"{n!r}", f"{s!r}", f"{s!s}", f"{x!r}", f"{lst!r:>15}|", f"{'q'!r:^7}|")
print(f"{n:x}", f"{n:#b}", f"{n:,}", f"{-n:+}", f"{x:.3e}", f"{x:.2%}", f"{n:c}", f"{n:08.2f}", f"{s:>5}|", f"{s:*<6}")
print(f"{{", f"}}", f"{{{n}}}", f"{{n}}", f"a{{b}}c")
print(f"{ n }", f"{n }", f"{  s  !r}", f"{ x :.2f}")

# Raw f-strings keep backslashes outside the fields.
print(rf"\n{n}", fr"{s}\t", f"{n}" rf"\x")

# Triple-quoted f-strings span lines.
print(f"""first {n}
second {s!r}
third {x:.1f}""")
print(f'''{n}''', f"""{'single'}""", f'''{"double"}''')

# Concatenation with plain literals (without braces in them).
print(f"a" f"b" "c", f"{n}" "plain" f"{s}", "plain " f"{n}", "x" "y" f"{n}" "z")

# Self-documenting fields (on ints, whose str and repr agree).
print(f"{n=}", f"{s=!r}", f"{x=:.2f}", f"{n=!r}", f"{lst[0]=}", f"{n+1=}")

# Expressions with function calls and nested containers.
def twice(v):
    return v * 2


print(f"{twice(n)}", f"{twice(s)}", f"{ {'a': 1}['a'] }", f"{ {1, 2} == {2, 1} }", f"{(1, 2)[0]}")

# f-strings are ordinary str values.
v = f"{n}"
print(type(v).__name__, v == "42", len(f"{s * 3}"), f"{n}" + f"{n}", f"{n}" * 2)
