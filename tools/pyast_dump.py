#!/usr/bin/env python3
"""Prints CPython's AST of Python files in the text form of `mpyc --dump=ast`.

CPython's ast module is the reference for the shape of mpyc's syntax tree: operator precedence,
associativity, statement structure. This script maps CPython 3.11's tree to mpyc's form:
same-precedence binary operator runs (`a + b - c`) become one chain as MicroPython keeps them,
comparisons and boolean runs are already flat, an `elif` chain is one flat `if`, call arguments are
listed in source order, f-strings become the `'template'.format(args)` call that MicroPython's
lexer produces, and constants print as mpyc prints them. The layout rules (one statement per line,
blocks on their own lines) are those of compiler/parse/ast_dump.c.

Usage:
  pyast_dump.py FILE                 print the dump of FILE
  pyast_dump.py --compare MPYC PATH...
                                     for every .py file under each PATH (a file or a directory),
                                     compare `MPYC --dump=ast FILE` with this script's dump;
                                     print a unified diff for each difference; exit 1 if any
Exit status: 0 same / printed, 1 differences, 2 usage error, 3 the file has syntax that
MicroPython does not accept (its dump cannot be compared).
"""

import ast
import difflib
import io
import os
import subprocess
import sys
import tokenize


class Unsupported(Exception):
    """The file uses syntax that MicroPython rejects."""


# ---- leaves ----

def escape(data, is_bytes):
    """The escaping of sb_put_escaped() (compiler/util/strbuf.c) with a single-quote delimiter."""
    out = bytearray()
    for c in data:
        if c == 0x5C:
            out += b"\\\\"
        elif c == 0x0A:
            out += b"\\n"
        elif c == 0x0D:
            out += b"\\r"
        elif c == 0x09:
            out += b"\\t"
        elif c == 0x27:
            out += b"\\'"
        elif c < 0x20 or c == 0x7F or (is_bytes and c >= 0x80):
            out += b"\\x%02x" % c
        else:
            out.append(c)
    return out.decode("utf-8", "surrogateescape")


def fmt_float(v):
    """Shortest '%.Ng' form that reads back as v (what ast_dump.c prints)."""
    s = ""
    for prec in range(1, 18):
        s = "%.*g" % (prec, v)
        if float(s) == v:
            break
    return s


def str_leaf(value):
    return "(str '%s')" % escape(value.encode("utf-8", "surrogatepass"), False)


# ---- the tree in mpyc's form: None, a leaf string, or (label, [kids]) ----

BINOP_TEXT = {
    ast.BitOr: "|", ast.BitXor: "^", ast.BitAnd: "&", ast.LShift: "<<", ast.RShift: ">>",
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/", ast.Mod: "%",
    ast.FloorDiv: "//", ast.Pow: "**",
}
# Precedence levels whose runs MicroPython keeps as one node ('**' is not among them).
BINOP_LEVEL = {
    ast.BitOr: 1, ast.BitXor: 2, ast.BitAnd: 3, ast.LShift: 4, ast.RShift: 4, ast.Add: 5,
    ast.Sub: 5, ast.Mult: 6, ast.MatMult: 6, ast.Div: 6, ast.Mod: 6, ast.FloorDiv: 6,
}
CMP_TEXT = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}
UNOP_TEXT = {ast.UAdd: "+", ast.USub: "-", ast.Invert: "~", ast.Not: "not"}


def name_leaf(ident):
    return "(name %s)" % ident


class Converter:
    def __init__(self, source):
        self.source = source
        self.lines = source.splitlines(keepends=True)

    def text_at(self, lineno, col, n):
        """n characters of source from (lineno, col); col is a UTF-8 byte offset."""
        if lineno < 1 or lineno > len(self.lines):
            return ""
        raw = self.lines[lineno - 1].encode("utf-8")
        return raw[col:col + n * 4].decode("utf-8", "replace")[:n]

    def segment(self, node):
        return ast.get_source_segment(self.source, node)

    # -- statements --

    def block(self, stmts):
        return ("block", [self.stmt(s) for s in stmts])

    def block_opt(self, stmts):
        return self.block(stmts) if stmts else None

    def stmt(self, s):
        m = getattr(self, "s_" + type(s).__name__, None)
        if m is None:
            raise Unsupported("statement %s" % type(s).__name__)
        return m(s)

    def s_Expr(self, s):
        return ("expr", [self.expr(s.value)])

    def s_Assign(self, s):
        return ("assign", [self.expr(t) for t in s.targets] + [self.expr(s.value)])

    def s_AugAssign(self, s):
        return ("augassign " + BINOP_TEXT[type(s.op)] + "=", [self.expr(s.target), self.expr(s.value)])

    def s_AnnAssign(self, s):
        return ("annassign", [self.expr(s.target), self.expr(s.annotation), self.opt(s.value)])

    def s_Delete(self, s):
        return ("del", [self.expr(t) for t in s.targets])

    def s_Pass(self, s):
        return "(pass)"

    def s_Break(self, s):
        return "(break)"

    def s_Continue(self, s):
        return "(continue)"

    def s_Return(self, s):
        return ("return", [self.opt(s.value)])

    def s_Raise(self, s):
        return ("raise", [self.opt(s.exc), self.opt(s.cause)])

    def s_Global(self, s):
        return ("global", [name_leaf(n) for n in s.names])

    def s_Nonlocal(self, s):
        return ("nonlocal", [name_leaf(n) for n in s.names])

    def s_Assert(self, s):
        return ("assert", [self.expr(s.test), self.opt(s.msg)])

    @staticmethod
    def dotted(name):
        return ("dotted", [name_leaf(p) for p in name.split(".")])

    def s_Import(self, s):
        return ("import", [("alias", [self.dotted(a.name), name_leaf(a.asname) if a.asname else None])
                           for a in s.names])

    def s_ImportFrom(self, s):
        kids = [self.dotted(s.module) if s.module else None]
        if len(s.names) == 1 and s.names[0].name == "*":
            kids.append("(importstar)")
        else:
            kids += [("alias", [name_leaf(a.name), name_leaf(a.asname) if a.asname else None])
                     for a in s.names]
        return ("importfrom %d" % s.level, kids)

    def is_elif(self, s):
        return self.text_at(s.lineno, s.col_offset, 4) == "elif"

    def s_If(self, s):
        # An elif chain is one flat node: the ifs nested in orelse that were written `elif`.
        kids = [self.expr(s.test), self.block(s.body)]
        while len(s.orelse) == 1 and isinstance(s.orelse[0], ast.If) and self.is_elif(s.orelse[0]):
            s = s.orelse[0]
            kids.append(("elif", [self.expr(s.test), self.block(s.body)]))
        return ("if", kids + [self.block_opt(s.orelse)])

    def s_While(self, s):
        return ("while", [self.expr(s.test), self.block(s.body), self.block_opt(s.orelse)])

    def s_For(self, s, label="for"):
        return (label, [self.expr(s.target), self.expr(s.iter), self.block(s.body),
                        self.block_opt(s.orelse)])

    def s_AsyncFor(self, s):
        return self.s_For(s, "asyncfor")

    def s_Try(self, s):
        handlers = None
        if s.handlers:
            handlers = ("handlers", [("except", [self.opt(h.type), name_leaf(h.name) if h.name else None,
                                                 self.block(h.body)]) for h in s.handlers])
        return ("try", [self.block(s.body), handlers, self.block_opt(s.orelse),
                        self.block_opt(s.finalbody)])

    def paren_items(self, s):
        """Whether CPython read `with (a, b):` as parenthesized items, and with a trailing comma."""
        seg = self.segment(s) or ""
        try:
            toks = [t for t in tokenize.generate_tokens(io.StringIO(seg).readline)
                    if t.type not in (tokenize.NL, tokenize.COMMENT)]
        except (tokenize.TokenError, SyntaxError):
            return False, False
        i = 0
        while i < len(toks) and toks[i].string in ("async", "with"):
            i += 1
        if i >= len(toks) or toks[i].string != "(":
            return False, False
        depth = 0
        for j in range(i, len(toks)):
            if toks[j].string in "([{" and toks[j].type == tokenize.OP:
                depth += 1
            elif toks[j].string in ")]}" and toks[j].type == tokenize.OP:
                depth -= 1
                if depth == 0:
                    after = toks[j + 1].string if j + 1 < len(toks) else ""
                    return after == ":", toks[j - 1].string == ","
        return False, False

    def s_With(self, s, label="with"):
        paren, trailing = self.paren_items(s)
        if paren and (len(s.items) > 1 or trailing):
            # MicroPython reads the parentheses as a tuple: one context manager.
            if any(i.optional_vars for i in s.items):
                raise Unsupported("parenthesized context managers")
            items = [("withitem", [("tuple", [self.expr(i.context_expr) for i in s.items]), None])]
        else:
            items = [("withitem", [self.expr(i.context_expr), self.opt(i.optional_vars)])
                     for i in s.items]
        return (label, items + [self.block(s.body)])

    def s_AsyncWith(self, s):
        return self.s_With(s, "asyncwith")

    def params(self, a, annotations=True):
        if a.posonlyargs:
            raise Unsupported("positional-only parameters")
        ann = (lambda x: self.opt(x.annotation)) if annotations else (lambda x: None)
        out = []
        n_nodefault = len(a.args) - len(a.defaults)
        for i, arg in enumerate(a.args):
            d = a.defaults[i - n_nodefault] if i >= n_nodefault else None
            out.append(("param", [name_leaf(arg.arg), ann(arg), self.opt(d)]))
        if a.vararg:
            out.append(("param *", [name_leaf(a.vararg.arg), ann(a.vararg), None]))
        elif a.kwonlyargs:
            out.append(("param *", [None, None, None]))
        for arg, d in zip(a.kwonlyargs, a.kw_defaults):
            out.append(("param", [name_leaf(arg.arg), ann(arg), self.opt(d)]))
        if a.kwarg:
            out.append(("param **", [name_leaf(a.kwarg.arg), ann(a.kwarg), None]))
        return ("params", out)

    def decorators(self, decs):
        return ("decorators", [self.expr(d) for d in decs]) if decs else None

    def s_FunctionDef(self, s, label="def"):
        return (label, [name_leaf(s.name), self.params(s.args), self.opt(s.returns),
                        self.block(s.body), self.decorators(s.decorator_list)])

    def s_AsyncFunctionDef(self, s):
        return self.s_FunctionDef(s, "asyncdef")

    def s_ClassDef(self, s):
        args = self.arguments(s.bases, s.keywords)
        return ("class", [name_leaf(s.name), ("args", args) if args else None, self.block(s.body),
                          self.decorators(s.decorator_list)])

    # -- expressions --

    def opt(self, e):
        return None if e is None else self.expr(e)

    def expr(self, e):
        m = getattr(self, "e_" + type(e).__name__, None)
        if m is None:
            raise Unsupported("expression %s" % type(e).__name__)
        return m(e)

    def e_BoolOp(self, e):
        return ("boolop " + ("and" if isinstance(e.op, ast.And) else "or"),
                [self.expr(v) for v in e.values])

    def e_NamedExpr(self, e):
        return ("namedexpr", [self.expr(e.target), self.expr(e.value)])

    def e_BinOp(self, e):
        if isinstance(e.op, ast.Pow):
            return ("binop", [self.expr(e.left), "**", self.expr(e.right)])
        level = BINOP_LEVEL[type(e.op)]
        # Walk down the left spine while the left operand is an unparenthesized run of the
        # same level: it then starts exactly where this node starts.
        chain = [(e.op, e.right)]
        left = e.left
        while (isinstance(left, ast.BinOp) and BINOP_LEVEL.get(type(left.op)) == level
               and (left.lineno, left.col_offset) == (e.lineno, e.col_offset)):
            chain.append((left.op, left.right))
            left = left.left
        kids = [self.expr(left)]
        for op, right in reversed(chain):
            kids += [BINOP_TEXT[type(op)], self.expr(right)]
        return ("binop", kids)

    def e_UnaryOp(self, e):
        return ("unop " + UNOP_TEXT[type(e.op)], [self.expr(e.operand)])

    def e_Lambda(self, e):
        return ("lambda", [self.params(e.args, annotations=False), self.expr(e.body)])

    def e_IfExp(self, e):
        return ("ifexp", [self.expr(e.body), self.expr(e.test), self.expr(e.orelse)])

    def e_Dict(self, e):
        if any(k is None for k in e.keys):
            raise Unsupported("dict unpacking in a display")
        return ("dict", [("item", [self.expr(k), self.expr(v)]) for k, v in zip(e.keys, e.values)])

    def e_Set(self, e):
        if any(isinstance(x, ast.Starred) for x in e.elts):
            raise Unsupported("unpacking in a set display")
        return ("set", [self.expr(x) for x in e.elts])

    def e_List(self, e):
        return ("list", [self.expr(x) for x in e.elts])

    def e_Tuple(self, e):
        return ("tuple", [self.expr(x) for x in e.elts])

    def clauses(self, generators):
        out = []
        for g in generators:
            if g.is_async:
                raise Unsupported("asynchronous comprehensions")
            out.append(("compfor", [self.expr(g.target), self.expr(g.iter)]))
            out += [("compif", [self.expr(c)]) for c in g.ifs]
        return out

    def e_ListComp(self, e):
        return ("listcomp", [self.expr(e.elt)] + self.clauses(e.generators))

    def e_SetComp(self, e):
        return ("setcomp", [self.expr(e.elt)] + self.clauses(e.generators))

    def e_GeneratorExp(self, e):
        return ("genexp", [self.expr(e.elt)] + self.clauses(e.generators))

    def e_DictComp(self, e):
        return ("dictcomp", [("item", [self.expr(e.key), self.expr(e.value)])]
                + self.clauses(e.generators))

    def e_Await(self, e):
        return ("await", [self.expr(e.value)])

    def e_Yield(self, e):
        return ("yield", [self.opt(e.value)])

    def e_YieldFrom(self, e):
        return ("yieldfrom", [self.expr(e.value)])

    def e_Compare(self, e):
        kids = [self.expr(e.left)]
        for op, c in zip(e.ops, e.comparators):
            kids += [CMP_TEXT[type(op)], self.expr(c)]
        return ("compare", kids)

    def arguments(self, args, keywords):
        """Positional and keyword arguments merged back into source order."""
        items = []
        for a in args:
            items.append(((a.lineno, a.col_offset), self.expr(a)))
        for k in keywords:
            if k.arg is None:
                node = ("dstar", [self.expr(k.value)])
            else:
                node = ("keyword", [name_leaf(k.arg), self.expr(k.value)])
            items.append(((k.lineno, k.col_offset), node))
        items.sort(key=lambda x: x[0])
        return [n for _, n in items]

    def e_Call(self, e):
        return ("call", [self.expr(e.func)] + self.arguments(e.args, e.keywords))

    def e_Attribute(self, e):
        return ("attr", [self.expr(e.value), name_leaf(e.attr)])

    def e_Subscript(self, e):
        if isinstance(e.slice, ast.Starred) or (
                isinstance(e.slice, ast.Tuple) and any(isinstance(x, ast.Starred) for x in e.slice.elts)):
            raise Unsupported("unpacking in a subscript")
        return ("subscript", [self.expr(e.value), self.expr(e.slice)])

    def e_Slice(self, e):
        return ("slice", [self.opt(e.lower), self.opt(e.upper), self.opt(e.step)])

    def e_Starred(self, e):
        return ("star", [self.expr(e.value)])

    def e_Name(self, e):
        # MicroPython's lexer turns __debug__ into True (at optimisation level 0).
        return "(const True)" if e.id == "__debug__" else name_leaf(e.id)

    def e_Constant(self, e):
        v = e.value
        if v is None or v is True or v is False:
            return "(const %s)" % v
        if v is Ellipsis:
            return "(const ...)"
        if isinstance(v, int):
            if v < 2 ** 63:
                return "(number %d)" % v
            prefix = (self.text_at(e.lineno, e.col_offset, 2) or "").lower()
            conv = {"0x": hex, "0o": oct, "0b": bin}.get(prefix, str)
            return "(number %s)" % conv(v)
        if isinstance(v, float):
            return "(number %s)" % fmt_float(v)
        if isinstance(v, complex):
            return "(number %sj)" % fmt_float(v.imag)
        if isinstance(v, str):
            return str_leaf(v)
        if isinstance(v, bytes):
            return "(bytes '%s')" % escape(v, True)
        raise Unsupported("constant %r" % (v,))

    def e_JoinedStr(self, e):
        seg = self.segment(e)
        if seg is None:
            raise Unsupported("f-string without a source position")
        template, args = mp_fstring(seg)
        kids = [("attr", [str_leaf(template), name_leaf("format")])]
        for text in args:
            sub = Converter("(" + text + ")")
            kids.append(sub.expr(ast.parse(sub.source, mode="eval").body))
        return ("call", kids)


# ---- f-strings as MicroPython's lexer rewrites them ----

def split_literal(tok):
    """A string token's prefix (lower case), quote and body."""
    i = 0
    while tok[i] not in "'\"":
        i += 1
    prefix, rest = tok[:i].lower(), tok[i:]
    q = rest[:3] if rest[:3] in ('"""', "'''") else rest[0]
    return prefix, q, rest[len(q):-len(q)]


def decode_run(prefix, quote, run):
    """The value of a piece of literal text, escapes decoded as the literal's prefix says."""
    if not run:
        return ""
    p = prefix.replace("f", "")
    return ast.literal_eval(p + quote + run + quote)


def mp_fstring(seg):
    """Template and argument texts of a (possibly concatenated) f-string literal, following
    MicroPython's rewrite: each `{expr` becomes `{` with `(expr)` as an argument; `{{`, `}`,
    conversions and format specs stay in the template; `{x=}` puts `x=` before the field."""
    toks = [t.string for t in tokenize.generate_tokens(io.StringIO("(" + seg + ")").readline)
            if t.type == tokenize.STRING]
    pieces, args = [], []
    for tok in toks:
        prefix, quote, body = split_literal(tok)
        if "f" not in prefix:
            pieces.append(decode_run(prefix, quote, body))
            continue
        run, i = "", 0
        while i < len(body):
            c = body[i]
            if c == "{":
                pieces.append(decode_run(prefix, quote, run))
                run = ""
                if body[i + 1:i + 2] == "{":
                    pieces.append("{{")
                    i += 2
                    continue
                j, depth = i + 1, 0
                while j < len(body):
                    d = body[j]
                    if depth == 0 and (d in ":}" or (d == "!" and body[j + 1:j + 2] in ("r", "s")
                                                     and body[j + 2:j + 3] in (":", "}"))):
                        break
                    if d in "[{":
                        depth += 1
                    elif d in "]}":
                        depth -= 1
                    j += 1
                text = body[i + 1:j]
                if text.endswith("="):
                    pieces.append(text)
                    text = text[:-1]
                pieces.append("{")
                args.append(text)
                i = j
            elif c == "\\" and i + 1 < len(body):
                run += body[i:i + 2]
                i += 2
            else:
                run += c
                i += 1
        pieces.append(decode_run(prefix, quote, run))
    return "".join(pieces), args


# ---- printing (the layout of ast_dump.c) ----

def own_line(parent, kid):
    if not isinstance(kid, tuple):
        return False
    label = kid[0]
    return label in ("block", "handlers", "except", "elif")


def render(node, indent, out):
    if node is None:
        out.append("-")
        return
    if isinstance(node, str):
        out.append(node)
        return
    label, kids = node
    out.append("(" + label)
    own = False
    for k in kids:
        own = own or label == "block" or own_line(label, k)
        out.append("\n" + " " * (indent + 2) if own else " ")
        render(k, indent + 2, out)
    out.append(")")


def dump_source(source):
    tree = ast.parse(source)
    conv = Converter(source)
    out = []
    for s in tree.body:
        render(conv.stmt(s), 0, out)
        out.append("\n")
    return "".join(out)


def read_source(path):
    with open(path, "rb") as f:
        data = f.read()
    return data.decode("utf-8", "surrogateescape")


def py_files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in sorted(os.walk(p)):
                for f in sorted(files):
                    if f.endswith(".py"):
                        yield os.path.join(root, f)
        else:
            yield p


def compare(mpyc, paths):
    n_same = n_diff = n_skip = 0
    for path in py_files(paths):
        try:
            source = read_source(path)
            want = dump_source(source)
            compile(source, path, "exec", dont_inherit=True)
        except Unsupported as e:
            print("skip %s: MicroPython does not support %s" % (path, e))
            n_skip += 1
            continue
        except SyntaxError as e:
            print("skip %s: CPython rejects it (%s)" % (path, e.msg))
            n_skip += 1
            continue
        r = subprocess.run([mpyc, "--dump=ast", path], capture_output=True)
        got = r.stdout.decode("utf-8", "surrogateescape")
        if r.returncode != 0 or got != want:
            n_diff += 1
            print("DIFF %s (mpyc exit %d)" % (path, r.returncode))
            sys.stdout.write(r.stderr.decode("utf-8", "replace")[:2000])
            diff = difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                        "cpython", "mpyc", n=1)
            sys.stdout.write("".join(list(diff)[:80]))
        else:
            n_same += 1
    print("pyast_dump: %d same, %d different, %d skipped" % (n_same, n_diff, n_skip))
    return 1 if n_diff or n_same == 0 else 0


def main(argv):
    if len(argv) >= 3 and argv[0] == "--compare":
        return compare(argv[1], argv[2:])
    if len(argv) != 1 or argv[0].startswith("--"):
        sys.stderr.write(__doc__)
        return 2
    try:
        text = dump_source(read_source(argv[0]))
    except Unsupported as e:
        sys.stderr.write("%s: MicroPython does not support %s\n" % (argv[0], e))
        return 3
    sys.stdout.buffer.write(text.encode("utf-8", "surrogateescape"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
