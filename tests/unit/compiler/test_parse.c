// The parser: tree shapes and syntax errors against CPython (tables generated into
// test_parse_cases.inc by tools/gen_parse_cases.py: dumps printed from CPython's AST by
// tools/pyast_dump.py, error lines, columns and messages from CPython 3.11's compile()); then
// what CPython cannot tell: MicroPython's restrictions and their messages, node spans and flags,
// error recovery, deep nesting, and out-of-memory at every allocation.
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front_helpers.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "unit.h"
#include "util/strbuf.h"

typedef struct parse_shape_case {
    const char *name;
    const char *src;
    const char *want; // `mpyc --dump=ast` text
} parse_shape_case;

typedef struct parse_error_case {
    const char *name;
    const char *src;
    int line, col; // col -1: not compared
    const char *msg;
} parse_error_case;

#include "test_parse_cases.inc"

TestSuite(parse);

// Splits "L:C: msg" (front_first_error's format).
static bool split(const char *got, int *line, int *col, const char **msg) {
    int n = 0;
    if (sscanf(got, "%d:%d: %n", line, col, &n) != 2 || n == 0) {
        return false;
    }
    *msg = got + n;
    return true;
}

Test(parse, tree_shapes_match_cpython) {
    size_t n = sizeof parse_shape_cases / sizeof parse_shape_cases[0];
    for (size_t i = 0; i < n; i++) {
        const parse_shape_case *k = &parse_shape_cases[i];
        char *got = front_ast(k->src);
        cr_expect(eq(str, got, (char *)k->want), "%s", k->name);
        free(got);
    }
    cr_expect(gt(sz, n, 50));
}

Test(parse, first_error_matches_cpython) {
    size_t n = sizeof parse_error_cases / sizeof parse_error_cases[0];
    for (size_t i = 0; i < n; i++) {
        const parse_error_case *k = &parse_error_cases[i];
        char *got = front_first_error(k->src);
        int line = 0, col = 0;
        const char *msg = "";
        bool ok = split(got, &line, &col, &msg);
        cr_expect(ok, "%s: expected %d:%d: %s, got '%s'", k->name, k->line, k->col, k->msg, got);
        if (ok) {
            cr_expect(line == k->line && strcmp(msg, k->msg) == 0,
                      "%s: expected %d: %s\n  got %d: %s", k->name, k->line, k->msg, line, msg);
            cr_expect(k->col < 0 || col == k->col, "%s: expected column %d, got %d", k->name,
                      k->col, col);
        }
        free(got);
    }
    cr_expect(gt(sz, n, 100));
}

// ---- MicroPython's restrictions: valid Python 3.11 that MicroPython 1.29 rejects ----

typedef struct mp_case {
    const char *src;
    const char *want; // "line:col: message" of the first error
} mp_case;

Test(parse, micropython_restrictions_get_a_clear_message) {
    static const mp_case cases[] = {
        {"def f(a, /, b):\n    pass\n",
         "1:10: MicroPython does not support positional-only parameters ('/')"},
        {"f = lambda a, /: a\n",
         "1:15: MicroPython does not support positional-only parameters ('/')"},
        {"@a[0]\ndef f():\n    pass\n",
         "1:2: MicroPython does not support this decorator: only a dotted name, optionally called"},
        {"@(a)\ndef f():\n    pass\n",
         "1:2: MicroPython does not support this decorator: only a dotted name, optionally called"},
        {"@a.b(1)(2)\ndef f():\n    pass\n",
         "1:2: MicroPython does not support this decorator: only a dotted name, optionally called"},
        {"x = {**a}\n", "1:6: MicroPython does not support dict unpacking ('**') in a display"},
        {"x = {*a, 1}\n", "1:6: MicroPython does not support unpacking ('*') in a set display"},
        {"x[*a]\n", "1:3: MicroPython does not support unpacking ('*') in a subscript"},
        {"def f():\n    return *a, b\n", "2:12: MicroPython does not support unpacking ('*') here"},
        {"for x in *a, b:\n    pass\n", "1:10: MicroPython does not support unpacking ('*') here"},
        {"try:\n    pass\nexcept* E:\n    pass\n", "3:7: MicroPython does not support 'except*'"},
        {"async def f():\n    return [x async for x in y]\n",
         "2:15: MicroPython does not support asynchronous comprehensions"},
        {"match x:\n    case 1:\n        pass\n",
         "1:7: MicroPython does not support the match statement"},
        {"with (open(a) as f, open(b) as g):\n    pass\n",
         "1:15: MicroPython does not support parenthesized context managers"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = front_first_error(cases[i].src);
        cr_expect(eq(str, got, (char *)cases[i].want), "%s", cases[i].src);
        free(got);
    }
}

Test(parse, micropython_forms_are_accepted) {
    // Forms next to the restrictions above that MicroPython does take.
    static const char *const srcs[] = {
        "@a.b.c(1, *d, k=2)\ndef f():\n    pass\n",
        "*a, b = c\n",
        "[a, *b] = c\n",
        "f(*a, *b, **c)\n",
        "with (a, b):\n    pass\n",
        "f(x for x in y)\n",
    };
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
        char *got = front_errors(srcs[i]);
        cr_expect(eq(str, got, ""), "%s", srcs[i]);
        free(got);
    }
}

// ---- facts CPython's tree does not show ----

static void no_diag(void *ctx, diag_severity sev, const char *text) {
    (void)ctx;
    (void)sev;
    (void)text;
}

// Parses src into *u (the caller finalises it); the module, or NULL.
static ast *parse_src(comp_unit *u, const char *src) {
    cr_assert(unit_init(u, "t.py", src, strlen(src), NULL, no_diag, NULL));
    unit_parse(u);
    return u->tree;
}

// The source text a node covers.
static char *span_text(comp_unit *u, const ast *a) {
    return strndup(u->src.text + a->span.off, a->span.len);
}

static bool has(const ast *a, unsigned flags) {
    return (a->flags & flags) != 0;
}

// The expression of the first statement (EXPR_STMT or the value of an ASSIGN).
static ast *first_value(ast *mod) {
    cr_assert(mod && mod->n > 0);
    ast *s = AST_KID(mod, 0);
    return AST_KID(s, s->n - 1);
}

Test(parse, node_spans_cover_their_source) {
    comp_unit u;
    ast *m = parse_src(&u, "x = foo(a, b)[1:2] + (c * d)\n");
    ast *v = first_value(m);
    char *t = span_text(&u, v);
    cr_expect(eq(str, t, "foo(a, b)[1:2] + (c * d)"));
    free(t);
    cr_assert(eq(int, v->kind, AST_BINOP));
    t = span_text(&u, AST_KID(v, 0));
    cr_expect(eq(str, t, "foo(a, b)[1:2]"));
    free(t);
    t = span_text(&u, AST_KID(v, 1));
    cr_expect(eq(str, t, "+"));
    free(t);
    t = span_text(&u, AST_KID(v, 2)); // parentheses are dropped, the inner span stays
    cr_expect(eq(str, t, "c * d"));
    free(t);
    t = span_text(&u, AST_KID(m, 0));
    cr_expect(eq(str, t, "x = foo(a, b)[1:2] + (c * d)"));
    free(t);
    unit_fini(&u);
}

Test(parse, del_and_import_spans_start_at_the_keyword) {
    comp_unit u;
    ast *m = parse_src(&u, "del a, b,\nimport os.path as p, sys\nif x: del \\\n  c\n");
    cr_assert(m && m->n == 3);
    char *t = span_text(&u, AST_KID(m, 0));
    cr_expect(eq(str, t, "del a, b,"));
    free(t);
    t = span_text(&u, AST_KID(m, 1));
    cr_expect(eq(str, t, "import os.path as p, sys"));
    free(t);
    ast *del = AST_KID(AST_KID(AST_KID(m, 2), 1), 0);
    cr_expect(eq(int, del->kind, AST_DEL));
    t = span_text(&u, del);
    cr_expect(eq(str, t, "del \\\n  c"));
    free(t);
    unit_fini(&u);
}

Test(parse, empty_tuple_is_parenthesised) {
    comp_unit u;
    ast *m = parse_src(&u, "x = ()\ny = ((),)\n");
    cr_assert(m && m->n == 2);
    ast *e = first_value(m);
    cr_expect(eq(int, e->kind, AST_TUPLE));
    cr_expect(eq(u32, e->n, 0));
    cr_expect(has(e, AST_PAREN));
    ast *inner = AST_KID(AST_KID(AST_KID(m, 1), 1), 0);
    cr_expect(eq(int, inner->kind, AST_TUPLE));
    cr_expect(has(inner, AST_PAREN));
    unit_fini(&u);
}

Test(parse, flags_record_what_the_tree_cannot) {
    comp_unit u;
    ast *m = parse_src(&u, "(a, b)\na, b\nf(a,)\nx[1:2:]\nx[1:2]\nfrom ... import y\n"
                           "async def f():\n    async for a in b:\n        pass\n");
    cr_assert(m && m->n == 7);
    ast *paren = AST_KID(AST_KID(m, 0), 0);
    ast *bare = AST_KID(AST_KID(m, 1), 0);
    cr_expect(has(paren, AST_PAREN));
    cr_expect(eq(int, has(bare, AST_PAREN), 0));
    ast *call = AST_KID(AST_KID(m, 2), 0);
    cr_expect(eq(int, call->kind, AST_CALL));
    cr_expect(eq(u32, call->n, 2));
    ast *step = AST_KID(AST_KID(AST_KID(m, 3), 0), 1);
    ast *nostep = AST_KID(AST_KID(AST_KID(m, 4), 0), 1);
    cr_expect(eq(int, step->kind, AST_SLICE));
    cr_expect(has(step, AST_SLICE_STEP));
    cr_expect(eq(int, has(nostep, AST_SLICE_STEP), 0));
    ast *imp = AST_KID(m, 5);
    cr_expect(eq(int, imp->kind, AST_IMPORT_FROM));
    cr_expect(eq(int, imp->flags, 3));
    cr_expect(eq(ptr, AST_KID(imp, 0), NULL));
    ast *def = AST_KID(m, 6);
    cr_expect(has(def, AST_ASYNC));
    ast *body = AST_KID(def, 3);
    cr_expect(has(AST_KID(body, 0), AST_ASYNC));
    unit_fini(&u);
}

Test(parse, elif_chains_stay_flat) {
    comp_unit u;
    ast *m = parse_src(&u, "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    x\n");
    ast *top = AST_KID(m, 0);
    cr_assert(eq(u32, top->n, 5));
    ast *e1 = AST_KID(top, 2), *e2 = AST_KID(top, 3);
    cr_expect(eq(int, e1->kind, AST_ELIF));
    cr_expect(eq(int, e2->kind, AST_ELIF));
    cr_expect(eq(int, AST_KID(top, 4)->kind, AST_BLOCK));
    char *t = span_text(&u, e1);
    cr_expect(eq(str, t, "elif b:\n    pass\n"));
    free(t);
    unit_fini(&u);
}

Test(parse, if_without_else_keeps_an_empty_orelse) {
    comp_unit u;
    ast *m = parse_src(&u, "if a:\n    pass\nelif b:\n    pass\n");
    ast *top = AST_KID(m, 0);
    cr_assert(eq(u32, top->n, 4));
    cr_expect(eq(int, AST_KID(top, 2)->kind, AST_ELIF));
    cr_expect(eq(ptr, AST_KID(top, 3), NULL));
    unit_fini(&u);
}

Test(parse, long_lists_stay_flat) {
    strbuf sb;
    sb_init(&sb);
    sb_puts(&sb, "x = [0");
    for (int i = 1; i < 5000; i++) {
        sb_printf(&sb, ", %d", i);
    }
    sb_puts(&sb, "] + a - b + c\n");
    comp_unit u;
    ast *v = first_value(parse_src(&u, sb.buf));
    cr_assert(eq(int, v->kind, AST_BINOP));
    cr_expect(eq(u32, v->n, 7));
    ast *list = AST_KID(v, 0);
    cr_assert(eq(int, list->kind, AST_LIST));
    cr_expect(eq(u32, list->n, 5000));
    for (uint32_t i = 0; i < list->n; i++) {
        cr_expect(eq(i64, AST_KID(list, i)->u.num->v.ival, (int64_t)i));
    }
    unit_fini(&u);
    sb_free(&sb);
}

// ---- errors: recovery, limits, robustness ----

static int count_lines_with(const char *text, const char *needle) {
    int n = 0;
    for (const char *p = text; (p = strstr(p, needle)) != NULL; p += strlen(needle)) {
        n++;
    }
    return n;
}

Test(parse, recovery_reports_later_errors_once_each) {
    char *got = front_errors("x = 1 2\ny = 3\nif z\n    pass\nw = (4 5)\n");
    cr_expect(eq(int, count_lines_with(got, ": error: "), 3), "%s", got);
    cr_expect(strstr(got, "t.py:1:7: error: invalid syntax\n") != NULL, "%s", got);
    cr_expect(strstr(got, "t.py:3:5: error: expected ':'\n") != NULL, "%s", got);
    cr_expect(strstr(got, "t.py:5:6: error: invalid syntax. Perhaps you forgot a comma?\n") != NULL,
              "%s", got);
    free(got);
}

Test(parse, many_errors_stop_at_the_limit) {
    strbuf sb;
    sb_init(&sb);
    for (int i = 0; i < 100; i++) {
        sb_puts(&sb, "x = 1 2\n");
    }
    char *got = front_errors(sb.buf);
    cr_expect(eq(int, count_lines_with(got, ": error: invalid syntax"), 20), "%s", got);
    cr_expect(strstr(got, "too many errors") != NULL);
    free(got);
    sb_free(&sb);
}

Test(parse, deep_nesting_is_an_error_not_a_crash) {
    static const char *const units[] = {"-", "not ", "lambda: ", "~", "+"};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        strbuf sb;
        sb_init(&sb);
        sb_puts(&sb, "x = ");
        for (int k = 0; k < 100000; k++) {
            sb_puts(&sb, units[i]);
        }
        sb_puts(&sb, "1\n");
        char *got = front_errors(sb.buf);
        cr_expect(strstr(got, "error: too many nested expressions") != NULL, "%s: %.200s", units[i],
                  got);
        free(got);
        sb_free(&sb);
    }
}

Test(parse, dump_of_a_deep_tree_is_cut) {
    // Deeper than AST_MAX_DEPTH but within the parser's stack: parsing succeeds; the checks
    // would reject it, the dumper must still not recurse without bound.
    strbuf src;
    sb_init(&src);
    sb_puts(&src, "x = ");
    for (int k = 0; k < 3 * AST_MAX_DEPTH; k++) {
        sb_putc(&src, '-');
    }
    sb_puts(&src, "1\n");
    comp_unit u;
    cr_assert(unit_init(&u, "t.py", src.buf, src.len, NULL, no_diag, NULL));
    cr_assert(unit_parse(&u));
    strbuf out;
    sb_init(&out);
    ast_dump(&u, u.tree, &out);
    cr_expect(strstr(out.buf, "...") != NULL);
    cr_expect(lt(sz, out.len, (size_t)(12 * AST_MAX_DEPTH)));
    sb_free(&out);
    unit_fini(&u);
    sb_free(&src);
}

static void count_diag(void *ctx, diag_severity sev, const char *text) {
    (void)sev;
    if (strstr(text, "out of memory")) {
        ++*(int *)ctx;
    }
}

Test(parse, out_of_memory_at_each_allocation_is_reported) {
    static const char src[] = "import a.b as c\n"
                              "@d.e(1)\n"
                              "class K(B, metaclass=M):\n"
                              "    def f(self, x: int = 1, *a, k, **kw) -> None:\n"
                              "        if x and y or not z:\n"
                              "            return [i * 2 for i in range(10) if i % 3] + {1: 2}[1]\n"
                              "        elif x:\n"
                              "            y = lambda q: q ** 2\n"
                              "        try:\n"
                              "            del a[1:2, ::3]\n"
                              "        except E as e:\n"
                              "            raise X from e\n"
                              "        with f'{x!r}' as y, z:\n"
                              "            pass\n";
    int n_ok = 0;
    for (long n = 0; n < 2000; n++) {
        comp_unit u;
        int n_oom = 0;
        if (!unit_init(&u, "t.py", src, sizeof src - 1, NULL, count_diag, &n_oom)) {
            unit_fini(&u);
            continue;
        }
        arena_fail_after(&u.arena, n);
        bool ok = unit_parse(&u);
        if (ok) {
            n_ok++;
            cr_expect(u.tree != NULL);
        } else {
            cr_expect(eq(int, n_oom, 1), "after %ld allocations", n);
            cr_expect(eq(ptr, u.tree, NULL));
        }
        unit_fini(&u);
        if (ok) {
            break;
        }
    }
    cr_expect(eq(int, n_ok, 1), "never succeeded within 2000 allocations");
}
