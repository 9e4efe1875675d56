# try/except/finally nesting, exception names, break and continue through handlers, async with/for nesting.
import sys
try:
    import foo
except ImportError as e:
    foo = None
    del e
finally:
    pass
def f():
    try:
        return 1
    except Exception as exc:
        return exc
    else:
        pass
    finally:
        print("f")
def g():
    for x in y:
        with a:
            try:
                continue
            finally:
                break
    while 1:
        try:
            pass
        except:
            raise
def h():
    try:
        try:
            pass
        except A:
            pass
    except B as b:
        try:
            pass
        except C as c:
            pass
async def i():
    async with a:
        async with b as c:
            return c
    async for x in y:
        async for z in x:
            continue
        break
