# A method that reads a name of the enclosing function which its class body also assigns: CPython
# skips the class scope and closes over the function's variable; MicroPython's compiler stops at
# the class-level name and treats the method's name as global (NameError when there is none).
# It does so even when the class body assigns the name only after the method's def. The
# expected output is stock MicroPython's (NAME.py.exp). Names the class body does not assign
# are closed over in both.


def shadowed():
    value = "function value"

    class C:
        value = "class value"

        def method(self):
            return value

    try:
        return C().method()
    except NameError:
        return "NameError"


def not_shadowed():
    other = "function other"

    class C:
        value = "class value"

        def method(self):
            return other

    return C().method()


def class_assigns_after_method():
    value = "function value"

    class C:
        def method(self):
            return value

        value = "class value after the method"

    try:
        return C().method()
    except NameError:
        return "NameError"


def assigned_in_method_too():
    value = "function value"

    class C:
        value = "class value"

        def method(self):
            value = "method local"
            return value

    return C().method()


print(shadowed(), not_shadowed(), class_assigns_after_method(), assigned_in_method_too())
value = "global value"
print(shadowed(), not_shadowed())
