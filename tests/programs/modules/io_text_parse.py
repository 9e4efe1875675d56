# Reading structured text from io.StringIO line by line: a tiny INI-style parser with sections,
# comments and continuation of values, writing the result back out into another StringIO.
import io

SOURCE = """\
# settings file
[network]
host = example.org
port = 8080

[display]
; another comment
width = 320
height = 240
title = hello
  world
"""


def parse(stream):
    sections = {}
    current = None
    last_key = None
    for raw in stream:
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip()[0] in "#;":
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip()[1:-1], {})
            continue
        if line[0] == " " and last_key:
            current[last_key] += " " + line.strip()
            continue
        key, _, value = line.partition("=")
        last_key = key.strip()
        current[last_key] = value.strip()
    return sections


def write(sections, stream):
    for name in sorted(sections):
        stream.write("[%s]\n" % name)
        for key in sorted(sections[name]):
            stream.write("%s=%s\n" % (key, sections[name][key]))


conf = parse(io.StringIO(SOURCE))
for name in sorted(conf):
    print(name, sorted(conf[name].items()))
print(int(conf["network"]["port"]) + 1, int(conf["display"]["width"]) * int(conf["display"]["height"]))
out = io.StringIO()
write(conf, out)
print(out.getvalue(), end="")
print(parse(io.StringIO(out.getvalue())) == conf)
