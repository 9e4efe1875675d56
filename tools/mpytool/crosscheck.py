#!/usr/bin/env python3
"""Cross-checks `mpytool dis` and `mpytool info` against stock MicroPython's mpy-tool.py.

Both tools read the same .mpy files; this script compares, raw code by raw code, the prelude
fields, argument names, children, every instruction (its bytes, mnemonic and operand: qstrs,
constants, small ints, counts and jump targets) and the machine-code bytes of native code, and
the qstr and object tables. It is how the expected listings in tests/golden/mpy were reviewed.

usage: crosscheck.py --mpy-tool PATH/TO/mpy-tool.py --mpytool PATH/TO/mpytool FILE.mpy...
Exit status 0 when everything agrees; otherwise the differences are listed and it exits 1.
"""

import argparse
import ast
import re
import subprocess
import sys

# mpy-tool.py -d: "  16:03       STORE_NAME x"
THEIR_INSN = re.compile(r"^  ([0-9a-f]{2}(?::[0-9a-f]{2})*)\s+([A-Z_]+) ?(.*?)\s*$")
# mpytool dis: "     3 >>     12  44 51           POP_JUMP_IF_FALSE -> 31"
OUR_INSN = re.compile(r"^[ 0-9]{6} (>>|  ) +(\d+)  ((?:[0-9a-f]{2} ?)+?) +([A-Z_]+)(.*)$")
OUR_RC = re.compile(r"^raw code (\d+): (.*) \((bytecode|native|viper|asm) at")

JUMPS = {"UNWIND_JUMP", "JUMP", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_FALSE", "JUMP_IF_TRUE_OR_POP",
         "JUMP_IF_FALSE_OR_POP", "SETUP_WITH", "SETUP_EXCEPT", "SETUP_FINALLY",
         "POP_EXCEPT_JUMP", "FOR_ITER"}
QSTR_OPS = {"LOAD_NAME", "LOAD_GLOBAL", "LOAD_ATTR", "LOAD_METHOD", "LOAD_SUPER_METHOD",
            "STORE_NAME", "STORE_GLOBAL", "STORE_ATTR", "DELETE_NAME", "DELETE_GLOBAL",
            "IMPORT_NAME", "IMPORT_FROM"}
PACKED_OPS = {"CALL_FUNCTION", "CALL_FUNCTION_VAR_KW", "CALL_METHOD", "CALL_METHOD_VAR_KW",
              "UNPACK_EX"}


def literal(text):
    """A Python value from one of our reprs (names are returned as they are)."""
    text = text.strip()
    if text == "Ellipsis":
        return ...
    for candidate in (text, re.sub(r"\bEllipsis\b", "...", text)):
        try:
            return ast.literal_eval(candidate)
        except (ValueError, SyntaxError):
            pass
    return text


def same(a, b):
    return type(a) is type(b) and repr(a) == repr(b)


def parse_theirs(text):
    """Raw codes of `mpy-tool.py -d`, in file order, plus the two tables."""
    # The qstr table is printed one entry per line without quoting, so an entry with a
    # newline spans two lines: keep the block as text and compare it whole.
    m = re.search(r"^qstr_table\[\d+\]:\n(.*?)^obj_table: ", text, re.S | re.M)
    qstrs = m.group(1) if m else ""
    codes, objs, cur = [], None, None
    for line in text.splitlines():
        if line.startswith("obj_table: "):
            body = line[len("obj_table: "):].replace("mp_fun_table", "'<native function table>'")
            objs = ast.literal_eval(body.replace("Ellipsis", "..."))
            continue
        if line.startswith("simple_name: "):
            cur = {"name": line[len("simple_name: "):], "insns": [], "hex": []}
            codes.append(cur)
        elif cur is None:
            continue
        elif line.startswith("  raw bytecode: "):
            cur["kind"] = "bytecode"
        elif line.startswith("  raw data: "):
            cur["kind"] = "native"
            cur["fun_len"] = int(line.split()[2])
        elif line.startswith("  prelude: "):
            cur["prelude"] = ast.literal_eval(line[len("  prelude: "):])
        elif line.startswith("  args: "):
            cur["args"] = ast.literal_eval(line[len("  args: "):])
        elif line.startswith("  children: "):
            body = line[len("  children: "):].strip("[]")
            cur["children"] = [c for c in body.split(", ") if c]
        elif re.match(r"^  [0-9a-f]{2}(:[0-9a-f]{2})*$", line) and cur.get("kind") == "native":
            cur["hex"] += line.split()[0].split(":")
        else:
            m = THEIR_INSN.match(line)
            if m and cur.get("kind") == "bytecode":
                cur["insns"].append((m.group(1).split(":"), m.group(2), m.group(3)))
    return codes, qstrs, objs


def parse_ours(dis, info):
    codes, cur, in_hex = [], None, None
    for line in dis.splitlines():
        m = OUR_RC.match(line)
        if m:
            cur = {"name": m.group(2), "kind": m.group(3), "insns": [], "hex": [], "args": []}
            codes.append(cur)
            continue
        if cur is None:
            continue
        m = OUR_INSN.match(line)
        if m:
            cur["insns"].append((int(m.group(2)), m.group(3).split(), m.group(4),
                                 m.group(5).strip()))
        elif line.startswith("  n_state "):
            m = re.match(r"  n_state (\d+), n_exc_stack (\d+), flags 0x([0-9a-f]+)", line)
            cur["state"] = (int(m.group(1)), int(m.group(2)), int(m.group(3), 16))
        elif line.startswith("  args: "):
            m = re.match(r"  args: (\d+) positional \((\d+) with default\), (\d+) keyword-only"
                         r"(?:: (.*))?$", line)
            cur["counts"] = (int(m.group(1)), int(m.group(3)), int(m.group(2)))
            cur["args"] = [str(literal(a)) for a in m.group(4).split(", ")] if m.group(4) else []
        elif line.startswith("  children: "):
            cur["children"] = [c.split(" ", 1)[1] for c in line[len("  children: "):].split(", ")]
        elif line.startswith("  machine code: "):
            in_hex = True
        elif line.startswith("  ") and not line.startswith("    "):
            in_hex = False
        elif in_hex and line.startswith("    "):
            cur["hex"] += line.split()[1:]
    qstrs, objs, section = [], [], None
    for line in info.splitlines():
        if line.startswith("qstr table:"):
            section = "qstr"
        elif line.startswith("object table:"):
            section = "obj"
        elif line.startswith("raw codes:"):
            section = None
        elif section and line.startswith("  "):
            body = line.split(": ", 1)[1]
            if section == "qstr":
                qstrs.append(ast.literal_eval(re.sub(r" \(static \d+\)$", "", body)))
            else:
                kind, value = body.split(" ", 1)
                objs.append(value if kind == "fun_table" else literal(value))
    return codes, qstrs, objs


def check_operand(errs, where, off, size, name, ours, theirs):
    if name in JUMPS:
        target = int(ours.split()[1].rstrip(","))
        rel = int(theirs)
        base = off + size - (1 if name == "UNWIND_JUMP" else 0)
        if base + rel != target:
            errs.append(f"{where}: {name} target {target}, theirs {base + rel}")
        return
    if name in QSTR_OPS:
        if str(literal(ours)) != theirs:
            errs.append(f"{where}: {name} operand {ours!r}, theirs {theirs!r}")
        return
    if name in PACKED_OPS:
        nums = [int(n) for n in re.findall(r"=(\d+)", ours)]
        if nums[0] | (nums[1] << 8) != int(theirs):
            errs.append(f"{where}: {name} operand {ours!r}, theirs {theirs!r}")
        return
    if name == "LOAD_CONST_OBJ":
        text = ours.split(" ", 1)[1]
        if text.endswith("..."):  # cut in the listing: compare what is shown
            ok = theirs.startswith(text[:-3])
        else:
            ok = same(literal(text), literal(theirs))
        if not ok:
            errs.append(f"{where}: {name} constant {ours!r}, theirs {theirs!r}")
        return
    if name == "LOAD_CONST_STRING":
        if literal(ours) != theirs:
            errs.append(f"{where}: {name} {ours!r}, theirs {theirs!r}")
        return
    # Everything else starts with the same number in both listings.
    if ours.split()[:1] != theirs.split()[:1]:
        errs.append(f"{where}: {name} operand {ours!r}, theirs {theirs!r}")


def crosscheck(path, mpy_tool, mpytool):
    theirs_text = subprocess.run([sys.executable, mpy_tool, "-d", path], check=True,
                                 capture_output=True, text=True).stdout
    dis = subprocess.run([mpytool, "dis", path], check=True, capture_output=True,
                         text=True).stdout
    info = subprocess.run([mpytool, "info", path], check=True, capture_output=True,
                          text=True).stdout
    theirs, t_qstrs, t_objs = parse_theirs(theirs_text)
    ours, o_qstrs, o_objs = parse_ours(dis, info)
    errs, n_insns = [], 0
    if "".join(f"    {q}\n" for q in o_qstrs) != t_qstrs:
        errs.append(f"qstr tables differ: {o_qstrs} / {t_qstrs!r}")
    if len(o_objs) != len(t_objs) or not all(same(a, b) for a, b in zip(o_objs, t_objs)):
        errs.append(f"object tables differ: {o_objs} / {t_objs}")
    if len(ours) != len(theirs):
        errs.append(f"{len(ours)} raw codes, theirs {len(theirs)}")
    for i, (o, t) in enumerate(zip(ours, theirs)):
        where = f"raw code {i} ({o['name']})"
        if o["kind"] in ("bytecode", "native") and o["name"] != t["name"]:
            errs.append(f"{where}: name differs from theirs {t['name']!r}")
        if o["kind"] == "bytecode" or o["kind"] == "native":
            p = t.get("prelude")
            if p and (o["state"][0], o["state"][1], o["state"][2]) != (p[0], p[1], p[2]):
                errs.append(f"{where}: state/flags {o['state']}, theirs {p}")
            if p and o["counts"] != (p[3], p[4], p[5]):
                errs.append(f"{where}: argument counts {o['counts']}, theirs {p[3:]}")
            if o["args"] != t.get("args", []):
                errs.append(f"{where}: argument names {o['args']}, theirs {t.get('args')}")
        if o["kind"] == "bytecode":
            ochildren = o.get("children", [])
            if t.get("children") is not None and len(ochildren) != len(t["children"]):
                errs.append(f"{where}: children {ochildren}, theirs {t['children']}")
            if len(o["insns"]) != len(t["insns"]):
                errs.append(f"{where}: {len(o['insns'])} instructions, theirs {len(t['insns'])}")
            for (off, obytes, oname, oarg), (tbytes, tname, targ) in zip(o["insns"], t["insns"]):
                n_insns += 1
                at = f"{where} offset {off}"
                if obytes != tbytes:
                    errs.append(f"{at}: bytes {obytes}, theirs {tbytes}")
                if oname != tname:
                    errs.append(f"{at}: {oname}, theirs {tname}")
                    continue
                if targ:
                    check_operand(errs, at, off, len(obytes), oname, oarg, targ)
        elif t.get("hex") and o["hex"] != t["hex"]:
            errs.append(f"{where}: machine code differs")
    return errs, n_insns, len(ours)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mpy-tool", required=True, help="stock tools/mpy-tool.py")
    ap.add_argument("--mpytool", required=True, help="our mpytool binary")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    bad = 0
    for path in args.files:
        errs, n_insns, n_codes = crosscheck(path, args.mpy_tool, args.mpytool)
        status = "ok" if not errs else f"{len(errs)} differences"
        print(f"{path}: {n_codes} raw codes, {n_insns} instructions compared: {status}")
        for e in errs[:40]:
            print("  " + e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
