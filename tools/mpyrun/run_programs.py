#!/usr/bin/env python3
"""Runs the test programs through mpyc + mpyrun and compares their output with CPython's.

Usage: tools/mpyrun/run_programs.py MPYC MPYRUN [options] [PROGRAM.py ...]

Without PROGRAM arguments every program of tests/programs/list.sh --all runs. Each program is
compiled by MPYC in its own directory under its bare file name (as the golden .mpy files are),
helper modules in NAME_mods/ are compiled into a temporary copy that goes on MPYPATH, and the
.mpy runs on MPYRUN. Its stdout must equal NAME.py.exp when that file exists (MicroPython
differs from CPython on purpose), else what `python3 -BS NAME.py` prints (cwd = its directory,
PYTHONPATH = NAME_mods), computed at test time.

Options:
  --jobs N            programs run in parallel (default 2)
  --timeout S         seconds per program (default 20)
  --gc-stress         run mpyrun with -X gc-stress (collect at every allocation)
  --heapsize SIZE     mpyrun -X heapsize=SIZE
  --write-passing F   write the passing programs (paths relative to the repository) to F
  --require F         fail when a program listed in F (one path per line, # comments) fails
  --verbose           show the first differing line of each failure
Exit status: 0 when every required program passed (or, without --require, always 0 after the
count is printed), 1 otherwise, 2 on usage errors.
"""

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rel(path):
    return os.path.relpath(path, ROOT)


def compile_tree(mpyc, src_dir, dst_dir):
    """Copies src_dir to dst_dir, compiling every .py into a .mpy beside it (paths relative to
    src_dir, as mpy-cross run there would name them). Returns an error text or None."""
    for base, dirs, files in os.walk(src_dir):
        dirs.sort()
        out_base = os.path.join(dst_dir, os.path.relpath(base, src_dir))
        os.makedirs(out_base, exist_ok=True)
        for f in sorted(files):
            src = os.path.join(base, f)
            if f.endswith(".py"):
                name = os.path.relpath(src, src_dir)
                out = os.path.join(out_base, f[:-3] + ".mpy")
                r = subprocess.run([mpyc, "-o", out, name], cwd=src_dir, capture_output=True,
                                   text=True)
                if r.returncode != 0:
                    return f"mpyc failed on {name}: {r.stderr.strip()}"
            elif not f.endswith(".mpy"):
                shutil.copy(src, os.path.join(out_base, f))
    return None


def expected_output(py):
    exp = py + ".exp"
    if os.path.exists(exp):
        with open(exp, "rb") as f:
            return f.read()
    env = dict(os.environ)
    mods = py[:-3] + "_mods"
    env.pop("PYTHONPATH", None)
    if os.path.isdir(mods):
        env["PYTHONPATH"] = mods
    env["PYTHONHASHSEED"] = "0"
    r = subprocess.run([sys.executable, "-BS", os.path.basename(py)], cwd=os.path.dirname(py),
                       capture_output=True, env=env, timeout=60)
    return r.stdout


def run_one(args, py):
    """Returns (passed, detail)."""
    with tempfile.TemporaryDirectory() as tmp:
        mpy = os.path.join(tmp, os.path.basename(py)[:-3] + ".mpy")
        r = subprocess.run([args.mpyc, "-o", mpy, os.path.basename(py)], cwd=os.path.dirname(py),
                           capture_output=True, text=True)
        if r.returncode != 0:
            return False, "mpyc: " + (r.stderr.strip().splitlines() or ["exit %d" % r.returncode])[0]
        env = dict(os.environ)
        env.pop("MPYPATH", None)
        mods = py[:-3] + "_mods"
        if os.path.isdir(mods):
            out_mods = os.path.join(tmp, os.path.basename(mods))
            err = compile_tree(args.mpyc, mods, out_mods)
            if err:
                return False, err
            env["MPYPATH"] = out_mods
        cmd = [args.mpyrun]
        if args.gc_stress:
            cmd += ["-X", "gc-stress"]
        if args.heapsize:
            cmd += ["-X", "heapsize=" + args.heapsize]
        cmd.append(mpy)
        try:
            r = subprocess.run(cmd, cwd=os.path.dirname(py), capture_output=True, env=env,
                               timeout=args.timeout)
        except subprocess.TimeoutExpired:
            return False, "timeout"
        got = r.stdout
        try:
            want = expected_output(py)
        except subprocess.TimeoutExpired:
            return False, "CPython timed out"
        if got == want:
            return True, ""
        if r.returncode < 0 or r.returncode >= 2:
            detail = "mpyrun exit %d: %s" % (r.returncode,
                                            r.stderr.decode(errors="replace").strip()[-300:])
        else:
            gl, wl = got.decode(errors="replace").splitlines(), want.decode(errors="replace").splitlines()
            i = 0
            while i < len(gl) and i < len(wl) and gl[i] == wl[i]:
                i += 1
            g = gl[i] if i < len(gl) else "<end of output>"
            w = wl[i] if i < len(wl) else "<end of output>"
            err = r.stderr.decode(errors="replace").strip().splitlines()
            detail = "line %d: got %r, want %r" % (i + 1, g[:120], w[:120])
            if err:
                detail += " [stderr: %s]" % err[-1][:160]
        return False, detail


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument("mpyc")
    ap.add_argument("mpyrun")
    ap.add_argument("programs", nargs="*")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--gc-stress", action="store_true")
    ap.add_argument("--heapsize")
    ap.add_argument("--write-passing")
    ap.add_argument("--require")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_intermixed_args()
    args.mpyc = os.path.abspath(args.mpyc)
    args.mpyrun = os.path.abspath(args.mpyrun)
    programs = [os.path.abspath(p) for p in args.programs]
    if not programs:
        listing = subprocess.run([os.path.join(ROOT, "tests", "programs", "list.sh"), "--all"],
                                 capture_output=True, text=True, check=True)
        programs = listing.stdout.split()
    required = []
    if args.require:
        with open(args.require) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    required.append(line)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        results = dict(zip(programs, ex.map(lambda p: run_one(args, p), programs)))
    passing = sorted(rel(p) for p, (ok, _) in results.items() if ok)
    failing = sorted(rel(p) for p, (ok, _) in results.items() if not ok)
    if args.verbose:
        for p in sorted(results):
            ok, detail = results[p]
            if not ok:
                print(f"FAIL {rel(p)}: {detail}")
    if args.write_passing:
        with open(args.write_passing, "w") as f:
            f.write("# Programs that pass on mpyrun (tools/mpyrun/run_programs.py --write-passing);\n"
                    "# the programs_mpyrun tests fail when one of them fails. Only add lines.\n")
            f.write("".join(p + "\n" for p in passing))
    print(f"{len(passing)} passed, {len(failing)} failed, {len(results)} programs")
    missing = [p for p in required if p not in passing]
    if missing:
        for p in missing:
            detail = results.get(os.path.join(ROOT, p), (False, "not run (no such program)"))[1]
            print(f"REGRESSION {p}: {detail}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
