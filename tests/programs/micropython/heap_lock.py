# MicroPython only: micropython.heap_lock() makes every heap allocation raise MemoryError until
# heap_unlock(), which returns the remaining lock depth; code that allocates nothing (small-int
# arithmetic on locals, reading existing objects, using a big int the compiler folded into a
# constant) runs normally while locked. Nothing is printed while the heap is locked. Output from
# stock MicroPython.
import micropython

TABLE = [10, 20, 30]


def try_alloc(kind):
    micropython.heap_lock()
    try:
        if kind == "list":
            obj = [1, 2, 3]
        elif kind == "str":
            obj = "x" * 50
        elif kind == "bigint":
            obj = 1 << len(kind) * 20
        elif kind == "folded":
            # Folded by the compiler into a constant of the code: nothing to allocate.
            obj = 1 << 100
        else:
            obj = {"k": kind}
        result = "allocated"
    except MemoryError:
        result = "MemoryError"
    depth = micropython.heap_unlock()
    return kind, result, depth


for kind in ("list", "str", "bigint", "folded", "dict"):
    print(try_alloc(kind))


def no_alloc():
    micropython.heap_lock()
    total = 0
    for i in range(3):
        total += TABLE[i] * 2 - i
    same = TABLE[0] is TABLE[0]
    micropython.heap_unlock()
    return total, same


print(no_alloc())


def nested():
    micropython.heap_lock()
    micropython.heap_lock()
    first = micropython.heap_unlock()
    try:
        x = [0]
        still = "allocated"
    except MemoryError:
        still = "still locked"
    second = micropython.heap_unlock()
    return first, still, second


print(nested())
after = [n * 2 for n in range(3)]
print(after)
