# Annotated assignments at module, class and function level, with and
# without a value, on names, attributes and subscripts.

count: int = 0
label: str
ratio: float = 0.5
table: dict = {}


class Point:
    x: int = 0
    y: int = 0
    name: str

    def __init__(self, x: int, y: int) -> None:
        self.x: int = x
        self.y = y
        total: int
        total = x + y
        self.total: "int" = total


def tally(items: list) -> int:
    seen: int = 0
    for item in items:
        seen += item
    result: int
    result = seen * 2
    return result


table["a"]: int = 1
p = Point(3, 4)
count: int = tally([1, 2, 3])
print(count, ratio, p.x, p.y, p.total, table["a"], Point.x)
