# try/except/else/finally, with, break and continue through finally, raise forms, assert.


def handlers(x):
    try:
        x()
    except ValueError:
        pass
    except (TypeError, KeyError) as e:
        print(e)
    except Exception as e:
        raise RuntimeError("wrapped") from e
    else:
        print("else")
    finally:
        print("finally")


def loops(items, lock):
    for item in items:
        try:
            if item:
                break
            continue
        finally:
            print(item)
    while True:
        with lock:
            if items:
                break
            continue
    for a in items:
        for b in items:
            try:
                break
            finally:
                pass


def returns(x):
    try:
        return x
    finally:
        print("cleanup")


def nested_with(a, b):
    with a as x, b as y:
        return x, y


def reraise():
    try:
        pass
    except:
        raise


def raise_forms(e):
    assert e, "message"
    assert e
    if e:
        raise e
    raise ValueError


def except_star_like(x):
    try:
        try:
            x()
        finally:
            x()
    except OSError as err:
        return err
