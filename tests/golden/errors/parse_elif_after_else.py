n = 4
if n == 1:
    s = "one"
else:
    s = "many"
elif n == 2:
    s = "two"
