# Import failures (helpers in import_errors_mods/): a missing module and a missing name raise
# ImportError (or a subclass), a module whose body raises passes the exception on and is not kept
# in sys.modules (so the next import runs it again), and fallbacks with try/except ImportError.
import sys

try:
    import no_such_module_abc
except ImportError as e:
    print("missing module:", isinstance(e, ImportError))

try:
    from fine import absent
except ImportError as e:
    print("missing name:", isinstance(e, ImportError))

for attempt in range(2):
    try:
        import explodes
    except ValueError as e:
        print("attempt", attempt, "ValueError", e.args, "explodes" in sys.modules)

try:
    import half.needs_missing
except ImportError:
    print("nested ImportError; package kept:", "half" in sys.modules, "half.needs_missing" in sys.modules)

try:
    import no_such_module_abc as fast
except ImportError:
    import fine as fast
print(fast.present, fast.__name__)

try:
    from fine import present, absent_too
except ImportError:
    print("partial from-import fails;", "present" in globals())

try:
    import fine.not_a_package
except ImportError:
    print("fine is not a package")

print("fine" in sys.modules, "no_such_module_abc" in sys.modules)
