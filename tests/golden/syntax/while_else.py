# while loops with else clauses, break skipping the else, nested whiles.


def find(haystack, needle):
    i = 0
    while i < len(haystack):
        if haystack[i] == needle:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
        return -1
    return i


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def triangle(n):
    row = 1
    lines = []
    while row <= n:
        col = 0
        text = ""
        while col < row:
            text += "*"
            col += 1
        else:
            lines.append(text)
        row += 1
    return lines


find([3, 1, 4], 4)
find([3, 1, 4], 9)
print(gcd(1071, 462), gcd(17, 5))
for line in triangle(4):
    print(line)
countdown = 3
while countdown: countdown -= 1
else: print("liftoff", countdown)
