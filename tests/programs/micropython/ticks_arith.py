# MicroPython only: time.ticks_add and time.ticks_diff do modular arithmetic on tick values with a
# period that depends on the port's small-int width (2**30 on 32-bit ports); results are printed
# relative to that period so they do not depend on it. ticks_ms/us/cpu return ints in range, and
# the sleep functions return None. Output from stock MicroPython.
import time

MAX = time.ticks_add(0, -1)
PERIOD = MAX + 1
HALF = PERIOD // 2
print(PERIOD in (2**30, 2**62), MAX & (MAX + 1) == 0)

print(time.ticks_add(100, 50), time.ticks_add(100, -50), time.ticks_add(MAX, 1), time.ticks_add(0, -2) == MAX - 1)
print(time.ticks_add(PERIOD - 10, 20), time.ticks_add(5, -10) == PERIOD - 5)
print(time.ticks_diff(150, 100), time.ticks_diff(100, 150), time.ticks_diff(7, 7))
print(time.ticks_diff(5, PERIOD - 5), time.ticks_diff(PERIOD - 5, 5))
print(time.ticks_diff(HALF - 1, 0) == HALF - 1, time.ticks_diff(HALF, 0) == -HALF, time.ticks_diff(0, HALF) == -HALF)


def deadline_passed(now, deadline):
    return time.ticks_diff(deadline, now) <= 0


start = PERIOD - 3
deadline = time.ticks_add(start, 10)
print(deadline, [deadline_passed(time.ticks_add(start, d), deadline) for d in (0, 9, 10, 11)])

for name, fn in (("ms", time.ticks_ms), ("us", time.ticks_us), ("cpu", time.ticks_cpu)):
    t = fn()
    print(name, type(t).__name__, 0 <= t <= MAX)

t0 = time.ticks_ms()
print(time.sleep_ms(2), time.sleep_us(10), time.sleep(0))
print(time.ticks_diff(time.ticks_ms(), t0) >= 0)
