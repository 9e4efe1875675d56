# MicroPython only: gc.collect() returns None, gc.mem_free() and gc.mem_alloc() return ints whose
# values depend on the heap (only their types and simple relations are printed), gc.threshold()
# reads and sets the allocation threshold. Output from stock MicroPython.
import gc

print(gc.collect())
free, used = gc.mem_free(), gc.mem_alloc()
print(type(free).__name__, type(used).__name__, free > 0, used > 0)

data = [bytearray(64) for _ in range(20)]
print(gc.mem_alloc() > used)
del data
gc.collect()
print(type(gc.mem_free()).__name__)

old = gc.threshold()
print(type(old).__name__)
gc.threshold(4096)
print(gc.threshold())
gc.threshold(old)
print(gc.threshold() == old)
