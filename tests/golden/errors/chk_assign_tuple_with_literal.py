def pair():
    return 1, 2


a, 2 = pair()
