# Configuration values.
DEBUG = False
    # an indented comment is harmless
LEVEL = 3
    VERBOSE = True
