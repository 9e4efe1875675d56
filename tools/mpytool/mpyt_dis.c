// mpytool dis: lists every raw code of a parsed file. Bytecode is decoded with the shared
// decoder (runtime/format/bc_ops.h) and checked the way a loader's verifier would: operands
// must name existing qstrs, objects, children and locals, and jumps must land on instruction
// starts inside the code. Each instruction shows its offset, bytes, mnemonic and resolved
// operands, jump targets as absolute offsets, source lines from the line-number table, and
// the exception handlers that SETUP_* instructions install. Native code is shown in hex.
#include "mpyt.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "format/bc_ops.h"
#include "mpyt_internal.h"

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

// Characters of a constant's repr shown in an instruction line.
#define OBJ_REPR_MAX 60

typedef struct {
    const mpyt_file *f;
    FILE *out;
    mpyt_error *err;
    mpyt_line_fn line_fn; // source rows (mpyt_dis_source), or NULL
    void *line_ctx;
} dis_ctx;

PRINTF_LIKE(3, 4)
static bool dis_fail(dis_ctx *d, size_t off, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    d->err->offset = off;
    vsnprintf(d->err->msg, sizeof d->err->msg, fmt, ap);
    va_end(ap);
    return false;
}

// 16 bytes per line, offsets relative to `base_label`.
static void hexdump(FILE *out, const uint8_t *p, size_t n, size_t base_label) {
    for (size_t i = 0; i < n; i += 16) {
        fprintf(out, "    %04zx ", base_label + i);
        for (size_t j = i; j < n && j < i + 16; j++) {
            fprintf(out, " %02x", p[j]);
        }
        fputs("\n", out);
    }
}

// ---------------------------------------------------------------------------------------------
// Line-number table (mpy-format.md 8.4), walked forwards as the offsets grow.

typedef struct {
    const uint8_t *buf;
    size_t pos, end;
    uint64_t bc;   // bytecode offset reached by the entries applied so far
    uint64_t line; // source line there (64 bits: no table can overflow them)
} line_iter;

// Applies every entry whose offset step still lies at or before `off`; returns the line of
// the instruction at `off` (the rule of mpy-format.md 8.4).
static uint64_t line_at(line_iter *it, uint64_t off) {
    while (it->pos < it->end) {
        size_t p = it->pos;
        uint32_t b, l;
        if (mpy_line_entry_decode(it->buf, it->end, &p, &b, &l) != MPY_OK || off < it->bc + b) {
            break; // (a bad entry cannot occur: mpyt_parse checked the table)
        }
        it->pos = p;
        it->bc += b;
        it->line += l;
    }
    return it->line;
}

static void print_line_table(FILE *out, const mpyt_rc *rc) {
    const mpyt_prelude *p = &rc->prelude;
    line_iter it = {rc->fun, p->lines_start, p->cells_start, 0, 1};
    fputs("  lines:", out);
    if (it.pos == it.end) {
        fputs(" none", out);
    }
    for (unsigned n = 0; it.pos < it.end; n++) {
        uint32_t b, l;
        if (mpy_line_entry_decode(it.buf, it.end, &it.pos, &b, &l) != MPY_OK) {
            break;
        }
        it.bc += b;
        it.line += l;
        if (n > 0 && n % 12 == 0) {
            fputs("\n        ", out);
        }
        fprintf(out, " %" PRIu64 ":%" PRIu64, it.bc, it.line);
    }
    fputs("\n", out);
}

// Cells, arguments and children: the parts of a prelude both native and bytecode share.
static void print_scope(dis_ctx *d, const mpyt_rc *rc) {
    const mpyt_file *f = d->f;
    const mpyt_prelude *p = &rc->prelude;
    mpyt_print_prelude(d->out, f, rc, "  ");
    fputs("  cells:", d->out);
    if (p->size.n_cell == 0) {
        fputs(" none", d->out);
    }
    for (uint32_t i = 0; i < p->size.n_cell; i++) {
        uint8_t local = rc->fun[p->cells_start + i];
        fprintf(d->out, " %u", local);
        if (local < p->n_arg_names) {
            fputs(" (", d->out);
            mpyt_print_name(d->out, f, p->arg_names[local]);
            fputs(")", d->out);
        }
    }
    fputs("\n", d->out);
}

static void print_children(dis_ctx *d, const mpyt_rc *rc) {
    if (rc->n_children == 0) {
        return;
    }
    fputs("  children:", d->out);
    for (uint32_t i = 0; i < rc->n_children; i++) {
        fprintf(d->out, "%s %" PRIu32 " ", i ? "," : "", i);
        mpyt_print_rc_name(d->out, d->f, &rc->children[i]);
    }
    fputs("\n", d->out);
}

// ---------------------------------------------------------------------------------------------
// Bytecode

enum {
    AT_START = 1,   // an instruction starts here
    AT_TARGET = 2,  // some jump lands here
    AT_HANDLER = 4, // some SETUP_* installs a handler here
};

// Checks the operand of a decoded instruction against the tables it indexes.
static bool check_operand(dis_ctx *d, const mpyt_rc *rc, const bc_insn *in, size_t at,
                          uint32_t code_len) {
    const mpyt_file *f = d->f;
    const char *name = bc_op_info[in->op].name;
    switch ((bc_operand)in->operand) {
        case BC_OPND_QSTR:
            if (in->arg >= f->n_qstr) {
                return dis_fail(d, at,
                                "%s: qstr index %" PRIu32 " out of range (%" PRIu32 " qstrs)", name,
                                in->arg, f->n_qstr);
            }
            break;
        case BC_OPND_OBJ:
            if (in->arg >= f->n_obj) {
                return dis_fail(d, at,
                                "%s: object index %" PRIu32 " out of range (%" PRIu32 " objects)",
                                name, in->arg, f->n_obj);
            }
            break;
        case BC_OPND_CHILD:
        case BC_OPND_CHILD_BYTE:
            if (in->arg >= rc->n_children) {
                return dis_fail(d, at, "%s: child %" PRIu32 " out of range (%" PRIu32 " children)",
                                name, in->arg, rc->n_children);
            }
            break;
        case BC_OPND_LOCAL:
        case BC_OPND_EMB_LOCAL:
            if (in->arg >= rc->prelude.sig.n_state) {
                return dis_fail(d, at, "%s: local %" PRIu32 " out of range (n_state %" PRIu32 ")",
                                name, in->arg, rc->prelude.sig.n_state);
            }
            break;
        case BC_OPND_SLABEL:
        case BC_OPND_ULABEL:
        case BC_OPND_SLABEL_BYTE:
            if (in->target < 0 || in->target >= code_len) {
                return dis_fail(d, at,
                                "%s: jump target %" PRId64 " outside the code (0..%" PRIu32 ")",
                                name, in->target, code_len ? code_len - 1 : 0);
            }
            break;
        default:
            break;
    }
    return true;
}

static void print_operand(dis_ctx *d, const mpyt_rc *rc, const bc_insn *in) {
    FILE *out = d->out;
    const mpyt_file *f = d->f;
    const mpyt_prelude *p = &rc->prelude;
    switch ((bc_operand)in->operand) {
        case BC_OPND_QSTR:
            fputc(' ', out);
            if (in->op == BC_LOAD_CONST_STRING) {
                const mpyt_qstr *q = &f->qstrs[in->arg];
                mpyt_print_repr(out, q->str, q->len, false);
            } else {
                mpyt_print_name(out, f, in->arg);
            }
            break;
        case BC_OPND_UINT:
            fprintf(out, " %" PRIu32, in->arg);
            break;
        case BC_OPND_LOCAL:
        case BC_OPND_EMB_LOCAL:
            fprintf(out, " %" PRIu32, in->arg);
            if (in->arg < p->n_arg_names &&
                !(f->qstrs[p->arg_names[in->arg]].static_idx == MPY_QSTR_star)) {
                fputs(" (", out);
                mpyt_print_name(out, f, p->arg_names[in->arg]);
                fputs(")", out);
            }
            break;
        case BC_OPND_SINT:
        case BC_OPND_EMB_INT:
            fprintf(out, " %" PRId64, in->value);
            break;
        case BC_OPND_OBJ:
            fprintf(out, " %" PRIu32 " ", in->arg);
            mpyt_print_obj(out, &f->objs[in->arg], OBJ_REPR_MAX);
            break;
        case BC_OPND_CHILD:
        case BC_OPND_CHILD_BYTE:
            fprintf(out, " %" PRIu32 " ", in->arg);
            mpyt_print_rc_name(out, f, &rc->children[in->arg]);
            if (in->operand == BC_OPND_CHILD_BYTE) {
                fprintf(out, ", %u closed over", in->extra);
            }
            break;
        case BC_OPND_CALL:
            fprintf(out, " n_pos=%" PRIu32 " n_kw=%" PRIu32, in->arg & 0xff, (in->arg >> 8) & 0xff);
            if (in->arg >> 16) {
                fprintf(out, " (high bits 0x%" PRIx32 ")", in->arg >> 16);
            }
            break;
        case BC_OPND_UNPACK:
            fprintf(out, " n_left=%" PRIu32 " n_right=%" PRIu32, in->arg & 0xff,
                    (in->arg >> 8) & 0xff);
            if (in->arg >> 16) {
                fprintf(out, " (high bits 0x%" PRIx32 ")", in->arg >> 16);
            }
            break;
        case BC_OPND_COMP: {
            static const char *const kinds[] = {"list", "dict", "set", "kind 3?"};
            fprintf(out, " %" PRIu32 " (%s at sp[-%" PRIu32 "])", in->arg, kinds[in->arg & 3],
                    in->arg >> 2);
            break;
        }
        case BC_OPND_SLABEL:
        case BC_OPND_ULABEL:
            fprintf(out, " -> %" PRId64, in->target);
            break;
        case BC_OPND_SLABEL_BYTE:
            fprintf(out, " -> %" PRId64 ", unwind %u%s", in->target, in->extra & 0x7f,
                    (in->extra & 0x80) ? ", pop iterator" : "");
            break;
        case BC_OPND_EMB_UNARY: {
            const bc_operator_info_t *o = &bc_unary_op_info[in->arg];
            fprintf(out, " %" PRIu32 " %s (%s)", in->arg, o->name, o->python);
            break;
        }
        case BC_OPND_EMB_BINARY: {
            const bc_operator_info_t *o = &bc_binary_op_info[in->arg];
            fprintf(out, " %" PRIu32 " %s", in->arg, o->name);
            if (o->python[0] != '<') {
                fprintf(out, " (%s)", o->python);
            }
            break;
        }
        case BC_OPND_NONE:
        case BC_OPND_BAD:
        default:
            break;
    }
}

// A handler installed by SETUP_EXCEPT, SETUP_FINALLY or SETUP_WITH.
typedef struct {
    uint32_t target; // handler offset
    uint32_t setup;  // offset of the SETUP_* instruction
    uint32_t end;    // offset after it: the protected region is [end, target)
    uint8_t op;
} handler;

static int handler_cmp(const void *a, const void *b) {
    const handler *x = a, *y = b;
    if (x->target != y->target) {
        return x->target < y->target ? -1 : 1;
    }
    return x->setup < y->setup ? -1 : x->setup > y->setup;
}

static bool dis_bytecode(dis_ctx *d, const mpyt_rc *rc) {
    const mpyt_prelude *p = &rc->prelude;
    const uint8_t *code = rc->fun + p->code_start;
    uint32_t code_len = rc->fun_len - p->code_start;
    size_t code_off = rc->fun_off + p->code_start; // file offset of instruction 0
    uint8_t *marks = calloc(code_len ? code_len : 1, 1);
    handler *handlers = calloc(code_len / 2 + 1, sizeof(handler)); // SETUP_* take 2+ bytes
    uint32_t n_handlers = 0;
    if (marks == NULL || handlers == NULL) {
        free(marks);
        free(handlers);
        return dis_fail(d, code_off, "out of memory");
    }
    bool ok = true;

    // Pass 1: decode and check every instruction, marking starts, targets and handlers.
    for (uint32_t off = 0; off < code_len && ok;) {
        bc_insn in;
        switch (bc_decode(code, code_len, off, &in)) {
            case BC_DECODE_OK:
                ok = check_operand(d, rc, &in, code_off + off, code_len);
                break;
            case BC_DECODE_BAD_OPCODE:
                ok = dis_fail(d, code_off + off, "unused opcode 0x%02x", in.op);
                break;
            case BC_DECODE_TRUNCATED:
                ok = dis_fail(d, code_off + off, "%s: operand runs past the end of the code",
                              bc_op_info[in.op].name ? bc_op_info[in.op].name : "opcode");
                break;
            case BC_DECODE_OVERFLOW:
            default:
                ok = dis_fail(d, code_off + off, "%s: operand does not fit in 32 bits",
                              bc_op_info[in.op].name);
                break;
        }
        if (!ok) {
            break;
        }
        marks[off] |= AT_START;
        if (in.operand == BC_OPND_SLABEL || in.operand == BC_OPND_ULABEL ||
            in.operand == BC_OPND_SLABEL_BYTE) {
            bool is_setup =
                in.op == BC_SETUP_EXCEPT || in.op == BC_SETUP_FINALLY || in.op == BC_SETUP_WITH;
            marks[in.target] |= is_setup ? AT_HANDLER : AT_TARGET;
            if (is_setup) {
                handlers[n_handlers++] = (handler){(uint32_t)in.target, off, off + in.size, in.op};
            }
        }
        off += in.size;
    }
    // Pass 2: every jump lands on an instruction.
    for (uint32_t off = 0; off < code_len && ok;) {
        bc_insn in;
        bc_decode(code, code_len, off, &in);
        bool jumps = in.operand == BC_OPND_SLABEL || in.operand == BC_OPND_ULABEL ||
                     in.operand == BC_OPND_SLABEL_BYTE;
        if (jumps && !(marks[in.target] & AT_START)) {
            ok = dis_fail(d, code_off + off,
                          "%s: jump target %" PRId64 " is not the start of an instruction",
                          bc_op_info[in.op].name, in.target);
        }
        off += in.size;
    }

    // Pass 3: the listing.
    if (ok) {
        qsort(handlers, n_handlers, sizeof(handler), handler_cmp);
        uint32_t next_handler = 0;
        FILE *out = d->out;
        line_iter lines = {rc->fun, p->lines_start, p->cells_start, 0, 1};
        uint64_t last_line = 0;
        bool show_source = d->line_fn != NULL && p->lines_start < p->cells_start;
        fputs("  line    offset  bytes           instruction\n", out);
        for (uint32_t off = 0; off < code_len;) {
            bc_insn in;
            bc_decode(code, code_len, off, &in);
            uint64_t line = line_at(&lines, off);
            bool new_line = line != last_line;
            last_line = line;
            if (new_line && show_source) {
                d->line_fn(d->line_ctx, out, line); // above the handler notes of this offset
            }
            for (; next_handler < n_handlers && handlers[next_handler].target <= off;
                 next_handler++) {
                const handler *h = &handlers[next_handler];
                fprintf(out, "%26s; handler of %s at %" PRIu32, "", bc_op_info[h->op].name,
                        h->setup);
                if (h->target > h->end) {
                    fprintf(out, ", protecting %" PRIu32 "..%" PRIu32 "\n", h->end, h->target - 1);
                } else {
                    fputs(", protecting nothing\n", out);
                }
            }
            if (new_line && !show_source) {
                fprintf(out, "%6" PRIu64, line);
            } else {
                fputs("      ", out);
            }
            fprintf(out, " %s %6" PRIu32 "  ",
                    (marks[off] & (AT_TARGET | AT_HANDLER)) ? ">>" : "  ", off);
            int width = 0;
            for (uint32_t i = 0; i < in.size; i++) {
                width += fprintf(out, "%s%02x", i ? " " : "", code[off + i]);
            }
            fprintf(out, "%*s %s", width < 15 ? 15 - width : 0, "", bc_op_info[in.op].mnemonic);
            print_operand(d, rc, &in);
            fputs("\n", out);
            off += in.size;
        }
    }
    free(marks);
    free(handlers);
    return ok;
}

// ---------------------------------------------------------------------------------------------
// Native code

// The viper relocation stream (mpy-format.md 9.2), one line per operation.
static void print_relocs(dis_ctx *d, const mpyt_rc *rc) {
    static const char *const areas[] = {"text", "rodata", "bss"};
    FILE *out = d->out;
    unsigned word = d->f->arch < 16 ? mpy_arch_info[d->f->arch].word_bytes : 0;
    size_t pos = 0, len = rc->reloc_len;
    bool have_slot = false, in_rodata = false;
    uint64_t slot = 0;
    fprintf(out, "  relocations: %" PRIu32 " bytes at %zu\n", rc->reloc_len, rc->reloc_off);
    while (pos < len && rc->reloc[pos] != MPY_RELOC_END) {
        uint8_t op = rc->reloc[pos++];
        uint32_t v = 0, n = 1;
        if (op & 1) {
            mpy_vuint_decode(rc->reloc, len, &pos, &v); // checked by mpyt_parse
            in_rodata = v & 1;
            slot = v >> 1;
            have_slot = true;
        }
        unsigned kind = op >> 1;
        if (kind <= 5 && (kind & 1)) {
            mpy_vuint_decode(rc->reloc, len, &pos, &n);
        }
        if (have_slot) {
            fprintf(out, "    %s word %" PRIu64, in_rodata ? "rodata" : "text", slot);
            if (n != 1) {
                fprintf(out, "..%" PRIu64, slot + n - 1);
            }
            if (word) {
                fprintf(out, " (byte %" PRIu64 ")", slot * word);
            }
        } else {
            fputs("    (no position set)", out);
        }
        if (kind <= 5) {
            fprintf(out, " += %s", areas[kind >> 1]);
        } else if (kind == 6) {
            fputs(" += qstr_table", out);
        } else if (kind == 7) {
            fputs(" += obj_table", out);
        } else if (kind == 8) {
            fputs(" += fun_table", out);
        } else {
            fprintf(out, " += fun_table[%u]", kind - 9);
        }
        if (n != 1) {
            fprintf(out, " (%" PRIu32 " words)", n);
        }
        fputs("\n", out);
        slot += n;
    }
}

static void dis_native(dis_ctx *d, const mpyt_rc *rc) {
    FILE *out = d->out;
    if (rc->kind == MPY_CODE_NATIVE_PY) {
        const mpyt_prelude *p = &rc->prelude;
        print_scope(d, rc);
        print_children(d, rc);
        fprintf(out, "  machine code: %" PRIu32 " bytes\n", rc->prelude_offset);
        hexdump(out, rc->fun, rc->prelude_offset, 0);
        fprintf(out, "  prelude: %" PRIu32 " bytes at %" PRIu32 "\n",
                rc->fun_len - rc->prelude_offset, rc->prelude_offset);
        hexdump(out, rc->fun + p->start, rc->fun_len - p->start, p->start);
        return;
    }
    fputs("  scope flags ", out);
    mpyt_print_flags(out, rc->scope_flags);
    if (rc->kind == MPY_CODE_NATIVE_ASM) {
        static const char *const types[] = {"object", "bool", "int", "uint"};
        fprintf(out, ", %" PRIu32 " args, returns ", rc->asm_n_args);
        if (rc->asm_type_sig < 4) {
            fputs(types[rc->asm_type_sig], out);
        } else {
            fprintf(out, "type %" PRIu32, rc->asm_type_sig);
        }
        fputs("\n", out);
    } else {
        fprintf(out, ", rodata %" PRIu32 " bytes, bss %" PRIu32 " bytes\n", rc->rodata_len,
                rc->bss_len);
    }
    print_children(d, rc);
    fprintf(out, "  machine code: %" PRIu32 " bytes\n", rc->fun_len);
    hexdump(out, rc->fun, rc->fun_len, 0);
    if (rc->rodata_len > 0) {
        fprintf(out, "  rodata: %" PRIu32 " bytes\n", rc->rodata_len);
        hexdump(out, rc->rodata, rc->rodata_len, 0);
    }
    if (rc->reloc != NULL) {
        print_relocs(d, rc);
    }
}

// ---------------------------------------------------------------------------------------------

static bool dis_raw_code(dis_ctx *d, const mpyt_rc *rc) {
    FILE *out = d->out;
    fprintf(out, "\nraw code %" PRIu32 ": ", rc->index);
    mpyt_print_rc_name(out, d->f, rc);
    fprintf(out, " (%s at %zu, fun_data %" PRIu32 " bytes", mpyt_kind_name(rc->kind), rc->off,
            rc->fun_len);
    if (rc->parent != NULL) {
        fprintf(out, ", child %u of %" PRIu32, (unsigned)(rc - rc->parent->children),
                rc->parent->index);
    }
    fputs(")\n", out);
    if (rc->kind == MPY_CODE_BYTECODE) {
        print_scope(d, rc);
        print_children(d, rc);
        print_line_table(out, rc);
        if (!dis_bytecode(d, rc)) {
            return false;
        }
    } else {
        dis_native(d, rc);
    }
    for (uint32_t i = 0; i < rc->n_children; i++) {
        if (!dis_raw_code(d, &rc->children[i])) {
            return false;
        }
    }
    return true;
}

bool mpyt_dis(const mpyt_file *f, FILE *out, mpyt_error *err) {
    return mpyt_dis_source(f, out, err, NULL, NULL);
}

bool mpyt_dis_source(const mpyt_file *f, FILE *out, mpyt_error *err, mpyt_line_fn line_fn,
                     void *ctx) {
    dis_ctx d = {f, out, err, line_fn, ctx};
    mpyt_print_header(out, f);
    fprintf(out, "qstrs %" PRIu32 ", objects %" PRIu32 ", raw codes %" PRIu32 "\n", f->n_qstr,
            f->n_obj, f->n_raw_codes);
    return dis_raw_code(&d, &f->root);
}
