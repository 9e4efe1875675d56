@a.b.c
@d(e)(f)
@g[0]
@(lambda f: f)
def f(): pass
