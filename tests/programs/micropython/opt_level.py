# MicroPython only: micropython.opt_level() reads and sets the optimisation level of the
# compiler inside the running MicroPython (it applies to code compiled by exec/eval, not to the
# program itself): level 0 keeps assert statements and __debug__ is True, level 1 and up drop
# asserts and make __debug__ False. Output from stock MicroPython.
import micropython

print(micropython.opt_level())
print(__debug__)

CODE = "assert False, 'assert kept'\nresult = 'assert skipped'"
for level in (0, 1, 2, 3, 0):
    micropython.opt_level(level)
    ns = {}
    try:
        exec(CODE, ns)
        outcome = ns["result"]
    except AssertionError as e:
        outcome = "AssertionError " + e.args[0]
    print(level, micropython.opt_level(), outcome, eval("__debug__"))

micropython.opt_level(0)
print(micropython.opt_level())
