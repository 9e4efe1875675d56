# MicroPython only: the random module seeded with random.seed(n) gives a fixed sequence from
# MicroPython's own generator (not CPython's Mersenne Twister): getrandbits, randint, randrange,
# choice, random and uniform, the same again after re-seeding. Output from stock MicroPython.
import random

random.seed(42)
print([random.getrandbits(8) for _ in range(8)])
print([random.getrandbits(32) for _ in range(3)], random.getrandbits(1), random.getrandbits(0))
print([random.randint(1, 6) for _ in range(12)])
print([random.randrange(10) for _ in range(8)], [random.randrange(5, 50, 5) for _ in range(5)])
print([random.choice("abcdef") for _ in range(8)], random.choice([None, True]))
print(["%.6f" % random.random() for _ in range(4)])
print(["%.4f" % random.uniform(-1, 1) for _ in range(4)])

random.seed(42)
again = [random.getrandbits(8) for _ in range(8)]
random.seed(42)
print(again == [random.getrandbits(8) for _ in range(8)])
random.seed(7)
a = [random.randint(0, 100) for _ in range(5)]
random.seed(8)
b = [random.randint(0, 100) for _ in range(5)]
print(a, b, a != b)

deck = list(range(10))
random.seed(1)
for i in range(len(deck) - 1, 0, -1):
    j = random.randrange(i + 1)
    deck[i], deck[j] = deck[j], deck[i]
print(deck, sorted(deck) == list(range(10)))
try:
    random.randrange(0)
except ValueError:
    print("ValueError empty range")
