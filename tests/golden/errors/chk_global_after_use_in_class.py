level = 0


class Widget:
    print(level)
    global level
