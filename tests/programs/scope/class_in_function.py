# Classes defined inside functions: the class body sees the function's locals, methods close over
# them (seeing later rebinding), classes made in a loop each capturing their own values, and a
# class defined in a method. (A method's free name that the class body also assigns resolves
# differently in MicroPython: class_shadows_closure.py.)


def make(kind, size):
    label = kind.upper()

    class Thing:
        name = label
        area = size * size

        def describe(self):
            return "%s of %d (%s)" % (kind, size, label)

        def current_label(self):
            return label

    label = label + "!"
    return Thing


T = make("box", 3)
t = T()
print(T.name, T.area, t.describe(), t.current_label())


def classes_in_loop():
    classes = []
    for i in range(3):
        class K:
            index = i

            def get(self, j=i):
                return j

        classes.append(K)
    return [(k.index, k().get()) for k in classes]


print(classes_in_loop())


class Outer:
    def build(self, n):
        class Inner:
            size = n

            def twice(self):
                return n * 2

        return Inner


I = Outer().build(21)
print(I.size, I().twice(), I.__name__)


def class_body_reads_enclosing():
    y = "enclosing y"

    class C:
        first = y
        other = "class other"
        second = other

    return C.first, C.second


print(class_body_reads_enclosing())


def nested_functions_in_class_in_function():
    base = 10

    class Calc:
        def adder(self, k):
            def add(x):
                return x + k + base
            return add

    return Calc().adder(5)(1)


print(nested_functions_in_class_in_function())
