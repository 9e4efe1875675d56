from registry import add, config


def record():
    config["debug"] = True
    return add("b", 100)
