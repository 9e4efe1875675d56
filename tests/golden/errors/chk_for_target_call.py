def name():
    return "n"


for name() in ["a"]:
    pass
