n = 0
for c in 'abc':
    if c == 'b':
        break
    n += 1
while n < 10:
    n += 3
    if n > 5:
        break
