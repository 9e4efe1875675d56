# Helper for import/module_names.py.
MY_NAME = __name__
IS_MAIN = __name__ == "__main__"
if __name__ == "__main__":
    print("never printed: an imported module is not __main__")


def caller_name():
    return __name__
