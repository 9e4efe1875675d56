# if / elif / else chains, nested conditionals and one-line suites.


def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0:
        if n > 100:
            kind = "big even"
        else:
            kind = "even"
    else:
        kind = "odd"
    return kind


def grade(score):
    if score >= 90: return "A"
    elif score >= 80: return "B"
    elif score >= 70: return "C"
    else: return "F"


def sign(x):
    if x: pass
    else: return 0
    if x > 0:
        return 1
    return -1


for n in (-5, 0, 4, 102, 7):
    print(n, classify(n))
print([grade(s) for s in (95, 85, 75, 10)])
print(sign(3), sign(0), sign(-2))
if not []:
    print("empty")
if 0:
    print("unreachable")
elif "":
    print("also unreachable")
