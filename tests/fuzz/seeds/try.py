try:
    risky()
except (ValueError, TypeError) as e:
    handle(e)
except Exception:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()

with open("f") as f, open("g") as g:
    data = f.read()

with (a as b, c as d):
    pass
