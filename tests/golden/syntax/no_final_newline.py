# This file deliberately has no newline at the end of its last line.


def last_line():
    return "no final newline"


if True:
    print(last_line())