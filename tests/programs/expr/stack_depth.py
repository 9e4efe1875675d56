# Deeply nested and wide expressions, whose evaluation needs many stack slots: nested
# brackets, long right-leaning operator chains, nested calls and containers, and many
# arguments in one call.

def f(*a):
    return sum(a)


a, b, c = 1, 2, 3
print(((b - (((b - (((b - (((b - (((b - (((b - (((b - (((b - (((b - (((b - (((b - (((b - (((b - (((b - (((b - (a)) + (b * 1)))) + (b * 3)))) + (b * 5)))) + (b * 7)))) + (b * 9)))) + (b * 11)))) + (b * 13)))) + (b * 15)))) + (b * 17)))) + (b * 19)))) + (b * 21)))) + (b * 23)))) + (b * 25)))) + (b * 27)))) + (b * 29)))
print(((a + (a + ((a + (a + ((a + (a + ((a + (a + ((a + (a + ((a + (a + ((a + (a + ((a + (a + (c * 1))) * 1))) * 1))) * 1))) * 1))) * 1))) * 1))) * 1))) * 1))
print(b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (b - a * (a)))))))))))))))))))))
print(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(1, a), a), a), a), a), a), a), a), a), a), a), a), a), a), a), a), a), a), a), a))
deep = [a, [a, [a, [a, [a, [a, [a, [a, [a, [a, [a, [a, [a, [a, [a, [], (b, [c, b])], (b, [c, {1: a}])], (b, [c, b])], (b, [c, {1: a}])], (b, [c, b])], (b, [c, {1: a}])], (b, [c, b])], (b, [c, {1: a}])], (b, [c, b])], (b, [c, {1: a}])], (b, [c, b])], (b, [c, {1: a}])], (b, [c, b])], (b, [c, {1: a}])], (b, [c, b])]
n = 0
x = deep
while x:
    n += 1
    x = x[1]
print(n, len(repr(deep)))
print(f(a, b * 1, 2, a, b * 4, 5, a, b * 7, 8, a, b * 10, 11, a, b * 13, 14, a, b * 16, 17, a, b * 19, 20, a, b * 22, 23, a, b * 25, 26, a, b * 28, 29, a, b * 31, 32, a, b * 34, 35, a, b * 37, 38, a, b * 40, 41, a, b * 43, 44, a, b * 46, 47, a, b * 49, 50, a, b * 52, 53, a, b * 55, 56, a, b * 58, 59))
wide = ((a + 0) * (b - 0), (a + 1) * (b - 1), (a + 2) * (b - 2), (a + 3) * (b - 3), (a + 4) * (b - 4), (a + 5) * (b - 5), (a + 6) * (b - 6), (a + 7) * (b - 7), (a + 8) * (b - 8), (a + 9) * (b - 9), (a + 10) * (b - 10), (a + 11) * (b - 11), (a + 12) * (b - 12), (a + 13) * (b - 13), (a + 14) * (b - 14), (a + 15) * (b - 15), (a + 16) * (b - 16), (a + 17) * (b - 17), (a + 18) * (b - 18), (a + 19) * (b - 19), (a + 20) * (b - 20), (a + 21) * (b - 21), (a + 22) * (b - 22), (a + 23) * (b - 23), (a + 24) * (b - 24), (a + 25) * (b - 25), (a + 26) * (b - 26), (a + 27) * (b - 27), (a + 28) * (b - 28), (a + 29) * (b - 29), (a + 30) * (b - 30), (a + 31) * (b - 31), (a + 32) * (b - 32), (a + 33) * (b - 33), (a + 34) * (b - 34), (a + 35) * (b - 35), (a + 36) * (b - 36), (a + 37) * (b - 37), (a + 38) * (b - 38), (a + 39) * (b - 39))
print(len(wide), sum(wide), wide[:3], wide[-1])
print(((a if (((a if (((a if (((a if (((a if (((a if (((a if (((a if (((a if (((a if (((a if (((a if (c) else b) if a < 0 else (c or 0))) else b) if a < 1 else (c or 1))) else b) if a < 2 else (c or 2))) else b) if a < 3 else (c or 3))) else b) if a < 4 else (c or 4))) else b) if a < 5 else (c or 5))) else b) if a < 6 else (c or 6))) else b) if a < 7 else (c or 7))) else b) if a < 8 else (c or 8))) else b) if a < 9 else (c or 9))) else b) if a < 10 else (c or 10))) else b) if a < 11 else (c or 11)))
print(((((((((((((((('x' * 1) + str(a)).upper().lower() * 1) + str(a)).upper().lower() * 1) + str(a)).upper().lower() * 1) + str(a)).upper().lower() * 1) + str(a)).upper().lower() * 1) + str(a)).upper().lower() * 1) + str(a)).upper().lower() * 1))
m = [[[[[[[[[[a, b, c]]]]]]]]]]
print(m[0][0][0][0][0][0][0][0][0][2], m[-1][-1][-1][-1][-1][-1][-1][-1][-1][a])
