# Helper for import/circular.py: ping imports pong, which imports ping back while ping is only
# half run; pong uses ping's names only inside functions, when they exist.
print("ping: start")
import pong

HITS = 0


def ping(n):
    global HITS
    HITS += 1
    if n <= 0:
        return "ping done"
    return pong.pong(n - 1)


print("ping: end, pong has", sorted(k for k in dir(pong) if not k.startswith("__")))
