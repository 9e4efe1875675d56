cache = {}


def show():
    print(cache)
    global cache
