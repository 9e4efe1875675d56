// mpytool: value printing shared by both commands (Python-style reprs of strings, bytes and
// constants) and the `info` summary: header, qstr and object tables, and one block per raw
// code with its sizes, arguments, flags and children. Works on a model that mpyt_parse has
// validated, so nothing here can fail; it only writes to the FILE * it is given.
#include "mpyt.h"

#include <string.h>

#include "mpyt_internal.h"

// ---------------------------------------------------------------------------------------------
// Output with a character budget: reprs in a listing are cut to a readable length.

typedef struct {
    FILE *out;
    size_t budget; // characters still allowed
    bool cut;      // the budget ran out and something was left out
} sink;

static void put(sink *s, const char *text, size_t n) {
    if (s->cut) {
        return;
    }
    if (n > s->budget) {
        n = s->budget;
        s->cut = true;
    }
    fwrite(text, 1, n, s->out);
    s->budget -= n;
}

static void puts_(sink *s, const char *text) {
    put(s, text, strlen(text));
}

// Length of the valid UTF-8 sequence at s[0..len), or 0 if it is not one (overlong forms,
// surrogates and values above U+10FFFF are invalid). *cp receives the code point.
static size_t utf8_seq(const uint8_t *s, size_t len, uint32_t *cp) {
    uint8_t b = s[0];
    size_t n;
    uint32_t min;
    if (b < 0x80) {
        *cp = b;
        return 1;
    } else if ((b & 0xe0) == 0xc0) {
        n = 2, min = 0x80, *cp = b & 0x1f;
    } else if ((b & 0xf0) == 0xe0) {
        n = 3, min = 0x800, *cp = b & 0x0f;
    } else if ((b & 0xf8) == 0xf0) {
        n = 4, min = 0x10000, *cp = b & 0x07;
    } else {
        return 0;
    }
    if (n > len) {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80) {
            return 0;
        }
        *cp = (*cp << 6) | (s[i] & 0x3f);
    }
    if (*cp < min || *cp > 0x10ffff || (*cp >= 0xd800 && *cp <= 0xdfff)) {
        return 0;
    }
    return n;
}

static void repr_to(sink *s, const uint8_t *str, size_t len, bool is_bytes) {
    // Python's choice of quote: single, unless the text has ' and no ".
    bool has_single = memchr(str, '\'', len) != NULL, has_double = memchr(str, '"', len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    char buf[16];
    if (is_bytes) {
        puts_(s, "b");
    }
    put(s, &quote, 1);
    for (size_t i = 0; i < len && !s->cut;) {
        uint8_t c = str[i];
        uint32_t cp;
        size_t n;
        if (c == '\\' || c == (uint8_t)quote) {
            buf[0] = '\\', buf[1] = (char)c;
            put(s, buf, 2);
            i++;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            puts_(s, c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
            i++;
        } else if (c >= 0x20 && c < 0x7f) {
            put(s, (const char *)&str[i], 1);
            i++;
        } else if (!is_bytes && c >= 0x80 && (n = utf8_seq(str + i, len - i, &cp)) != 0 &&
                   cp >= 0xa0) {
            put(s, (const char *)&str[i], n);
            i += n;
        } else {
            snprintf(buf, sizeof buf, "\\x%02x", c);
            puts_(s, buf);
            i++;
        }
    }
    put(s, &quote, 1);
}

void mpyt_print_repr(FILE *out, const uint8_t *s, size_t len, bool is_bytes) {
    sink k = {out, SIZE_MAX, false};
    repr_to(&k, s, len, is_bytes);
}

static void obj_to(sink *s, const mpyt_obj *o) {
    switch (o->type) {
        case MPY_OBJ_FUN_TABLE:
            puts_(s, "<native function table>");
            break;
        case MPY_OBJ_NONE:
            puts_(s, "None");
            break;
        case MPY_OBJ_FALSE:
            puts_(s, "False");
            break;
        case MPY_OBJ_TRUE:
            puts_(s, "True");
            break;
        case MPY_OBJ_ELLIPSIS:
            puts_(s, "Ellipsis");
            break;
        case MPY_OBJ_STR:
        case MPY_OBJ_BYTES:
            repr_to(s, o->data, o->len, o->type == MPY_OBJ_BYTES);
            break;
        case MPY_OBJ_INT:
        case MPY_OBJ_FLOAT:
        case MPY_OBJ_COMPLEX:
            put(s, (const char *)o->data, o->len); // checked to be printable ASCII
            break;
        case MPY_OBJ_TUPLE:
        default:
            puts_(s, "(");
            for (uint32_t i = 0; i < o->len && !s->cut; i++) {
                if (i > 0) {
                    puts_(s, ", ");
                }
                obj_to(s, &o->items[i]);
            }
            puts_(s, o->len == 1 ? ",)" : ")");
            break;
    }
}

void mpyt_print_obj(FILE *out, const mpyt_obj *o, size_t max_len) {
    sink s = {out, max_len, false};
    obj_to(&s, o);
    if (s.cut) {
        fputs("...", out);
    }
}

const char *mpyt_obj_type_name(unsigned type) {
    static const char *const names[] = {"fun_table", "none", "false", "true",    "ellipsis", "str",
                                        "bytes",     "int",  "float", "complex", "tuple"};
    return type < sizeof names / sizeof names[0] ? names[type] : "?";
}

// A qstr as a name: bare when it is plain printable text, otherwise as a repr.
void mpyt_print_name(FILE *out, const mpyt_file *f, uint32_t idx) {
    if (idx >= f->n_qstr) {
        fprintf(out, "<qstr %" PRIu32 "?>", idx); // not reached: indices are validated
        return;
    }
    const mpyt_qstr *q = &f->qstrs[idx];
    bool plain = q->len > 0;
    for (uint32_t i = 0; i < q->len && plain;) {
        uint32_t cp;
        size_t n = utf8_seq(q->str + i, q->len - i, &cp);
        plain = n != 0 && cp > 0x20 && cp != 0x7f && !(cp >= 0x80 && cp < 0xa0) && cp != '\'' &&
                cp != '"' && cp != '\\';
        i += n;
    }
    if (plain) {
        fwrite(q->str, 1, q->len, out);
    } else {
        mpyt_print_repr(out, q->str, q->len, false);
    }
}

const char *mpyt_kind_name(unsigned kind) {
    static const char *const names[] = {"bytecode", "native", "viper", "asm"};
    return kind < 4 ? names[kind] : "?";
}

void mpyt_print_rc_name(FILE *out, const mpyt_file *f, const mpyt_rc *rc) {
    if (rc->has_prelude) {
        mpyt_print_name(out, f, rc->prelude.simple_name);
    } else {
        fprintf(out, "<%s>", mpyt_kind_name(rc->kind)); // viper and asm code carry no name
    }
}

void mpyt_print_flags(FILE *out, uint32_t flags) {
    static const char *const names[] = {"generator",  "varkeywords", "varargs", "defkwargs",
                                        "viperreloc", "viperrodata", "viperbss"};
    fprintf(out, "0x%02" PRIx32, flags);
    bool any = false;
    for (unsigned i = 0; i < 7; i++) {
        if (flags & (1u << i)) {
            fprintf(out, "%s%s", any ? " " : " (", names[i]);
            any = true;
        }
    }
    if (flags & ~0x7fu) {
        fprintf(out, "%sunknown 0x%" PRIx32, any ? " " : " (", flags & ~0x7fu);
        any = true;
    }
    if (any) {
        fputs(")", out);
    }
}

void mpyt_print_header(FILE *out, const mpyt_file *f) {
    const char *march = f->arch < 16 ? mpy_arch_info[f->arch].march : NULL;
    fprintf(out,
            "header: %02x %02x %02x %02x: version %u, sub-version %u, arch %u (%s), "
            "small-int bits %u\n",
            f->header[0], f->header[1], f->header[2], f->header[3], f->header[1], f->sub_version,
            f->arch, march ? march : "unknown", f->header[3]);
    if (f->has_arch_flags) {
        fprintf(out, "arch flags: 0x%" PRIx32 "%s%s\n", f->arch_flags,
                (f->arch_flags & MPY_RV32_FLAG_ZBA) ? " zba" : "",
                (f->arch_flags & MPY_RV32_FLAG_ZCMP) ? " zcmp" : "");
    }
}

// Prelude fields shared by info and dis: state, flags and the argument list.
void mpyt_print_prelude(FILE *out, const mpyt_file *f, const mpyt_rc *rc, const char *indent) {
    const mpyt_prelude *p = &rc->prelude;
    fprintf(out, "%sn_state %" PRIu32 ", n_exc_stack %" PRIu32 ", flags ", indent, p->sig.n_state,
            p->sig.n_exc_stack);
    mpyt_print_flags(out, p->sig.scope_flags);
    fprintf(out,
            "\n%sargs: %" PRIu32 " positional (%" PRIu32 " with default), %" PRIu32 " keyword-only",
            indent, p->sig.n_pos_args, p->sig.n_def_pos_args, p->sig.n_kwonly_args);
    for (uint32_t i = 0; i < p->n_arg_names; i++) {
        fputs(i == 0 ? ": " : ", ", out);
        mpyt_print_name(out, f, p->arg_names[i]);
    }
    fputs("\n", out);
}

// ---------------------------------------------------------------------------------------------
// mpytool info

static void info_raw_code(FILE *out, const mpyt_file *f, const mpyt_rc *rc) {
    fprintf(out, "  %" PRIu32 ": ", rc->index);
    mpyt_print_rc_name(out, f, rc);
    fprintf(out, ": %s at %zu, fun_data %" PRIu32 " bytes", mpyt_kind_name(rc->kind), rc->off,
            rc->fun_len);
    if (rc->parent != NULL) {
        fprintf(out, ", child %u of %" PRIu32, (unsigned)(rc - rc->parent->children),
                rc->parent->index);
    }
    fputs("\n", out);
    const mpyt_prelude *p = &rc->prelude;
    if (rc->kind == MPY_CODE_BYTECODE) {
        fprintf(out,
                "       prelude %" PRIu32 ", names %" PRIu32 ", line info %" PRIu32
                ", cells %" PRIu32 ", bytecode %" PRIu32 "\n",
                p->info_start, p->lines_start - p->info_start, p->cells_start - p->lines_start,
                p->size.n_cell, rc->fun_len - p->code_start);
    } else if (rc->kind == MPY_CODE_NATIVE_PY) {
        fprintf(out,
                "       machine code %" PRIu32 ", prelude %" PRIu32 " (names %" PRIu32
                ", cells %" PRIu32 ")\n",
                rc->prelude_offset, rc->fun_len - rc->prelude_offset,
                p->lines_start - p->info_start, p->size.n_cell);
    } else if (rc->kind == MPY_CODE_NATIVE_VIPER) {
        fputs("       scope flags ", out);
        mpyt_print_flags(out, rc->scope_flags);
        fprintf(out, ", rodata %" PRIu32 ", bss %" PRIu32 ", relocations %" PRIu32 " bytes\n",
                rc->rodata_len, rc->bss_len, rc->reloc_len);
    } else {
        static const char *const types[] = {"object", "bool", "int", "uint"};
        fputs("       scope flags ", out);
        mpyt_print_flags(out, rc->scope_flags);
        fprintf(out, ", %" PRIu32 " args, returns ", rc->asm_n_args);
        if (rc->asm_type_sig < 4) {
            fputs(types[rc->asm_type_sig], out);
        } else {
            fprintf(out, "type %" PRIu32, rc->asm_type_sig);
        }
        fputs("\n", out);
    }
    if (rc->has_prelude) {
        mpyt_print_prelude(out, f, rc, "       ");
    }
    if (rc->n_children > 0) {
        fprintf(out, "       children: %" PRIu32 "\n", rc->n_children);
    }
    for (uint32_t i = 0; i < rc->n_children; i++) {
        info_raw_code(out, f, &rc->children[i]);
    }
}

static void count_kinds(const mpyt_rc *rc, uint32_t counts[4]) {
    counts[rc->kind & 3]++;
    for (uint32_t i = 0; i < rc->n_children; i++) {
        count_kinds(&rc->children[i], counts);
    }
}

void mpyt_info(const mpyt_file *f, FILE *out) {
    fprintf(out, "file: %zu bytes\n", f->len);
    mpyt_print_header(out, f);
    fprintf(out, "qstr table: %" PRIu32 " entries\n", f->n_qstr);
    for (uint32_t i = 0; i < f->n_qstr; i++) {
        const mpyt_qstr *q = &f->qstrs[i];
        fprintf(out, "  %" PRIu32 ": ", i);
        mpyt_print_repr(out, q->str, q->len, false);
        if (q->static_idx) {
            fprintf(out, " (static %" PRIu32 ")", q->static_idx);
        }
        fputs("\n", out);
    }
    fprintf(out, "object table: %" PRIu32 " entries\n", f->n_obj);
    for (uint32_t i = 0; i < f->n_obj; i++) {
        fprintf(out, "  %" PRIu32 ": %s ", i, mpyt_obj_type_name(f->objs[i].type));
        mpyt_print_obj(out, &f->objs[i], SIZE_MAX);
        fputs("\n", out);
    }
    uint32_t counts[4] = {0};
    count_kinds(&f->root, counts);
    fprintf(out,
            "raw codes: %" PRIu32 " (bytecode %" PRIu32 ", native %" PRIu32 ", viper %" PRIu32
            ", asm %" PRIu32 ")\n",
            f->n_raw_codes, counts[0], counts[1], counts[2], counts[3]);
    info_raw_code(out, f, &f->root);
    if (f->end < f->len) {
        fprintf(out, "trailing bytes: %zu after offset %zu\n", f->len - f->end, f->end);
    }
}
