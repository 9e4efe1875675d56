# global statements: functions that rebind, augment and delete module names, a global declared
# for a name the module never defined, globals used in loops and nested functions, and reads
# that need no declaration.

counter = 0
config = {"level": 1}


def bump(n=1):
    global counter
    counter += n
    return counter


for _ in range(5):
    bump()
bump(10)
print(counter)


def read_only():
    return counter * 2, config["level"]


def mutate_without_global():
    config["level"] += 1


mutate_without_global()
print(read_only())


def create():
    global created, also_created
    created = "new"
    also_created = [created]


create()
print(created, also_created)


def remove():
    global created
    del created


remove()
print("created" in globals())


def loop_assign():
    global last
    for last in range(4):
        pass


loop_assign()
print(last)


def outer():
    def inner():
        global counter
        counter = -1

    inner()
    return counter


print(outer(), counter)


def declared_twice():
    global counter
    global counter
    counter = 99


declared_twice()
print(counter)


def global_in_branch(flag):
    if flag:
        global branch_value
    branch_value = flag


global_in_branch(True)
global_in_branch(False)
print(branch_value)


def shadow_then_global():
    total = "local"
    return total


total = "module"
print(shadow_then_global(), total)


def unpack_globals():
    global ga, gb
    ga, gb = 1, 2
    ga, gb = gb, ga


unpack_globals()
print(ga, gb)


def global_import():
    global kv
    kv = {k: v for k, v in zip("ab", (1, 2))}


global_import()
print(sorted(kv.items()))
