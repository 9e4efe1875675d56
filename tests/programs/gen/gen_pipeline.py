# Pipelines of generators: parsing, filtering, mapping and grouping stages chained together,
# each pulling from the previous one on demand, with the order in which stages run recorded.

log = []


def source(lines):
    for line in lines:
        log.append("read")
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.split("#")[0].strip()
        if line:
            yield line


def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()


def convert(pairs):
    for key, value in pairs:
        try:
            yield key, int(value)
        except ValueError:
            yield key, value


def group(pairs):
    current = None
    items = []
    for key, value in pairs:
        prefix = key.split(".")[0]
        if prefix != current and items:
            yield current, items
            items = []
        current = prefix
        items.append((key, value))
    if items:
        yield current, items


text = """
# settings
net.port = 80
net.host = example   # trailing comment
net.retries = x3

ui.width = 640
ui.height = 480
log.level = 2
"""
pipeline = group(convert(parse(strip_comments(source(text.split("\n"))))))
first = next(pipeline)
print(first, log.count("read"))
for name, items in pipeline:
    print(name, items)
print(log.count("read"))


def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total


def only_even(nums):
    return (n for n in nums if n % 2 == 0)


def scaled(nums, k):
    for n in nums:
        yield n * k


print(list(running_total(scaled(only_even(range(10)), 3))))


# A pipeline stage that is a coroutine receiving values with send.
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)


def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


sinks = [printer("A:"), printer("B:")]
for s in sinks:
    next(s)
b = broadcast(sinks)
next(b)
for item in ("x", 42):
    b.send(item)
b.close()
for s in sinks:
    s.close()
