# Lines: conditions of compound statements spread over lines.
if a:
    pass
elif (b
      and c):
    pass
elif d or \
        e:
    pass
else:
    pass
while (a
       < b):
    pass
for i in (
        x):
    pass
try:
    pass
except (A,
        B) as e:
    pass
with (a
      ) as b:
    pass
assert (x
        ), "m"
