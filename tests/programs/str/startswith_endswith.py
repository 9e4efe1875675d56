# startswith and endswith with single prefixes, tuples of them, and start/end positions.

s = "filename.tar.gz"
for p in ("file", "", "filename.tar.gz", "filename.tar.gz!", "name", "F"):
    print(repr(p), s.startswith(p), s.endswith(p))
for suf in (".gz", ".tar.gz", "gz", ".zip", ""):
    print(repr(suf), s.endswith(suf), s.startswith(suf))

# Tuples: true when any element matches.
print(s.startswith(("x", "fi")), s.startswith(("x", "y")), s.endswith((".zip", ".gz")), s.endswith(()))

# Positions.
print(s.startswith("name", 4), s.startswith("name", 5), s.startswith("file", 0, 3), s.startswith("file", 0, 4))
print(s.endswith("file", 0, 4), s.endswith(".tar", 0, -3), s.endswith("gz", -2), s.startswith("gz", -2))
print(s.startswith("", 15), s.startswith("", 3), s.endswith("", 3, 5))

# Dispatch on file types.
files = ["a.py", "b.mpy", "c.txt", "README", "d.PY", "e.tar.gz"]
for f in files:
    if f.endswith((".py", ".mpy")):
        kind = "python"
    elif f.endswith(".txt"):
        kind = "text"
    elif f.startswith("READ"):
        kind = "docs"
    else:
        kind = "other"
    print(f, kind)

# Non-ASCII prefixes.
print("€uro".startswith("€"), "naïve".endswith("ïve"), "ü".startswith(""))

# Wrong argument types.
for f in (lambda: s.startswith(1), lambda: s.endswith(["gz"])):
    try:
        print(f())
    except TypeError:
        print("TypeError")
