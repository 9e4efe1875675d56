def key():
    return "k"


key() = 5
