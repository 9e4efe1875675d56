settings = {"speed": 3, "mode": "fast"}


def get(key):
    return settings[key]
