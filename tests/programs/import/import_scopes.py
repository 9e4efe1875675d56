# Where imports bind (helpers in import_scopes_mods/): inside functions they bind locals, with
# `global` they bind module globals, inside class bodies class attributes, in conditionals only
# when run; deferred imports load a module on first use.


def local_import():
    import fast_impl

    return fast_impl.KIND, "fast_impl" in globals()


print(local_import())


def global_import():
    global fast_impl
    import fast_impl


global_import()
print("fast_impl" in globals(), fast_impl.work(21))


class Holder:
    import fast_impl as impl

    kind = impl.KIND


print(Holder.kind, Holder.impl.work(4), Holder().impl is fast_impl)

USE_FALLBACK = False
if USE_FALLBACK:
    import missing_module_qq as backend
else:
    import fast_impl as backend
print(backend.KIND)


def get_lazy():
    import lazy_mod

    return lazy_mod.VALUE


print("before lazy use")
print(get_lazy(), get_lazy())


def shadow():
    fast_impl = "local string"
    import lazy_mod as fast_impl

    return fast_impl.VALUE


print(shadow(), fast_impl.KIND)


def nested():
    def inner():
        from fast_impl import work

        return work

    return inner()(5)


print(nested())
