#!/usr/bin/env python3
"""Compiles every test program that has a golden .mpy (written by stock mpy-cross 1.29, see
tools/update_program_golden.sh) with mpyc and compares the bytes.

Usage: tools/check_program_golden.py MPYC [MPYTOOL]

Programs are compiled as the golden files were: in the program's directory, under the bare
file name, with the options of a `# mpy-cross: -OPTIONS` line; helper modules (NAME_mods/PATH.py)
in NAME_mods under PATH. For each difference the first
differing line of both disassemblies is shown (when MPYTOOL is given). Fails when any file
differs, when mpyc rejects a program stock accepted, or when a program has no golden file
while stock accepted it (a golden file missing for a new program: run the update script).
"""

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "tests", "programs")
GOLDEN = os.path.join(ROOT, "tests", "golden", "programs")


def options(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("# mpy-cross: -"):
                return line[len("# mpy-cross: "):].split()
    return []


def dis(mpytool, data, tmp):
    p = os.path.join(tmp, "d.mpy")
    with open(p, "wb") as f:
        f.write(data)
    r = subprocess.run([mpytool, "dis", p], capture_output=True, text=True)
    return r.stdout.splitlines()


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    mpyc = os.path.abspath(sys.argv[1])
    mpytool = os.path.abspath(sys.argv[2]) if len(sys.argv) == 3 else None
    listing = []
    for flag in ([], ["--mods"]):
        listing += subprocess.run([os.path.join(PROGRAMS, "list.sh"), *flag],
                                  capture_output=True, text=True, check=True).stdout.split()
    same = differ = missing = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.mpy")
        for py in listing:
            rel = os.path.relpath(py, PROGRAMS)
            gold = os.path.join(GOLDEN, rel[:-3] + ".mpy")
            if not os.path.exists(gold):
                missing += 1
                print(f"no golden file for {rel} (tools/update_program_golden.sh)")
                continue
            cwd, name = os.path.dirname(py), os.path.basename(py)
            if "_mods/" in py:  # a helper module: compiled in NAME_mods under its path there
                cwd = py[:py.rindex("_mods/") + 5]
                name = os.path.relpath(py, cwd)
            r = subprocess.run([mpyc, *options(py), "-o", out, name], cwd=cwd,
                               capture_output=True, text=True)
            if r.returncode != 0:
                differ += 1
                print(f"FAIL {rel}: mpyc exit {r.returncode}\n{r.stderr}")
                continue
            with open(out, "rb") as f:
                ours = f.read()
            with open(gold, "rb") as f:
                theirs = f.read()
            if ours == theirs:
                same += 1
                continue
            differ += 1
            print(f"FAIL {rel}: {len(ours)} bytes, stock wrote {len(theirs)}")
            if mpytool:
                a, b = dis(mpytool, theirs, tmp), dis(mpytool, ours, tmp)
                for i, (x, y) in enumerate(zip(a, b)):
                    if x != y:
                        print(f"  first difference at listing line {i + 1}:\n"
                              f"  stock: {x}\n  mpyc:  {y}")
                        break
    print(f"{same} identical, {differ} differ, {missing} without a golden file")
    return 0 if differ == 0 and missing == 0 and same > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
