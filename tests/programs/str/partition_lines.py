# partition, rpartition and splitlines.

for s in ("key=value", "key=", "=value", "novalue", "a=b=c", ""):
    print(repr(s), s.partition("="), s.rpartition("="))

print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "abc".partition("abc"), "abc".rpartition("c"))

# Parsing with partition.
url = "https://example.org:8080/path/to/page"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
name, _, port = host.rpartition(":")
print(scheme, name, port, "/" + path)

# splitlines with the different line endings.
text = "one\ntwo\r\nthree\rfour\n\nsix"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "\n\nx".splitlines(), "x".splitlines(True))
print("a\r\n\r\nb".splitlines(), "a\n\rb".splitlines())

# Line counting.
doc = """first
second

fourth
"""
print(len(doc.splitlines()), [len(ln) for ln in doc.splitlines()], doc.count("\n"))

# Errors.
for f in (lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(1)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
