# str.format: automatic, numbered and keyword fields, repeated fields, escaped braces,
# conversions !s and !r, and errors for missing fields.

print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Bo", age=7), "{0} and {x}".format(1, x=2), "{x}{x}{x}".format(x="ab"))
print("{{}} {{{}}} {{0}}".format("in"), "{}".format(""), "no fields".format(1, 2), "{}{}".format(*"ab"))
print("{0!s} {1!r} {0!r:>6} {1!s:<6}|".format("q", "q"), "{!r}".format([1, "a"]), "{!s}".format(b"b"))
print("{}".format(None), "{}".format([1, (2,)]), "{}".format({"k": 1}), "{}".format(2 ** 80), "{}".format(-0.5))

# Arguments from sequences and dicts.
args = ("p", "q")
kw = {"a": 1, "b": 2}
print("{0}-{1}".format(*args), "{a}+{b}".format(**kw), "{0}{a}".format(*args, **kw))

# Fields with format specs taken from other arguments.
for width in (3, 6):
    print("[{:>{}}]".format("ab", width), "[{0:^{1}}]".format("ab", width), "[{v:<{w}}]".format(v="ab", w=width))
print("{:{}.{}f}".format(3.14159, 8, 2), "{0:{fill}>{w}}".format(7, fill="*", w=4))

# Objects with __str__, __repr__ and __format__.
class T:
    def __str__(self):
        return "T-str"

    def __repr__(self):
        return "T-repr"


print("{} {!r} {!s}".format(T(), T(), T()), "{}".format([T()]))

# The method can be stored and reused.
fmt = "({}, {})".format
print(fmt(1, 2), fmt("a", "b"), list(map("<{}>".format, range(3))))

# Errors.
def trial(f):
    try:
        print(f())
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__)


trial(lambda: "{1}".format(0))
trial(lambda: "{}{}".format(0))
trial(lambda: "{key}".format(other=1))
trial(lambda: "{}{0}".format(1, 2))
trial(lambda: "{0}{}".format(1, 2))
trial(lambda: "{!z}".format(1))
trial(lambda: "}".format())
