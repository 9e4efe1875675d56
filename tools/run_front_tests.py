#!/usr/bin/env python3
# Front-end golden tests: runs `mpyc --syntax-only` over tests/golden/syntax (every file must be
# accepted silently) and tests/golden/errors (every file must be rejected with a diagnostic whose
# line matches the line CPython reports, computed here with compile()). With --corpus DIR it only
# checks that the files of an arbitrary tree are accepted, optionally using stock mpy-cross as the
# judge of which files are valid MicroPython.
#
# Exit status: 0 all good; 1 a valid file was rejected, an invalid file was accepted, mpyc crashed
# or printed sanitizer reports, a diagnostic was malformed, or line agreement fell below 95%;
# 2 bad usage.

import argparse
import concurrent.futures
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'tests', 'golden')
MIN_AGREEMENT = 95.0
REFERENCE_PYTHON = (3, 11)

DIAG_RE = re.compile(
    rb'^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning): (?P<msg>.*)$')
CARET_RE = re.compile(rb'^[ \t]*\^~*$')
SANITIZER_RE = re.compile(
    rb'(==\d+==ERROR: |AddressSanitizer|LeakSanitizer|MemorySanitizer|'
    rb'UndefinedBehaviorSanitizer|: runtime error: )')


def reexec_with_reference_python():
    """Error lines are CPython 3.11's; run under it when this interpreter is another version."""
    if sys.version_info[:2] == REFERENCE_PYTHON or os.environ.get('MPYC_FRONT_TESTS_REEXEC'):
        return
    name = 'python%d.%d' % REFERENCE_PYTHON
    exe = shutil.which(name)
    if exe:
        os.environ['MPYC_FRONT_TESTS_REEXEC'] = '1'
        os.execv(exe, [exe] + sys.argv)
    print('warning: %s not found; CPython %d.%d reports lines that may differ'
          % (name, sys.version_info[0], sys.version_info[1]), file=sys.stderr)


def cpython_error(data):
    """(line, message) of CPython's syntax error for source bytes, or None if it compiles."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(data, '<golden>', 'exec', dont_inherit=True)
            return None
        except SyntaxError as e:  # includes IndentationError and TabError
            line, msg = e.lineno, '%s: %s' % (type(e).__name__, e.msg)
        except ValueError as e:  # NUL bytes in older versions
            line, msg = None, 'ValueError: %s' % e
        except (RecursionError, MemoryError) as e:
            line, msg = None, '%s: %s' % (type(e).__name__, e)
    if line is None and b'\0' in data:
        # CPython 3.11 gives no line for a NUL byte; the natural one is the line holding it.
        line = data[:data.index(b'\0')].count(b'\n') + 1
    return line, msg


def run_mpyc(mpyc, path, cwd, timeout):
    """Runs mpyc --syntax-only on one file; returns (status, stdout, stderr).

    status is the exit code, 'timeout', or a negative number for a signal.
    """
    try:
        r = subprocess.run([mpyc, '--syntax-only', path], cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return 'timeout', e.stdout or b'', e.stderr or b''
    return r.returncode, r.stdout, r.stderr


def crash_reason(status, out, err, allowed):
    if status == 'timeout':
        return 'timed out'
    if SANITIZER_RE.search(err) or SANITIZER_RE.search(out):
        return 'sanitizer report'
    if isinstance(status, int) and status < 0:
        return 'killed by signal %d' % -status
    if status not in allowed:
        return 'exit status %s' % status
    return None


def first_line(text):
    text = text.decode('utf-8', 'replace').strip()
    return text.splitlines()[0] if text else ''


def display_width(prefix):
    """Column reached by a caret-line prefix: tabs advance to multiples of 8."""
    col = 0
    for ch in prefix:
        col = (col // 8 + 1) * 8 if ch == '\t' else col + 1
    return col


def check_caret(data, err_lines, line, col):
    """Checks the source line and caret under the first diagnostic; returns a problem or None."""
    src_lines = data.replace(b'\r\n', b'\n').replace(b'\r', b'\n').split(b'\n')
    if line > len(src_lines) or (line == len(src_lines) and not src_lines[-1]):
        return None  # diagnostic at end of file: nothing to quote
    src = src_lines[line - 1]
    try:
        src_text = src.decode('utf-8')
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 32 and c != '\t' for c in src_text):
        return None
    if len(err_lines) < 3:
        return 'no source line and caret after the diagnostic'
    if err_lines[1] != src:
        return 'quoted source line differs from line %d' % line
    if not CARET_RE.match(err_lines[2]):
        return 'malformed caret line %r' % err_lines[2].decode('utf-8', 'replace')
    prefix = err_lines[2].decode('utf-8', 'replace').split('^')[0]
    if display_width(prefix) != col - 1:
        return 'caret at column %d, diagnostic says %d' % (display_width(prefix) + 1, col)
    return None


def mpy_cross_verdict(args, path, tmpdir):
    """Runs stock mpy-cross on a file: (accepted, line of its error or None)."""
    out = os.path.join(tmpdir, '%d.mpy' % abs(hash(path)))
    try:
        r = subprocess.run([args.mpy_cross] + args.mpy_cross_arg + ['-o', out, path],
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return False, None
    m = re.search(rb'line (\d+)', r.stdout)
    return r.returncode == 0, int(m.group(1)) if m else None


def verify_lists(args, syn_dir, err_dir, syn_files, err_files, mp_accepts, mp_rejects):
    """Checks the corpus against stock mpy-cross; returns a list of problems."""
    problems = []
    tmp = tempfile.mkdtemp(prefix='mpyc-golden-')
    try:
        syn = run_pool(args.jobs, lambda n: mpy_cross_verdict(args, os.path.join(syn_dir, n),
                                                              tmp), syn_files)
        err = run_pool(args.jobs, lambda n: mpy_cross_verdict(args, os.path.join(err_dir, n),
                                                              tmp), err_files)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for name, (ok, line) in zip(syn_files, syn):
        if not ok:
            problems.append('corpus: mpy-cross rejects syntax/%s (line %s)' % (name, line))
    for name, (ok, line) in zip(err_files, err):
        if name.startswith('sema_'):
            continue
        if ok != (name in mp_accepts):
            problems.append('corpus: mpy-cross %s errors/%s, MICROPYTHON_ACCEPTS.txt says otherwise'
                            % ('accepts' if ok else 'rejects', name))
        if name in mp_rejects and not ok and line is not None and line != mp_rejects[name]:
            problems.append('corpus: mpy-cross rejects errors/%s on line %d, '
                            'MICROPYTHON_REJECTS.txt says %d' % (name, line, mp_rejects[name]))
    return problems


def read_list(path):
    """Lines of a corpus list file, without blanks and comments."""
    if not os.path.exists(path):
        return []
    with open(path) as fh:
        return [l.strip() for l in fh if l.strip() and not l.startswith('#')]


class Result:
    def __init__(self, name):
        self.name = name
        self.ok = False
        self.hard = None      # reason for a gating failure
        self.detail = ''
        self.caret = None     # source/caret problem (reported, not gating)


def check_valid(mpyc, path, cwd, timeout):
    res = Result(os.path.relpath(path, cwd))
    status, out, err = run_mpyc(mpyc, res.name, cwd, timeout)
    crash = crash_reason(status, out, err, (0, 1))
    if crash:
        res.hard = 'crash'
        res.detail = '%s: %s' % (crash, first_line(err))
    elif status != 0:
        res.hard = 'rejected'
        res.detail = first_line(err)
    elif out or (err and not is_warning(err)):
        res.hard = 'output'
        res.detail = 'accepted but printed: %s' % first_line(out + err)
    else:
        # A warning is allowed: CPython rejects a few things that stock mpy-cross compiles.
        res.ok = True
    return res


def is_warning(err):
    m = DIAG_RE.match(err.split(b'\n')[0])
    return bool(m) and m.group('sev') == b'warning'



def check_invalid(mpyc, path, cwd, timeout, mp_rejects, strict):
    res = Result(os.path.basename(path))
    with open(path, 'rb') as fh:
        data = fh.read()
    want = cpython_error(data)
    if want is None:
        if res.name not in mp_rejects:
            res.hard = 'corpus'
            res.detail = 'CPython accepts this file and it is not in MICROPYTHON_REJECTS.txt'
            return res
        want = (mp_rejects[res.name], 'mpy-cross rejects, CPython accepts')
        judge = 'MicroPython'
    else:
        judge = 'CPython'
    status, out, err = run_mpyc(mpyc, res.name, cwd, timeout)
    crash = crash_reason(status, out, err, (0, 1))
    if crash:
        res.hard = 'crash'
        res.detail = '%s: %s' % (crash, first_line(err))
        return res
    # Exit 0 passes only with a warning where CPython has its error (what CPython rejects but
    # stock mpy-cross compiles is a warning, so that every file mpy-cross takes compiles).
    if status == 0 and not is_warning(err):
        res.hard = 'accepted'
        res.detail = '%s line %s: %s' % ((judge,) + want)
        return res
    err_lines = err.split(b'\n')
    m = DIAG_RE.match(err_lines[0])
    if not m or m.group('file') != res.name.encode():
        res.hard = 'format'
        res.detail = 'first diagnostic not in file:line:col: error: form: %s' % first_line(err)
        return res
    line, col = int(m.group('line')), int(m.group('col'))
    msg = m.group('msg').decode('utf-8', 'replace')
    res.got = (line, msg)
    res.caret = check_caret(data, err_lines, line, col)
    if res.caret and strict:
        res.hard = 'caret'
        res.detail = res.caret
    res.ok = line == want[0]
    if not res.ok:
        res.detail = 'ours %d (%s) vs %s %s (%s)' % (line, msg, judge, want[0], want[1])
    return res


def run_pool(jobs, fn, items):
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(fn, items))


def golden(args):
    syn_dir = os.path.join(GOLDEN, 'syntax')
    err_dir = os.path.join(GOLDEN, 'errors')

    def selected(names):
        return sorted(n for n in names if n.endswith('.py')
                      and (not args.only or any(fnmatch.fnmatch(n, p) for p in args.only)))

    syn_files = selected(os.listdir(syn_dir))
    err_files = selected(os.listdir(err_dir))
    mp_accepts = set(read_list(os.path.join(err_dir, 'MICROPYTHON_ACCEPTS.txt')))
    mp_rejects = {}
    for entry in read_list(os.path.join(err_dir, 'MICROPYTHON_REJECTS.txt')):
        name, line = entry.split()
        mp_rejects[name] = int(line)
    hard = []
    for name in sorted((mp_accepts | set(mp_rejects)) - set(os.listdir(err_dir))):
        hard.append('corpus: %s is listed but missing' % name)
    if args.mpy_cross:
        hard += verify_lists(args, syn_dir, err_dir, syn_files, err_files, mp_accepts,
                             mp_rejects)

    valid = run_pool(args.jobs, lambda n: check_valid(args.mpyc, os.path.join(syn_dir, n),
                                                      syn_dir, args.timeout), syn_files)
    invalid = run_pool(args.jobs, lambda n: check_invalid(args.mpyc, os.path.join(err_dir, n),
                                                          err_dir, args.timeout, mp_rejects,
                                                          args.strict), err_files)

    for r in valid:
        if r.hard:
            hard.append('syntax/%s: %s: %s' % (r.name, r.hard, r.detail))
    mismatches = []
    for r in invalid:
        if r.hard:
            hard.append('errors/%s: %s: %s' % (r.name, r.hard, r.detail))
        elif not r.ok:
            tag = ' [MicroPython accepts]' if r.name in mp_accepts else ''
            mismatches.append('errors/%s: %s%s' % (r.name, r.detail, tag))
    carets = ['errors/%s: %s' % (r.name, r.caret) for r in invalid if r.caret and not r.hard]

    n_valid_ok = sum(r.ok for r in valid)
    n_lines_ok = sum(r.ok for r in invalid)
    print('syntax: %d of %d valid files accepted' % (n_valid_ok, len(valid)))
    for line in mismatches:
        print('MISMATCH ' + line)
    for line in carets:
        print('CARET ' + line)
    for line in hard:
        print('FAIL ' + line)
    agreement = 100.0 * n_lines_ok / len(invalid) if invalid else 100.0
    print('errors: first-error line agrees with CPython on %d of %d files (%.1f%%)'
          % (n_lines_ok, len(invalid), agreement))
    passed = n_valid_ok + n_lines_ok
    print('%d passed, %d failed' % (passed, len(valid) + len(invalid) - passed))
    if hard:
        return 1
    if agreement < MIN_AGREEMENT:
        print('line agreement %.1f%% is below %.0f%%' % (agreement, MIN_AGREEMENT))
        return 1
    return 0


def corpus(args):
    root = os.path.abspath(args.corpus)
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        files += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith('.py')]
    files = [f for f in files
             if not args.only or any(fnmatch.fnmatch(os.path.relpath(f, root), p)
                                     for p in args.only)]
    tmp = tempfile.mkdtemp(prefix='mpyc-corpus-')

    def judge(path):
        """Stock mpy-cross's verdict: True if it compiles the file."""
        return mpy_cross_verdict(args, path, tmp)[0] if args.mpy_cross else True

    def check(path):
        res = check_valid(args.mpyc, path, root, args.timeout)
        res.reference = judge(path)
        with open(path, 'rb') as fh:
            res.cpython = cpython_error(fh.read()) is None
        return res

    try:
        results = run_pool(args.jobs, check, files)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    ref = 'mpy-cross' if args.mpy_cross else 'expected valid'
    hard, extra = [], []
    for r in results:
        if r.hard == 'crash' or (r.hard and r.reference):
            hard.append('%s: %s: %s' % (r.name, r.hard, r.detail))
        elif r.ok and not r.reference:
            extra.append(r.name)
    for line in hard:
        print('FAIL ' + line)
    if args.mpy_cross:
        for name in extra:
            print('NOTE accepted by mpyc, rejected by mpy-cross: ' + name)
    n_ref = sum(r.reference for r in results)
    n_ours = sum(r.ok for r in results)
    n_both = sum(r.ok and r.reference for r in results)
    n_cpy = sum(r.cpython for r in results)
    print('%s: %d files; %s accepts %d; mpyc accepts %d (%d of those %s accepts); '
          'CPython %d.%d compiles %d'
          % (root, len(results), ref, n_ref, n_ours, n_both, ref, sys.version_info[0],
             sys.version_info[1], n_cpy))
    print('%d passed, %d failed' % (len(results) - len(hard), len(hard)))
    return 1 if hard else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('mpyc', help='path to the mpyc binary')
    ap.add_argument('--corpus', metavar='DIR',
                    help='only check that the .py files under DIR are accepted')
    ap.add_argument('--mpy-cross', metavar='PATH', default=os.environ.get('MPY_CROSS'),
                    help='stock mpy-cross (default: $MPY_CROSS). With --corpus it decides which '
                         'files are valid (without it every file must be); otherwise it checks '
                         'the golden corpus and its MICROPYTHON_*.txt lists')
    ap.add_argument('--mpy-cross-arg', action='append', default=[], metavar='ARG',
                    help='extra argument for mpy-cross, e.g. -march=armv7emsp for native code')
    ap.add_argument('--only', action='append', metavar='GLOB',
                    help='only run files whose name (relative path with --corpus) matches')
    ap.add_argument('--strict', action='store_true',
                    help='also fail on a wrong quoted source line or caret')
    ap.add_argument('-j', '--jobs', type=int, default=2, help='parallel mpyc runs (default 2)')
    ap.add_argument('--timeout', type=float, default=20.0, help='seconds per file (default 20)')
    args = ap.parse_args()
    if not os.access(args.mpyc, os.X_OK):
        print('%s: not an executable' % args.mpyc, file=sys.stderr)
        return 2
    args.mpyc = os.path.abspath(args.mpyc)
    if args.mpy_cross:
        args.mpy_cross = os.path.abspath(args.mpy_cross)
    reexec_with_reference_python()
    return corpus(args) if args.corpus else golden(args)


if __name__ == '__main__':
    sys.exit(main())
