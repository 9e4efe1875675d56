# mpy-cross: -msmall-int-bits=63
# The widest small ints: up to the host width of stock mpy-cross.
x = 1 << 61, 1 << 62, -(1 << 62), (1 << 62) - 1, 4611686018427387904
