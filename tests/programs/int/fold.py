# Constant integer expressions that a compiler may fold before run time; each is printed next
# to the same computation done at run time, which must agree.

def rt(a):
    return a


print(1 + 2 * 3 - 4, rt(1) + rt(2) * rt(3) - rt(4))
print(-(2 ** 100) // 7, -rt(2) ** rt(100) // rt(7))
print(1 << 70, rt(1) << rt(70))
print(2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63), -(2 ** 64))
print(1 << 30, 1 << 31, 1 << 62, 1 << 63, -1 << 63)
print(0x7fffffff + 1, 0x3fffffff + 1, 0x3fffffffffffffff + 1, -0x4000000000000000 - 1)
print(2 ** 64 - 1 & 0xffff, (2 ** 64 - 1) ^ 0xff, ~(2 ** 64), -~5, ~-5)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, -(2 ** 70) % 3, (2 ** 70) % -3)
print(2 ** -1, 1 / 4, 10 / 5, 7 // 1)
print((1 << 100) >> 99, (-1) >> 100, -1 << 0, 0 << 1000)
print(10 ** 30 // 10 ** 15, 10 ** 30 % 999, 3 ** 3 ** 2, (3 ** 3) ** 2)
print(0b1010 | 0o17, 0xff & 0b1010, 0x80 ^ 0x7f)
print(+5, -+-5, ~~5, - - 5, +(-(2 ** 65)))
print(100 * 100 * 100 * 100 * 100 * 100 * 100)
print(4611686018427387903 * 2, 4611686018427387904 * -2, 1073741823 * 1073741823)
print(-4611686018427387904 // -1, -9223372036854775808 // -1)

# Errors at run time stay errors (a compiler must not fold them into constants).
for f in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1 << -1, lambda: 2 ** 70 // 0):
    try:
        print(f())
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__)

# Folded expressions in various positions.
t = (1 + 1, 2 * 3, 2 ** 10)
l = [1 << 8, 1 << 80]
d = {1 + 1: 2 * 2, 2 ** 70: -1}
print(t, l, d[2], d[1180591620717411303424])
print(t[1 + 1], l[-1 + 1], "abc"[1 - 2])
if 2 ** 70 > 2 ** 69:
    print("folded condition")
while 1 - 1:
    print("never")
print(True + 1, False * 7, True << 3, -True)
