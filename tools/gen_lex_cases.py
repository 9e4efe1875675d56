#!/usr/bin/env python3
"""Generates the expectations of the lexer tests (tests/unit/compiler/lex_cases.inc).

- Token streams come from stock MicroPython's lexer, through a command given with
  --mpy-cross-tokens that reads a source file and prints one line per token:
  `LINE COLUMN KIND HEXTEXT` (KIND the number of MicroPython's mp_token_kind_t). This covers
  names, keywords, numbers, strings, escapes, concatenation, the f-string and t-string
  rewrites and layout. The committed lex_cases.inc holds its output for our own cases.
- Error cases come from CPython 3.11 (which must run this script): line, column and message
  of `compile(src, "t.py", "exec")`. Cases where mpyc words or places an error its own way on
  purpose are marked and explained next to the case.
- Number conversions come from CPython's own reading of each literal.

Usage: tools/gen_lex_cases.py --mpy-cross-tokens PATH [--mp-root CHECKOUT]
       (--mp-root: a MicroPython checkout, read only for the token kind names in py/lexer.h)
"""

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "unit", "compiler", "lex_cases.inc")

# ---- token streams (expected: stock MicroPython's lexer) ----
TOKEN_CASES = [
    # names and keywords
    ("names", b"x _y z9 \xc3\xa9t\xc3\xa9 __x__\n"),
    ("keywords", b"False None True and as assert async await break class continue def del "
                 b"elif else except finally for from global if import in is lambda nonlocal "
                 b"not or pass raise return try while with yield\n"),
    ("soft_keywords_are_names", b"match case type _ print exec\n"),
    ("debug_is_true", b"x = __debug__\n"),
    ("keyword_prefix_is_name", b"iff ifx in_ notx Trues\n"),
    # operators
    ("operators", b"+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != -> := = . ... , : ; "
                  b"( ) [ ] { }\n"),
    ("aug_assign", b"x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= 1; "
                   b"x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1\n"),
    ("dots", b"a.b ... .. x...\n"),
    # numbers
    ("ints", b"0 1 123 0x1F 0XaB 0o17 0O7 0b101 0B1 1_000 0x_ff 0b_1 00 0_0\n"),
    ("floats", b"1.5 1. .5 1e5 1E5 1e+5 1e-5 1.5e3 1_0.2_5 0.0 09.5 1_0e1_0\n"),
    ("imaginary", b"1j 1J 1.5j 1e3j .5j 0j 09j\n"),
    ("big_ints", b"123456789012345678901234567890 0xffffffffffffffffffff\n"),
    # strings
    ("strings", b"'a' \"b\" '''c''' \"\"\"d\"\"\" '' \"\"\n"),
    ("prefixes", b"u'a'\nr'b'\nb'c'\nrb'd'\nbr'e'\nf'g'\nrf'h'\nfr'i'\n"),
    ("escapes", b"'\\\\ \\' \\\" \\a \\b \\t \\n \\v \\f \\r'\n"),
    ("hex_escapes", b"'\\x41\\x7e\\xff' '\\u00e9\\u20ac' '\\U0001F600' '\\101\\7\\0'\n"),
    ("bytes_escapes", b"b'\\x00\\xff\\u1234\\U00012345\\101'\n"),
    ("unknown_escapes", b"'\\q\\8\\9\\ \\{'\nb'\\q'\n"),
    ("raw_strings", b"r'\\n\\'' r\"\\\"\"\nrb'\\x41'\n"),
    ("escape_newline", b"x = 'a\\\nb'\n"),
    ("triple_quoted", b"x = '''a\nb\n'c'\n\"\"'''\n"),
    ("non_ascii_str", b"'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'\n"),
    ("nul_escape", b"'a\\0b'\n"),
    ("concat", b"x = 'a' 'b' \"c\"\n"),
    ("concat_bytes", b"x = b'a' b'b' rb'c'\n"),
    ("concat_across_lines_in_brackets", b"x = ('a'\n  'b' # c\n  'c')\n"),
    ("concat_continuation", b"x = 'a' \\\n 'b'\n"),
    ("no_concat_across_newline", b"x = 'a'\n'b'\n"),
    # f-strings
    ("fstring_plain", b"f'plain'\n"),
    ("fstring_fields", b"f'a{x}b{y}c'\n"),
    ("fstring_spec_example", b"n = f\"a{x}b{y!r:>{w}}c{z=}\" f\"q\"\n"),
    ("fstring_conversions", b"f'{x!r}{y!s}{z!r:5}'\n"),
    ("fstring_braces", b"f'{{}}{{x}}{x}}}'\n"),
    ("fstring_debug", b"f'{x=}{y=!r}{z=:>5}{a + b=}'\n"),
    ("fstring_nested_brackets", b"f'{d[\"k\"]}{a[1:2]}{ {1: 2}[1] }{[1, 2][0]}'\n"),
    ("fstring_not_equal", b"f'{a!=b}'\n"),
    ("fstring_nested_fstring", b"f'{f\"{x}\"}'\n"),
    ("fstring_triple", b"f'''a\n{x}\nb'''\n"),
    ("fstring_raw", b"rf'\\n{x}\\q' fr'{y}\\t'\n"),
    ("fstring_escapes", b"f'\\n\\x41{x}\\t'\n"),
    ("fstring_concat_plain", b"x = 'a' f'{b}' 'c'\n"),
    ("fstring_concat_fstrings", b"x = f'{a}' f'{b}'\n"),
    ("fstring_call_args", b"f'{g(1, 2)}{h(*a, **k)}'\n"),
    ("fstring_spec_nested", b"f'{x:{w}.{p}}'\n"),
    ("fstring_in_call", b"print(f'{x}', 1)\n"),
    ("fstring_then_tokens", b"s = f'{x}' + y\nz = 1\n"),
    ("fstring_in_brackets_multiline", b"x = (f'{a}'\n     f'{b}')\ny\n"),
    # t-strings
    ("tstring_plain", b"t'plain'\n"),
    ("tstring_field", b"t'a{x}b'\n"),
    ("tstring_conversion_spec", b"t\"{x!r:>{w}}\"\n"),
    ("tstring_debug", b"t'{x=}' \nt'{y=:>4}'\n"),
    ("tstring_braces", b"t'{{x}}'\n"),
    ("tstring_newline", b"t\"\"\"a\nb{x}\"\"\"\n"),
    ("tstring_raw", b"rt'a\\\\n{x}'\n"),
    ("tstring_quotes_in_expr", b"t'{d[\"k\"]}'\n"),
    ("tstring_many", b"t'" + b"{x}" * 70 + b"'\n"),
    # layout
    ("layout_block", b"if x:\n    y\nz\n"),
    ("layout_nested", b"if a:\n  if b:\n    c\n  d\ne\n"),
    ("layout_dedent_many", b"if a:\n  if b:\n    if c:\n      d\ne\n"),
    ("layout_eof_dedents", b"if a:\n  if b:\n    c\n"),
    ("layout_no_final_newline", b"if a:\n  b"),
    ("layout_blank_lines", b"if a:\n\n  b\n\n\n  c\n"),
    ("layout_comment_lines", b"if a:\n# c\n  b\n      # d\n  c\n"),
    ("layout_tabs", b"if a:\n\tb\n\tif c:\n\t\td\n"),
    ("layout_space_tab", b"if a:\n \tb\n \tc\n"),
    ("layout_brackets", b"x = [1,\n  2,\n    3]\ny\n"),
    ("layout_continuation", b"x = 1 + \\\n    2\ny\n"),
    ("layout_semicolons", b"a; b; c\n"),
    ("layout_leading_blank_lines", b"\n\n# c\nx\n"),
    ("layout_empty", b""),
    ("layout_only_comment", b"# comment"),
    ("layout_only_newlines", b"\n\n\n"),
    ("layout_crlf", b"if a:\r\n  b\r\nc\r\n"),
    ("layout_cr", b"if a:\r  b\rc\r"),
    ("layout_def", b"def f(a,\n      b):\n    return a\n\nclass C:\n    pass\n"),
]

# ---- first error (expected: CPython 3.11) ----
# name, source, and flags: "nocol" when mpyc's column differs from CPython's (explained in
# a comment), ("msg", text) when mpyc words the error its own way, ("line", n) when CPython
# accepts the code and mpyc rejects it (the message is then mpyc's own).
ERROR_CASES = [
    ("unterminated", b"x = 'abc\n", ()),
    ("unterminated_eof", b"x = 'abc", ()),
    ("unterminated_triple", b"x = '''abc\n\n", ()),
    ("unterminated_triple_eof", b"x = '''abc", ()),
    ("unterminated_bytes", b"x = b'abc\n", ()),
    ("unterminated_fstring", b"x = f'abc\n", ()),
    ("unterminated_after_continuation", b"x = 'abc\\\ndef\n", ()),
    ("unterminated_triple_in_brackets", b"x = (1,\n  '''a\n\nb\n", ()),
    ("unterminated_triple_raw_bytes", b"y = 1\nx = rb'''a\nb\n", ()),
    ("decimal_then_name", b"1abc", ()),
    ("hex_empty", b"0x", ()),
    ("hex_bad_digit", b"0xg", ()),
    ("octal_digit_8", b"0o8", ()),
    ("octal_digit_8_later", b"0o18", ()),
    ("binary_digit_2", b"0b2", ()),
    ("leading_zeros", b"012", ()),
    ("leading_zeros_underscore", b"0_7", ()),
    ("leading_zeros_09", b"09", ()),
    ("trailing_underscore", b"1_", ()),
    ("double_underscore", b"1__2", ()),
    ("exponent_empty", b"1e", ()),
    ("exponent_sign_only", b"1e+", ()),
    ("attribute_of_int", b"1.real", ()),
    ("octal_empty", b"0o", ()),
    ("binary_empty", b"0b", ()),
    ("octal_underscore_only", b"0o_", ()),
    ("hex_trailing_underscore", b"0x1_", ()),
    ("binary_trailing_underscore", b"0b1_", ()),
    ("imaginary_then_name", b"1jk", ()),
    ("imaginary_underscore", b"1.5j_", ()),
    ("exponent_then_name", b"1e5x", ()),
    ("zero_then_name", b"0abc", ()),
    ("zero_exponent_empty", b"0e", ()),
    ("float_exponent_empty", b"0.e", ()),
    ("underscore_before_point", b"5_.5", ()),
    ("underscore_after_point", b"1._5", ()),
    ("continuation_then_char", b"x = 1 \\ y", ()),
    ("continuation_at_eof", b"x = \\", ()),
    ("continuation_newline_at_eof", b"x = \\\n", ()),
    ("never_closed", b"x = (1,\n", ()),
    ("never_closed_inner", b"x = [1,\n(2,\n", ()),
    ("never_closed_brace", b"x = {\n", ()),
    ("never_closed_call", b"f(x\n", ()),
    ("unmatched_paren", b"x = 1)", ()),
    ("unmatched_brace", b"x = }", ()),
    ("mismatch", b"x = (1]", ()),
    ("mismatch_other_line", b"(\n\n1]", ()),
    ("mismatch_call_other_line", b"foo(\n\n\n]", ()),
    ("too_many_parens", b"(" * 300, ()),
    ("parens_201", b"[" * 201, ()),
    ("too_many_indents", b"".join(b" " * i + b"if x:\n" for i in range(100))
     + b" " * 100 + b"pass\n", ()),
    ("unindent_mismatch", b"if x:\n    y\n  z\n", ()),
    ("unindent_mismatch_long_line", b"if x:\n    y\n  zzzz\n", ()),
    ("unindent_mismatch_one_space", b"if 1:\n  x\n y\n", ()),
    ("tab_error_tab_then_spaces", b"if x:\n\ty\n        z\n", ()),
    ("tab_error_spaces_then_tab", b"if x:\n        y\n\tz\n", ()),
    ("tab_error_mixed", b"if x:\n  \ty\n\t  z\n", ()),
    ("mix_bytes", b"'a' b'b'", ()),
    ("mix_bytes_lines", b"x = ('a'\n b'b')", ()),
    ("mix_bytes_lines_2", b"x = (b'a'\n 'b')", ()),
    ("fstring_empty", b"f'{}'", ()),
    ("fstring_empty_space", b"x = f'{ }'", ()),
    ("fstring_expecting_brace", b"x = f'{x:{y}'", ()),
    ("fstring_single_brace", b"x = f'a}b'", ()),
    # 'a' is a conversion CPython knows and MicroPython does not.
    ("fstring_bad_conversion", b"print(f'{x!z}')",
     (("msg", "f-string: invalid conversion character: expected 's' or 'r'"),)),
    ("escape_x_truncated", b"'\\x4'", ()),
    ("escape_x_truncated_later", b"x = 'ab\\x4'", ()),
    ("escape_u_truncated", b"'\\u12'", ()),
    ("escape_U_too_big", b"'\\U0011ffff'", ()),
    ("escape_x_bytes", b"b'\\x4'", ()),
    ("escape_in_triple_line_3", b"x = '''\n\n\\x4'''", ()),
    # Backslashes and the literal's own quotes inside a field are valid since CPython 3.12
    # (PEP 701) and MicroPython takes them: no error cases (tests/golden/bytecode/
    # fstring_pep701.py compares their bytes with stock's).
    ("fstring_starred", b'x = f"{*a}"', ("nocol",)),
    ("bytes_non_ascii", b"b'caf\xc3\xa9'", ()),
    ("bytes_non_ascii_raw_line_2", b"x = 1\ny = rb'\xff'", ()),
    ("bytes_non_ascii_second_literal", b'x = (b"a"\n  b"\xc3\xa9")', ()),
    # MicroPython reads a number and the name or '.' after it as one bad number; CPython reads
    # two tokens. mpyc rejects them as MicroPython does, in CPython's words for such numbers.
    ("number_then_keyword", b"x = 1if y else 2", (("msg", "invalid decimal literal"),
                                                   ("line", 1))),
    ("number_then_attribute", b"print(1.5.is_integer())", (("msg", "invalid decimal literal"),
                                                            ("line", 1))),
    ("hex_then_attribute", b"x = 1\nx = 0x1.real", (("msg", "invalid hexadecimal literal"),
                                                     ("line", 2))),
    # MicroPython rejects \N in bytes too (CPython keeps it as two bytes).
    ("escape_N_bytes", b'x = b"\\N"', (("msg", "unicode name escapes (\\N{...}) are not "
                                                "supported"), ("line", 1))),
    ("nul_byte_in_comment", b"# \x00\nx = $", (("msg", "source code cannot contain null bytes"),
                                                ("line", 1))),
    # \N{...} needs the Unicode name table, which MicroPython does not have.
    ("escape_N", b"'\\N{DASH}'", (("msg", "unicode name escapes (\\N{...}) are not supported"),)),
    ("dollar", b"x $ y", ()),
    ("question", b"x ? y", ()),
    ("bang", b"x ! y", ()),
    ("backtick", b"x = `y`", ()),
    ("del_char", b"x = 1\x7f", ()),
    ("control_char", b"x\x01 = 1", ()),
    ("euro_sign", b"x = \xe2\x82\xac", ()),
    ("euro_sign_start", b"\xe2\x82\xac = 1", ()),
    ("euro_sign_line_2", b"x = 1\n\xe2\x82\xac\n", ()),
    ("nbsp", b"x\xc2\xa0= 1", ()),
    ("nbsp_after", b"x = 1 \xc2\xa0", ()),
    ("zero_width_space", b"x\xe2\x80\x8b = 1", ()),
    ("line_separator", b"x\xe2\x80\xa8 = 1", ()),
    ("em_space", b"x = 1 + \xe2\x80\x83 2", ()),
    ("bom_in_middle", b"x = 1 \xef\xbb\xbf", ()),
    ("trademark", b"a\xe2\x84\xa2 = 1", ()),
    ("emoji", b"x = \xf0\x9f\x98\x80", ()),
    ("combining_first", b"\xcc\x81a = 1", ()),
    ("utf8_invalid_in_name", b"x = 1\nab\xff\n", ()),
    ("utf8_invalid_in_str", b"x = 'ab\xff'", ()),
    ("utf8_truncated_in_str", b"x = 'ab\xc3'", ()),
    ("utf8_bad_continuation_in_str", b"x = 'ab\xc3(d'", ()),
    ("utf8_truncated_3_in_str", b"x = '\xe2\x82'", ("nocol",)),
    ("utf8_in_triple_line_2", b"x = '''a\n\xffb'''", ()),
    ("utf8_overlong_in_str", b"x = '\xc0\x80'", ("nocol",)),
    # Columns: CPython counts undecodable bytes as columns, mpyc counts code points.
    ("utf8_surrogate_in_str", b"x = '\xed\xa0\x80'", ("nocol",)),
    ("utf8_too_big_in_str", b"x = '\xf4\x90\x80\x80'", ("nocol",)),
    ("utf8_surrogate_name", b"\xed\xa0\x80 = 1", ("nocol",)),
    # Python 3.11 says "source code string cannot contain null bytes", without a location.
    ("nul_byte", b"x\x00y", (("msg", "source code cannot contain null bytes"), ("line", 1))),
    ("nul_byte_line_2", b"x = 1\n\x00", (("msg", "source code cannot contain null bytes"),
                                         ("line", 2))),
    # MicroPython's prefixes are lower case only; CPython also takes upper case.
    ("upper_prefix", b"x = R'a'", (("msg", "string prefix 'R' is not supported (MicroPython's "
                                           "prefixes are lower case)"), ("line", 1))),
    ("upper_prefix_bytes", b"x = 1\nx = Rb'a'", (("msg", "string prefix 'Rb' is not supported "
                                                        "(MicroPython's prefixes are lower "
                                                        "case)"), ("line", 2))),
    # MicroPython rejects octal escapes above 0o377 in bytes (CPython 3.11 wraps them).
    ("bytes_octal_too_big", b"b'\\777'", (("msg", "(value error) invalid octal escape at "
                                                  "position 0"), ("line", 1))),
    # MicroPython 1.29 garbles concatenations that hold a t-string.
    ("tstring_concat", b"x = t'a' t'b'", (("msg", "t-strings cannot be concatenated"),
                                           ("line", 1))),
    ("tstring_concat_str", b"x = t'a' 'b'", (("msg", "cannot mix t-string literals with "
                                                     "string or bytes literals"), ("line", 1))),
    ("tstring_empty", b"x = t'{}'", (("msg", "t-string: empty expression not allowed"),
                                      ("line", 1))),
]

# Accepted by both (no error expected).
OK_CASES = [
    b"1.e5j", b"1_000j", b"x = 1 .real", b"x = f'{ *a, b}'", b"00", b"0_0", b"09.5", b"1e5_0", b"0x_1",
    b"b'\\xff\\u1234'", b"'\\777'", b"# \xff\n", b"x = 1\ny = 2\n# \xc3\n", b"\xef\xbb\xbfx = 1",
    b"\xc2\xb5 = 1", b"\xe4\xb8\xad = 1", b"a\xcc\x81 = 1", b"if 1:\n\n   \n  x\n",
    b"x = 1  # comment \\\ny", b"x = 'a' \\\n 'b'", b"x = (\n  1 +\n\n 2)\n",
    b"[" * 200 + b"]" * 200, b"x\n\x0cy\n", b"if x:\n  y\n\x0c  z\n",
    b"".join(b" " * i + b"if x:\n" for i in range(99)) + b" " * 99 + b"pass\n",
]

# ---- numbers (expected: CPython's value of each literal) ----
NUM_CASES = [
    "0", "7", "1_000", "0x1F", "0XaB", "0o17", "0b1011", "0_0", "00",
    "9223372036854775807", "9223372036854775808", "0x7fffffffffffffff", "0x8000000000000000",
    "123456789012345678901234567890", "0xFFFF_FFFF_FFFF_FFFF_FFFF", "0o7777777777777777777777777",
    "0b" + "1" * 70, "000000000000000000000000000000",
    "1.5", "1.", ".5", "1e5", "1E-5", "1_0.2_5e1_0", "0.1", "1e308", "1e309", "4.9e-324",
    "123456789012345678901234567890.0", "1j", "1.5J", "1e3j", "0j", "09.5",
]

def mp_token_names(mp_root):
    import re
    text = open(os.path.join(mp_root, "py", "lexer.h")).read()
    body = text.split("typedef enum _mp_token_kind_t")[1].split("}")[0]
    return [n[len("MP_TOKEN_"):] for n in re.findall(r"MP_TOKEN_[A-Z_0-9]+", body)]


OPS = {
    "OP_ASSIGN": ":=", "OP_TILDE": "~", "OP_LESS": "<", "OP_MORE": ">", "OP_DBL_EQUAL": "==",
    "OP_LESS_EQUAL": "<=", "OP_MORE_EQUAL": ">=", "OP_NOT_EQUAL": "!=", "OP_PIPE": "|",
    "OP_CARET": "^", "OP_AMPERSAND": "&", "OP_DBL_LESS": "<<", "OP_DBL_MORE": ">>",
    "OP_PLUS": "+", "OP_MINUS": "-", "OP_STAR": "*", "OP_AT": "@", "OP_DBL_SLASH": "//",
    "OP_SLASH": "/", "OP_PERCENT": "%", "OP_DBL_STAR": "**", "DEL_PIPE_EQUAL": "|=",
    "DEL_CARET_EQUAL": "^=", "DEL_AMPERSAND_EQUAL": "&=", "DEL_DBL_LESS_EQUAL": "<<=",
    "DEL_DBL_MORE_EQUAL": ">>=", "DEL_PLUS_EQUAL": "+=", "DEL_MINUS_EQUAL": "-=",
    "DEL_STAR_EQUAL": "*=", "DEL_AT_EQUAL": "@=", "DEL_DBL_SLASH_EQUAL": "//=",
    "DEL_SLASH_EQUAL": "/=", "DEL_PERCENT_EQUAL": "%=", "DEL_DBL_STAR_EQUAL": "**=",
    "DEL_PAREN_OPEN": "(", "DEL_PAREN_CLOSE": ")", "DEL_BRACKET_OPEN": "[",
    "DEL_BRACKET_CLOSE": "]", "DEL_BRACE_OPEN": "{", "DEL_BRACE_CLOSE": "}", "DEL_COMMA": ",",
    "DEL_COLON": ":", "DEL_PERIOD": ".", "DEL_SEMICOLON": ";", "DEL_EQUAL": "=",
    "DEL_MINUS_MORE": "->", "ELLIPSIS": "...",
}


def escaped(data, is_bytes):
    """The dump's view of a literal's bytes (as sb_put_escaped writes them)."""
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
    return bytes(out)


def mp_tokens(dumper, names, src):
    with tempfile.NamedTemporaryFile(suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    try:
        r = subprocess.run([dumper, path],
                           capture_output=True, check=True)
    finally:
        os.unlink(path)
    out = []
    for line in r.stdout.decode().splitlines():
        _, _, kind, *val = line.split(" ")
        data = bytes.fromhex(val[0]) if val and val[0] else b""
        n = names[int(kind)]
        if n == "END":
            break
        if n == "NEWLINE" and not out:
            continue   # MicroPython gives a NEWLINE before a first line that is not line 1
        if n in OPS:
            out.append(OPS[n].encode())
        elif n.startswith("KW_"):
            w = n[3:]
            out.append((w.capitalize() if w in ("FALSE", "NONE", "TRUE") else w.lower()).encode())
        elif n == "NAME":
            out.append(b"NAME:" + data)
        elif n in ("INTEGER", "FLOAT_OR_IMAG"):
            out.append(b"NUMBER:" + data)
        elif n in ("STRING", "BYTES"):
            out.append(n.encode() + b":'" + escaped(data, n == "BYTES") + b"'")
        elif n in ("NEWLINE", "INDENT", "DEDENT"):
            out.append(n.encode())
        else:
            sys.exit(f"gen_lex_cases: MicroPython reports {n} for {src!r}")
    return b" ".join(out)


def cpython_error(src):
    try:
        compile(src, "t.py", "exec")
    except SyntaxError as e:
        return e.lineno, e.offset, e.msg
    except ValueError as e:
        return None, None, str(e)
    return None


def c_str(data):
    """A C string literal for bytes (octal escapes, so no escape runs into the next char)."""
    out = ['"']
    for c in data:
        if c == 0x22:
            out.append('\\"')
        elif c == 0x5C:
            out.append("\\\\")
        elif c == 0x0A:
            out.append("\\n")
        elif 0x20 <= c < 0x7F and c != 0x3F:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    out.append('"')
    return "".join(out)


def num_expect(text):
    """kind, base, is_big, value text (int64 in decimal, or the digits), float repr."""
    v = ast.literal_eval(text)
    if isinstance(v, complex):
        return "LEX_NUM_IMAG", 0, False, None, repr(v.imag)
    if isinstance(v, float):
        return "LEX_NUM_FLOAT", 0, False, None, repr(v)
    base = {"x": 16, "o": 8, "b": 2}.get(text[1:2].lower(), 10) if text[:1] == "0" else 10
    if v < 2 ** 63:
        return "LEX_NUM_INT", base, False, str(v), None
    body = text.replace("_", "")
    if base != 10:
        body = body[2:]
    body = body.lstrip("0") or "0"
    if int(body, base) != v:
        sys.exit(f"gen_lex_cases: digits of {text} do not read back")
    return "LEX_NUM_INT", base, True, body, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mpy-cross-tokens", required=True,
                    help="command printing MicroPython's tokens of a file (see above)")
    ap.add_argument("--mp-root", help="checkout for py/lexer.h with --mpy-cross-tokens")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_lex_cases: run with CPython 3.11 (the reference for messages)")

    work = tempfile.mkdtemp(prefix="gen_lex_cases")
    try:
        mp_root = args.mp_root or "/work/ext/micropython"
        dumper = args.mpy_cross_tokens
        names = mp_token_names(mp_root)
        lines = ["// Generated by tools/gen_lex_cases.py; do not edit.", ""]

        lines.append("#ifdef LEX_TOKEN_CASES")
        for name, src in TOKEN_CASES:
            want = mp_tokens(dumper, names, src)
            lines.append(f"    {{{c_str(name.encode())}, {c_str(src)}, {len(src)},")
            lines.append(f"     {c_str(want)}}},")
        lines.append("#endif")
        lines.append("")

        lines.append("#ifdef LEX_ERROR_CASES")
        for name, src, flags in ERROR_CASES:
            flags = list(flags)
            msg_over = next((f[1] for f in flags if isinstance(f, tuple) and f[0] == "msg"),
                            None)
            line_over = next((f[1] for f in flags if isinstance(f, tuple) and f[0] == "line"),
                             None)
            err = cpython_error(src)
            if line_over is None:
                if err is None or err[0] is None:
                    sys.exit(f"gen_lex_cases: CPython accepts {name} or gives no line")
                line, col, msg = err
                if "nocol" in flags:
                    col = 0
            else:
                line, col, msg = line_over, 0, None
            if msg_over is not None:
                msg = msg_over
            lines.append(f"    {{{c_str(name.encode())}, {c_str(src)}, {len(src)}, {line}, "
                         f"{col}, {c_str(msg.encode())}}},")
        for i, src in enumerate(OK_CASES):
            if cpython_error(src) is not None:
                sys.exit(f"gen_lex_cases: CPython rejects ok case {src!r}")
            lines.append(f"    {{\"ok_{i}\", {c_str(src)}, {len(src)}, 0, 0, NULL}},")
        lines.append("#endif")
        lines.append("")

        lines.append("#ifdef LEX_NUM_CASES")
        for text in NUM_CASES:
            kind, base, big, value, fval = num_expect(text)
            value = c_str(value.encode()) if value is not None else "NULL"
            fval = c_str(fval.encode()) if fval is not None else "NULL"
            lines.append(f"    {{{c_str(text.encode())}, {kind}, {base}, "
                         f"{'true' if big else 'false'}, {value}, {fval}}},")
        lines.append("#endif")
        open(OUT, "w").write("\n".join(lines) + "\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"wrote {OUT}: {len(TOKEN_CASES)} token, {len(ERROR_CASES) + len(OK_CASES)} error, "
          f"{len(NUM_CASES)} number cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
