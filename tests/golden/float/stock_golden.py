# Run by gen_golden.sh on stock MicroPython (unix port): reads the inputs gen_inputs.py wrote
# and prints what stock makes of them. Argument: the inputs' directory and the kind of output
# (repr, spec, percent, str, complex_repr, parse, complex).
import struct
import sys


def from_hex(h):
    return struct.unpack("<d", int(h, 16).to_bytes(8, "little"))[0]


def to_hex(x):
    return "%016x" % int.from_bytes(struct.pack("<d", x), "little")


def unescape(s):
    # the text whose UTF-8 bytes gen_inputs.py escaped
    out = bytearray()
    i = 0
    while i < len(s):
        if s[i] == "\\":
            out.append(int(s[i + 2 : i + 4], 16))
            i += 4
        else:
            out.append(ord(s[i]))
            i += 1
    return bytes(out).decode()


def lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")


def run_repr(d):
    for h in lines(d + "/values_repr.in"):
        x = from_hex(h)
        r = repr(x)
        assert r == str(x) and r == "{}".format(x)
        print(h + "\t" + r)


def run_spec(d):
    specs = list(lines(d + "/specs_format.in"))
    print("#\t" + "\t".join(specs))
    for h in lines(d + "/values_spec.in"):
        x = from_hex(h)
        outs = []
        for s in specs:
            try:
                outs.append(str(x) if s == "r" else ("{:" + s + "}").format(x))
            except ValueError as e:
                outs.append("ValueError: " + str(e))
        print(h + "\t" + "\t".join(outs))


def run_percent(d):
    specs = list(lines(d + "/specs_percent.in"))
    print("#\t" + "\t".join(specs))
    for h in lines(d + "/values_percent.in"):
        x = from_hex(h)
        outs = []
        for s in specs:
            n = s.count("*")
            outs.append(s % ((7,) * n + (x,)))
        print(h + "\t" + "\t".join(outs))


def run_str(d):
    specs = list(lines(d + "/specs_str.in"))
    print("#\t" + "\t".join(specs))
    for a in lines(d + "/str_args.in"):
        outs = []
        for s in specs:
            try:
                outs.append(("{:" + s + "}").format(unescape(a)))
            except ValueError as e:
                outs.append("ValueError: " + str(e))
        print(a + "\t" + "\t".join(outs))


def run_complex_repr(d):
    vals = [from_hex(h) for h in lines(d + "/values_percent.in")]
    pairs = [(vals[i], vals[i + 1]) for i in range(0, 300)]
    pairs += [(z, v) for z in (0.0, -0.0) for v in vals[:60]] + [(v, 0.0) for v in vals[:60]]
    for re, im in pairs:
        c = complex(re, im)  # stock adds im to 0.0 here: complex(0.0, -0.0).imag is 0.0
        assert repr(c) == str(c)
        print(to_hex(c.real) + " " + to_hex(c.imag) + "\t" + repr(c))


def run_parse(d):
    for s in lines(d + "/parse.in"):
        try:
            r = to_hex(float(unescape(s)))
        except ValueError as e:
            r = "ValueError: " + str(e)
        print(s + "\t" + r)


def run_complex(d):
    for s in lines(d + "/complex.in"):
        try:
            c = complex(unescape(s))
            r = to_hex(c.real) + " " + to_hex(c.imag)
        except ValueError as e:
            r = "ValueError: " + str(e)
        print(s + "\t" + r)


{"repr": run_repr, "spec": run_spec, "percent": run_percent, "str": run_str,
 "complex_repr": run_complex_repr, "parse": run_parse, "complex": run_complex}[sys.argv[2]](sys.argv[1])
