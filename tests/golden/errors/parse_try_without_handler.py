def load():
    try:
        data = 1
    return data
