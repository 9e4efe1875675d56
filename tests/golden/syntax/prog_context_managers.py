# Context managers that record, suppress and transform exceptions, used
# nested and in sequence.


class Recorder:
    depth = 0

    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        Recorder.depth += 1
        print("  " * Recorder.depth + "enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        status = kind.__name__ if kind else "clean"
        print("  " * Recorder.depth + "exit", self.name, status)
        Recorder.depth -= 1
        return kind is not None and issubclass(kind, self.suppress)


def work(fail_with=None):
    with Recorder("outer", suppress=(KeyError,)) as outer:
        with Recorder("inner") as inner:
            print("    body", outer, inner)
            if fail_with:
                raise fail_with("boom")
    return "finished"


print(work())
print(work(KeyError))
try:
    work(ValueError)
except ValueError:
    print("ValueError escaped")
with Recorder("a") as a, Recorder("b") as b, Recorder("c"):
    print("    three managers", a, b)
