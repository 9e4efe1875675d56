def size(n):
    if n < 10:
        return "small"
    elif n < 100
        return "medium"
    return "large"
