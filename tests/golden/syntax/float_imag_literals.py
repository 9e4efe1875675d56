# Float and imaginary literals: all spellings of the point and exponent, and
# underscores. Values are chosen so that both implementations print them alike.

floats = [0.0, 1.5, .5, 5., 2.25, 1e3, 1E3, 1e-2 * 100, 2.5e+1, 1_0.2_5, 1_0e1_0 / 1e10, 0e0]
print(floats)
print(3.75 - 0.25, 6e0 / 4, 1.0 == 1, float("2.5"), int(7.9), round(2.5e1))
imag = [1j, 2.5j, 0j, 1J, 1e1j, 3_0j]
print(imag)
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z * 1j, (1 + 2j) * (3 - 1j))
print(-1.5, 0.5j, 1e100 > 1e99, 1.0e-5 < 1e-4)
