INIT_NAME = __name__
