// AST dumper: the text of `mpyc --dump=ast`, an S-expression per statement. Statements of the
// module start at column 0, one per line; a node's blocks (and everything after its first block)
// go on their own lines, indented two more spaces. Expressions stay on one line. Absent
// children print as `-`. tools/pyast_dump.py prints CPython's AST of the same file in exactly
// this form, so any change here must be made there too.
//
//   (if (compare (name x) > (number 1))
//     (block
//       (expr (call (name print) (str 'big'))))
//     -)
//
// Node text: `(kind [detail] child ...)` where detail is the operator of UNOP, BOOLOP and
// AUG_ASSIGN, `*`/`**` for star parameters, the level of IMPORT_FROM; kinds flagged async print
// as `asyncdef`, `asyncfor`, `asyncwith`. OP leaves print as their operator. Recursion stops
// at AST_MAX_DEPTH (printing `...`), so any tree can be dumped.
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "ast.h"
#include "../unit.h"
#include "../util/strbuf.h"

typedef struct dumper {
    comp_unit *u;
    strbuf *out;
} dumper;

static void dump_node(dumper *d, const ast *a, int indent, int depth);

static void newline(dumper *d, int indent) {
    sb_putc(d->out, '\n');
    for (int i = 0; i < indent; i++) {
        sb_putc(d->out, ' ');
    }
}

// Shortest %g form that reads back as the same double (the same text Python's '%.*g' gives).
static void put_double(strbuf *out, double v) {
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) {
            break;
        }
    }
    sb_puts(out, buf);
}

static void put_number(strbuf *out, const lex_num *num) {
    if (!num) {
        sb_puts(out, "?");
        return;
    }
    switch ((lex_num_kind)num->kind) {
        case LEX_NUM_INT:
            if (!num->is_big) {
                sb_printf(out, "%" PRId64, num->v.ival);
                break;
            }
            {
                const char *prefix = num->base == 16  ? "0x"
                                     : num->base == 8 ? "0o"
                                     : num->base == 2 ? "0b"
                                                      : "";
                const char *p = num->v.digits;
                while (*p == '0' && p[1]) {
                    p++;
                }
                sb_puts(out, prefix);
                for (; *p; p++) {
                    char c = *p;
                    sb_putc(out, c >= 'A' && c <= 'F' ? (char)(c - 'A' + 'a') : c);
                }
            }
            break;
        case LEX_NUM_FLOAT:
            put_double(out, num->v.fval);
            break;
        case LEX_NUM_IMAG:
            put_double(out, num->v.fval);
            sb_putc(out, 'j');
            break;
    }
}

static void dump_leaf(dumper *d, const ast *a) {
    strbuf *out = d->out;
    switch ((ast_kind)a->kind) {
        case AST_NAME:
            sb_printf(out, "(name %s)", intern_str(&d->u->names, a->u.name));
            break;
        case AST_NUMBER:
            sb_puts(out, "(number ");
            put_number(out, a->u.num);
            sb_putc(out, ')');
            break;
        case AST_STR:
        case AST_BYTES:
            sb_printf(out, "(%s '", ast_kind_names[a->kind]);
            if (a->u.str) {
                sb_put_escaped(out, a->u.str->bytes, a->u.str->len, '\'', a->kind == AST_BYTES);
            }
            sb_puts(out, "')");
            break;
        case AST_CONST: {
            static const char *const names[] = {
                [AST_CONST_NONE] = "None",
                [AST_CONST_TRUE] = "True",
                [AST_CONST_FALSE] = "False",
                [AST_CONST_ELLIPSIS] = "...",
            };
            sb_printf(out, "(const %s)", a->op <= AST_CONST_ELLIPSIS ? names[a->op] : "?");
            break;
        }
        default:
            sb_printf(out, "(%s)", ast_kind_names[a->kind]);
            break;
    }
}

// The operator text of an OP leaf depends on its parent's kind.
static void dump_op(dumper *d, const ast *parent, const ast *op) {
    sb_puts(d->out, parent->kind == AST_COMPARE ? ast_cmpop_text((ast_cmpop)op->op)
                                                : ast_binop_text((ast_binop)op->op));
}

// Children that begin a new line: blocks, handler lists and `elif` clauses.
static bool on_own_line(const ast *kid) {
    if (!kid) {
        return false;
    }
    switch ((ast_kind)kid->kind) {
        case AST_BLOCK:
        case AST_HANDLERS:
        case AST_EXCEPT:
        case AST_ELIF:
            return true;
        default:
            return false;
    }
}

static void dump_detail(dumper *d, const ast *a) {
    strbuf *out = d->out;
    switch ((ast_kind)a->kind) {
        case AST_UNOP: {
            static const char *const ops[] = {
                [AST_UNOP_POS] = "+",
                [AST_UNOP_NEG] = "-",
                [AST_UNOP_INVERT] = "~",
                [AST_UNOP_NOT] = "not",
            };
            sb_printf(out, " %s", a->op <= AST_UNOP_NOT ? ops[a->op] : "?");
            break;
        }
        case AST_BOOLOP:
            sb_puts(out, a->op == AST_BOOL_AND ? " and" : " or");
            break;
        case AST_AUG_ASSIGN:
            sb_printf(out, " %s=", ast_binop_text((ast_binop)a->op));
            break;
        case AST_PARAM:
            if (a->op == AST_PARAM_STAR) {
                sb_puts(out, " *");
            } else if (a->op == AST_PARAM_DSTAR) {
                sb_puts(out, " **");
            }
            break;
        case AST_IMPORT_FROM:
            sb_printf(out, " %u", (unsigned)a->flags);
            break;
        default:
            break;
    }
}

static void dump_node(dumper *d, const ast *a, int indent, int depth) {
    strbuf *out = d->out;
    if (!a) {
        sb_putc(out, '-');
        return;
    }
    if (depth > AST_MAX_DEPTH) {
        sb_puts(out, "...");
        return;
    }
    if (a->kind >= AST_N_KINDS) {
        sb_puts(out, "(?)");
        return;
    }
    if (ast_kind_arity[a->kind] == 0) {
        dump_leaf(d, a);
        return;
    }
    bool is_async = (a->flags & AST_ASYNC) &&
                    (a->kind == AST_FUNCDEF || a->kind == AST_FOR || a->kind == AST_WITH);
    sb_printf(out, "(%s%s", is_async ? "async" : "", ast_kind_names[a->kind]);
    dump_detail(d, a);
    bool own_lines = false;
    for (uint32_t i = 0; i < a->n; i++) {
        const ast *k = AST_KID(a, i);
        own_lines = own_lines || a->kind == AST_BLOCK || on_own_line(k);
        if (own_lines) {
            newline(d, indent + 2);
        } else {
            sb_putc(out, ' ');
        }
        if (k && k->kind == AST_OP) {
            dump_op(d, a, k);
        } else {
            dump_node(d, k, indent + 2, depth + 1);
        }
    }
    sb_putc(out, ')');
}

void ast_dump(struct comp_unit *u, const ast *root, struct strbuf *out) {
    dumper d = {u, out};
    if (!root) {
        return;
    }
    if (root->kind != AST_MODULE) {
        dump_node(&d, root, 0, 0);
        sb_putc(out, '\n');
        return;
    }
    for (uint32_t i = 0; i < root->n; i++) {
        dump_node(&d, AST_KID(root, i), 0, 1);
        sb_putc(out, '\n');
    }
}
