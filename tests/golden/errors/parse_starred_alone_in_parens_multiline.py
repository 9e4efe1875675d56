"""A small log parser.

Lines look like: LEVEL message
"""
LEVELS = ("DEBUG", "INFO", "WARN", "ERROR")


def level_of(line):
    word = line.split(" ", 1)[0]
    if word in LEVELS:
        return LEVELS.index(word)
    return -1


def worst(lines):
    return max((level_of(l) for l in lines), default=-1)


SAMPLE = ["INFO ready", "WARN hot"]

a = 1
b = (a,
     *)
