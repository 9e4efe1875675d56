counter = 0


def tick(n):
    for i in range(n):
        if i % 2:
            counter = i
    global counter
    return counter
