# Lines: f-strings whose injected .format(...) takes the line after the literal.
print(f"a{x}"
      )
print(f"a{x}" f"b{y}"
      , 1)
s = f"""multi
line {x}
"""
t = (f"{x}"
     f"{y}")
u = f"{x}" \
    .upper()
v = [f"{x}"
     for x in y]
