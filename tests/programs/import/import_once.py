# A module body runs once however often it is imported: later imports (also under other names
# and through __import__) return the same module object from sys.modules; removing the entry
# from sys.modules makes the next import run the body again, giving a new module object.
import sys

import noisy
import noisy
import noisy as again

print(noisy is again, noisy.runs, "noisy" in sys.modules, sys.modules["noisy"] is noisy)


def later():
    import noisy

    return noisy


print(later() is noisy, __import__("noisy") is noisy)
noisy.VALUE.append(4)
from noisy import VALUE

print(VALUE)

old = noisy
del sys.modules["noisy"]
import noisy

print(noisy is old, noisy.VALUE, old.VALUE, noisy.runs)
import noisy as third

print(third is noisy)

for i in range(3):
    import noisy
print("loop imports done")
