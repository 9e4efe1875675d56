# Smallest check that the reference MicroPython runs a program and prints what CPython prints.
squares = [n * n for n in range(6)]
print("squares", squares, sum(squares))
words = "the quick brown fox".split()
print(" ".join(sorted(words)), len(words), max(words, key=len))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", repr(e.args[0]))
print(f"{255:#x} {3 / 4} {7 // 2} {-7 % 3} {2 ** 70}")
