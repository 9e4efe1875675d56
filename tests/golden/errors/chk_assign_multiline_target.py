def pair():
    return 1, 2


(first,
 pair()) = 1, 2
