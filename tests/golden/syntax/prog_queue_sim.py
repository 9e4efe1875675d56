# A discrete queue simulation with a deterministic pseudo-random generator,
# collections.deque as the waiting line, and summary statistics.
from collections import deque


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1664525 + 1013904223) % 4294967296
        return self.state % bound


def simulate(minutes, servers, seed):
    rng = LCG(seed)
    line = deque((), 100)
    busy = [0] * servers
    waits, served, max_len = [], 0, 0
    for t in range(minutes):
        for _ in range(rng.next(3)):
            line.append(t)
        for s in range(servers):
            if busy[s] > 0:
                busy[s] -= 1
            if busy[s] == 0 and line:
                arrived = line.popleft()
                waits.append(t - arrived)
                busy[s] = 1 + rng.next(4)
                served += 1
        max_len = max(max_len, len(line))
    return served, len(line), max_len, sum(waits) // max(len(waits), 1)


for servers in (1, 2, 3):
    print(servers, simulate(60, servers, 7))
