#!/usr/bin/env python3
"""Generates the expectations of the post-parse check tests from CPython 3.11 and mpy-cross.

Writes tests/unit/compiler/sema_cases.inc (the table test_sema.c runs) and, with --golden,
the one-error files tests/golden/errors/sema_*.py. Every expected line, column and message
comes from compiling the case: with CPython 3.11 (which must run this script), and, for code
CPython accepts, with stock mpy-cross (MicroPython 1.29) when --mpy-cross is given, since
mpyc also reports what MicroPython's compiler rejects. Multi-error cases get the whole list of
errors CPython would report if it kept going: compile, blank out the snippet that failed,
compile again.

Usage: tools/gen_sema_cases.py --mpy-cross PATH/TO/mpy-cross [--golden]
(PATH: an existing stock mpy-cross 1.29; this script builds nothing).
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "unit", "compiler", "sema_cases.inc")
GOLDEN = os.path.join(ROOT, "tests", "golden", "errors")

# (name, source). A case whose CPython column is not the one mpyc reports is listed in NOCOL.
CASES = [
    # ---- return / yield / await outside functions
    ("return_module", "return 1\n"),
    ("return_bare_module", "x = 1\nreturn\n"),
    ("return_class", "class C:\n    return\n"),
    ("return_class_in_def", "def f():\n    class C:\n        return 1\n"),
    ("return_in_if_module", "if x:\n    return\n"),
    ("yield_module", "yield 1\n"),
    ("yield_expr_module", "x = yield\n"),
    ("yield_from_module", "yield from x\n"),
    ("yield_class", "class C:\n    yield\n"),
    ("yield_class_in_def", "def f():\n    class C:\n        x = yield\n"),
    ("yield_default_module", "def f(x=(yield)):\n    pass\n"),
    ("yield_annotation_module", "def f(x: (yield)):\n    pass\n"),
    ("yield_decorator_module", "@(yield)\ndef f():\n    pass\n"),
    ("yield_listcomp", "def f():\n    return [(yield) for x in y]\n"),
    ("yield_setcomp", "def f():\n    return {(yield) for x in y}\n"),
    ("yield_dictcomp", "def f():\n    return {(yield): 1 for x in y}\n"),
    ("yield_genexp", "def f():\n    return ((yield) for x in y)\n"),
    ("yield_comp_if", "def f():\n    return [x for x in y if (yield)]\n"),
    ("yield_comp_inner_iter", "def f():\n    return [x for x in y for z in (yield)]\n"),
    ("yield_listcomp_module", "[(yield) for x in y]\n"),
    ("yield_comp_outer_iter_module", "[x for x in (yield)]\n"),
    ("yield_from_in_async", "async def f():\n    yield from x\n"),
    ("await_module", "await x\n"),
    ("await_class", "class C:\n    await x\n"),
    ("await_class_in_async", "async def f():\n    class C:\n        await x\n"),
    ("await_def", "def f():\n    await x\n"),
    ("await_lambda", "f = lambda: await x\n"),
    ("await_lambda_in_async", "async def f():\n    g = lambda: await x\n"),
    ("await_nested_def", "async def f():\n    def g():\n        await x\n"),
    ("await_comp_outer_iter", "def f():\n    return [x for x in await y]\n"),
    ("ok_await_default", "async def f():\n    def g(x=await y):\n        pass\n"),
    ("async_listcomp_module", "[await x for x in y]\n"),
    ("async_listcomp_def", "def f():\n    return [await x for x in y]\n"),
    ("async_for_comp_def", "def f():\n    return [x async for x in y]\n"),
    ("async_comp_if_def", "def f():\n    return [x for x in y if await x]\n"),
    ("async_comp_inner_iter_def", "def f():\n    return [x for x in y for z in await x]\n"),
    ("async_comp_nested_def", "def f():\n    return [[await z for z in x] for x in y]\n"),
    ("async_comp_in_lambda", "async def f():\n    g = lambda: [await x for x in y]\n"),
    ("async_comp_class", "async def f():\n    class C:\n        x = [await x for x in y]\n"),
    ("async_comp_nested_def_in_async", "async def f():\n    def g():\n        return {await x for x in y}\n"),
    ("async_for_module", "async for x in y:\n    pass\n"),
    ("async_for_def", "def f():\n    async for x in y:\n        pass\n"),
    ("async_with_module", "async with x:\n    pass\n"),
    ("async_with_def", "def f():\n    async with x as y:\n        pass\n"),
    ("async_with_class", "async def f():\n    class C:\n        async with x:\n            pass\n"),
    ("return_value_async_gen", "async def f():\n    yield 1\n    return 2\n"),
    ("return_value_async_gen_before", "async def f():\n    return 2\n    yield 1\n"),
    ("return_value_async_gen_iter", "async def f():\n    (x for x in (yield))\n    return 1\n"),
    # ---- break / continue
    ("break_module", "break\n"),
    ("continue_module", "continue\n"),
    ("break_def", "def f():\n    break\n"),
    ("break_def_in_loop", "while 1:\n    def f():\n        break\n"),
    ("continue_class_in_loop", "for x in y:\n    class C:\n        continue\n"),
    ("break_for_else", "for x in y:\n    pass\nelse:\n    break\n"),
    ("continue_while_else", "while x:\n    pass\nelse:\n    continue\n"),
    ("break_if_module", "if x:\n    break\n"),
    ("continue_try_module", "try:\n    continue\nexcept E:\n    pass\n"),
    ("break_lambda_loop", "for x in y:\n    def g():\n        for z in x:\n            pass\n        continue\n"),
    # ---- global / nonlocal
    ("nonlocal_module", "nonlocal x\n"),
    ("nonlocal_module_assigned", "x = 1\nnonlocal x\n"),
    ("nonlocal_class_module", "class C:\n    nonlocal x\n"),
    ("nonlocal_no_binding", "def f():\n    nonlocal x\n"),
    ("nonlocal_class_in_def", "def f():\n    class C:\n        nonlocal x\n"),
    ("nonlocal_class_binding", "class C:\n    x = 1\n    def g(self):\n        nonlocal x\n"),
    ("nonlocal_global_outer", "def f():\n    global x\n    def g():\n        nonlocal x\n    x = 1\n"),
    ("nonlocal_comp_var", "def f():\n    [y for y in w]\n    def g():\n        nonlocal y\n"),
    ("nonlocal_lambda_param", "def f():\n    h = lambda y: 0\n    def g():\n        nonlocal y\n"),
    ("nonlocal_twice_unbound", "def f():\n    nonlocal x, x\n    x = 1\n"),
    ("nonlocal_and_global", "def f():\n    global x\n    nonlocal x\n"),
    ("nonlocal_module_after_import", "from m import y\nnonlocal y\n"),
    ("nonlocal_module_global_inner", "nonlocal x\ndef f():\n    global x\n"),
    ("nonlocal_and_global_nested", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"),
    ("nonlocal_after_use", "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"),
    ("nonlocal_after_assign", "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n"),
    ("nonlocal_param", "def f(x):\n    nonlocal x\n"),
    ("nonlocal_param_outer", "def f(a):\n    def g(a):\n        nonlocal a\n"),
    ("nonlocal_annotated", "def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x\n"),
    ("nonlocal_then_annotated", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n"),
    ("nonlocal_deep_unbound", "def f():\n    def g():\n        def h():\n            nonlocal q\n"),
    ("global_param", "def f(x):\n    global x\n"),
    ("global_kwonly_param", "def f(*, x):\n    global x\n"),
    ("global_star_param", "def f(*x):\n    global x\n"),
    ("global_lambda_default_name", "def f():\n    g = lambda: x\n    print(x)\n    global x\n"),
    ("global_after_assign", "def f():\n    x = 1\n    global x\n"),
    ("global_after_use", "def f():\n    print(x)\n    global x\n"),
    ("global_after_aug", "def f():\n    x += 1\n    global x\n"),
    ("global_after_del", "def f():\n    del x\n    global x\n"),
    ("global_after_def", "def f():\n    def y():\n        pass\n    global y\n"),
    ("global_after_class", "def f():\n    class y:\n        pass\n    global y\n"),
    ("global_after_except", "def f():\n    try:\n        pass\n    except E as y:\n        pass\n    global y\n"),
    ("global_after_with", "def f():\n    with a as y:\n        pass\n    global y\n"),
    ("global_after_for", "def f():\n    for y in z:\n        pass\n    global y\n"),
    ("global_after_walrus_comp", "def f():\n    [(y := 1) for z in w]\n    global y\n"),
    ("global_after_annotation", "def f():\n    x: int\n    global x\n"),
    ("global_then_annotation", "def f():\n    global x\n    x: int\n"),
    ("global_then_annotation_class", "class C:\n    global x\n    x: int = 1\n"),
    ("global_module_after_assign", "x = 1\nglobal x\n"),
    ("global_module_after_use", "print(x)\nglobal x\n"),
    ("global_class_after_assign", "class C:\n    x = 1\n    global x\n"),
    ("global_after_super", "class C:\n    def f(self):\n        super()\n        global __class__\n"),
    ("global_twice_then_assign_again", "def f():\n    global x\n    x = 1\n    global x\n"),
    # ---- import *
    ("import_star_def", "def f():\n    from os import *\n"),
    ("import_star_class", "class C:\n    from os import *\n"),
    ("import_star_nested", "def f():\n    def g():\n        from os.path import *\n"),
    # ---- parameters
    ("dup_param", "def f(a, a):\n    pass\n"),
    ("dup_param_star", "def f(a, *a):\n    pass\n"),
    ("dup_param_star_first", "def f(*a, a):\n    pass\n"),
    ("dup_param_dstar", "def f(a, **a):\n    pass\n"),
    ("dup_param_kwonly", "def f(a, *, a):\n    pass\n"),
    ("dup_param_kwonly_dstar", "def f(a, b, *, c, **a):\n    pass\n"),
    ("dup_param_lambda", "f = lambda a, b, a: 0\n"),
    ("dup_param_annotated", "def f(a: int, b, a: str):\n    pass\n"),
    ("dup_param_nested_lambda", "def f():\n    return lambda x, *x: 0\n"),
    ("non_default_after_default", "def f(a=1, b):\n    pass\n"),
    ("non_default_after_default_lambda", "f = lambda a=1, b: 0\n"),
    ("non_default_after_default_multiline", "def f(a, b=1,\n      c):\n    pass\n"),
    ("non_default_after_two_defaults", "def f(a, b=1, c=2, d, e=3):\n    pass\n"),
    ("star_param_twice", "def f(*a, *b):\n    pass\n"),
    ("star_param_twice_lambda", "f = lambda *a, *b: 0\n"),
    ("star_param_twice_bare", "def f(*a, *, **k):\n    pass\n"),
    ("star_param_twice_last", "def f(x, *a, *):\n    pass\n"),
    ("star_param_twice_last_lambda", "f = lambda x, *a, *: 1\n"),
    ("param_after_dstar", "def f(x, *a, **kw, r):\n    pass\n"),
    ("param_after_dstar_lambda", "f = lambda x, **kw, r: 1\n"),
    ("bare_star_alone", "def f(*):\n    pass\n"),
    ("bare_star_dstar", "def f(a, *, **k):\n    pass\n"),
    ("bare_star_lambda", "f = lambda *: 0\n"),
    ("bare_star_lambda_dstar", "f = lambda *, **k: 0\n"),
    # ---- call arguments
    ("kw_repeated", "f(a=1, a=2)\n"),
    ("kw_repeated_after_star", "f(a=1, *b, a=2)\n"),
    ("kw_repeated_after_dstar", "f(**k, a=1, a=2)\n"),
    ("kw_repeated_first_pair", "f(a=1, b=1, b=2, a=2)\n"),
    ("kw_repeated_method", "x.f(1, b=1, c=2, b=3)\n"),
    ("kw_repeated_class", "class C(a=1, a=2):\n    pass\n"),
    ("kw_repeated_chained", "f(a=1)(b=2, b=3)\n"),
    ("pos_after_kw", "f(a=1, b)\n"),
    ("pos_after_kw_two", "f(a=1, b, c)\n"),
    ("pos_after_kw_multiline", "f(a=1,\n  b\n)\n"),
    ("pos_after_kw_trailing_comma", "f(a=1,\n  b,\n)\n"),
    ("pos_after_dstar", "f(**k, b)\n"),
    ("pos_after_dstar_multiline", "f(**k,\n  b)\n"),
    ("pos_after_kw_and_dstar", "f(a=1, **k, b)\n"),
    ("pos_after_kw_star_first", "f(*a, b=1, c, **k)\n"),
    ("pos_after_kw_class", "class C(a=1, b):\n    pass\n"),
    ("star_after_dstar", "f(**k, *b)\n"),
    ("star_after_kw_dstar", "f(b=1, **a, *c)\n"),
    ("star_after_dstar_multiline", "f(**k,\n *b)\n"),
    ("star_after_dstar_class", "class C(**k, *b):\n    pass\n"),
    ("kw_true", "f(True=1)\n"),
    ("kw_none", "f(None=1)\n"),
    ("kw_attribute", "f(a.b=1)\n"),
    ("kw_attribute_second", "f(a=1, x.y=2)\n"),
    ("kw_call", "f(g()=1)\n"),
    # ---- assignment targets
    ("assign_call", "f() = 1\n"),
    ("assign_literal", "1 = x\n"),
    ("assign_string", "'s' = x\n"),
    ("assign_bytes", "b'x' = 1\n"),
    ("assign_none", "None = 1\n"),
    ("assign_true", "True = 1\n"),
    ("assign_false", "False = 1\n"),
    ("assign_ellipsis", "... = 1\n"),
    ("assign_binop", "a + b = 1\n"),
    ("assign_unop", "-a = 1\n"),
    ("assign_not", "not a = 1\n"),
    ("assign_boolop", "a and b = 1\n"),
    ("assign_compare", "a < b = 1\n"),
    ("assign_ifexp", "a if b else c = 1\n"),
    ("assign_lambda", "lambda: 1 = 1\n"),
    ("assign_await", "await x = 1\n"),
    ("assign_listcomp", "[x for x in y] = 1\n"),
    ("assign_setcomp", "{x for x in y} = 1\n"),
    ("assign_dictcomp", "{x: 1 for x in y} = 1\n"),
    ("assign_genexp", "(x for x in y) = 1\n"),
    ("assign_dict", "{1: 2} = 1\n"),
    ("assign_set", "{1} = 1\n"),
    ("assign_fstring", "f'{x}' = 1\n"),
    ("assign_walrus", "(a := 1) = 1\n"),
    ("assign_paren_call", "(f()) = 1\n"),
    ("assign_paren_compare", "(a < b) = 1\n"),
    ("assign_yield_paren", "def f():\n    (yield) = 1\n"),
    ("assign_yield_bare", "def f():\n    x = yield = 1\n"),
    ("assign_second_call", "x = f() = 1\n"),
    ("assign_second_literal", "x = 1 = 2\n"),
    ("assign_second_none", "x = None = 1\n"),
    ("assign_second_yield", "def f():\n    x = (yield) = 1\n"),
    ("assign_chain_compare", "x = a < b = 1\n"),
    ("assign_chain_and", "x = a and b = 1\n"),
    ("assign_chain_not", "x = not a = 1\n"),
    ("assign_chain_ifexp", "x = a if b else c = 1\n"),
    ("assign_chain_attr_compare", "a.b = c < d = 1\n"),
    ("assign_chain_three", "x = y = f() = 1\n"),
    ("assign_tuple_call", "a, f() = 1, 2\n"),
    ("assign_tuple_call_first", "f(), a = 1, 2\n"),
    ("assign_tuple_literal", "a, 1 = 1, 2\n"),
    ("assign_tuple_none", "a, None = 1, 2\n"),
    ("assign_tuple_not", "a, not b = 1, 2\n"),
    ("assign_paren_tuple_literal", "(a, 1) = 1\n"),
    ("assign_list_call", "[a, f()] = 1, 2\n"),
    ("assign_nested_list", "a, [b, f()] = 1, 2\n"),
    ("assign_star_call", "*f(), a = x\n"),
    ("assign_multiline_target", "x = (\n    a,\n    f(),\n) = y\n"),
    ("aug_call", "f() += 1\n"),
    ("aug_tuple", "a, b += 1\n"),
    ("aug_paren_tuple", "(a, b) += 1\n"),
    ("aug_list", "[a] += 1\n"),
    ("aug_literal", "1 += 1\n"),
    ("aug_none", "None += 1\n"),
    ("aug_compare", "a < b += 1\n"),
    ("aug_star", "*a += 1\n"),
    ("aug_walrus", "(a := 1) += 1\n"),
    ("aug_empty_tuple", "() += 1\n"),
    ("ann_call", "f(): int = 1\n"),
    ("ann_call_no_value", "f(): int\n"),
    ("ann_paren_tuple", "(a, b): int = 1\n"),
    ("ann_list", "[a]: int\n"),
    ("ann_literal", "1: int\n"),
    ("ann_compare", "(a < b): int\n"),
    ("ann_star", "*a: int\n"),
    ("del_call", "del f()\n"),
    ("del_literal", "del 1\n"),
    ("del_none", "del None\n"),
    ("del_binop", "del a + b\n"),
    ("del_star", "del *a, b\n"),
    ("del_paren_star", "del (*a, b)\n"),
    ("del_tuple_call", "del a, f()\n"),
    ("del_list_literal", "del [a, 1]\n"),
    ("del_nested", "del (a, [b, c.d, f()])\n"),
    ("del_walrus", "del (a := 1)\n"),
    ("del_yield", "def f():\n    del (yield)\n"),
    ("walrus_attr", "(a.b := 1)\n"),
    ("walrus_subscript", "(a[0] := 1)\n"),
    ("walrus_call", "(f() := 1)\n"),
    ("walrus_tuple", "((a, b) := 1)\n"),
    ("walrus_true", "(True := 1)\n"),
    ("walrus_in_call", "f((a.b := 1))\n"),
    ("walrus_in_if", "if (x[0] := 1):\n    pass\n"),
    ("for_call", "for f() in y:\n    pass\n"),
    ("for_literal", "for 1 in y:\n    pass\n"),
    ("for_tuple_call", "for a, f() in y:\n    pass\n"),
    ("for_none", "for None in y:\n    pass\n"),
    ("for_star_alone", "for *a in y:\n    pass\n"),
    ("for_star_twice", "for *a, *b in c:\n    pass\n"),
    ("for_nested", "for x in y:\n    for (a, b + 1) in z:\n        pass\n"),
    ("with_call", "with a as f():\n    pass\n"),
    ("with_literal", "with a as 1:\n    pass\n"),
    ("with_second_item", "with a as b, c as d():\n    pass\n"),
    ("with_star", "with a as *b:\n    pass\n"),
    ("comp_target_call", "[x for f() in y]\n"),
    ("comp_target_literal", "{x for 1 in y}\n"),
    ("comp_target_second", "[x for a in b for c + 1 in d]\n"),
    ("comp_target_star", "[x for *a in y]\n"),
    ("genexp_target_call", "g = (x for x.y() in z)\n"),
    # ---- starred expressions
    ("star_expr_stmt", "*a\n"),
    ("star_assign_value", "x = *a\n"),
    ("star_return_value", "def f():\n    return *a\n"),
    ("star_yield_value", "def f():\n    x = yield *b\n"),
    ("star_for_iter", "for x in *a:\n    pass\n"),
    ("star_aug_value", "x += *a\n"),
    ("star_ann_value", "x: int = *a\n"),
    ("star_paren", "(*a)\n"),
    ("star_with_paren", "with (*a):\n    pass\n"),
    ("star_paren_call_arg", "print((*a))\n"),
    ("star_paren_target", "(*a) = 1\n"),
    ("star_paren_in_list_target", "[(*a)] = 1\n"),
    ("star_paren_for", "for (*a) in b:\n    pass\n"),
    ("star_paren_in_list", "x = [(*a), b]\n"),
    ("star_paren_dstar_arg", "f(**(*a))\n"),
    ("star_paren_del", "del (*a)\n"),
    ("star_paren_tuple_target", "(*a), b = c\n"),
    ("star_assign_alone", "*a = 1\n"),
    ("star_assign_second", "x = *a = 1\n"),
    ("star_assign_twice", "*a, *b = c\n"),
    ("star_assign_twice_middle", "a, *b, *c = d\n"),
    ("star_assign_twice_list", "[a, *b, *c] = d\n"),
    ("star_assign_twice_nested", "a, (*b, c, *d) = e\n"),
    ("star_assign_three", "a, *b, c, *d, *e = f\n"),
    ("star_in_listcomp", "[*a for a in b]\n"),
    ("star_in_setcomp", "{*a for a in b}\n"),
    ("star_in_genexp", "g = (*a for a in b)\n"),
    ("star_in_genexp_arg", "f(*a for a in b)\n"),
    ("dstar_in_dictcomp", "{**a for a in b}\n"),
    ("star_dict_value", "{1: *a}\n"),
    ("star_unpack_many_before",
     "(" + ", ".join("a%d" % i for i in range(256)) + ", *b) = c\n"),
    # ---- __debug__
    ("debug_assign", "__debug__ = 1\n"),
    ("debug_assign_second", "x = __debug__ = 1\n"),
    ("debug_aug", "__debug__ += 1\n"),
    ("debug_ann", "__debug__: int = 1\n"),
    ("debug_ann_no_value", "__debug__: int\n"),
    ("debug_del", "del __debug__\n"),
    ("debug_walrus", "(__debug__ := 1)\n"),
    ("debug_for", "for __debug__ in x:\n    pass\n"),
    ("debug_with", "with a as __debug__:\n    pass\n"),
    ("debug_comp", "[x for __debug__ in y]\n"),
    ("debug_tuple", "a, __debug__ = 1, 2\n"),
    ("debug_attr_assign", "a.__debug__ = 1\n"),
    ("debug_attr_ann", "a.__debug__: int\n"),
    ("debug_def", "def __debug__():\n    pass\n"),
    ("debug_async_def", "async def __debug__():\n    pass\n"),
    ("debug_decorated_def", "@d\ndef __debug__():\n    pass\n"),
    ("debug_class", "class __debug__:\n    pass\n"),
    ("debug_import", "import __debug__\n"),
    ("debug_import_as", "import x as __debug__\n"),
    ("debug_import_dotted", "import __debug__.a\n"),
    ("debug_from_import", "from x import __debug__\n"),
    ("debug_from_import_as", "from x import y as __debug__\n"),
    ("debug_param", "def f(__debug__):\n    pass\n"),
    ("debug_kwonly_param", "def f(*, __debug__):\n    pass\n"),
    ("debug_dstar_param", "def f(**__debug__):\n    pass\n"),
    ("debug_lambda_param", "f = lambda __debug__: 0\n"),
    ("debug_keyword", "f(__debug__=1)\n"),
    ("debug_keyword_nested", "x = g(1, f(__debug__=1))\n"),
    ("debug_class_keyword", "class C(__debug__=1):\n    pass\n"),
    ("debug_except", "try:\n    pass\nexcept E as __debug__:\n    pass\n"),
    # ---- except clauses
    ("bare_except_not_last", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n"),
    ("bare_except_middle", "try:\n    pass\nexcept A:\n    pass\nexcept:\n    pass\nexcept B:\n    pass\n"),
    # ---- comprehensions and assignment expressions
    ("walrus_comp_iter", "[x for x in (y := z)]\n"),
    ("walrus_comp_inner_iter", "[x for x in a for y in (z := b)]\n"),
    ("walrus_comp_iter_nested_comp", "[x for x in [(y := 1) for z in w]]\n"),
    ("walrus_comp_iter_lambda", "[x for x in (lambda: (y := 1))()]\n"),
    ("walrus_comp_iter_nested_if", "[x for x in [1 for z in w if (y := 1)]]\n"),
    ("walrus_rebind_iter", "[(x := 1) for x in y]\n"),
    ("walrus_rebind_outer_iter", "[[(x := 1) for a in b] for x in y]\n"),
    ("walrus_rebind_later_loop", "[i := 0 for i, j in k]\n"),
    ("walrus_class_comp", "class C:\n    x = [(y := 1) for z in w]\n"),
    ("comp_inner_loop_rebind", "[(y := 1) for x in a for y in b]\n"),
    # ---- from __future__
    ("future_braces", "from __future__ import braces\n"),
    ("future_unknown", "from __future__ import nope\n"),
    ("future_star", "from __future__ import *\n"),
    ("future_second_name", "from __future__ import annotations, braces\n"),
    ("future_dotted", "from .__future__ import x\n"),
    ("future_late", "import x\nfrom __future__ import annotations\n"),
    ("future_after_two_strings", "\"\"\"doc\"\"\"\n\"\"\"doc2\"\"\"\nfrom __future__ import annotations\n"),
    ("future_in_def", "def f():\n    from __future__ import annotations\n"),
    ("future_late_after_code", "from __future__ import annotations\nimport x\ndef f():\n    return 1\nfrom __future__ import division\n"),
    ("future_same_line", "from __future__ import annotations; import x; from __future__ import division\n"),
    ("future_after_import_same_line", "import x; from __future__ import division\n"),
    ("future_annotation_yield", "from __future__ import annotations\ndef f(x: (yield)):\n    pass\n"),
    ("future_annotation_await", "from __future__ import annotations\ndef f() -> (await y):\n    pass\n"),
    ("future_annotation_walrus", "from __future__ import annotations\nx: (y := 1) = 1\n"),
    ("future_annotation_comp_yield", "from __future__ import annotations\nx: [(yield) for a in b] = 1\n"),
    ("ok_future_annotations", "from __future__ import annotations\nx: [*a] = 1\ndef f(x: (lambda: (yield))) -> [await y for y in z]:\n    pass\n"),
    ("ann_function_not_compiled", "async def f():\n    x: (yield) = 1\n    return 2\n"),
    ("ann_module_compiled", "x: (await y)\n"),
    ("ann_class_compiled", "class C:\n    x: (yield)\n"),
    ("ann_function_comp_yield", "def f():\n    x: [(yield) for a in b] = 1\n"),
    ("ann_function_walrus_binds", "def f():\n    x: (z := 1)\n    global z\n"),
    ("ok_ann_function", "def f():\n    x: (await y) = 1\n    z: [*a] = 2\n    w: (yield) = 3\n"),
    ("ok_future", "\"\"\"doc\"\"\"\nfrom __future__ import annotations\nfrom __future__ import (division as d, generators)\nfrom __future__ import barry_as_FLUFL\n"),
    # ---- statically nested blocks
    ("nested_blocks_for", "".join(" " * i + "for x in y:\n" for i in range(21)) + " " * 21 + "pass\n"),
    ("nested_blocks_with2", "".join(" " * i + "with a, b:\n" for i in range(11)) + " " * 11 + "pass\n"),
    ("nested_blocks_try", "".join(" " * i + "try:\n" for i in range(21)) + " " * 21 + "pass\n"
     + "".join(" " * i + "finally:\n" + " " * i + " pass\n" for i in reversed(range(21)))),
    ("nested_blocks_handlers",
     "".join(" " * i + "try:\n" + " " * i + " pass\n" + " " * i + "except E:\n" for i in range(11))
     + " " * 11 + "pass\n"),
    ("nested_blocks_except_last",
     "".join(" " * i + "while x:\n" for i in range(19)) + " " * 19 + "try:\n" + " " * 20
     + "pass\n" + " " * 19 + "except E:\n" + " " * 20 + "pass\n"),

    # ---- valid code that must not be flagged
    ("ok_nested_functions", "def f(a, b=1, *c, d, e=2, **g):\n    def h():\n        return a + b\n    return h\n"),
    ("ok_global_then_use", "def f():\n    global x\n    x = 1\n    print(x)\n"),
    ("ok_global_module", "global x\nx = 1\n"),
    ("ok_global_twice", "def f():\n    global x\n    global x\n    x = 1\n"),
    ("ok_global_import", "def f():\n    global y\n    import y\n"),
    ("ok_global_then_walrus", "def f():\n    global y\n    [(y := 1) for z in w]\n"),
    ("ok_global_annotation_module", "global x\nx: int\n"),
    ("ok_global_paren_annotation", "def f():\n    global x\n    (x): int\n"),
    ("ok_global_comp_var", "def f():\n    [y for y in z]\n    global y\n"),
    ("ok_nonlocal_enclosing", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n"),
    ("ok_nonlocal_later_binding", "def f():\n    def g():\n        nonlocal x\n    x = 1\n"),
    ("ok_nonlocal_param", "def f(y):\n    def g():\n        def h():\n            nonlocal y\n"),
    ("ok_nonlocal_chain", "def f():\n    y = 1\n    def g():\n        nonlocal y\n        def h():\n            nonlocal y\n"),
    ("ok_nonlocal_through_class", "def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal x\n"),
    ("ok_nonlocal_in_class", "def f():\n    x = 1\n    class C:\n        nonlocal x\n"),
    ("ok_nonlocal_class_cell", "class C:\n    def f(self):\n        nonlocal __class__\n"),
    ("ok_nonlocal_import", "def f():\n    import y\n    def g():\n        nonlocal y\n"),
    ("ok_nonlocal_def", "def f():\n    def y():\n        pass\n    def g():\n        nonlocal y\n"),
    ("ok_nonlocal_except", "def f():\n    try:\n        pass\n    except E as y:\n        pass\n    def g():\n        nonlocal y\n"),
    ("ok_nonlocal_del", "def f():\n    del y\n    def g():\n        nonlocal y\n"),
    ("ok_nonlocal_annotation", "def f():\n    y: int\n    def g():\n        nonlocal y\n"),
    ("ok_nonlocal_walrus_comp", "def f():\n    [y := 1 for z in w]\n    def g():\n        nonlocal y\n"),
    ("ok_class_scope", "class C:\n    x = 1\n    y = [x for _ in range(3)]\n    def f(self):\n        return x\n"),
    ("ok_comprehension_scopes", "x = [y for y in range(3) if y]\ny = {k: v for k, v in d.items()}\nz = (a for a in b for c in a)\n"),
    ("ok_walrus_comp_module", "[y := 1 for z in w]\nprint(y)\n"),
    ("ok_walrus_comp_in_elt_comp", "[[(y := 1) for z in w] for x in v]\n"),
    ("ok_walrus_comp_lambda", "f = lambda: [y := 1 for z in w]\n"),
    ("ok_lambda_defaults", "f = lambda a, b=1, *c, d=2, **e: a + b\ng = lambda *, a: a\n"),
    ("ok_kwonly_after_default", "def f(a=1, *b, c):\n    pass\ndef g(a=1, *, c, d=2, e):\n    pass\n"),
    ("ok_call_order", "f(*a, *b, c, **d, e=1, **g)\nf(a, *b, c=1, **d)\nf(x for x in y)\n"),
    ("ok_yield_forms", "def f():\n    yield\n    x = yield 1\n    yield from g()\n    return 2\n"),
    ("ok_yield_lambda", "f = lambda: (yield)\n"),
    ("ok_yield_outer_iter", "def f():\n    return [x for x in (yield)]\n"),
    ("ok_async_forms", "async def f():\n    await x\n    async for a in b:\n        pass\n    async with c as d:\n        pass\n    return [y for y in await z]\n"),
    ("ok_async_gen", "async def f():\n    yield 1\n    return\n"),
    ("mp_await_genexp_module", "g = (await x for x in y)\n"),
    ("mp_async_genexp_def", "def f():\n    return (x async for x in y)\n"),
    ("mp_await_comp_nested_genexp", "def f():\n    return [(await z for z in x) for x in y]\n"),
    ("mp_await_comp_nested", "async def f():\n    return [[await z for z in x] for x in y]\n"),
    ("ok_await_outer_iter", "async def f():\n    return [x for x in await y]\n"),
    ("ok_loops", "for x in y:\n    while x:\n        if x:\n            break\n        continue\n    else:\n        pass\n"),
    ("ok_continue_finally", "for x in y:\n    try:\n        pass\n    finally:\n        continue\n"),
    ("ok_break_finally", "while 1:\n    try:\n        pass\n    finally:\n        break\n"),
    ("ok_break_handler", "while 1:\n    try:\n        pass\n    except:\n        continue\n    else:\n        break\n"),
    ("ok_targets", "a = b = c\na, (b, [c, *d]) = e\na.b, a[0], a[1:2] = x\n[] = ()\nfor a.b in c:\n    pass\nwith a as (b, c):\n    pass\n"),
    ("ok_star_targets", "*a, = b\na, *b = c\n[a, *b] = c\n(a, *b) = c\nfor *a, b in c:\n    pass\n"),
    ("ok_del", "del a, (b, c), e.f, g[0]\ndel (a)\n"),
    ("ok_star_loads", "print(*a, *b)\nf(*a, b, *c)\n"),
    ("mp_star_set", "z = {*a}\n"),
    ("mp_dstar_dict", "w = {**a, 1: 2}\n"),
    ("mp_star_return", "def f():\n    return *a, b\n"),
    ("mp_star_for", "for x in *a, b:\n    pass\n"),
    ("ok_debug_read", "x = __debug__\n"),
    ("ok_annotations", "x: int\na.b: int = 1\na[0]: int\n(x): int = 2\n"),
    ("ok_except_order", "try:\n    pass\nexcept A:\n    pass\nexcept:\n    pass\n"),
    ("ok_import_star_module", "from os import *\n"),
    ("ok_super", "class C:\n    def f(self):\n        return super().f()\n"),
    ("ok_blocks_20", "".join(" " * i + "for x in y:\n" for i in range(20)) + " " * 20 + "pass\n"),
    ("ok_blocks_reset_def", "".join(" " * i + "for x in y:\n" for i in range(19)) + " " * 19
     + "def f():\n" + "".join(" " * (20 + i) + "for x in y:\n" for i in range(5)) + " " * 25 + "pass\n"),
    ("ok_unpack_255", "(" + ", ".join("a%d" % i for i in range(255)) + ", *b) = c\n"),

    # ---- what only MicroPython rejects
    ("mp_star_arg_after_kw", "f(a=1, *b)\n"),
    ("mp_star_arg_after_kw_class", "class C(metaclass=M, *b):\n    pass\n"),
    ("mp_too_many_args", "f(" + ", ".join("a%d" % i for i in range(30)) + ", *b)\n"),
    ("mp_too_many_args_method", "x.f(" + ", ".join("a%d" % i for i in range(31)) + ", *b)\n"),
    ("mp_ok_star_arg_29", "f(" + ", ".join("a%d" % i for i in range(29)) + ", *b)\n"),
    ("mp_await_listcomp", "async def f():\n    return [await x for x in y]\n"),
    ("mp_await_genexp", "def f():\n    return (await x for x in y)\n"),
    ("mp_super_no_params", "def f():\n    super().x()\n"),
    ("mp_super_nested", "def f():\n    def g(self):\n        pass\n    super()\n"),
    ("mp_ok_super_kwonly", "def f(*, a):\n    super()\n"),
    ("mp_ok_super_lambda", "def f():\n    return lambda: super()\n"),
    ("mp_ok_super_args", "def f():\n    super(C, x)\n"),
    ("mp_decorator_unknown", "@micropython.foo\ndef f():\n    pass\n"),
    ("mp_decorator_bare", "@micropython\ndef f():\n    pass\n"),
    ("mp_decorator_long", "@micropython.bytecode.x\ndef f():\n    pass\n"),
    ("mp_decorator_class", "@micropython.foo\nclass C:\n    pass\n"),
    ("mp_ok_decorator_bytecode", "@micropython.bytecode\ndef f():\n    pass\n"),
    ("mp_ok_decorator_call", "@micropython.bytecode()\ndef f():\n    pass\n"),
    ("mp_ok_decorator_other", "@x.micropython.foo\ndef f():\n    pass\n"),
    ("mp_global_after_import", "def f():\n    import y\n    global y\n"),
    ("mp_global_after_from_import", "def f():\n    from m import y\n    global y\n"),
    ("mp_nonlocal_after_import", "def f():\n    x = 1\n    def g():\n        import x\n        nonlocal x\n"),
    ("mp_global_class_dunder", "class C:\n    global __class__\n"),
    ("mp_global_class_module", "class C:\n    x = 1\n    global __module__\n"),
    ("mp_global_class_qualname", "class C:\n    global __qualname__\n"),
    ("mp_global_class_name", "class C:\n    global __name__\n"),
    ("mp_nonlocal_class_module", "def f():\n    __module__ = 1\n    class C:\n        nonlocal __module__\n"),
    ("mp_ok_global_class_doc", "class C:\n    global __doc__\n"),
    ("mp_ok_global_method_class", "class C:\n    def f(self):\n        global __class__\n"),
    ("mp_ok_annotations", "x: [*a] = 1\ndef f(x: [*a]) -> (await x for x in y):\n    y: f(a=1, *b) = 2\n"),
    ("mp_order_scopes", "def f():\n    def g():\n        f(a=1, *b)\n    x = super()\ndel [x]\n"),
    ("mp_order_class_bases", "def f(self):\n    class C(m=1, *b):\n        super()\n"),
    ("mp_global_after_paren_annotation", "def g():\n    (x): int\n    global x\n"),
    ("mp_nonlocal_after_paren_annotation", "def g():\n    x = 1\n    def h():\n        (x): int\n        nonlocal x\n"),
    ("mp_ok_global_after_paren_annotation_module", "(x): int\nglobal x\n"),
    ("mp_ok_global_after_paren_annotation_class", "class C:\n    (x): int\n    global x\n"),
    ("global_after_attr_annotation_class", "class C:\n    x.y: int\n    global x\n"),
    ("mp_walrus_module_comp_used", "[(y := 1) for x in z if y]\n"),
    ("mp_walrus_module_dictcomp_value", "{(y := 1): y for x in z}\n"),
    ("mp_walrus_module_comp_value", "[(x := f(x)) for y in z]\n"),
    ("mp_ok_walrus_module_comp_global", "global y\n[(y := 1) for x in z if y]\n"),
    ("mp_ok_walrus_function_comp_used", "def f():\n    return [(y := 1) for x in z if y]\n"),
    ("mp_order_same_scope", "class C:\n    for x in (*x, y):\n        global __class__\n"),
    ("mp_order_same_function", "def f():\n    return super()\n    import x\n    global x\n"),
    ("mp_star_tuple_value", "x = *a, b\n"),
    ("mp_star_list_value", "x = [*a, b]\n"),
    ("mp_star_call_tuple", "print((*a, b))\n"),
    ("mp_del_empty_tuple", "del ()\n"),
    ("mp_del_list", "del [a, b]\n"),
    ("mp_assign_empty_tuple", "() = []\n"),
    ("mp_assign_nested_empty_tuple", "a, () = 1, 2\n"),
    ("mp_for_empty_tuple", "for () in x:\n    pass\n"),
]

# Cases whose CPython column mpyc does not report (only the line and message are compared).
NOCOL = {
    # CPython points past the end of the statement for import *.
    "import_star_def", "import_star_class", "import_star_nested",
    # CPython's future pass gives a 0-based column here.
    "future_same_line", "future_after_import_same_line",
}

# Cases where mpyc's parser gives its own message first (same line, message and column not
# compared): the lexer makes __debug__ a keyword as MicroPython does, and the parser names
# constructs MicroPython's grammar does not have.
LINE_ONLY = {
    "yield_decorator_module", "async_for_comp_def", "with_star", "star_return_value",
    "star_yield_value", "star_for_iter", "star_aug_value", "star_in_setcomp",
    "star_in_genexp_arg", "dstar_in_dictcomp", "star_dict_value", "debug_walrus",
    "debug_attr_assign", "debug_attr_ann", "debug_def", "debug_async_def", "debug_decorated_def",
    "debug_class", "debug_import", "debug_import_as", "debug_import_dotted", "debug_from_import",
    "debug_from_import_as", "debug_param", "debug_kwonly_param", "debug_dstar_param",
    "debug_lambda_param", "debug_keyword", "debug_keyword_nested", "debug_class_keyword",
    "debug_except", "mp_async_genexp_def", "mp_star_set", "mp_dstar_dict", "mp_star_return",
    "mp_star_for",
}

# Cases where CPython's parser just says "invalid syntax" (and the checks say it too).
INVALID_SYNTAX_OK = {"ann_star", "star_param_twice_last", "star_param_twice_last_lambda"}

# Multi-error cases: snippets (each a few complete top-level lines) joined into one file.
MULTI = [
    ("multi_stages", [
        "def f():\n    return [await x for x in y]\n",
        "x = 1\nglobal x\n",
        "f() = 1\n",
        "break\n",
        "def g():\n    nonlocal q\n",
        "f(a=1, *b)\n",
    ]),
    ("multi_same_stage", [
        "return 1\n",
        "class C:\n    yield\n",
        "while x:\n    pass\nelse:\n    continue\n",
    ]),
    ("multi_too_many", ["return %d\n" % i for i in range(25)]),
    ("multi_parser_stage", [
        "f(a=1, b)\n",
        "del f()\n",
        "def h(a=1, b):\n    pass\n",
        "a + 1 = 2\n",
        "(a, b) += 1\n",
    ]),
]

# One-error files written to tests/golden/errors/sema_<name>.py.
GOLDEN_CASES = [
    "return_module", "yield_class", "await_def", "async_listcomp_def", "break_def_in_loop",
    "continue_while_else", "nonlocal_module", "nonlocal_no_binding", "global_after_use",
    "global_param", "nonlocal_and_global", "dup_param_kwonly", "dup_param_lambda",
    "non_default_after_default", "bare_star_alone", "kw_repeated", "pos_after_kw_multiline",
    "star_after_dstar", "assign_call", "assign_tuple_call", "aug_tuple", "del_call",
    "walrus_subscript", "for_tuple_call", "star_assign_twice", "star_in_listcomp",
    "debug_assign", "return_value_async_gen", "bare_except_not_last", "walrus_rebind_iter",
    "global_then_annotation", "nonlocal_class_binding", "async_with_def", "yield_comp_if",
    "kw_repeated_first_pair", "star_expr_stmt", "future_late", "nested_blocks_handlers",
]


def cpython(src):
    """CPython's first error as (line, col, msg), or None."""
    try:
        compile(src, "t.py", "exec")
        return None
    except SyntaxError as e:
        return (e.lineno, e.offset or 0, e.msg)


def micropython(src, mpy_cross):
    """mpy-cross's error as (line, 0, msg), or None."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "t.py")
        with open(path, "w") as f:
            f.write(src)
        r = subprocess.run([mpy_cross, "-o", os.path.join(d, "t.mpy"), path],
                           capture_output=True, text=True)
    if r.returncode == 0:
        return None
    line = 0
    for ln in r.stderr.splitlines():
        m = re.search(r'line (\d+)', ln)
        if m:
            line = int(m.group(1))
    msg = r.stderr.strip().splitlines()[-1]
    if not msg.startswith("SyntaxError: "):
        sys.exit("gen_sema_cases: unexpected mpy-cross output:\n" + r.stderr)
    return (line, 0, msg[len("SyntaxError: "):])


def expect(name, src, mpy_cross):
    """(line, col, msg, from) for one case; from is 'cpython', 'micropython' or 'none'."""
    e = cpython(src)
    if e:
        if e[2] == "invalid syntax" and name not in INVALID_SYNTAX_OK:
            return (e[0], e[1], "PLAIN SYNTAX ERROR", "cpython")
        return e + ("cpython",)
    e = micropython(src, mpy_cross)
    if e:
        return e + ("micropython",)
    return (0, 0, None, "none")


def multi_expect(snippets, mpy_cross):
    """Errors CPython, then mpy-cross, would report for the joined snippets if they went on
    after each one."""
    lines = [s.count("\n") for s in snippets]
    live = list(snippets)
    out = []
    while True:
        e = cpython("".join(live)) or micropython("".join(live), mpy_cross)
        if not e:
            return out
        out.append(e)
        # Which snippet holds the line? Blank it out (keeping its lines) and go on.
        first = 1
        for i, n in enumerate(lines):
            if first <= e[0] < first + n:
                live[i] = "\n" * n
                break
            first += n
        else:
            sys.exit("gen_sema_cases: error outside the snippets: %r" % (e,))


def c_str(s):
    out = []
    for ch in s.encode("utf-8"):
        c = chr(ch)
        if c == "\n":
            out.append("\\n")
        elif c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return '"' + "".join(out) + '"'


def c_wrapped(s, indent):
    """A C string literal split at newlines so long sources stay readable."""
    parts = s.split("\n")
    lits = [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    if len(lits) <= 1:
        return c_str(s)
    return ("\n" + " " * indent).join(c_str(p) for p in lits)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mpy-cross", required=True, help="stock mpy-cross of MicroPython 1.29")
    ap.add_argument("--golden", action="store_true", help="also write tests/golden/errors/sema_*.py")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_sema_cases: run with CPython 3.11 (messages differ between versions)")
    names = [n for n, _ in CASES]
    if len(set(names)) != len(names):
        sys.exit("gen_sema_cases: duplicate case names")
    unknown = (NOCOL | LINE_ONLY | INVALID_SYNTAX_OK | set(GOLDEN_CASES)) - set(names)
    if unknown:
        sys.exit("gen_sema_cases: unknown case names: %s" % sorted(unknown))

    rows, problems = [], []
    for name, src in CASES:
        line, col, msg, frm = expect(name, src, args.mpy_cross)
        ok = name.startswith("ok_") or name.startswith("mp_ok_")
        if msg == "PLAIN SYNTAX ERROR":
            problems.append("%s: a plain syntax error for CPython" % name)
        elif ok != (msg is None):
            problems.append("%s: expected %s, got %r" %
                            (name, "no error" if ok else "an error", (line, col, msg, frm)))
        elif name.startswith("mp_") and not ok and frm != "micropython":
            problems.append("%s: not a MicroPython-only error: %r" % (name, msg))
        if name in NOCOL:
            col = 0
        rows.append("    {.name = %s,\n     .src = %s,\n     .line = %d, .col = %d, .msg = %s%s},\n"
                    % (c_str(name), c_wrapped(src, 12), line, col,
                       c_str(msg) if msg else "NULL",
                       ", .line_only = true" if name in LINE_ONLY else ""))

    if problems:
        sys.exit("gen_sema_cases: the cases do not say what they claim:\n  " + "\n  ".join(problems))

    multi_rows = []
    for name, snippets in MULTI:
        errs = multi_expect(snippets, args.mpy_cross)
        want = "".join("%d: %s\n" % (l, m) for l, _, m in errs)
        multi_rows.append("    {.name = %s,\n     .src = %s,\n     .want = %s},\n"
                          % (c_str(name), c_wrapped("".join(snippets), 12), c_wrapped(want, 13)))

    with open(OUT, "w") as f:
        f.write("// Generated by tools/gen_sema_cases.py from CPython %d.%d.%d and mpy-cross: do not edit.\n"
                % sys.version_info[:3])
        f.write("// Expected first error of each case (line, column or 0 when not compared, message;\n")
        f.write("// line 0 and NULL for code that must pass), then the multi-error cases.\n")
        f.write("#ifdef SEMA_CASES\n")
        f.writelines(rows)
        f.write("#endif\n#ifdef SEMA_MULTI_CASES\n")
        f.writelines(multi_rows)
        f.write("#endif\n")

    if args.golden:
        srcs = dict(CASES)
        for name in GOLDEN_CASES:
            if name in LINE_ONLY or name in NOCOL or name.startswith("mp_"):
                sys.exit("gen_sema_cases: %s: golden files need CPython's full position" % name)
            src = srcs[name]
            body = "# Generated by tools/gen_sema_cases.py (case %s).\n" % name
            # The annotation goes first; the error is computed on the final text.
            probe = body + "# expect error: 0:0: x\n" + src
            line, col, msg, frm = expect(name, probe, args.mpy_cross)
            text = body + "# expect error: %d:%d: %s\n" % (line, col, msg) + src
            with open(os.path.join(GOLDEN, "sema_%s.py" % name), "w") as f:
                f.write(text)
    print("gen_sema_cases: %d cases, %d multi-error cases" % (len(rows), len(multi_rows)))


if __name__ == "__main__":
    main()
