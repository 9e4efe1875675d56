# Names used inside f-string fields resolve like names in any other expression: locals,
# closures (cells), globals, builtins, comprehension variables, class bodies and lambdas.

g = "global"


def outer():
    cell = "cell"
    local = "local"

    def inner():
        return f"{cell}/{g}/{len(cell)}"

    lam = lambda v: f"{v}:{cell}:{local}"
    return f"{local}|{inner()}|{lam(1)}|{[f'{c}{i}' for i, c in enumerate(cell)]}"


print(outer())


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return f"count={n}"

    return bump


b = counter()
print(b(), b(), b())


class K:
    attr = "class-attr"
    label = f"{attr}!"

    def method(self):
        return f"{self.attr} {type(self).__name__} {K.label}"


print(K.label, K().method())

# Comprehension and generator variables.
print([f"{x}-{y}" for x in "ab" for y in range(2)], list(f"<{c}>" for c in "xy"), sorted({f"{k}": k * 2 for k in range(2)}.items()))

# Builtins and globals shadowed by locals.
def shadow():
    len = "not-len"
    return f"{len} {g}"


print(shadow(), f"{len('four')}")

# Fields that call functions with side effects run once each, left to right.
log = []


def tag(t):
    log.append(t)
    return t


print(f"{tag('a')}{tag('b')}{tag('c'):>3}{tag('d')!r}", log)

# f-strings as default arguments and in loops.
def greet(name, msg=f"hello from {g}"):
    return f"{msg}, {name}"


print(greet("x"), greet("y", msg=f"{'hi'}"))
lines = []
for i in range(3):
    lines.append(f"{i}:{'even' if i % 2 == 0 else 'odd'}")
print(lines)
