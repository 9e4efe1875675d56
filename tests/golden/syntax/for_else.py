# for loops over many iterables, tuple targets, for/else with and without break.


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    else:
        pass
    return True


def first_vowel(word):
    for pos, ch in enumerate(word):
        if ch in "aeiou":
            break
    else:
        pos = -1
    return pos


matrix = [[1, 2], [3, 4]]
for row in matrix:
    for cell in row:
        print(cell, end=" ")
print()
for i, (a, b) in enumerate(zip("xyz", range(3))):
    print(i, a, b)
for key in sorted({"b": 2, "a": 1}):
    print(key)
for obj.attr in []:
    pass
print([n for n in range(30) if is_prime(n)])
print(first_vowel("rhythm"), first_vowel("street"))
for x in range(3):
    pass
else:
    print("else ran", x)
