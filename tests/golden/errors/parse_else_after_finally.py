try:
    x = 1
finally:
    x = 2
else:
    x = 3
