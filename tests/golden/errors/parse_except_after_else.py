try:
    x = int("1")
except ValueError:
    x = 0
else:
    x += 1
except TypeError:
    x = -1
