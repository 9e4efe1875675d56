# Long but ordinary code: a function with many parameters, a call with many
# arguments, a long dict display, long boolean chains and a long string list.


def many(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0=0, b1=1, b2=2, b3=3, b4=4,
         b5=5, b6=6, b7=7, b8=8, b9=9, *rest, c0=0, c1=1, c2=2, c3=3, **kw):
    return sum([a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6,
                b7, b8, b9, c0, c1, c2, c3]) + len(rest) + len(kw)


print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
           21, 22, 23, c0=1, c1=1, c2=1, c3=1, d0=0, d1=0))
codes = {
    "a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9,
    "j": 10, "k": 11, "l": 12, "m": 13, "n": 14, "o": 15, "p": 16, "q": 17,
    "r": 18, "s": 19, "t": 20, "u": 21, "v": 22, "w": 23, "x": 24, "y": 25,
    "z": 26,
}
print(sum(codes.values()), codes["q"])
v = 7
print(v > 0 and v < 10 and v != 3 and v != 4 and v != 5 and v % 2 == 1 and v in codes.values())
print(v == 1 or v == 2 or v == 3 or v == 4 or v == 5 or v == 6 or v == 7 or v == 8)
names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho",
         "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]
print(len(names), "".join(n[0] for n in names))
total = (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20
         + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36)
print(total)
