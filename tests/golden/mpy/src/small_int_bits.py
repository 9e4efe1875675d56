# mpy-cross: -msmall-int-bits=63
# With 63-bit small ints, 2**40 is a small int operand, not an object.
big = 2**40
bigger = -(2**62)
huge = 2**63
