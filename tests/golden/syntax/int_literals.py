# Integer literals in every base, with underscores, zero forms and big values.

dec = [0, 7, 42, 1_000, 1_2_3, 2147483647, 2147483648, 9_223_372_036_854_775_808]
hexa = [0x0, 0xff, 0XFF, 0xDead_Beef, 0x_1, 0x7fffffff, 0x1_0000_0000_0000_0000]
octa = [0o0, 0o17, 0O777, 0o_7_7, 0o1_000]
bina = [0b0, 0b1, 0B1010, 0b_1111_0000, 0b1_0000_0000_0000_0000_0000_0000_0000_0000]
zeros = [00, 0_0, 000, 0x00, 0o00, 0b00]
print(dec)
print(hexa)
print(octa)
print(bina)
print(zeros)
print(-0x10, +0b11, ~0o7, 10**30, -10**30, 123456789012345678901234567890 % 97)
print(1073741823 + 1, -1073741824 - 1, 4611686018427387904 * 2)
