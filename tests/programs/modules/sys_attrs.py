# sys attributes whose values agree across implementations and hosts: byteorder, maxsize at least
# 2**31-1, implementation.name and version_info shapes, modules and path types, argv a list, and
# SystemExit from sys.exit with its code. (MicroPython's built-in modules are not in sys.modules.)
import sys

print(sys.byteorder, sys.maxsize >= 2**31 - 1, sys.maxsize + 1 > sys.maxsize)
print(sys.maxsize in (2**31 - 1, 2**63 - 1), type(sys.maxsize).__name__)
print(sys.implementation.name in ("micropython", "cpython"), type(sys.implementation.name).__name__)
print(isinstance(sys.implementation.version, tuple), len(sys.implementation.version) >= 3)
print(sys.version_info[0], sys.version_info >= (3, 4), tuple(sys.version_info)[:1], type(sys.version).__name__)
print(type(sys.modules).__name__, all(isinstance(k, str) for k in sys.modules))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
print(hasattr(sys.stdout, "write"), hasattr(sys, "exit"), callable(sys.exit))
n = sys.stdout.write("written directly\n")
print(n)

for code in (None, 0, 3, "message"):
    try:
        sys.exit(code) if code is not None else sys.exit()
    except SystemExit as e:
        print("SystemExit", repr(e.args), isinstance(e, BaseException), isinstance(e, Exception))
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised", e.args)

big = sys.maxsize
print(big // big, (big + 1) // 2 > 0, -big - 1 < 0)
