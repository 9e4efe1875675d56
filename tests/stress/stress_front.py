#!/usr/bin/env python3
"""Stress inputs for the front end and the compiler, generated at test time.

Each case writes one pathological file (NUL bytes, invalid UTF-8, lone CR, very large or deeply
nested code, huge literals), runs `mpyc --syntax-only` on it (or, with --mode compile,
`mpyc -o OUT.mpy`) under a time and memory limit and checks what a user would see: exit status
0, or 1 with `file:line:col: error: message` diagnostics pointing inside the file; never a
signal, a sanitizer report, a timeout, a memory blow-up or a diagnostic-less failure. Some cases
must be accepted (valid code), some must be rejected, with a given message where it matters.
Compile mode adds the compiler's limits (long elif chains, jumps near the bytecode's reach, big
constant displays, many locals and arguments, deep nesting of definitions, huge integers) and
checks that every .mpy written starts with a version 6 header; with --mpy-cross it also
compiles each case with stock mpy-cross and reports whether the bytes are the same (nothing
fails on that column: stock aborts or miscompiles some of these files). A table with the time
and peak RSS of every case is printed.

usage: stress_front.py --mpyc PATH [--mode syntax|compile] [--runner PATH] [--scale full|small]
                       [--workdir DIR] [--mpy-cross PATH] [--only NAME...] [--list]

--scale small shrinks the biggest inputs (the default when mpyc is built with AddressSanitizer,
whose shadow memory and slower code would blow the test's time budget); every other case keeps
its full size. Exit status 0 when every case passed, 1 otherwise, 2 on bad usage.
"""

import argparse
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# A realistic MicroPython module: repeated to build the large-file cases and checked to be valid
# Python before any case runs.
BASE_MODULE = '''\
"""Sensor station: reads sensors, filters readings, reports over a socket."""
import time
from machine import Pin, I2C
from micropython import const

_ADDR = const(0x76)
_REG_DATA = const(0xF7)
DEBUG = False


class RingBuffer:
    """Fixed-size buffer of the last n readings."""

    def __init__(self, size=16):
        self.data = [0.0] * size
        self.index = 0
        self.full = False

    def push(self, value):
        self.data[self.index] = value
        self.index = (self.index + 1) % len(self.data)
        if self.index == 0:
            self.full = True

    def mean(self):
        n = len(self.data) if self.full else self.index
        return sum(self.data[:n]) / n if n else 0.0


class Sensor:
    def __init__(self, i2c, addr=_ADDR, *, name="bme"):
        self.i2c = i2c
        self.addr = addr
        self.name = name
        self.history = RingBuffer(32)

    def read_raw(self):
        buf = bytearray(8)
        self.i2c.readfrom_mem_into(self.addr, _REG_DATA, buf)
        return (buf[0] << 12) | (buf[1] << 4) | (buf[2] >> 4), buf[3:6]

    @property
    def temperature(self):
        raw, _ = self.read_raw()
        t = ((raw >> 3) - 27200 * 2) * 5 / 100.0
        self.history.push(t)
        return t


def checksum(data: bytes) -> int:
    total = 0
    for i, b in enumerate(data):
        total = (total + b * (i + 1)) & 0xFFFF
    return total ^ 0xA5A5


def parse_line(line):
    key, _, value = line.partition("=")
    key = key.strip().lower()
    try:
        value = int(value, 0)
    except ValueError:
        try:
            value = float(value)
        except ValueError:
            value = value.strip().strip("'\\"")
    return key, value


def load_config(text, defaults=None):
    config = dict(defaults or {})
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, value = parse_line(line)
        config[key] = value
    return {k: v for k, v in config.items() if v is not None}


async def report(stream, sensors, period=1.0):
    seq = 0
    while True:
        readings = [(s.name, s.temperature) for s in sensors if s is not None]
        msg = ";".join(f"{name}={value:.2f}" for name, value in readings)
        payload = b"%d:" % seq + msg.encode()
        await stream.awrite(payload + b"\\r\\n")
        seq += 1
        if DEBUG:
            print("sent", seq, len(payload), checksum(payload))
        await asyncio.sleep(period)


def main():
    i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400_000)
    sensors = [Sensor(i2c, addr) for addr in i2c.scan() if addr in (0x76, 0x77)]
    led = Pin(2, Pin.OUT)
    config = load_config("period = 0.5\\nname = 'station'\\n", {"retries": 3})
    try:
        while sensors:
            led.value(not led.value())
            temps = [s.temperature for s in sensors]
            lo, hi = min(temps), max(temps)
            print("T: %.1f..%.1f (%d sensors)" % (lo, hi, len(temps)))
            time.sleep(config.get("period", 1))
    except KeyboardInterrupt:
        pass
    finally:
        led.off()

'''

SANITIZER_MARKS = ("Sanitizer", "runtime error:", "==ERROR", "SUMMARY:")


class Case:
    def __init__(self, name, make, expect="any", seconds=10, rss_mb=512, max_errors=None,
                 message=None):
        self.name = name
        self.make = make          # scale -> bytes, or an iterable of byte chunks
        self.expect = expect      # "ok": must be accepted, "error": must be rejected, "any"
        self.seconds = seconds    # CPU time limit (the wall-clock limit is looser: shared CPUs)
        self.rss_mb = rss_mb      # peak RSS limit without sanitizers
        self.max_errors = max_errors
        self.message = message    # "error": a regex the first error's message must match


def repeat_to(unit, size):
    """Chunks of unit repeated until size bytes (whole units only)."""
    n = max(1, size // len(unit))
    block = unit * min(n, max(1, (1 << 20) // len(unit)))
    per_block = len(block) // len(unit)
    done = 0
    while done + per_block <= n:
        yield block
        done += per_block
    if done < n:
        yield unit * (n - done)


def nested_blocks(depth):
    return "".join(" " * i + "if x:\n" for i in range(depth)) + " " * depth + "pass\n"


def nested_comprehensions(depth):
    expr = "x"
    for _ in range(depth):
        expr = f"[{expr} for x in y]"
    return f"z = {expr}\n"


def nested_fstrings(depth):
    # Alternate the quotes so that each level can hold the next one in its field.
    expr = "1"
    for i in range(depth):
        q = "'\"" [i % 2]
        expr = f"f{q}{{{expr}}}{q}"
    return f"x = {expr}\n"


def nested_lambda_defaults(depth):
    expr = "0"
    for _ in range(depth):
        expr = f"lambda a=({expr}): a"
    return f"f = {expr}\n"


def million_lines(n):
    forms = ("v{i} = w{i} + {i}\n", "if v{i}: w{i} = v{i}\n", "f{i}(a, b={i})\n",
             "# comment {i}\n", "\n", "s{i} = 'text {i}'\n", "for j in r{i}: pass\n")
    chunk = []
    for i in range(n):
        chunk.append(forms[i % len(forms)].format(i=i))
        if len(chunk) == 50000:
            yield "".join(chunk).encode()
            chunk = []
    yield "".join(chunk).encode()


def count_name(n):
    return f"{n // 1000000}M" if n % 1000000 == 0 else f"{n // 1000}k"


def cases(scale, mode="syntax"):
    small = scale == "small"
    # Compiled, a repeated `_ADDR = const(...)` assigns to a constant the second time round.
    module = BASE_MODULE if mode == "syntax" else re.sub(r"const\((0x..)\)", r"\1", BASE_MODULE)
    big = (5 if small else 50) << 20
    n_lines = 100000 if small else 1000000       # lines of the many-lines file
    n_terms = 100000 if small else 1000000       # terms of the long operator chains
    n_errors = 20000 if small else 100000
    long_line = (1 if small else 10) << 20
    n_fields = 1 << (15 if small else 18)
    e = str.encode
    return [
        # Empty and near-empty files.
        Case("empty", lambda: b"", expect="ok"),
        Case("comment_only", lambda: b"# nothing but a comment", expect="ok"),
        Case("newlines_only", lambda: b"\n" * 1000, expect="ok"),
        # NUL bytes in various places.
        Case("nul_only", lambda: b"\0" * 1000),
        Case("nul_first", lambda: b"\0x = 1\n"),
        Case("nul_mid_line", lambda: b"x = 1\0 + 2\n"),
        Case("nul_in_string", lambda: b"x = 'a\0b'\n"),
        Case("nul_in_fstring", lambda: b"x = f'{a\0}'\n"),
        Case("nul_in_comment", lambda: b"# a\0b\nx = 1\n"),
        Case("nul_in_indent", lambda: b"if x:\n  \0  pass\n"),
        Case("nul_last", lambda: b"x = 1\n\0"),
        # Invalid UTF-8.
        Case("utf8_bad_in_string", lambda: b"x = '\xff\xfe'\n"),
        Case("utf8_bad_in_comment", lambda: b"# \xc3\x28 \xa0\xa1\nx = 1\n"),
        Case("utf8_bad_name", lambda: b"\xff\xfe = 1\n"),
        Case("utf8_overlong", lambda: b"x = '\xc0\xaf \xe0\x80\xaf'\n"),
        Case("utf8_surrogate", lambda: b"x = '\xed\xa0\x80'\n"),
        Case("utf8_truncated_at_eof", lambda: b"x = 1  # \xe2\x82"),
        Case("utf8_bad_caret_line", lambda: b"x = \xff\xfe\xfd +\n"),
        # Lone carriage returns.
        Case("cr_line_ends", lambda: b"x = 1\ry = 2\rif x:\r    y = 3\r", expect="ok"),
        Case("cr_only", lambda: b"\r", expect="ok"),
        Case("cr_at_eof", lambda: b"x = 1\r", expect="ok"),
        Case("cr_in_string", lambda: b"x = 'a\rb'\n"),
        Case("cr_after_backslash", lambda: b"x = 1 + \\\r2\r", expect="ok"),
        Case("cr_mixed", lambda: b"x = 1\r\n\ry = 2\n\r\rz = 3", expect="ok"),
        # Big files.
        Case(f"realistic_{big >> 20}MB", lambda: repeat_to(e(module), big), expect="ok",
             seconds=40, rss_mb=3000),
        Case(f"lines_{count_name(n_lines)}", lambda: million_lines(n_lines), expect="ok",
             seconds=40, rss_mb=2000),
        Case(f"errors_{count_name(n_errors)}", lambda: b"x = = 1\n" * n_errors, expect="error",
             max_errors=21),
        Case(f"one_line_{long_line >> 20}MB",
             lambda: b"x = [" + b"1, " * (long_line // 3) + b"]\n", seconds=30, rss_mb=2000),
        Case("name_1MB", lambda: b"a" * (1 << 20) + b" = 1\n", expect="ok"),
        # Deep nesting.
        Case("parens_10000", lambda: e("x = " + "(" * 10000 + "1" + ")" * 10000 + "\n")),
        Case("lists_10000", lambda: e("x = " + "[" * 10000 + "]" * 10000 + "\n")),
        Case("dicts_10000", lambda: e("x = " + "{1: " * 10000 + "1" + "}" * 10000 + "\n")),
        Case("calls_10000", lambda: e("x = " + "f(" * 10000 + ")" * 10000 + "\n")),
        Case("unclosed_parens_100000", lambda: b"x = " + b"(" * 100000 + b"\n"),
        Case("blocks_1000", lambda: e(nested_blocks(1000))),
        Case("blocks_100", lambda: e(nested_blocks(100))),
        Case("unary_minus_100000", lambda: b"x = " + b"-" * 100000 + b"1\n"),
        Case("not_100000", lambda: b"x = " + b"not " * 100000 + b"a\n"),
        Case("power_100000", lambda: b"x = " + b"2 ** " * 100000 + b"2\n"),
        Case("ternary_100000", lambda: b"x = " + b"a if b else " * 100000 + b"c\n"),
        Case("await_100000", lambda: b"async def f():\n    " + b"await " * 100000 + b"x\n"),
        Case("lambdas_10000", lambda: e("f = " + "lambda: " * 10000 + "0\n")),
        Case("lambda_defaults_2000", lambda: e(nested_lambda_defaults(2000))),
        Case("comprehensions_2000", lambda: e(nested_comprehensions(2000))),
        Case("fstrings_nested_200", lambda: e(nested_fstrings(200))),
        Case("fstring_brackets_10000", lambda: e("x = f'{" + "[" * 10000 + "]" * 10000 + "}'\n")),
        Case("subscripts_100000", lambda: b"x = a" + b"[0]" * 100000 + b"\n"),
        # Long chains.
        Case(f"plus_chain_{count_name(n_terms)}",
             lambda: b"x = 1" + b" + 1" * (n_terms - 1) + b"\n", seconds=30, rss_mb=1500),
        Case(f"and_chain_{count_name(n_terms)}",
             lambda: b"x = a" + b" and a" * (n_terms - 1) + b"\n", seconds=30, rss_mb=1500),
        Case("compare_chain_100000", lambda: b"x = a" + b" < a" * 100000 + b"\n"),
        Case("attributes_100000", lambda: b"x = a" + b".b" * 100000 + b"\n"),
        Case("call_args_100000", lambda: b"f(" + b"a, " * 100000 + b")\n"),
        Case("tuple_targets_100000", lambda: b", ".join([b"a"] * 100000) + b" = x\n"),
        Case("elif_100000", lambda: b"if x:\n    pass\n" + b"elif x:\n    pass\n" * 100000),
        Case("decorators_100000", lambda: b"@d\n" * 100000 + b"def f():\n    pass\n"),
        Case("continuations_100000", lambda: b"x = 1" + b" + \\\n 1" * 100000 + b"\n"),
        # Big literals.
        Case("string_1MB", lambda: b"x = '" + b"a" * (1 << 20) + b"'\n", expect="ok"),
        Case("string_1MB_escapes", lambda: b"x = '" + b"\\x41\\n" * (1 << 18) + b"'\n",
             expect="ok"),
        Case("string_1MB_triple", lambda: b'x = """' + b"line\n" * (1 << 18) + b'"""\n',
             expect="ok"),
        Case("bytes_1MB", lambda: b"x = b'" + b"\\xff" * (1 << 18) + b"'\n", expect="ok"),
        Case(f"fstring_{count_name(n_fields)}_fields",
             lambda: b"x = f'" + b"{a}" * n_fields + b"'\n", seconds=30),
        Case("adjacent_strings_200000", lambda: b"x = " + b"'ab' " * 200000 + b"\n",
             expect="ok"),
        Case("adjacent_fstrings_20000", lambda: b"x = (" + b"f'{a}' " * 20000 + b")\n"),
        Case("unterminated_string_1MB", lambda: b"x = '" + b"a" * (1 << 20), expect="error"),
        Case("unterminated_triple_1MB", lambda: b'x = """' + b"a\n" * (1 << 19),
             expect="error"),
        Case("int_100000_digits", lambda: b"x = " + b"7" * 100000 + b"\n"),
        Case("hex_100000_digits", lambda: b"x = 0x" + b"f" * 100000 + b"\n"),
        Case("float_100000_digits", lambda: b"x = 1." + b"3" * 100000 + b"e-5\n"),
    ]


def elif_chain(n):
    head = "def pick(x):\n    if x == 0:\n        return 0\n"
    yield head.encode()
    for start in range(1, n, 10000):
        yield "".join(f"    elif x == {i}:\n        return {i}\n"
                      for i in range(start, min(n, start + 10000))).encode()
    yield b"    else:\n        return -1\n"


def loop_body(n):
    # Each `x = x + 1` is 4 bytes of bytecode; the loop's backward jump reaches 16 KB.
    return "def f(x):\n    while x:\n" + "        x = x + 1\n" * n + "    return x\n"


def locals_function(n, shared=False):
    body = "".join(f"    v{i} = {i}\n" for i in range(n))
    tail = f"    return lambda: v{n - 1}\n" if shared else f"    return v{n - 1}\n"
    return "def f():\n" + body + tail


def nested_defs(depth, keyword):
    lines = [" " * (4 * i) + f"{keyword} n{i}():" for i in range(depth)]
    return "\n".join(lines) + "\n" + " " * (4 * depth) + "pass\n"


def nested_comprehension_scopes(depth):
    expr = "x"
    for i in range(depth):
        expr = f"[{expr} for x{i} in y]"
    return f"z = {expr}\n"


def compile_cases(scale):
    """The compiler's own limits; names say the size, `expect` what MicroPython's bytecode
    holds (stock mpy-cross aborts or miscompiles most of the rejected ones)."""
    small = scale == "small"
    n_elif = 5000 if small else 20000
    hex_digits = 100000 if small else 500000
    e = str.encode
    big_args = ", ".join(str(i) for i in range(256))
    return [
        Case("elif_5000", lambda: elif_chain(5000), expect="ok", seconds=30),
        Case(f"elif_{count_name(n_elif)}", lambda: elif_chain(n_elif), expect="ok",
             seconds=60, rss_mb=1000),
        Case("jumps_near_reach", lambda: e(loop_body(4000)), expect="ok"),
        Case("jumps_past_reach", lambda: e(loop_body(4200)), expect="error",
             message="^bytecode overflow$"),
        Case("list_10000_constants",
             lambda: e("x = [" + ", ".join(str(i) for i in range(10000)) + "]\n"), expect="ok"),
        Case("tuple_10000_constants",
             lambda: e("x = (" + ", ".join(str(i) for i in range(10000)) + ")\n"), expect="ok"),
        Case("dict_10000_constants",
             lambda: e("x = {" + ", ".join(f"{i}: {i}" for i in range(10000)) + "}\n"),
             expect="ok"),
        Case("strings_10000",
             lambda: e("x = [" + ", ".join(f"'s{i}'" for i in range(10000)) + "]\n"),
             expect="ok"),
        Case("names_10000_globals",
             lambda: e("".join(f"g{i} = {i}\n" for i in range(10000))), expect="ok"),
        Case("locals_65535", lambda: e(locals_function(65535)), expect="ok", seconds=30),
        Case("locals_65536", lambda: e(locals_function(65536)), expect="error", seconds=30,
             message=r"^too many local variables \(65536; at most 65535\)$"),
        Case("shared_locals_256", lambda: e(locals_function(256, True)), expect="ok"),
        Case("shared_locals_257", lambda: e(locals_function(257, True)), expect="error",
             message="used by an inner function: only locals 0 to 255 can be shared$"),
        Case("params_300", lambda: e("def f(" + ", ".join(f"a{i}=1" for i in range(300)) +
                                     "):\n    return a299\n"), expect="ok"),
        Case("args_255", lambda: e("f(" + ", ".join(str(i) for i in range(255)) + ")\n"),
             expect="ok"),
        Case("args_256", lambda: e("f(" + big_args + ")\n"), expect="error",
             message="^call with 256 positional arguments: at most 255 fit$"),
        Case("kwargs_256", lambda: e("f(" + ", ".join(f"k{i}={i}" for i in range(256)) + ")\n"),
             expect="error", message="^call with 256 keyword arguments: at most 255 fit$"),
        Case("fstring_256_fields", lambda: b"x = f'" + b"{a}" * 256 + b"'\n", expect="error",
             message="^call with 256 positional arguments"),
        Case("with_items_2000",
             lambda: e("with " + ", ".join(f"a{i}" for i in range(2000)) + ":\n    pass\n"),
             expect="ok"),
        Case("break_out_of_128_blocks",
             lambda: e("for i in x:\n    with " + ", ".join(f"a{i}" for i in range(128)) +
                       ":\n        break\n"), expect="error",
             message="^'break' leaves 128 'with'/'try' blocks: at most 127 fit$"),
        Case("defs_nested_99", lambda: e(nested_defs(99, "def")), expect="ok"),
        Case("classes_nested_99", lambda: e(nested_defs(99, "class")), expect="ok"),
        Case("comprehension_scopes_190", lambda: e(nested_comprehension_scopes(190)),
             expect="ok"),
        Case("lambdas_990", lambda: e("f = " + "lambda: " * 990 + "0\n"), expect="ok"),
        Case("unary_chain_990", lambda: e("x = " + "-" * 990 + "y\n"), expect="ok"),
        Case("calls_nested_190", lambda: e("x = " + "f(" * 190 + ")" * 190 + "\n"), expect="ok"),
        Case("fstrings_on_lines_40000", lambda: b"x = [" + b"f'{a}'\n, " * 40000 + b"]\n",
             expect="ok"),
        Case("int_1M_digits", lambda: b"x = " + b"7" * 1000000 + b"\n", expect="ok"),
        Case(f"hex_{count_name(hex_digits)}_digits",
             lambda: b"x = 0x" + b"f" * hex_digits + b"\n", expect="ok", seconds=30),
        Case("hex_530k_digits", lambda: b"x = 0x" + b"f" * 530000 + b"\n", expect="error",
             message=r"^integer literal too large \(530000 digits\)$"),
        Case("power_folded", lambda: e("x = 7 ** " + ("20000" if small else "100000") + "\n"),
             expect="ok", seconds=30),
        # Past the work folding may do (a second or so): left to run time, in little time.
        Case("powers_not_folded", lambda: e("x = 7 ** 700000 * 3\n" * 20), expect="ok"),
        Case("shift_folded", lambda: e("x = 1 << 1000001\n"), expect="ok", seconds=30),
    ]


def asan_build(mpyc):
    with open(mpyc, "rb") as f:
        return b"__asan_init" in f.read()


def write_case(path, data):
    with open(path, "wb") as f:
        if isinstance(data, bytes):
            f.write(data)
        else:
            for chunk in data:
                f.write(chunk.encode() if isinstance(chunk, str) else chunk)


def run_limited(argv, seconds, rss_mb, asan, runner, out_path, err_path):
    """Runs argv; returns (status or -signal or None on timeout, wall s, CPU s, peak RSS MB)."""
    env = dict(os.environ)
    if asan:
        # RLIMIT_AS breaks ASan's shadow memory; its own RSS watchdog is the limit instead.
        env["ASAN_OPTIONS"] = ":".join(
            filter(None, [env.get("ASAN_OPTIONS", ""), f"hard_rss_limit_mb={rss_mb}"]))

    def limit():
        if not asan:
            lim = rss_mb << 20
            resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))

    result_path = out_path + ".rss"
    if runner:
        argv = [runner, result_path] + argv
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.monotonic()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, preexec_fn=limit,
                                start_new_session=True)
        try:
            proc.wait(timeout=4 * seconds + 30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return None, time.monotonic() - start, float("nan"), float("nan")
        wall = time.monotonic() - start
    if not runner:
        # Without the runner there is no exact figure: a child's maxrss counts this driver too.
        return proc.returncode, wall, float("nan"), float("nan")
    if proc.returncode != 0:
        raise RuntimeError(f"{runner} failed with status {proc.returncode}")
    with open(result_path) as f:
        status, rss_kb, cpu = f.read().split()
    os.unlink(result_path)
    return int(status), wall, float(cpu), int(rss_kb) / 1024.0


def count_lines(path):
    n = 0
    with open(path, "rb") as f:
        while True:
            block = f.read(1 << 20)
            if not block:
                break
            n += block.count(b"\n") + block.count(b"\r")
    return n


def check_output(case, path, status, err_text, n_lines):
    """Problems with what mpyc showed, as a list of strings."""
    problems = []
    for mark in SANITIZER_MARKS:
        if mark in err_text:
            problems.append(f"sanitizer report ({mark!r})")
            break
    header = re.compile(r"^" + re.escape(path) + r":(\d+):(\d+): (error|warning|note): (\S.*)$")
    too_many = path + ": error: too many errors, stopping"
    n_errors = 0
    for line in err_text.splitlines():
        m = header.match(line)
        if m:
            if m.group(3) == "error":
                n_errors += 1
            lineno, col = int(m.group(1)), int(m.group(2))
            if not 1 <= lineno <= n_lines + 1 or col < 1:
                problems.append(f"diagnostic outside the file: {line[:100]}")
        elif line == too_many:
            n_errors += 1
        elif line.startswith(path + ":") and ": error:" in line:
            problems.append(f"malformed diagnostic: {line[:100]}")
    if status == 1 and n_errors == 0:
        problems.append("exit status 1 without a file:line:col: error: diagnostic")
    if status == 0 and n_errors:
        problems.append("exit status 0 after an error diagnostic")
    if status not in (0, 1):
        problems.append(f"exit status {status}")
    if case.expect == "ok" and status != 0:
        problems.append("valid input rejected")
    if case.expect == "error" and status != 1:
        problems.append("invalid input accepted")
    if case.max_errors is not None and n_errors > case.max_errors:
        problems.append(f"{n_errors} errors reported, more than {case.max_errors}")
    if case.message and status == 1:
        first = next((m.group(4) for m in map(header.match, err_text.splitlines())
                      if m and m.group(3) == "error"), "")
        if not re.search(case.message, first):
            problems.append(f"first error {first[:80]!r} does not match {case.message!r}")
    return problems


def check_mpy(path):
    """Problems with a .mpy mpyc said it wrote."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError:
        return ["exit status 0 but no .mpy written"]
    if len(head) < 4 or head[0] != ord("M") or head[1] != 6:
        return ["the .mpy has no version 6 header"]
    return []


def stock_verdict(mpy_cross, src, ours):
    """How stock mpy-cross's output compares with ours, in a word."""
    out = src + ".stock.mpy"
    try:
        r = subprocess.run([mpy_cross, "-o", out, os.path.basename(src)],
                           cwd=os.path.dirname(src), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=300)
    except subprocess.TimeoutExpired:
        return "stock: timeout"
    if r.returncode < 0:
        return "stock: crashed"
    if r.returncode != 0:
        return "stock: rejects"
    try:
        with open(out, "rb") as f, open(ours, "rb") as g:
            same = f.read() == g.read()
    except OSError:
        return "stock: accepts"
    finally:
        if os.path.exists(out):
            os.unlink(out)
    return "stock: same bytes" if same else "stock: other bytes"


def main():
    ap = argparse.ArgumentParser(description="Stress inputs for mpyc.")
    ap.add_argument("--mpyc", required=True)
    ap.add_argument("--mode", choices=("syntax", "compile"), default="syntax")
    ap.add_argument("--mpy-cross", help="stock mpy-cross, to compare bytes (compile mode)")
    ap.add_argument("--scale", choices=("full", "small"))
    ap.add_argument("--runner", help="the stress_run helper, for exact peak RSS figures")
    ap.add_argument("--workdir")
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()

    asan = asan_build(args.mpyc)
    scale = args.scale or ("small" if asan else "full")
    all_cases = cases(scale, args.mode)
    if args.mode == "compile":
        all_cases += compile_cases(scale)
    if args.list:
        print("\n".join(c.name for c in all_cases))
        return 0
    unknown = set(args.only) - {c.name for c in all_cases}
    if unknown:
        print(f"stress_front: unknown case {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    selected = [c for c in all_cases if not args.only or c.name in args.only]

    compile(BASE_MODULE, "base_module.py", "exec")  # the repeated unit is valid Python

    work = tempfile.mkdtemp(prefix="stress-", dir=args.workdir)
    print(f"stress_front: {len(selected)} cases, mode {args.mode}, scale {scale}"
          f"{', AddressSanitizer build' if asan else ''}, mpyc {args.mpyc}")
    print(f"{'case':28} {'size':>10} {'exit':>5} {'wall s':>7} {'CPU s':>7} {'RSS MB':>7}  result")
    failed = []
    total = time.monotonic()
    total_cpu = 0.0
    try:
        for case in selected:
            path = os.path.join(work, case.name + ".py")
            write_case(path, case.make())
            size = os.path.getsize(path)
            # Sanitizer builds keep shadow memory and quarantine: give them room, still bounded.
            rss_mb = case.rss_mb * 3 + 512 if asan else case.rss_mb
            out_path, err_path = path + ".out", path + ".err"
            mpy_path = path[:-3] + ".mpy"
            argv = ([args.mpyc, "--syntax-only", path] if args.mode == "syntax" else
                    [args.mpyc, "-o", mpy_path, path])
            status, wall, cpu, rss = run_limited(argv, case.seconds, rss_mb, asan, args.runner,
                                                 out_path, err_path)
            with open(err_path, "rb") as f:
                err_text = f.read(1 << 20).decode("utf-8", "replace")
            if status is None:
                problems = [f"timed out after {4 * case.seconds + 30} s of wall-clock time"]
            elif status < 0:
                problems = [f"killed by signal {-status} ({signal.Signals(-status).name})"]
                if -status == signal.SIGXCPU:
                    problems.append(f"CPU time limit {case.seconds} s")
                elif -status == signal.SIGKILL or "hard rss limit" in err_text:
                    problems.append(f"memory limit {rss_mb} MB?")
            else:
                problems = check_output(case, path, status, err_text, count_lines(path))
                if args.mode == "compile" and status == 0:
                    problems += check_mpy(mpy_path)
            shown = "-" if status is None else str(status)
            total_cpu += cpu if cpu == cpu else 0.0
            verdict = "ok" if not problems else "FAIL: " + "; ".join(problems)
            if args.mode == "compile" and args.mpy_cross and status in (0, 1):
                verdict += f" ({stock_verdict(args.mpy_cross, path, mpy_path)})"
            print(f"{case.name:28} {size:>10} {shown:>5} {wall:>7.2f} {cpu:>7.2f} {rss:>7.1f}"
                  f"  {verdict}", flush=True)
            if problems:
                failed.append(case.name)
                first = err_text.strip().splitlines()[:6]
                for line in first:
                    print(f"    | {line[:160]}")
            for p in (path, out_path, err_path, mpy_path):
                if os.path.exists(p):
                    os.unlink(p)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"stress_front: {len(selected) - len(failed)}/{len(selected)} passed"
          f" in {time.monotonic() - total:.1f} s ({total_cpu:.1f} s of CPU in mpyc)")
    if failed:
        print(f"stress_front: FAILED: {' '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
