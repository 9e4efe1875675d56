#!/usr/bin/env python3
"""Generates the expectations of the parser unit tests from CPython.

Writes tests/unit/compiler/test_parse_cases.inc, the tables test_parse.c runs:
  - shape cases: the expected `mpyc --dump=ast` text of each snippet, printed from CPython's own
    AST by tools/pyast_dump.py;
  - error cases: the line, column and message of CPython 3.11's SyntaxError for each snippet
    (the column is left out, as -1, for the cases listed in NOCOL).
Run it with CPython 3.11 after changing the lists below: tools/gen_parse_cases.py
"""

import os
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "unit", "compiler", "test_parse_cases.inc")
sys.path.insert(0, os.path.join(ROOT, "tools"))
import pyast_dump  # noqa: E402

# (name, source): valid code whose tree shape matters.
SHAPES = [
    ("arith_chain_one_node", "x = a + b - c + d\n"),
    ("term_chain_one_node", "x = a * b / c // d % e @ f\n"),
    ("precedence_levels", "x = a | b ^ c & d << e + f * g ** h\n"),
    ("paren_breaks_chain", "x = (a + b) + c\n"),
    ("right_paren_nests", "x = a + (b + c)\n"),
    ("power_right_assoc", "x = a ** b ** c\n"),
    ("unary_binds_below_power", "x = -a ** -b\n"),
    ("await_binds_tighter_than_power", "async def f():\n    return await a ** 2\n"),
    ("compare_chain", "x = a < b <= c == d != e > f >= g\n"),
    ("compare_word_ops", "x = a is not b not in c in d is e\n"),
    ("not_over_compare", "x = not a == b\n"),
    ("bool_runs", "x = a or b or c and d and e\n"),
    ("bool_paren_nests", "x = (a or b) or c\n"),
    ("ifexp_right_nests", "x = a if b else c if d else e\n"),
    ("lambda_body_ifexp", "f = lambda x, *y, z=1, **k: x if y else z\n"),
    ("walrus_in_if", "if (n := len(a)) > 10:\n    pass\n"),
    ("walrus_in_call", "f(y := 1)\n"),
    ("assign_chain", "a = b = c = 1\n"),
    ("assign_tuple_targets", "a, b = c, *d = e\n"),
    ("star_target", "*a, b = c\n"),
    ("trailing_comma_tuple", "x = 1,\n"),
    ("annotated", "x: int = 1\ny: list\n"),
    ("augassign_all", "a += 1\na -= 1\na *= 1\na @= 1\na /= 1\na //= 1\na %= 1\na **= 1\n"
                      "a <<= 1\na >>= 1\na &= 1\na |= 1\na ^= 1\n"),
    ("del_targets", "del a, b[0], c.d\ndel (e, f)\ndel g,\n"),
    ("simple_statements", "pass; x = 1; break_ = 2;\n"),
    ("return_forms", "def f():\n    return\n    return 1\n    return 1, 2\n"),
    ("raise_forms", "raise\nraise E\nraise E from e\n"),
    ("global_nonlocal", "def f():\n    global a, b\n    c = 1\n    def g():\n        nonlocal c\n"),
    ("assert_forms", "assert x\nassert x, 'm'\n"),
    ("imports", "import a\nimport a.b.c as d, e\nfrom a import b\nfrom .a import (b as c, d,)\n"
                "from .. import x\nfrom ...a import *\nfrom .... import y\n"),
    ("if_elif_else", "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n"),
    ("else_holding_if", "if a:\n    pass\nelse:\n    if b:\n        pass\n"),
    ("while_else", "while a:\n    break\nelse:\n    pass\n"),
    ("for_else", "for a, b in c:\n    continue\nelse:\n    pass\n"),
    ("for_tuple_iter", "for x in 1, 2:\n    pass\n"),
    ("try_all", "try:\n    pass\nexcept E as e:\n    pass\nexcept (F, G):\n    pass\n"
                "except:\n    pass\nelse:\n    pass\nfinally:\n    pass\n"),
    ("try_finally", "try:\n    pass\nfinally:\n    pass\n"),
    ("with_items", "with a as b, c, d as (e, f):\n    pass\n"),
    ("with_paren_tuple", "with (a, b):\n    pass\n"),
    ("def_all_params", "def f(a, b: int = 1, *args: str, c, d=2, **kw: dict) -> None:\n    pass\n"),
    ("def_bare_star", "def f(a, *, b):\n    pass\n"),
    ("async_forms", "async def f():\n    async for x in y:\n        pass\n"
                    "    async with a as b:\n        await c\n"),
    ("decorators", "@a\n@b.c\n@d.e(1, k=2)\nclass C:\n    pass\n"),
    ("decorated_async", "@a\nasync def f():\n    pass\n"),
    ("class_args", "class A:\n    pass\nclass B():\n    pass\nclass C(D, *e, metaclass=M, **k):\n"
                   "    pass\n"),
    ("call_args_in_order", "f(a, *b, *c, d=1, **e, g=2)\n"),
    ("call_genexp", "f(x for x in y)\nf((x for x in y), 1)\n"),
    ("subscripts", "x[1]\nx[1:2]\nx[::3]\nx[:]\nx[1:2, 3]\nx[a, b]\nx[a,]\n"),
    ("displays", "x = [], [1, a], (), (1,), (1, 2), {}, {1: 2, 3: 4}, {1, 2}\n"),
    ("comprehensions", "x = [a for b in c if d if e for f in g]\ny = {a for b in c}\n"
                       "z = {a: b for c, d in e}\nw = (a for b in c)\n"),
    ("comprehension_iter_tuple_target", "x = [a for b, c in d]\n"),
    ("literals", "x = 1, 1.5, 2j, 1e100, 0x10, 0o17, 0b11, 1_000, 'a' 'b', b'c', None, True, "
                 "False, ...\n"),
    ("big_int", "x = 123456789012345678901234567890\ny = 0xFFFFFFFFFFFFFFFFFFFF\n"),
    ("string_escapes", "x = 'a\\tb\\n\\x00\\'', b'\\xff'\n"),
    ("yield_forms", "def g():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield\n"
                    "    yield from h()\n    y = (yield)\n"),
    ("fstring_call", "x = f'a{b}c{d!r:>{w}}'\n"),
    ("fstring_debug", "x = f'{a=}'\n"),
    ("fstring_concat", "x = 'p' f'{a}' 'q'\n"),
    ("attr_call_chain", "a.b(c)[d].e()\n"),
    ("starred_call", "print(*a, **b)\n"),
    ("keyword_only_call", "f(a=1, b=2)\n"),
    ("dunder_debug", "x = __debug__\n"),
]

# (name, source): code CPython rejects at compile time, with the error's place and message.
ERRORS = [
    ("if_missing_colon", "if x\n    pass\n"),
    ("if_no_block", "if x:\npass\n"),
    ("if_no_block_at_end", "if x:\n"),
    ("else_no_block", "if x:\n    pass\nelse:\npass\n"),
    ("elif_no_block", "if x:\n    pass\nelif y:\npass\n"),
    ("while_no_block", "while x:\npass\n"),
    ("for_no_block", "for x in y:\npass\n"),
    ("for_else_no_block", "for x in y:\n    pass\nelse:\npass\n"),
    ("try_no_block", "try:\npass\n"),
    ("except_no_block", "try:\n    pass\nexcept E:\npass\n"),
    ("bare_except_no_block", "try:\n    pass\nexcept:\npass\n"),
    ("finally_no_block", "try:\n    pass\nfinally:\npass\n"),
    ("try_else_no_block", "try:\n    pass\nexcept:\n    pass\nelse:\npass\n"),
    ("with_no_block", "with x:\npass\n"),
    ("def_no_block", "def f():\npass\n"),
    ("class_no_block", "class A:\npass\n"),
    ("async_def_no_block", "async def f():\npass\n"),
    ("async_for_no_block", "async def f():\n    async for x in y:\n    pass\n"),
    ("decorated_def_no_block", "@d\ndef f():\npass\n"),
    ("try_without_handlers", "try:\n    pass\nx = 1\n"),
    ("try_without_handlers_at_end", "try:\n    pass\n"),
    ("unexpected_indent_first_line", "  x = 1\n"),
    ("unexpected_indent", "x = 1\n  y = 2\n"),
    ("unexpected_indent_in_block", "def f():\n    x = 1\n        y = 2\n"),
    ("forgot_comma_call", "f(a b)\n"),
    ("forgot_comma_list_lines", "x = [1,\n  2\n  3]\n"),
    ("forgot_comma_dict", "d = {'a': 1\n'b': 2}\n"),
    ("forgot_comma_operand", "x = (a + b c)\n"),
    ("no_comma_outside_brackets", "x = 1 2\n"),
    ("name_then_string_in_brackets", "x = [a 'b']\n"),
    ("soft_keyword_then_operand", "x = [match 1]\n"),
    ("missing_operand", "x = -\n"),
    ("def_missing_paren", "def f:\n  pass\n"),
    ("def_bad_param", "def f(:\n  pass\n"),
    ("def_params_no_comma", "def f(x y):\n  pass\n"),
    ("class_bad_base", "class A(:\n  pass\n"),
    ("assign_in_if", "if x = 1:\n  pass\n"),
    ("assign_attr_in_while", "while x.y = 1:\n  pass\n"),
    ("assign_call_in_if", "if f() = 1:\n  pass\n"),
    ("assign_expr_in_if", "if a + b = 1:\n  pass\n"),
    ("incomplete_before_assign", "a + = 1\n"),
    ("print_statement", "print \"a\"\n"),
    ("print_statement_name", "print x\n"),
    ("comprehension_target_tuple", "[x, y for x in z]\n"),
    ("unpacking_in_genexp_arg", "print(*a for a in b)\n"),
    ("unpacking_in_listcomp", "[*a for a in b]\n"),
    ("lambda_missing_colon", "lambda x 1\n"),
    ("ifexp_missing_else", "x = a if b\n"),
    ("except_alone", "except E:\n  pass\n"),
    ("else_alone", "else:\n  pass\n"),
    ("import_from_order", "import a from b\n"),
    ("assign_nothing", "a = b = \n"),
    ("binop_missing_right", "x +\n"),
    ("walrus_statement", "x := 1\n"),
    ("double_semicolon", "x = 1; ; y\n"),
    ("for_missing_in", "for x y:\n  pass\n"),
    ("for_missing_colon", "for x in y\n  pass\n"),
    ("while_missing_colon", "while x\n  pass\n"),
    ("with_missing_colon", "with x as y\n  pass\n"),
    ("class_missing_colon", "class A\n  pass\n"),
    ("def_missing_colon", "def f()\n  pass\n"),
    ("try_missing_colon", "try\n  pass\n"),
    ("dict_missing_colon", "x = {1: 2, 3}\n"),
    ("dict_missing_value", "x = {1:}\n"),
    ("dict_forgot_comma", "x = {1: 2 3: 4}\n"),
    ("else_forced_colon", "if x:\n  pass\nelse x:\n  pass\n"),
    ("try_forced_colon", "try x:\n  pass\n"),
    ("def_forced_colon", "def f() x:\n  pass\n"),
    ("def_forced_colon_after_return", "def f() -> int x:\n  pass\n"),
    ("class_junk_before_colon", "class A x:\n  pass\n"),
    ("for_junk_before_colon", "for x in y z:\n  pass\n"),
    ("if_junk_before_colon", "if x y:\n  pass\n"),
    ("except_missing_colon", "try:\n  pass\nexcept E\n  pass\n"),
    ("bare_except_missing_colon", "try:\n  pass\nexcept\n  pass\n"),
    ("finally_forced_colon", "try:\n  pass\nfinally x:\n  pass\n"),
    ("keyword_attribute", "f(a.b=1)\n"),
    ("keyword_literal", "f(1=2)\n"),
    ("keyword_true", "f(True=2)\n"),
    ("walrus_attribute", "(a.b := 1)\n"),
    ("walrus_subscript", "(a[0] := 1)\n"),
    ("walrus_call", "(f() := 1)\n"),
    ("genexp_not_alone", "f(x for x in y, 1)\n"),
    ("genexp_after_arg", "f(1, x for x in y)\n"),
    ("genexp_trailing_comma", "f(x for x in y,)\n"),
    ("genexp_class_base", "class A(x for x in y): pass\n"),
    ("unclosed_then_statement", "x = (1 +\ny = 2\n"),
    ("unclosed_call_then_statement", "foo(1, 2\ny = 3\n"),
    ("unclosed_list_then_statement", "x = [1, 2\ny = 3\n"),
    ("unclosed_at_end_after_operand", "f(a b"),
    ("forgot_comma_unclosed_same_line", "f(a b c"),
    ("import_trailing_dot", "import a.\n"),
    ("from_import_nothing", "from . import\n"),
    ("from_import_trailing_comma", "from a import b,\n"),
    ("from_import_star_and_name", "from a import *, b\n"),
    ("import_star", "import *\n"),
    ("global_trailing_comma", "global a,\n"),
    ("attribute_number", "a.1\n"),
    ("ifexp_missing_orelse", "x = 1 if 2 else\n"),
    ("not_missing_operand", "x = not\n"),
    ("not_as_binary", "x = a not b\n"),
    ("is_not_missing_operand", "x = a is not\n"),
    ("list_double_comma", "x = [1, 2,, 3]\n"),
    ("call_only_comma", "f(,)\n"),
    ("set_only_comma", "x = {,}\n"),
    ("dict_missing_key", "x = {:1}\n"),
    ("slice_too_many_colons", "x[1:2:3:4]\n"),
    ("empty_subscript", "x[]\n"),
    ("class_keyword_alone", "class\n"),
    ("if_keyword_alone", "if\n"),
    ("raise_from_nothing", "raise from x\n"),
    ("raise_from_missing", "raise x from\n"),
    ("pass_with_operand", "pass x\n"),
    ("comprehension_missing_iter", "x = [i for i in]\n"),
    ("comprehension_missing_target", "x = [i for in y]\n"),
    ("comprehension_missing_element", "x = [for i in y]\n"),
    ("comprehension_if_missing", "x = (i for i in y if)\n"),
    ("decorator_missing", "@\ndef f(): pass\n"),
    ("decorator_not_before_def", "@d\nx = 1\n"),
    ("async_alone", "async x\n"),
    ("double_operator", "x = 3 * * 4\n"),
    ("three_operands", "x = a b c\n"),
    ("default_params_no_comma", "def f(a=1 b=2): pass\n"),
    ("keywords_no_comma", "f(a=1 b=2)\n"),
    ("strings_then_name", "x = 'a' 'b' c\n"),
    ("lexer_error_after_parse_error", "x = 1 2\ny = \"abc\n"),
    ("unexpected_indent_before_lexer_error", "  x\ny = \"abc\n"),
    ("deep_unary_is_fine", "x = " + "-" * 500 + "1\n" + "y = 1 2\n"),
    ("parenthesized_param", "def f((a)):\n  pass\n"),
    ("parenthesized_param_after_name", "def f(x, (a, b)):\n  pass\n"),
    ("parenthesized_param_after_default", "def f(x=1, (a)):\n  pass\n"),
    ("parenthesized_lambda_param", "lambda (x): 1\n"),
    ("parenthesized_lambda_param_after_name", "lambda x, (y): 1\n"),
    ("ifexp_colon_instead_of_else", "x = a if b : c\n"),
    ("with_as_inside_call", "with open(x as f:\n  pass\n"),
    ("no_block_blank_line_at_end", "if x:\n\n"),
    ("no_block_spaces_at_end", "if x:\n    "),
    ("no_block_comment_at_end", "if x:\n    # c\n"),
    ("try_end_after_blank_lines", "try:\n  x\n\n"),
    ("indentation_error_after_parse_error", "def f():\n     = 1\n    y = 2\n"),
    ("tab_error_after_parse_error", "if x:\n    a b\n\tc\n"),
]

NOCOL = {
}


def c_string(s):
    out = []
    for ch in s.encode("utf-8"):
        if ch == 0x5C:
            out.append("\\\\")
        elif ch == 0x22:
            out.append('\\"')
        elif ch == 0x0A:
            out.append("\\n")
        elif ch == 0x09:
            out.append("\\t")
        elif 0x20 <= ch < 0x7F:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    # Split long literals (between escapes, never inside one) so lines stay readable.
    parts, cur = [], ""
    for unit in out:
        if len(cur) + len(unit) > 80:
            parts.append(cur)
            cur = ""
        cur += unit
    parts.append(cur)
    return "\n        ".join('"%s"' % p for p in parts)


def cpython_error(src):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(src, "<test>", "exec", dont_inherit=True)
        except SyntaxError as e:
            return e.lineno, e.offset, e.msg
    return None


def main():
    if sys.version_info[:2] != (3, 11):
        sys.stderr.write("gen_parse_cases.py: run with CPython 3.11\n")
        return 2
    out = ["// Generated by tools/gen_parse_cases.py from CPython %d.%d: do not edit.\n"
           % sys.version_info[:2]]
    out.append("static const parse_shape_case parse_shape_cases[] = {\n")
    for name, src in SHAPES:
        if cpython_error(src):
            sys.stderr.write("shape case %s does not compile\n" % name)
            return 1
        want = pyast_dump.dump_source(src)
        out.append("    {.name = \"%s\",\n     .src = %s,\n     .want = %s},\n"
                   % (name, c_string(src), c_string(want)))
    out.append("};\n\n")
    out.append("static const parse_error_case parse_error_cases[] = {\n")
    for name, src in ERRORS:
        err = cpython_error(src)
        if not err:
            sys.stderr.write("error case %s compiles\n" % name)
            return 1
        line, col, msg = err
        if name in NOCOL:
            col = -1
        out.append("    {.name = \"%s\",\n     .src = %s,\n     .line = %d, .col = %d, .msg = %s},\n"
                   % (name, c_string(src), line, col, c_string(msg)))
    out.append("};\n")
    with open(OUT, "w") as f:
        f.write("".join(out))
    print("wrote %s: %d shape cases, %d error cases" % (OUT, len(SHAPES), len(ERRORS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
