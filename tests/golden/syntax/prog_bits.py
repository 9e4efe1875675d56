# Bit manipulation: popcount, parity, bit reversal, gray codes, masks and a
# tiny bitset class with in-place operators.


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def reverse_bits(n, width=8):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


def gray(n):
    return n ^ (n >> 1)


class BitSet:
    def __init__(self, bits=0):
        self.bits = bits

    def __or__(self, other):
        return BitSet(self.bits | other.bits)

    def __and__(self, other):
        return BitSet(self.bits & other.bits)

    def __xor__(self, other):
        return BitSet(self.bits ^ other.bits)

    def __contains__(self, i):
        return bool(self.bits >> i & 1)

    def members(self):
        return [i for i in range(64) if i in self]


print([popcount(n) for n in (0, 1, 7, 255, 2 ** 40 - 1)])
print([reverse_bits(n) for n in (1, 0b1011, 0xF0)], reverse_bits(1, 16))
print([gray(n) for n in range(8)], ["{:03b}".format(gray(n)) for n in range(4)])
a = BitSet(0b1011)
a |= BitSet(0b100000)
print(a.members())
a &= BitSet(0b101010)
print(a.members())
a ^= BitSet(0b11)
print(a.members(), 5 in a, 1 in a)
mask = (1 << 12) - 1
print(hex(0xDEADBEEF & mask), hex(0xDEADBEEF >> 16 & 0xFF), -1 & 0xFFFF, ~0 & 0xFF)
