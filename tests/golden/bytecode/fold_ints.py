# Golden bytecode test: compiled by mpyc and by stock mpy-cross, compared byte for byte.
# Integer constant folding, small ints and objects.
a = 1 + 2 * 3 - 4
b = (1 << 30) - 1
c = 1 << 30
d = -(1 << 30)
e = 2 ** 100
f = 2 ** -1
g = 7 // -2, 7 % -2, -7 // 2, -7 % 2
h = ~5, -~5, +5, - -5
i = 0xFFFFFFFF & 0x0F0F0F0F
j = 1 << 64 >> 3
k = (1 << 100) // 3 % 1000007
l = -(2 ** 63)
m = 10 / 4
n = 1 / 0
o = 1 << -1
p = 3 ** 0.5
q = (-8) ** 0.5
r = 1 + 2 + x
s = x + 1 + 2
t = 5 @ 3
u = 0 ** -1
v = 12345678901234567890 * 98765432109876543210
w = -12345678901234567890 // 7
y = (1 << 200) | (1 << 3), (1 << 200) ^ -1, -(1 << 70) & 0xFFFF
z = 1e308 * 10, -1e308 * 10, 0.0 * -1
