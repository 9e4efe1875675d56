#!/usr/bin/env python3
"""Tests of the mpyc command line: what a user sees (exit status, messages, files written).

Usage: test_cli.py MPYC MPYTOOL CASE

Each CASE is one CTest test (tests/CMakeLists.txt). A case runs in a fresh temporary
directory and fails with a message naming what differed. The golden .mpy files in
tests/cli/golden were written by stock mpy-cross 1.29 (tests/cli/golden/stock.txt lists the
flags of each); dump.expected is mpyc's own listing format, reviewed by eye.
"""

import os
import pty
import re
import select
import shutil
import stat
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")
MPYC = MPYTOOL = None

PROGRAM = b"x = 1\ndef f(a):\n    return a + 1\nprint(f(x))\n"
SYNTAX_ERROR = b"x = 1\ny = (2\n"


class Failure(Exception):
    pass


def check(cond, what, *details):
    if not cond:
        raise Failure("\n".join([what] + [str(d) for d in details]))


def run(args, cwd=None, stdin=b"", umask=None):
    """Runs mpyc with args; returns (status, stdout bytes, stderr text)."""
    def pre():
        if umask is not None:
            os.umask(umask)
    r = subprocess.run([MPYC] + args, cwd=cwd, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, preexec_fn=pre, timeout=120)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def write(path, data):
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def stored_name(mpy_path):
    """Entry 0 of the qstr table (the source name), as mpytool info shows it."""
    r = subprocess.run([MPYTOOL, "info", mpy_path], stdout=subprocess.PIPE, check=True)
    m = re.search(r"^  0: '(.*)'", r.stdout.decode(), re.M)
    check(m, "no qstr 0 in mpytool info of %s" % mpy_path, r.stdout.decode())
    return m.group(1)


def leftovers(d):
    """Temporary files mpyc left anywhere below d."""
    return [os.path.join(p, n) for p, _, names in os.walk(d) for n in names
            if n.startswith(".mpyc-")]


def expect_usage_error(args, status, message, cwd):
    s, out, err = run(args, cwd)
    check(s == status, "%s: exit %d, want %d" % (args, s, status), err)
    check(err.startswith("mpyc: error: " + message), "%s: message" % args,
          "got:  " + err, "want: mpyc: error: " + message + "...")
    check(out == b"", "%s: nothing on stdout" % args, out)


# ---------------------------------------------------------------------------------------------

def case_usage(d):
    write(os.path.join(d, "t.py"), PROGRAM)
    # One input: mpy-cross's status 1 for every usage error.
    expect_usage_error(["-Q", "t.py"], 1, "unknown option '-Q'", d)
    expect_usage_error(["-vv", "t.py"], 1, "unknown option '-vv'", d)
    expect_usage_error([], 1, "no input file", d)
    expect_usage_error(["t.py", "-o"], 1, "option '-o' needs a value", d)
    expect_usage_error(["-s"], 1, "option '-s' needs a value", d)
    expect_usage_error(["t.py", "-X"], 1, "option '-X' needs a value", d)
    expect_usage_error(["-X", "frob", "t.py"], 1, "unknown -X option 'frob'", d)
    expect_usage_error(["-X", "heapsize=0", "t.py"], 1, "invalid heap size '0'", d)
    expect_usage_error(["-X", "heapsize=-5", "t.py"], 1, "invalid heap size '-5'", d)
    expect_usage_error(["-X", "heapsize=12q", "t.py"], 1, "invalid heap size '12q'", d)
    expect_usage_error(["-march=z80", "t.py"], 1, "unknown architecture 'z80'", d)
    expect_usage_error(["-march=x64", "-march-flags=zba", "t.py"], 1,
                       "unrecognised arch flags 'zba'", d)
    expect_usage_error(["-march=rv32imc", "-march-flags=4", "t.py"], 1,
                       "unrecognised arch flags '4'", d)
    expect_usage_error(["-march=rv32imc", "-march-flags=zbb", "t.py"], 1,
                       "unrecognised arch flags 'zbb'", d)
    expect_usage_error(["-msmall-int-bits=x", "t.py"], 1, "invalid small-int width 'x'", d)
    expect_usage_error(["-msmall-int-bits=64", "t.py"], 1, "invalid small-int width '64'", d)
    expect_usage_error(["--dump=bytecode", "-o", "x.mpy", "t.py"], 1,
                       "-o and --out-dir apply only when compiling", d)
    # Several inputs: batch mode's status 2.
    expect_usage_error(["-o", "x.mpy", "t.py", "t.py"], 2, "-o takes one input file", d)
    expect_usage_error(["-Q", "t.py", "t.py"], 2, "unknown option '-Q'", d)
    expect_usage_error(["-s", "n.py", "t.py", "t.py"], 2, "-s names the source of one input", d)
    expect_usage_error(["--dump=ast", "t.py", "t.py"], 2, "--dump takes exactly one input", d)
    expect_usage_error(["t.py", "-"], 2, "standard input ('-') cannot be one of several", d)
    check(not os.path.exists(os.path.join(d, "t.mpy")), "usage errors wrote t.mpy")
    # What mpy-cross accepts, mpyc accepts: -v, -O spellings, heap sizes, flags without -march.
    for args in (["-v"], ["-v", "-v"], ["-O"], ["-OOO"], ["-O2"], ["-Ofast"], ["-O3x"],
                 ["-X", "heapsize=1m"], ["-X", "heapsize=2wk"], ["-X", "heapsize=0x10000"],
                 ["-X", "emit=bytecode"], ["-march-flags=anything"], ["-march=host"],
                 ["-march=debug"], ["-X", "source-lines"], ["-msmall-int-bits=0x10"]):
        s, out, err = run(args + ["t.py"], d)
        check(s == 0 and err == "", "%s: want success" % args, err)
    s, out, err = run(["--", "t.py"], d)
    check(s == 0, "-- then a file", err)


def case_help_version(d):
    for opt in ("-h", "--help"):
        s, out, err = run([opt], d)
        check(s == 0 and out.startswith(b"usage: mpyc ") and err == "", opt + " prints usage")
        check(b" -o FILE" in out and b"--out-dir" in out, opt + " lists -o and --out-dir")
    s, out, err = run(["--version"], d)
    check(s == 0, "--version exit 0")
    line = out.decode()
    # MicroPython's mpy_cross package and makemanifest parse this text.
    check(re.search(r"mpy-cross emitting mpy v6\.3\b", line), "--version names mpy v6.3", line)
    check(line.startswith("mpyc ") and line.endswith("\n") and line.count("\n") == 1,
          "--version is one line starting 'mpyc '", line)


def case_default_output(d):
    write(os.path.join(d, "t.py"), PROGRAM)
    write(os.path.join(d, "sub", "m.py"), PROGRAM)
    write(os.path.join(d, "noext"), PROGRAM)
    write(os.path.join(d, "v1.2.txt"), PROGRAM)
    for inp, out in (("t.py", "t.mpy"), ("sub/m.py", "sub/m.mpy"), ("noext", "noext.mpy"),
                     ("v1.2.txt", "v1.2.txt.mpy")):
        s, o, err = run([inp], d)
        check(s == 0 and err == "" and o == b"", "compile %s" % inp, err)
        check(os.path.isfile(os.path.join(d, out)), "%s: want output %s" % (inp, out),
              os.listdir(d))
        check(read(os.path.join(d, out)).startswith(b"M\x06"), "%s is a .mpy" % out)
    check(stored_name(os.path.join(d, "sub", "m.mpy")) == "sub/m.py", "stored name as given")


def case_output_option(d):
    write(os.path.join(d, "t.py"), PROGRAM)
    s, out, err = run(["-o", "out/x.bin", "t.py"], d)
    check(s == 1 and "out/x.bin" in err, "-o into a missing directory fails (as mpy-cross)", err)
    os.mkdir(os.path.join(d, "out"))
    s, out, err = run(["t.py", "-o", "out/x.bin"], d)
    check(s == 0 and err == "", "-o after the input", err)
    data = read(os.path.join(d, "out", "x.bin"))
    check(not os.path.exists(os.path.join(d, "t.mpy")), "-o: no default output")
    s, out, err = run(["-o", "-", "t.py"], d)
    check(s == 0 and out == data, "-o - writes the same bytes to stdout")
    s, out, err = run(["-o", "/dev/null", "t.py"], d)
    check(s == 0 and stat.S_ISCHR(os.stat("/dev/null").st_mode), "-o /dev/null stays a device")
    # A symbolic link is followed: its target is replaced, the link stays.
    write(os.path.join(d, "real.mpy"), b"old")
    os.symlink("real.mpy", os.path.join(d, "link.mpy"))
    s, out, err = run(["-o", "link.mpy", "t.py"], d)
    check(s == 0 and os.path.islink(os.path.join(d, "link.mpy")), "link kept", err)
    check(read(os.path.join(d, "real.mpy")) == data, "link target replaced")


def case_rewrite(d):
    """An output that already holds the new bytes is only touched; one that differs is replaced."""
    write(os.path.join(d, "t.py"), PROGRAM)
    out = os.path.join(d, "t.mpy")
    check(run(["t.py"], d)[0] == 0, "first compile")
    data = read(out)
    os.utime(out, (1000000000, 1000000000))
    ino = os.stat(out).st_ino
    s, _, err = run(["t.py"], d)
    st = os.stat(out)
    check(s == 0 and read(out) == data, "recompile", err)
    check(st.st_mtime > 1000000000 + 86400, "unchanged output: modification time set to now")
    check(st.st_ino == ino, "unchanged output: file kept, not replaced")
    # Same size, other bytes: replaced.
    write(out, bytes(len(data)))
    s, _, err = run(["t.py"], d)
    check(s == 0 and read(out) == data, "same size, other bytes: rewritten", err)
    write(out, data + b"x")
    s, _, err = run(["t.py"], d)
    check(s == 0 and read(out) == data, "longer old file: rewritten", err)
    check(leftovers(d) == [], "temporary files left", leftovers(d))


def case_source_name(d):
    write(os.path.join(d, "t.py"), PROGRAM)
    s, out, err = run(["-s", "lib/name.py", "t.py"], d)
    check(s == 0, "-s", err)
    check(stored_name(os.path.join(d, "t.mpy")) == "lib/name.py", "-s is stored")
    s, out, err = run(["-s", "a\\b.py", "t.py"], d)
    check(stored_name(os.path.join(d, "t.mpy")) == "a/b.py", "-s: backslashes become slashes")
    # Diagnostics keep naming the input file.
    write(os.path.join(d, "bad.py"), SYNTAX_ERROR)
    s, out, err = run(["-s", "other.py", "bad.py"], d)
    check(s == 1 and err.startswith("bad.py:2:5: error: "), "-s: errors name the input", err)


def case_stdin(d):
    s, out, err = run(["-"], d, stdin=PROGRAM)
    check(s == 0 and err == "" and out.startswith(b"M\x06"), "'-' writes to stdout", err)
    check(os.listdir(d) == [], "'-' writes no file", os.listdir(d))
    golden = read(os.path.join(GOLDEN, "stdin.mpy"))
    s, out, err = run(["-"], d, stdin=read(os.path.join(GOLDEN, "march.py")))
    check(out == golden, "stdin: bytes of stock mpy-cross (source name '<stdin>')")
    s, out, err = run(["-o", "in.mpy", "-"], d, stdin=PROGRAM)
    check(s == 0 and out == b"" and stored_name(os.path.join(d, "in.mpy")) == "<stdin>",
          "-o FILE -", err)
    s, out, err = run(["-"], d, stdin=SYNTAX_ERROR)
    check(s == 1 and out == b"" and err.startswith("<stdin>:2:5: error: "), "stdin error", err)


def case_stock_golden(d):
    """Byte identity with the files stock mpy-cross wrote (golden/stock.txt)."""
    n = 0
    with open(os.path.join(GOLDEN, "stock.txt")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            words = line.split()
            out = os.path.join(d, words[0])
            s, _, err = run(words[1:] + ["-o", out, "march.py"], GOLDEN)
            check(s == 0, "%s: mpyc failed" % line.strip(), err)
            want = read(os.path.join(GOLDEN, words[0]))
            got = read(out)
            check(got == want, "%s: bytes differ from stock mpy-cross" % line.strip(),
                  "want %s..." % want[:16].hex(), "got  %s..." % got[:16].hex())
            n += 1
    check(n >= 10, "golden table too short")


def case_failed_compile(d):
    write(os.path.join(d, "t.py"), SYNTAX_ERROR)
    s, out, err = run(["t.py"], d)
    check(s == 1, "syntax error: exit 1", err)
    check(err.startswith("t.py:2:5: error: ") and "\ny = (2\n    ^" in err,
          "located error with source line and caret", err)
    check(sorted(os.listdir(d)) == ["t.py"], "no output after a failed compile", os.listdir(d))
    write(os.path.join(d, "t.mpy"), b"previous")
    s, out, err = run(["t.py"], d)
    check(s == 1 and read(os.path.join(d, "t.mpy")) == b"previous", "old output kept")
    write(os.path.join(d, "b.py"), b"for i in x:\n    pass\nbreak\n")
    s, out, err = run(["b.py"], d)
    check(s == 1 and re.match(r"b\.py:3:1: error: 'break' outside loop\n", err),
          "compile-time error: located, exit 1", err)
    check(not os.path.exists(os.path.join(d, "b.mpy")), "no output after a compile error")
    check(leftovers(d) == [], "temporary files left", leftovers(d))


def case_unwritable(d):
    write(os.path.join(d, "t.py"), PROGRAM)
    write(os.path.join(d, "afile"), b"")
    s, out, err = run(["-o", "afile/x.mpy", "t.py"], d)
    check(s == 1 and err.startswith("mpyc: error: ") and "afile/x.mpy" in err,
          "output under a regular file: exit 1 and a message", err)
    os.mkdir(os.path.join(d, "adir"))
    s, out, err = run(["-o", "adir", "t.py"], d)
    check(s == 1 and "Is a directory" in err, "output is a directory", err)
    if os.geteuid() != 0:  # root writes anywhere
        os.mkdir(os.path.join(d, "ro"))
        os.chmod(os.path.join(d, "ro"), 0o555)
        s, out, err = run(["-o", "ro/x.mpy", "t.py"], d)
        os.chmod(os.path.join(d, "ro"), 0o755)
        check(s == 1 and "ro/x.mpy" in err, "read-only directory", err)
    check(leftovers(d) == [], "temporary files left", leftovers(d))
    s, out, err = run(["missing.py"], d)
    check(s == 1 and err.startswith("missing.py: error: cannot read file"), "missing input", err)


def case_file_mode(d):
    write(os.path.join(d, "t.py"), PROGRAM)
    for mask in (0o022, 0o027, 0o002):
        os.makedirs(os.path.join(d, "m%o" % mask))
        out = os.path.join("m%o" % mask, "t.mpy")
        s, _, err = run(["-o", out, "t.py"], d, umask=mask)
        check(s == 0 and os.path.isfile(os.path.join(d, out)), "umask %03o: no output" % mask,
              err)
        mode = stat.S_IMODE(os.stat(os.path.join(d, out)).st_mode)
        check(s == 0 and mode == 0o644 & ~mask,
              "umask %03o: mode %03o, want %03o" % (mask, mode, 0o644 & ~mask), err)
    os.chmod(os.path.join(d, "m22", "t.mpy"), 0o600)
    run(["-o", os.path.join("m22", "t.mpy"), "t.py"], d)
    mode = stat.S_IMODE(os.stat(os.path.join(d, "m22", "t.mpy")).st_mode)
    check(mode == 0o600, "an existing output keeps its mode (%03o)" % mode)


def case_batch(d):
    write(os.path.join(d, "a.py"), PROGRAM)
    write(os.path.join(d, "b.py"), SYNTAX_ERROR)
    write(os.path.join(d, "sub", "c.py"), PROGRAM)
    s, out, err = run(["a.py", "b.py", "sub/c.py"], d)
    check(s == 1, "batch with an error: exit 1", err)
    check(os.path.isfile(os.path.join(d, "a.mpy")) and
          os.path.isfile(os.path.join(d, "sub", "c.mpy")), "outputs next to the inputs")
    check(not os.path.exists(os.path.join(d, "b.mpy")), "no output for the failed file")
    check("b.py:2:5: error: " in err, "the error is reported", err)
    summary = err.strip().splitlines()[-1]
    check(re.fullmatch(r"mpyc: 3 files, 2 compiled, 1 failed, \d+\.\d\d MiB in \d+\.\d\d s",
                       summary), "summary line", summary)
    check(run(["a.py", "sub/c.py"], d)[0] == 0, "batch without errors: exit 0")
    s, out, err = run(["-q", "a.py", "b.py"], d)
    check(s == 1 and "files," not in err, "-q: no summary", err)
    s, out, err = run(["a.py", "missing.py", "b.py"], d)
    check(s == 2 and "missing.py: error: cannot read file" in err, "unreadable input: exit 2",
          err)
    check(re.search(r"3 files, 1 compiled, 2 failed", err), "the others still compile", err)
    s, out, err = run(["--syntax-only", "a.py", "b.py"], d)
    check(s == 1 and "files," not in err, "--syntax-only: several files, no summary", err)
    s, out, err = run(["a.py", "./a.py"], d)
    check(s == 2 and "both write 'a.mpy'" in err, "two inputs for one output", err)


def case_out_dir(d):
    work = os.path.join(d, "work")
    write(os.path.join(work, "a.py"), PROGRAM)
    write(os.path.join(work, "pkg", "b.py"), PROGRAM)
    write(os.path.join(d, "outside", "c.py"), PROGRAM)
    write(os.path.join(work, "pkg", "d.py"), PROGRAM)
    abs_d = os.path.join(work, "pkg", "d.py")
    s, out, err = run(["--out-dir", "build/o", "a.py", "pkg/b.py", "../outside/c.py", abs_d],
                      work)
    check(s == 0, "--out-dir", err)
    want = ["build/o/a.mpy", "build/o/outside/c.mpy", "build/o/pkg/b.mpy", "build/o/pkg/d.mpy"]
    got = sorted(os.path.relpath(os.path.join(p, n), work)
                 for p, _, names in os.walk(os.path.join(work, "build")) for n in names)
    check(got == want, "--out-dir tree", got)
    check(stored_name(os.path.join(work, "build/o/pkg/b.mpy")) == "pkg/b.py", "stored name")
    check(stored_name(os.path.join(work, "build/o/pkg/d.mpy")) == "pkg/d.py",
          "absolute input below the current directory: stored relative")
    outside_abs = os.path.join(d, "outside", "c.py")
    s, out, err = run(["--out-dir", "o5", outside_abs, "a.py"], work)
    want = os.path.join(work, "o5", outside_abs.lstrip("/")[:-3] + ".mpy")
    check(s == 0 and os.path.isfile(want), "absolute input outside: leading '/' dropped", err,
          [os.path.join(p, n) for p, _, ns in os.walk(os.path.join(work, "o5")) for n in ns])
    check(stored_name(want) == "c.py", "absolute input outside: base name stored")
    s, out, err = run(["--out-dir", "n1//n2/n3/", "pkg/b.py"], work)
    check(s == 0 and os.path.isfile(os.path.join(work, "n1", "n2", "n3", "pkg", "b.mpy")),
          "--out-dir: missing directories created", err)
    s, out, err = run(["--out-dir", "a.py/sub", "pkg/b.py"], work)
    check(s == 1 and "Not a directory" in err, "--out-dir under a file", err)
    s, out, err = run(["--out-dir=o2", "a.py"], work)
    check(s == 0 and os.path.isfile(os.path.join(work, "o2", "a.mpy")), "--out-dir=DIR", err)
    s, out, err = run(["--out-dir", "o3", "../outside/c.py", "outside/c.py"], work)
    check(s == 2 and "both write 'o3/outside/c.mpy'" in err, "flattened names collide", err)
    s, out, err = run(["-o", "x.mpy", "--out-dir", "o4", "a.py"], work)
    check(s == 1 and "cannot be used together" in err, "-o with --out-dir", err)


def case_listfile(d):
    write(os.path.join(d, "a.py"), PROGRAM)
    write(os.path.join(d, "sp ace", "b.py"), PROGRAM)
    write(os.path.join(d, "list.txt"), b"a.py\r\n\nsp ace/b.py\n")
    s, out, err = run(["--out-dir", "o", "@list.txt"], d)
    check(s == 0, "@LISTFILE", err)
    check(os.path.isfile(os.path.join(d, "o", "a.mpy")) and
          os.path.isfile(os.path.join(d, "o", "sp ace", "b.mpy")), "outputs of the list")
    check("2 files, 2 compiled, 0 failed" in err, "summary counts the listed files", err)
    write(os.path.join(d, "stdin.txt"), b"a.py\n-\n")
    s, out, err = run(["@stdin.txt"], d)
    check(s == 2 and "standard input ('-') cannot be one of several" in err, "'-' in a list", err)
    s, out, err = run(["@nolist.txt"], d)
    check(s == 2 and "cannot read list file 'nolist.txt'" in err, "missing list: exit 2", err)
    # After "--", an argument starting with '@' is a file name.
    write(os.path.join(d, "@odd.py"), PROGRAM)
    s, out, err = run(["--", "@odd.py"], d)
    check(s == 0 and os.path.isfile(os.path.join(d, "@odd.mpy")), "-- @odd.py", err)
    # Many files in one list.
    names = ["m%03d.py" % i for i in range(300)]
    for n in names:
        write(os.path.join(d, "many", n), PROGRAM)
    write(os.path.join(d, "many.txt"), "".join("many/%s\n" % n for n in names).encode())
    s, out, err = run(["-q", "@many.txt"], d)
    check(s == 0 and err == "" and len(os.listdir(os.path.join(d, "many"))) == 600,
          "300 listed files", err)


def case_progress(d):
    """Under a terminal the progress line is drawn with carriage returns and cleared."""
    for n in ("a", "b", "c"):
        write(os.path.join(d, n + ".py"), PROGRAM)
    long_name = os.path.join("d" * 100, "\u00e9" * 60 + ".py")  # 2-byte code points
    write(os.path.join(d, long_name), PROGRAM)
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(d)
        os.execv(MPYC, [MPYC, "a.py", "b.py", "c.py", long_name])
    data = b""
    while True:
        try:
            r, _, _ = select.select([fd], [], [], 60)
            chunk = os.read(fd, 4096) if r else b""
        except OSError:
            chunk = b""
        if not chunk:
            break
        data += chunk
    _, status = os.waitpid(pid, 0)
    text = data.decode("utf-8", "replace")
    check(os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, "exit 0 under a pty", text)
    for i, n in enumerate("abc"):
        check("\r[%d/4] %s.py" % (i + 1, n) in text, "progress for %s.py" % n, repr(text))
    # A long path is cut on the left, between code points, to fit 80 columns.
    m = re.search(r"\r(\[4/4\] [^\r]*)", text)
    check(m and m.group(1).startswith("[4/4] ...") and m.group(1).endswith("\u00e9.py") and
          len(m.group(1)) < 80 and "\ufffd" not in m.group(1), "long path cut", repr(text))
    summary = text.rfind("mpyc: 4 files")
    check(summary > 0, "summary under a pty", repr(text))
    # The line is cleared before the summary: blanks then a carriage return.
    check(re.search(r"\r +\rmpyc: 4 files", text), "progress cleared", repr(text))
    s, out, err = run(["a.py", "b.py"], d)
    check("\r" not in err, "no progress line when stderr is not a terminal", repr(err))


def case_native(d):
    cases = [
        ("import micropython\n\n@micropython.native\ndef f():\n    pass\n", 3, 2, "native"),
        ("@micropython.viper\ndef f(x: int) -> int:\n    return x\n", 1, 2, "viper"),
        ("class C:\n    @micropython.asm_thumb\n    def f(r0):\n        add(r0, r0, 1)\n", 2, 6,
         "asm_thumb"),
        ("@micropython.asm_xtensa\ndef f(a2):\n    addi(a2, a2, 1)\n", 1, 2, "asm_xtensa"),
    ]
    for src, line, col, what in cases:
        write(os.path.join(d, "n.py"), src.encode())
        for march in ([], ["-march=armv7m"], ["-march=xtensawin"]):
            s, out, err = run(march + ["n.py"], d)
            want = ("n.py:%d:%d: error: native code generation is not supported yet "
                    "(@micropython.%s)\n" % (line, col, what))
            check(s == 1 and err.startswith(want), "@micropython.%s %s" % (what, march),
                  "got:  " + err, "want: " + want)
            check(not os.path.exists(os.path.join(d, "n.mpy")), "no output for native code")
    write(os.path.join(d, "t.py"), PROGRAM)
    for emit in ("native", "viper"):
        expect_usage_error(["-X", "emit=" + emit, "t.py"], 1,
                           "-X emit=%s needs -march=ARCH (arch not specified)" % emit, d)
        expect_usage_error(["-X", "emit=" + emit, "-march=armv7m", "t.py"], 1,
                           "native code generation is not supported yet (-X emit=%s)" % emit, d)
    check(not os.path.exists(os.path.join(d, "t.mpy")), "no output for -X emit=native")


def case_reproducible(d):
    src = read(os.path.join(GOLDEN, "march.py"))
    write(os.path.join(d, "p", "q", "m.py"), src)
    outs = []
    for cwd, inp in ((d, "p/q/m.py"), (os.path.join(d, "p"), "q/m.py"),
                     (os.path.join(d, "p", "q"), "m.py"), ("/", os.path.join(d, "p/q/m.py"))):
        out = os.path.join(d, "o%d.mpy" % len(outs))
        s, _, err = run(["-s", "lib/m.py", "-o", out, inp], cwd)
        check(s == 0, "compile from %s" % cwd, err)
        outs.append(read(out))
    check(all(o == outs[0] for o in outs), "same bytes from any directory with -s")
    # An absolute input never leaks into the file.
    s, _, err = run([os.path.join(d, "p", "q", "m.py")], d)
    got = read(os.path.join(d, "p", "q", "m.mpy"))
    check(d.encode() not in got, "absolute path leaked")
    check(stored_name(os.path.join(d, "p", "q", "m.mpy")) == "p/q/m.py", "stored relative")
    s, out, err = run(["-o", "-", "p/q/m.py"], d)
    check(out == got, "absolute input below the current directory = relative input")
    elsewhere = tempfile.mkdtemp(prefix="mpyc-cli-")
    try:
        s, out, err = run(["-o", "-", os.path.join(d, "p", "q", "m.py")], elsewhere)
        check(s == 0 and d.encode() not in out, "absolute path outside: leaked")
        write(os.path.join(elsewhere, "x.mpy"), out)
        check(stored_name(os.path.join(elsewhere, "x.mpy")) == "m.py", "outside: base name")
    finally:
        shutil.rmtree(elsewhere)
    # Same run twice, same bytes (no time or address).
    s, a, _ = run(["-o", "-", "p/q/m.py"], d)
    s, b, _ = run(["-o", "-", "p/q/m.py"], d)
    check(a == b, "two runs differ")


def case_dump_bytecode(d):
    s, out, err = run(["--dump=bytecode", "dump.py"], GOLDEN)
    want = read(os.path.join(GOLDEN, "dump.expected"))
    check(s == 0 and err == "", "--dump=bytecode", err)
    if out != want:
        import difflib
        diff = difflib.unified_diff(want.decode().splitlines(), out.decode().splitlines(),
                                    "dump.expected", "mpyc --dump=bytecode", lineterm="")
        check(False, "listing differs", "\n".join(diff))
    check(not os.path.exists(os.path.join(GOLDEN, "dump.mpy")), "--dump=bytecode wrote a file")
    # Without line numbers there is no source to show.
    s, out, err = run(["-O3", "--dump=bytecode", "dump.py"], GOLDEN)
    check(s == 0 and b" | " not in out and b"LOAD_CONST_SMALL_INT" in out, "-O3 listing", err)
    write(os.path.join(d, "bad.py"), SYNTAX_ERROR)
    s, out, err = run(["--dump=bytecode", "bad.py"], d)
    check(s == 1 and out == b"" and err.startswith("bad.py:2:5: error: "), "dump of bad file")


def case_other_modes(d):
    write(os.path.join(d, "t.py"), PROGRAM)
    s, out, err = run(["--syntax-only", "t.py"], d)
    check(s == 0 and out == b"" and err == "" and os.listdir(d) == ["t.py"], "--syntax-only")
    s, out, err = run(["--dump=tokens", "t.py"], d)
    check(s == 0 and out.startswith(b"1:1 name x\n"), "--dump=tokens", out[:40])
    s, out, err = run(["--dump=ast", "t.py"], d)
    check(s == 0 and out and os.listdir(d) == ["t.py"], "--dump=ast", err)
    s, out, err = run(["--emit-mpy", "t.py"], d)
    check(s == 1 and "unknown option '--emit-mpy'" in err, "--emit-mpy is gone", err)


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    global MPYC, MPYTOOL
    if len(sys.argv) != 4 or sys.argv[3] not in CASES:
        print("usage: test_cli.py MPYC MPYTOOL CASE\ncases: " + " ".join(CASES),
              file=sys.stderr)
        return 2
    MPYC, MPYTOOL = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    d = os.path.realpath(tempfile.mkdtemp(prefix="mpyc-cli-"))
    try:
        CASES[sys.argv[3]](d)
    except Failure as e:
        print("FAIL %s: %s" % (sys.argv[3], e))
        return 1
    finally:
        shutil.rmtree(d, ignore_errors=True)
    print("ok %s" % sys.argv[3])
    return 0


if __name__ == "__main__":
    sys.exit(main())
