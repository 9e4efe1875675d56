# Format specs for ints: fill, alignment, sign, '#', zero padding, width, grouping with ',' and
# '_', and the presentation types b o x X d n c, for small, negative and big ints.

vals = [0, 7, -7, 255, -255, 65535, 1234567, -1234567, 2 ** 64, -(2 ** 70)]
specs = ["", "d", "5d", "<6", ">6", "^7", "*^9", "0>6", "+", "-", " ", "06", "+08", "=8", "x", "X", "#x", "#X",
         "o", "#o", "b", "#b", "010b", "#010x", ",", "_", ",d", "15,", "_x", "_b", "n"]
for v in vals:
    print(v, [("{:" + s + "}").format(v) for s in specs])

# Characters.
print("{:c}{:c}{:c}".format(72, 105, 0x20AC), "[{:^5c}]".format(65))

# Bools format as ints with int types, as words without.
print("{} {:d} {:x} {:>6} {:b}".format(True, True, True, True, False))

# Fill characters that look like other spec parts.
print("{:0<5}|{:x>5}|{:#^7}|{:,<6}".format(1, 2, 3, 4))
print("{:<05}|{:>05}|{:^05}".format(1, 1, 1))

# Errors.
for spec in ("s", "z", "c "):
    try:
        print(("{:" + spec + "}").format(12))
    except ValueError:
        print(spec, "ValueError")
