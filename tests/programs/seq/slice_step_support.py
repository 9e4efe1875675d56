# MicroPython differs from CPython on purpose here (expected output from stock MicroPython in
# the .exp): slices with a step other than 1 work when reading lists but raise
# NotImplementedError for str, bytes and tuple, and for assigning or deleting list slices;
# list slice assignment takes only a list or tuple on the right.

def trial(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__)


lst = list(range(8))
trial("list[::2]", lambda: lst[::2])
trial("list[::-1]", lambda: lst[::-1])
trial("list[6:1:-2]", lambda: lst[6:1:-2])
trial("str[::2]", lambda: "abcdef"[::2])
trial("str[::-1]", lambda: "abcdef"[::-1])
trial("bytes[::2]", lambda: b"abcdef"[::2])
trial("bytearray[::2]", lambda: bytearray(b"abcdef")[::2])
trial("tuple[::2]", lambda: (1, 2, 3, 4)[::2])
trial("range[::2]", lambda: list(range(8)[::2]))
trial("str[::1]", lambda: "abc"[::1])


def store_step():
    m = list(range(6))
    m[::2] = [0, 0, 0]
    return m


def del_step():
    m = list(range(6))
    del m[::2]
    return m


def store_range():
    m = [1, 2, 3]
    m[0:1] = range(3)
    return m


def store_str():
    m = [1, 2, 3]
    m[0:2] = "ab"
    return m


def store_tuple():
    m = [1, 2, 3]
    m[0:2] = (7, 8, 9)
    return m


trial("store step", store_step)
trial("del step", del_step)
trial("store range", store_range)
trial("store str", store_str)
trial("store tuple", store_tuple)
