#!/usr/bin/env python3
"""Compares mpyc's .mpy output with stock mpy-cross's, byte for byte.

Usage: tools/compare_mpy.py --mpy-cross PATH [--mpyc PATH] [options] PATH...

Each PATH is a .py file or a directory (searched recursively for *.py). Every file is
compiled by both compilers, run in the file's directory with its base name, so that both
store the same source name. The summary line is `N identical, N differ` (plus files that
stock mpy-cross rejects). A program may carry a line `# mpy-cross: OPTIONS` with options
for both compilers. For each differing file the first difference is located in the
disassembly of both outputs (mpytool dis when built, else MicroPython's tools/mpy-tool.py
-d): the raw code, the offset and a few lines of context.

Options:
  --mpyc PATH        our compiler (default: build*/bin/mpyc next to this script, newest)
  --mpytool PATH     disassembler (default: mpytool next to mpyc)
  --mpy-tool-py PATH MicroPython's mpy-tool.py, used when mpytool is missing
  --jobs N           parallel compilations (default 1)
  --show N           show at most N differing files in detail (default 20)
  --context N        lines of disassembly shown around a difference (default 4)
  --list FILE        also write the names of differing files to FILE
  --quiet            only the summary line
  -X ARG / -O...     extra options passed to both compilers
"""

import argparse
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def default_mpyc():
    cands = glob.glob(os.path.join(ROOT, "build*", "bin", "mpyc"))
    cands = [c for c in cands if os.access(c, os.X_OK)]
    if not cands:
        return None
    return max(cands, key=os.path.getmtime)


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, _, names in os.walk(p):
                for n in sorted(names):
                    if n.endswith(".py"):
                        files.append(os.path.join(dirpath, n))
        elif p.endswith(".py") and os.path.isfile(p):
            files.append(p)
    return sorted(set(files))


def run(cmd, cwd, timeout=60):
    try:
        r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return -1, b"", b"timeout"
    except OSError as e:
        return -1, b"", str(e).encode()


def compile_both(args, path, tmp):
    d = os.path.dirname(os.path.abspath(path))
    base = os.path.basename(path)
    key = re.sub(r"[^A-Za-z0-9_.-]", "_", os.path.abspath(path))
    stock_out = os.path.join(tmp, key + ".stock.mpy")
    ours_out = os.path.join(tmp, key + ".mpyc.mpy")
    # A program may ask for options with a line `# mpy-cross: OPTIONS` (both compilers get them).
    own = []
    try:
        with open(path, "rb") as f:
            m = re.search(rb"^# mpy-cross: (.*)$", f.read(4096), re.M)
        if m:
            own = m.group(1).decode("utf-8", "replace").split()
    except OSError:
        pass
    rs, _, es = run([args.mpy_cross] + args.extra + own + ["-o", stock_out, base], d)
    ro, _, eo = run([args.mpyc] + args.extra + own + ["-o", ours_out, base], d)
    stock = open(stock_out, "rb").read() if rs == 0 and os.path.exists(stock_out) else None
    ours = open(ours_out, "rb").read() if ro == 0 and os.path.exists(ours_out) else None
    return path, stock, ours, es, eo, stock_out, ours_out


def disassemble(args, mpy_path):
    if args.mpytool:
        rc, out, err = run([args.mpytool, "dis", mpy_path], None)
        if rc == 0:
            return out.decode("utf-8", "replace").splitlines()
    if args.mpy_tool_py:
        rc, out, err = run([sys.executable, args.mpy_tool_py, "-d", mpy_path], None)
        if rc == 0:
            return out.decode("utf-8", "replace").splitlines()
    return None


def first_difference(args, stock_path, ours_path):
    """Text describing the first difference of the two disassemblies."""
    a = disassemble(args, stock_path)
    b = disassemble(args, ours_path)
    if a is not None and b is not None:
        # The listings name the file they read: not a difference.
        a = [l.replace(stock_path, "FILE") for l in a]
        b = [l.replace(ours_path, "FILE") for l in b]
    if a is None or b is None:
        return "  (no disassembler could read one of the files)"
    # Sizes and positions of raw codes follow from the first real difference: leave them out.
    def norm(lines):
        return [re.sub(r"\((bytecode|native code) at \d+, fun_data \d+ bytes", "(", l)
                for l in lines]
    sm = difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        # The raw code holding the difference: the last header at or before it.
        header = ""
        for k in range(i1, -1, -1):
            if k < len(a) and (a[k].startswith("raw code") or a[k].startswith("header")):
                header = a[k]
                break
        offset = ""
        for line in a[i1:i2] or b[j1:j2]:
            m = re.match(r"\s*(?:\d+\s+)?(\d+)\s+[0-9a-f]{2}", line)
            if m:
                offset = m.group(1)
                break
        out = ["  in %s%s" % (header.strip() or "the header",
                             (", offset %s" % offset) if offset else "")]
        lo = max(0, i1 - args.context)
        for line in a[lo:i1]:
            out.append("      " + line)
        for line in a[i1:min(i2, i1 + 2 * args.context)]:
            out.append("    - " + line)
        for line in b[j1:min(j2, j1 + 2 * args.context)]:
            out.append("    + " + line)
        return "\n".join(out)
    return "  (disassemblies agree; the bytes differ outside the listed fields)"


def byte_difference(a, b):
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return "  first differing byte %d (stock %d bytes, mpyc %d bytes)" % (i, len(a), len(b))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mpy-cross", required=True)
    ap.add_argument("--mpyc")
    ap.add_argument("--mpytool")
    ap.add_argument("--mpy-tool-py",
                    default="/work/ext/micropython/tools/mpy-tool.py")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--context", type=int, default=4)
    ap.add_argument("--list")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("-X", action="append", default=[])
    ap.add_argument("paths", nargs="+")
    args, unknown = ap.parse_known_args()
    args.mpy_cross = os.path.abspath(args.mpy_cross)
    args.extra = [u for u in unknown if re.match(r"^-O+\d?$", u)]
    for x in args.X:
        args.extra += ["-X", x]
    args.mpyc = os.path.abspath(args.mpyc) if args.mpyc else default_mpyc()
    if not args.mpyc:
        sys.exit("compare_mpy: no mpyc found; build it or pass --mpyc")
    if not args.mpytool:
        cand = os.path.join(os.path.dirname(args.mpyc), "mpytool")
        args.mpytool = cand if os.access(cand, os.X_OK) else None
    else:
        args.mpytool = os.path.abspath(args.mpytool)
    if args.mpy_tool_py and not os.path.exists(args.mpy_tool_py):
        args.mpy_tool_py = None

    files = collect(args.paths)
    if not files:
        sys.exit("compare_mpy: no .py files found")
    tmp = tempfile.mkdtemp(prefix="compare_mpy.")
    identical = differ = stock_rejects = both_reject = 0
    diffs = []
    try:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
            results = list(ex.map(lambda p: compile_both(args, p, tmp), files))
        for path, stock, ours, es, eo, sp, op in results:
            if stock is None:
                if ours is None:
                    both_reject += 1
                else:
                    stock_rejects += 1
                continue
            if ours is not None and ours == stock:
                identical += 1
                continue
            differ += 1
            if ours is None:
                msg = eo.decode("utf-8", "replace").strip().splitlines()
                detail = "  mpyc failed: " + (msg[0] if msg else "no message")
            else:
                detail = byte_difference(stock, ours)
                if len(diffs) < args.show and not args.quiet:
                    detail += "\n" + first_difference(args, sp, op)
            diffs.append((path, detail))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    if not args.quiet:
        for i, (path, detail) in enumerate(diffs):
            if i >= args.show:
                print("... and %d more differing files" % (len(diffs) - args.show))
                break
            print("%s:" % path)
            print(detail)
    if args.list:
        with open(args.list, "w") as f:
            for path, _ in diffs:
                f.write(path + "\n")
    extra = ""
    if stock_rejects:
        extra += ", %d rejected by mpy-cross only" % stock_rejects
    if both_reject:
        extra += ", %d rejected by both" % both_reject
    print("%d identical, %d differ%s" % (identical, differ, extra))
    return 0 if differ == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
