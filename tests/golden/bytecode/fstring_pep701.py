# Replacement fields that hold the literal's own quotes or backslashes (valid since CPython
# 3.12, PEP 701, and taken by MicroPython's lexer), and '!' inside strings of a field, which is
# no conversion.
data = {"key": "value", "k": 1}
rows = ["a", "b"]
x = 1
print(f"{data["key"]}", f'{data['k']}', f"{"alone"}", f"""{"""triple"""}""")
print(f"a{f"b{f"c{f"d{x}e"}f"}g"}h", f"{data["k"]=}", f"{"x"!r:>6}")
print(f"{'\n'.join(rows)}", f"{"\t".join(rows)!r}", f"{ord('\x41')}")
print(f"{'!'}", f'{"!"!r}', f"{'a' != '!'}", f"{'!' + 'r'}", f"{'''!'''}")
print(f"{
    "multi"
}", f"{data[
    "key"]:>8}|")
