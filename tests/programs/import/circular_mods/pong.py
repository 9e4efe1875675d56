print("pong: start")
import ping

# ping is in sys.modules but its body stopped at `import pong`: nothing after that exists yet.
print("pong: ping has ping()?", hasattr(ping, "ping"))


def pong(n):
    if n <= 0:
        return "pong done"
    return ping.ping(n - 1)


print("pong: end")
