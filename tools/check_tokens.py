#!/usr/bin/env python3
"""Compares mpyc's tokens with CPython's tokenize module, file by file.

For each .py file given (directories are searched for *.py), runs `mpyc --dump=tokens FILE`
and checks its tokens against CPython's: the same kinds in the same order, the same names,
number texts and string values, and the same line for each token (and the same column where
the line up to the token is plain ASCII without tabs). CPython's comments and non-logical
newlines are dropped, and its adjacent string literals are joined, since mpyc's lexer
concatenates them. Files where the two differ on purpose are skipped: f-strings and t-strings
(mpyc rewrites them as MicroPython does), upper-case string prefixes (MicroPython has none),
\\N{...} escapes (MicroPython has no table of Unicode names),
source encodings other than UTF-8, and files CPython cannot tokenize.

Prints one line per failing file, then `N passed, N failed, N skipped`. Exit status 1 when a
file failed.

Usage: tools/check_tokens.py [--mpyc PATH] [-v] FILE_OR_DIR...
"""

import argparse
import ast
import io
import keyword
import os
import subprocess
import sys
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Skip(Exception):
    pass


def unescape(text):
    """Reads back a value as mpyc's dump writes it (sb_put_escaped), giving bytes."""
    out = bytearray()
    raw = text.encode("utf-8", "surrogateescape")
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == 0x5C and i + 1 < len(raw):
            n = raw[i + 1]
            if n == ord("x"):
                out.append(int(raw[i + 2:i + 4], 16))
                i += 4
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def string_prefix(text):
    i = 0
    while text[i] not in "'\"":
        i += 1
    return text[:i]


def expected_tokens(data):
    """(kind, value, line, col or None) for each token as mpyc should give it."""
    # Line endings as the compiler sees them (tokenize does not take a lone CR as one).
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    try:
        toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    except (tokenize.TokenError, SyntaxError, UnicodeDecodeError) as e:
        raise Skip(f"CPython cannot tokenize it ({e.__class__.__name__})")
    if toks and toks[0].type == tokenize.ENCODING and toks[0].string not in ("utf-8",
                                                                               "utf-8-sig"):
        raise Skip(f"encoding {toks[0].string}")
    lines = data.decode("utf-8", "replace").split("\n")

    def col_of(tok):
        line = lines[tok.start[0] - 1] if tok.start[0] - 1 < len(lines) else ""
        before = line[:tok.start[1]]
        if "\t" in before or not before.isascii() or "\x0c" in before:
            return None
        return tok.start[1] + 1

    out = []
    pending = []   # adjacent string tokens
    pending_gap = False

    def flush():
        if not pending:
            return
        src = " ".join(t.string for t in pending)
        try:
            value = ast.literal_eval("(" + src + ")")
        except (SyntaxError, ValueError) as e:
            raise Skip(f"string on line {pending[0].start[0]} not a literal ({e})")
        if isinstance(value, str):
            out.append(("string", value.encode("utf-8", "surrogatepass"), pending[0].start[0],
                        col_of(pending[0])))
        else:
            out.append(("bytes", value, pending[0].start[0], col_of(pending[0])))
        pending.clear()

    for i, t in enumerate(toks):
        if t.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (t.type == tokenize.NAME and t.string.lower() in ("t", "rt", "tr") and nxt and
                nxt.type == tokenize.STRING and nxt.start == t.end):
            raise Skip(f"t-string on line {t.start[0]}")
        if t.type == tokenize.STRING:
            prefix = string_prefix(t.string)
            if any(c in prefix.lower() for c in "ft"):
                raise Skip(f"f-string or t-string on line {t.start[0]}")
            if prefix != prefix.lower():
                raise Skip(f"upper-case string prefix on line {t.start[0]}")
            if "r" not in prefix.lower() and "\\N{" in t.string:
                raise Skip(f"\\N{{...}} escape on line {t.start[0]}")
            pending.append(t)
            continue
        flush()
        if t.type == tokenize.ENDMARKER:
            break
        if t.type == tokenize.NAME:
            if t.string == "__debug__":
                out.append(("True", None, t.start[0], col_of(t)))
            elif keyword.iskeyword(t.string):
                out.append((t.string, None, t.start[0], col_of(t)))
            else:
                out.append(("name", t.string, t.start[0], col_of(t)))
        elif t.type == tokenize.NUMBER:
            out.append(("number", t.string, t.start[0], col_of(t)))
        elif t.type == tokenize.OP:
            out.append((t.string, None, t.start[0], col_of(t)))
        elif t.type == tokenize.NEWLINE:
            out.append(("end of line", None, t.start[0], None))
        elif t.type == tokenize.INDENT:
            out.append(("indent", None, t.start[0], None))
        elif t.type == tokenize.DEDENT:
            out.append(("dedent", None, t.start[0], col_of(t)))
        elif t.type == tokenize.ERRORTOKEN:
            raise Skip(f"CPython's tokenizer found {t.string!r} on line {t.start[0]}")
        else:
            raise Skip(f"token {tokenize.tok_name[t.type]} on line {t.start[0]}")
    # Dedents at the end have no line of their own: mpyc puts them at the end of the text.
    i = len(out)
    while i > 0 and out[i - 1][0] == "dedent":
        i -= 1
        out[i] = ("dedent", None, None, None)
    return out


def mpyc_tokens(mpyc, path):
    r = subprocess.run([mpyc, "--dump=tokens", path], capture_output=True)
    out = []
    for line in r.stdout.decode("utf-8", "surrogateescape").split("\n"):
        if not line:
            continue
        pos, rest = line.split(" ", 1)
        ln, col = (int(x) for x in pos.split(":"))
        if rest == "end of file":
            break
        if rest.startswith("name "):
            out.append(("name", rest[5:], ln, col))
        elif rest.startswith("number "):
            out.append(("number", rest[7:], ln, col))
        elif rest.startswith("string '"):
            out.append(("string", unescape(rest[8:-1]), ln, col))
        elif rest.startswith("bytes b'"):
            out.append(("bytes", unescape(rest[8:-1]), ln, col))
        else:
            kind = rest
            if len(kind) >= 2 and kind[0] == kind[-1] and kind[0] in "'\"":
                kind = kind[1:-1]
            out.append((kind, None, ln, col))
    return out, r.stderr.decode("utf-8", "replace")


def compare(want, got):
    """None when they agree, else a description of the first difference."""
    for i, (w, g) in enumerate(zip(want, got)):
        kind_ok = w[0] == g[0] and w[1] == g[1]
        line_ok = w[2] is None or w[2] == g[2]
        col_ok = w[3] is None or w[3] == g[3]
        if not (kind_ok and line_ok and col_ok):
            return f"token {i}: CPython {fmt(w)}, mpyc {fmt(g)}"
    if len(want) != len(got):
        i = min(len(want), len(got))
        w = fmt(want[i]) if i < len(want) else "nothing"
        g = fmt(got[i]) if i < len(got) else "nothing"
        return f"token {i}: CPython {w}, mpyc {g}"
    return None


def fmt(t):
    kind, value, line, col = t
    v = "" if value is None else " " + repr(value)
    at = "" if line is None else f" at {line}:{col if col is not None else '?'}"
    return f"{kind}{v}{at}"


def files_of(args):
    for a in args:
        if os.path.isdir(a):
            for dirpath, dirnames, filenames in os.walk(a):
                dirnames.sort()
                for f in sorted(filenames):
                    if f.endswith(".py"):
                        yield os.path.join(dirpath, f)
        else:
            yield a


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mpyc", default=os.path.join(ROOT, "build", "bin", "mpyc"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list skipped files too")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    n_pass = n_fail = n_skip = 0
    for path in files_of(args.paths):
        with open(path, "rb") as f:
            data = f.read()
        try:
            want = expected_tokens(data)
        except Skip as e:
            n_skip += 1
            if args.verbose:
                print(f"SKIP {path}: {e}")
            continue
        got, err = mpyc_tokens(args.mpyc, path)
        diff = compare(want, got)
        if diff is None and err:
            diff = "mpyc reported: " + err.split("\n")[0]
        if diff is None:
            n_pass += 1
        else:
            n_fail += 1
            print(f"FAIL {path}: {diff}")
    print(f"{n_pass} passed, {n_fail} failed, {n_skip} skipped")
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main())
