// The bytecode backend of the emitter interface: turns the compiler's calls into a bytecode
// raw code (prelude + instructions, mpy-format.md 8, bytecode.md) exactly as stock mpy-cross
// lays it out: same stack and handler accounting (compiler-semantics.md 10), dead-code
// suppression (11), jump sizing over passes (12) and line-number table (13). It knows
// encodings only; what to emit is the compiler's business.
//
// Code layout in the arena buffer, once sizes are known (CODE_SIZE pass onwards):
//
//   code: | code info: signature, size, name, arg names, line table, cells | bytecode |
//         0                                                        ci_size        + bc_size
//
// Before the EMIT pass nothing is written: every write only advances an offset and lands in
// a scratch area. Jump encodings can only shrink from pass to pass, so the buffer made at
// the end of CODE_SIZE is always large enough; EMIT runs again until the sizes stop moving.
#include "emit.h"

#include <string.h>

#include "runtime/format/bc_ops.h"

struct emit {
    emit_module *m;
    scope *s; // the scope being compiled
    emit_pass pass;
    bool suppress;      // after an unconditional jump: write nothing until a label (11)
    bool overflow;      // a 2-byte jump offset was out of range in this EMIT pass
    int32_t stack;      // current value-stack depth as the compiler accounts it (10)
    uint32_t exc_level; // current handler-block depth
    uint32_t last_line_off, last_line; // where the line-number table has got to (13)
    uint32_t *labels;                  // bytecode offset of each label, as last assigned
    uint32_t *label_pass;              // the pass number that assigned it (pass_no)
    uint32_t cap_labels;
    uint32_t pass_no; // counts every pass of every scope
    // Jump sizing (12): each jump's offset length in the previous pass, by its order in the
    // pass, and how many bytes the code before the current point has shrunk since then.
    uint8_t *jump_len;
    uint32_t n_jumps, cap_jumps;
    uint32_t shrunk;
    uint32_t ci_off, ci_size; // code info: write position; size fixed by the previous pass
    uint32_t bc_off, bc_size; // bytecode: the same
    uint32_t n_info, n_cell;  // the prelude-size fields, as measured by the previous pass
    uint8_t *code;            // ci_size + bc_size bytes (from the end of CODE_SIZE)
    intern_id star;           // "*", the prelude name of slots without a named parameter
    uint8_t scratch[32];      // where writes go while only sizes are measured
};

// ---------------------------------------------------------------------------------------------
// Low-level writers: every byte of code info and bytecode goes through these two.

// Room for n bytes of code info at the current position.
static uint8_t *info_reserve(emit *e, size_t n) {
    if (e->pass < EMIT_PASS_EMIT || e->ci_off + n > e->ci_size) {
        if (e->pass == EMIT_PASS_EMIT) {
            emit_module_fail(e->m, EMIT_ERR_INTERNAL); // more than in the previous pass
        }
        e->ci_off += (uint32_t)n;
        return e->scratch;
    }
    uint8_t *p = e->code + e->ci_off;
    e->ci_off += (uint32_t)n;
    return p;
}

static void info_bytes(emit *e, const uint8_t *b, size_t n) {
    memcpy(info_reserve(e, n), b, n);
}

static void info_qstr(emit *e, intern_id q) {
    uint8_t buf[MPY_VUINT_MAX_LEN];
    info_bytes(e, buf, mpy_vuint_encode(emit_module_use_qstr(e->m, q), buf));
}

// Room for n bytes of bytecode; in dead code nothing is written and the offset stays.
static uint8_t *code_reserve(emit *e, size_t n) {
    if (e->suppress) {
        return e->scratch;
    }
    if (e->pass < EMIT_PASS_EMIT || e->bc_off + n > e->bc_size) {
        if (e->pass == EMIT_PASS_EMIT) {
            emit_module_fail(e->m, EMIT_ERR_INTERNAL);
        }
        e->bc_off += (uint32_t)n;
        return e->scratch;
    }
    uint8_t *p = e->code + e->ci_size + e->bc_off;
    e->bc_off += (uint32_t)n;
    return p;
}

static void adjust_stack(emit *e, int delta) {
    if (e->pass == EMIT_PASS_SCOPE) {
        return;
    }
    e->stack += delta;
    if (e->stack < 0) {
        emit_module_fail(e->m, EMIT_ERR_INTERNAL);
        e->stack = 0;
    }
    if ((uint32_t)e->stack > e->s->stack_size) {
        e->s->stack_size = (uint32_t)e->stack;
    }
}

// A byte that is not an instruction of its own (MAKE_CLOSURE's count, UNWIND_JUMP's depth,
// the raw POP_TOPs of a break): no stack accounting.
static void raw_byte(emit *e, uint8_t b) {
    *code_reserve(e, 1) = b;
}

static void op(emit *e, int delta, uint8_t opcode) {
    adjust_stack(e, delta);
    *code_reserve(e, 1) = opcode;
}

static void op_uint(emit *e, int delta, uint8_t opcode, uint32_t v) {
    adjust_stack(e, delta);
    uint8_t buf[1 + MPY_VUINT_MAX_LEN];
    buf[0] = opcode;
    size_t n = 1 + mpy_vuint_encode(v, buf + 1);
    memcpy(code_reserve(e, n), buf, n);
}

// The table entries are registered before the dead-code check: a qstr, constant or child
// used only in dead code still gets its index (compiler-semantics.md 11).
static void op_qstr(emit *e, int delta, uint8_t opcode, intern_id q) {
    op_uint(e, delta, opcode, emit_module_use_qstr(e->m, q));
}

static void op_obj(emit *e, int delta, uint8_t opcode, const emit_const *c) {
    op_uint(e, delta, opcode, emit_module_use_const(e->m, c));
}

static void op_child(emit *e, int delta, uint8_t opcode, scope *child) {
    op_uint(e, delta, opcode, emit_module_use_child(e->m, child));
}

// The offset of a label as last recorded: this pass's if already assigned (a backward
// jump), else the previous pass's.
static bool label_offset(emit *e, uint32_t label, uint32_t *off) {
    if (label >= e->cap_labels) {
        emit_module_fail(e->m, EMIT_ERR_INTERNAL); // never assigned
        return false;
    }
    *off = e->labels[label];
    return true;
}

// A jump (bytecode.md 2.4, compiler-semantics.md 12). The offset is relative to the end of
// the offset field; 1 byte when it fits (signed -64..63, unsigned 0..127) else 2:
//
//   1 byte:  0 d d d d d d d                     (signed: + 0x40)
//   2 bytes: 1 d d d d d d d   d d d d d d d d   (low 7 bits first; signed: + 0x4000)
//
// Until the CODE_SIZE pass every jump counts 3 bytes. From then on a backward jump measures
// its distance in this pass and a forward one in the previous pass (where its target is), both
// ends taken from that pass, so a jump can shrink in a later pass but never grow; a forward
// jump that exactly fits may still get the long form (stock's does too).
//
// Stock measures a forward jump from where it stands in this pass to where its target stood
// in the previous one, which overstates the distance by what the code before it has shrunk
// meanwhile: the sizes take a pass per ~128 bytes of shrinkage to settle (a 200,000-line
// module: 520 passes). Both ways only ever overstate distances, so both end at the same
// sizes: the largest consistent ones below the all-long start (compiler-semantics.md 12).
static void op_label(emit *e, int delta, uint8_t opcode, uint32_t label) {
    adjust_stack(e, delta);
    if (e->suppress) {
        return;
    }
    bool is_signed = opcode <= BC_POP_JUMP_IF_FALSE;
    size_t n_off = 2;
    int64_t d = 0;
    if (e->pass >= EMIT_PASS_CODE_SIZE) {
        uint32_t target;
        if (!label_offset(e, label, &target)) {
            return;
        }
        bool forward = e->label_pass[label] != e->pass_no;
        uint32_t here = e->bc_off + (forward ? e->shrunk : 0);
        d = (int64_t)target - (int64_t)here - 2;
        if (is_signed ? (d >= -64 && d <= 63) : (d >= 0 && d <= 127)) {
            n_off = 1;
        } else {
            d -= 1;
        }
        // Where this jump stands in the previous pass: its old length is on record.
        if (e->n_jumps == e->cap_jumps) {
            uint32_t cap = e->cap_jumps ? 2 * e->cap_jumps : 256;
            uint8_t *p = arena_grow(e->m->arena, e->jump_len, e->cap_jumps, cap);
            if (!p) {
                emit_module_fail(e->m, EMIT_ERR_NO_MEMORY);
                return;
            }
            e->jump_len = p;
            e->cap_jumps = cap;
        }
        uint8_t old_len = e->pass == EMIT_PASS_CODE_SIZE ? 2 : e->jump_len[e->n_jumps];
        e->shrunk += old_len - (uint32_t)n_off;
        e->jump_len[e->n_jumps++] = (uint8_t)n_off;
    }
    uint8_t *p = code_reserve(e, 1 + n_off);
    p[0] = opcode;
    if (n_off == 1) {
        p[1] = (uint8_t)(d + (is_signed ? 0x40 : 0));
    } else {
        int64_t raw = d + (is_signed ? 0x4000 : 0);
        if (e->pass == EMIT_PASS_EMIT && (raw < 0 || raw > 0x7fff)) {
            e->overflow = true;
        }
        uint32_t u = (uint32_t)(raw & 0x7fff);
        p[1] = (uint8_t)(0x80 | (u & 0x7f));
        p[2] = (uint8_t)(u >> 7);
    }
}

// ---------------------------------------------------------------------------------------------
// Passes, lines, labels.

static void start_pass(emit *e, emit_pass pass, scope *s) {
    e->pass = pass;
    e->pass_no++;
    e->n_jumps = 0;
    e->shrunk = 0;
    e->s = s;
    e->stack = 0;
    e->exc_level = 0;
    e->suppress = false;
    e->overflow = false;
    e->last_line_off = 0;
    e->last_line = 1;
    e->bc_off = 0;
    e->ci_off = 0;
    emit_module_start_pass(e->m, pass);
    if (pass == EMIT_PASS_SCOPE) {
        s->stack_size = 0;
        s->exc_stack_size = 0;
    }

    // Prelude signature (mpy-format.md 8.1). Before CODE_SIZE the sizes are not final, but
    // nothing written before then is kept.
    mpy_prelude_sig sig = {
        .n_state = s->n_locals + s->stack_size,
        .n_exc_stack = s->exc_stack_size,
        .scope_flags = s->flags & 0x0f,
        .n_pos_args = s->n_pos_args,
        .n_kwonly_args = s->n_kwonly_args,
        .n_def_pos_args = s->n_def_pos_args,
    };
    if (sig.n_state == 0) {
        sig.n_state = 1; // a propagating exception needs one slot
    }
    uint8_t buf[32];
    info_bytes(e, buf, mpy_prelude_sig_encode(&sig, buf));

    // Prelude size (8.2), from the previous pass: unknown before CODE_SIZE, and not counted.
    if (pass >= EMIT_PASS_CODE_SIZE) {
        info_bytes(e, buf, mpy_prelude_size_encode(e->n_info, e->n_cell, buf));
    }
    e->n_info = e->ci_off; // the source-info section starts here

    // Source info (8.3): the name, then one name per argument slot. In the scope pass the
    // parameters are not known yet, so their names join the qstr table in pass 2 (9.1).
    info_qstr(e, s->simple_name);
    if (pass != EMIT_PASS_SCOPE) {
        uint32_t n_args = s->n_pos_args + s->n_kwonly_args;
        for (uint32_t i = 0; i < n_args; i++) {
            intern_id name = e->star;
            for (uint32_t j = 0; j < s->n_ids; j++) {
                const scope_id *id = &s->ids[j];
                if ((id->flags & SCOPE_ID_PARAM) && id->local_num == i) {
                    name = id->name;
                    break;
                }
            }
            info_qstr(e, name);
        }
    }
}

static bool end_pass(emit *e) {
    emit_module *m = e->m;
    if (e->pass == EMIT_PASS_SCOPE) {
        return true;
    }
    if (e->stack != 0 || e->exc_level != 0) {
        emit_module_fail(m, EMIT_ERR_INTERNAL); // unbalanced calls
    }
    e->n_info = e->ci_off - e->n_info;

    // Closure info (8.5): the cells in identifier order.
    e->n_cell = 0;
    for (uint32_t i = 0; i < e->s->n_ids; i++) {
        const scope_id *id = &e->s->ids[i];
        if (id->kind == SCOPE_ID_CELL) {
            if (id->local_num > 255) {
                emit_module_fail(m, EMIT_ERR_TOO_BIG);
            }
            uint8_t b = (uint8_t)id->local_num;
            info_bytes(e, &b, 1);
            e->n_cell++;
        }
    }

    if (e->pass == EMIT_PASS_CODE_SIZE) {
        e->ci_size = e->ci_off;
        e->bc_size = e->bc_off;
        e->code = arena_zalloc(m->arena, (size_t)e->ci_size + e->bc_size + 1);
        if (!e->code) {
            emit_module_fail(m, EMIT_ERR_NO_MEMORY);
            e->ci_size = e->bc_size = 0;
        }
    } else if (e->pass == EMIT_PASS_EMIT) {
        if (m->error != EMIT_OK) {
            return true; // stop the pass loop; the compiler reports the error
        }
        if (e->ci_off != e->ci_size || e->bc_off != e->bc_size) {
            // The code shrank: run EMIT again with the new sizes and label offsets.
            e->ci_size = e->ci_off;
            e->bc_size = e->bc_off;
            return false;
        }
        if (e->overflow) {
            emit_module_fail(m, EMIT_ERR_BYTECODE_OVERFLOW);
            return true;
        }
        if (m->n_children != m->cap_children) {
            emit_module_fail(m, EMIT_ERR_INTERNAL);
            return true;
        }
        emit_raw_code *rc = emit_scope_raw_code(m, e->s);
        if (!rc) {
            return true;
        }
        rc->kind = MPY_CODE_BYTECODE;
        rc->scope_flags = e->s->flags;
        rc->fun_data = e->code;
        rc->fun_data_len = e->ci_size + e->bc_size;
        rc->children = m->children;
        rc->n_children = m->n_children;
        rc->done = true;
    }
    return true;
}

// For the compiler's own accounting (the table of compiler-semantics.md 10).
static void adjust_stack_size(emit *e, int delta) {
    adjust_stack(e, delta);
}

// One (bytes, lines) step of the line-number table, split into entries exactly as stock
// does (compiler-semantics.md 13): the 1-byte form while lines <= 6 or bytes > 15 (bytes
// first, lines only once the bytes are used up), else the 2-byte form.
static void write_line_step(emit *e, uint32_t bytes, uint32_t lines) {
    while (bytes > 0 || lines > 0) {
        uint32_t b, l;
        uint8_t buf[2];
        if (lines <= 6 || bytes > 15) {
            b = bytes < 31 ? bytes : 31;
            l = b < bytes ? 0 : (lines < 3 ? lines : 3);
            buf[0] = (uint8_t)(b | l << 5);
            info_bytes(e, buf, 1);
        } else {
            b = bytes < 15 ? bytes : 15;
            l = lines < 2047 ? lines : 2047;
            buf[0] = (uint8_t)(0x80 | b | ((l >> 4) & 0x70));
            buf[1] = (uint8_t)l;
            info_bytes(e, buf, 2);
        }
        bytes -= b;
        lines -= l;
    }
}

static void set_source_line(emit *e, uint32_t line) {
    if (e->m->no_lines || line <= e->last_line) {
        return;
    }
    write_line_step(e, e->bc_off - e->last_line_off, line - e->last_line);
    e->last_line_off = e->bc_off;
    e->last_line = line;
}

static void label_assign(emit *e, uint32_t label) {
    e->suppress = false; // a label is reachable: code resumes
    if (e->pass == EMIT_PASS_SCOPE) {
        return;
    }
    if (label >= e->cap_labels) {
        size_t c = e->cap_labels ? e->cap_labels : 32;
        while (c <= label) {
            c *= 2;
        }
        uint32_t *p = c < UINT32_MAX / 8 ? arena_grow(e->m->arena, e->labels,
                                                      e->cap_labels * sizeof *p, c * sizeof *p)
                                         : NULL;
        uint32_t *q =
            p ? arena_grow(e->m->arena, e->label_pass, e->cap_labels * sizeof *q, c * sizeof *q)
              : NULL;
        if (!p || !q) {
            emit_module_fail(e->m, EMIT_ERR_NO_MEMORY);
            return;
        }
        memset(p + e->cap_labels, 0, (c - e->cap_labels) * sizeof *p);
        memset(q + e->cap_labels, 0, (c - e->cap_labels) * sizeof *q);
        e->labels = p;
        e->label_pass = q;
        e->cap_labels = (uint32_t)c;
    }
    e->labels[label] = e->bc_off;
    e->label_pass[label] = e->pass_no;
}

// ---------------------------------------------------------------------------------------------
// Identifiers. The *_FAST and *_DEREF forms and the *_NAME and *_GLOBAL forms are adjacent
// opcodes, in the order of emit_local_kind and emit_global_kind.

_Static_assert(BC_LOAD_FAST_N + EMIT_LOCAL_DEREF == BC_LOAD_DEREF, "load local kinds");
_Static_assert(BC_STORE_FAST_N + EMIT_LOCAL_DEREF == BC_STORE_DEREF, "store local kinds");
_Static_assert(BC_DELETE_FAST + EMIT_LOCAL_DEREF == BC_DELETE_DEREF, "delete local kinds");
_Static_assert(BC_LOAD_NAME + EMIT_GLOBAL_GLOBAL == BC_LOAD_GLOBAL, "load global kinds");
_Static_assert(BC_STORE_NAME + EMIT_GLOBAL_GLOBAL == BC_STORE_GLOBAL, "store global kinds");
_Static_assert(BC_DELETE_NAME + EMIT_GLOBAL_GLOBAL == BC_DELETE_GLOBAL, "delete global kinds");

// LOAD_FAST (0xb0 + n for n <= 15, else LOAD_FAST_N n) or LOAD_DEREF n:  -> value
static void load_local(emit *e, intern_id name, uint32_t local, emit_local_kind kind) {
    if (kind == EMIT_LOCAL_FAST && local < BC_LOAD_FAST_MULTI_NUM) {
        op(e, 1, (uint8_t)(BC_LOAD_FAST_MULTI + local));
    } else {
        op_uint(e, 1, (uint8_t)(BC_LOAD_FAST_N + kind), local);
    }
}

// LOAD_NAME q (module and class bodies, 1.2) or LOAD_GLOBAL q:  -> value
static void load_global(emit *e, intern_id name, emit_global_kind kind) {
    op_qstr(e, 1, (uint8_t)(BC_LOAD_NAME + kind), name);
}

// STORE_FAST (0xc0 + n / STORE_FAST_N n) or STORE_DEREF n:  value ->
static void store_local(emit *e, intern_id name, uint32_t local, emit_local_kind kind) {
    if (kind == EMIT_LOCAL_FAST && local < BC_STORE_FAST_MULTI_NUM) {
        op(e, -1, (uint8_t)(BC_STORE_FAST_MULTI + local));
    } else {
        op_uint(e, -1, (uint8_t)(BC_STORE_FAST_N + kind), local);
    }
}

// STORE_NAME q or STORE_GLOBAL q:  value ->
static void store_global(emit *e, intern_id name, emit_global_kind kind) {
    op_qstr(e, -1, (uint8_t)(BC_STORE_NAME + kind), name);
}

// DELETE_FAST n or DELETE_DEREF n: stack unchanged.
static void delete_local(emit *e, intern_id name, uint32_t local, emit_local_kind kind) {
    op_uint(e, 0, (uint8_t)(BC_DELETE_FAST + kind), local); // no short form
}

// DELETE_NAME q or DELETE_GLOBAL q: stack unchanged.
static void delete_global(emit *e, intern_id name, emit_global_kind kind) {
    op_qstr(e, 0, (uint8_t)(BC_DELETE_NAME + kind), name);
}

// ---------------------------------------------------------------------------------------------
// Constants, attributes, stack shuffles.

// IMPORT_NAME q: level fromlist -> module; IMPORT_FROM q: module -> module value;
// IMPORT_STAR: module ->  (6.17).
static void import(emit *e, intern_id name, emit_import_kind kind) {
    if (kind == EMIT_IMPORT_STAR) {
        op(e, -1, BC_IMPORT_STAR);
    } else if (kind == EMIT_IMPORT_FROM) {
        op_qstr(e, 1, BC_IMPORT_FROM, name);
    } else {
        op_qstr(e, -1, BC_IMPORT_NAME, name);
    }
}

_Static_assert(BC_LOAD_CONST_FALSE + EMIT_TOK_NONE == BC_LOAD_CONST_NONE, "token order");
_Static_assert(BC_LOAD_CONST_FALSE + EMIT_TOK_TRUE == BC_LOAD_CONST_TRUE, "token order");

// LOAD_CONST_FALSE/NONE/TRUE (0x50 + tok), or Ellipsis from the object table:  -> value
static void load_const_tok(emit *e, emit_tok tok) {
    if (tok == EMIT_TOK_ELLIPSIS) {
        op_obj(e, 1, BC_LOAD_CONST_OBJ, &emit_const_ellipsis);
    } else {
        op(e, 1, (uint8_t)(BC_LOAD_CONST_FALSE + tok));
    }
}

// -16..47 fit in the opcode (0x70 + 16 + v); others take the signed var-int.
static void load_const_small_int(emit *e, int64_t v) {
    const int64_t lo = -BC_SMALL_INT_MULTI_EXCESS;
    const int64_t hi = BC_LOAD_CONST_SMALL_INT_MULTI_NUM - BC_SMALL_INT_MULTI_EXCESS;
    if (v >= lo && v < hi) {
        op(e, 1, (uint8_t)(BC_LOAD_CONST_SMALL_INT_MULTI + BC_SMALL_INT_MULTI_EXCESS + v));
    } else {
        adjust_stack(e, 1);
        uint8_t buf[1 + MPY_SVINT_MAX_LEN];
        buf[0] = BC_LOAD_CONST_SMALL_INT;
        size_t n = 1 + mpy_svint_encode(v, buf + 1);
        memcpy(code_reserve(e, n), buf, n);
    }
}

// LOAD_CONST_STRING q: an interned string (3.6):  -> str
static void load_const_str(emit *e, intern_id s) {
    op_qstr(e, 1, BC_LOAD_CONST_STRING, s);
}

// LOAD_CONST_OBJ o: an object-table constant (9.2):  -> value
static void load_const_obj(emit *e, const emit_const *c) {
    op_obj(e, 1, BC_LOAD_CONST_OBJ, c);
}

// LOAD_NULL:  -> null (no defaults, no self, ** marker, deletion value)
static void load_null(emit *e) {
    op(e, 1, BC_LOAD_NULL);
}

// LOAD_METHOD q: obj -> meth self;  LOAD_SUPER_METHOD q: super cls self -> meth self
static void load_method(emit *e, intern_id name, bool is_super) {
    op_qstr(e, is_super ? -1 : 1, is_super ? BC_LOAD_SUPER_METHOD : BC_LOAD_METHOD, name);
}

// LOAD_BUILD_CLASS:  -> __build_class__
static void load_build_class(emit *e) {
    op(e, 1, BC_LOAD_BUILD_CLASS);
}

// ROT_TWO: a b -> b a
static void rot_two(emit *e) {
    op(e, 0, BC_ROT_TWO);
}

// ROT_THREE: a b c -> c a b
static void rot_three(emit *e) {
    op(e, 0, BC_ROT_THREE);
}

// Deleting stores a null: `del o[i]` is o, i, LOAD_NULL, ROT_THREE, STORE_SUBSCR.
static void subscr(emit *e, emit_access kind) {
    if (kind == EMIT_ACCESS_LOAD) {
        op(e, -1, BC_LOAD_SUBSCR);
        return;
    }
    if (kind == EMIT_ACCESS_DELETE) {
        load_null(e);
        rot_three(e);
    }
    op(e, -3, BC_STORE_SUBSCR);
}

// LOAD_ATTR q: obj -> value;  STORE_ATTR q: value obj ->;  a delete stores null.
static void attr(emit *e, intern_id name, emit_access kind) {
    if (kind == EMIT_ACCESS_LOAD) {
        op_qstr(e, 0, BC_LOAD_ATTR, name);
        return;
    }
    if (kind == EMIT_ACCESS_DELETE) {
        load_null(e);
        rot_two(e);
    }
    op_qstr(e, -2, BC_STORE_ATTR, name);
}

// DUP_TOP: a -> a a
static void dup_top(emit *e) {
    op(e, 1, BC_DUP_TOP);
}

// DUP_TOP_TWO: a b -> a b a b
static void dup_top_two(emit *e) {
    op(e, 2, BC_DUP_TOP_TWO);
}

// POP_TOP: a ->
static void pop_top(emit *e) {
    op(e, -1, BC_POP_TOP);
}

// ---------------------------------------------------------------------------------------------
// Control flow. Unconditional transfers start dead code (suppress) until the next label.

// JUMP label: unconditional, so what follows is dead until the next label.
static void jump(emit *e, uint32_t label) {
    op_label(e, 0, BC_JUMP, label);
    e->suppress = true;
}

// POP_JUMP_IF_TRUE/FALSE label: value ->
static void pop_jump_if(emit *e, bool cond, uint32_t label) {
    op_label(e, -1, cond ? BC_POP_JUMP_IF_TRUE : BC_POP_JUMP_IF_FALSE, label);
}

// JUMP_IF_TRUE/FALSE_OR_POP label (unsigned, forward only): value -> value (jumped)
// or nothing (fell through); accounted -1, since on the fall-through path the next operand
// takes the value's place.
static void jump_if_or_pop(emit *e, bool cond, uint32_t label) {
    op_label(e, -1, cond ? BC_JUMP_IF_TRUE_OR_POP : BC_JUMP_IF_FALSE_OR_POP, label);
}

// Leaving no handler block: a plain JUMP, after four raw POP_TOPs (not counted in the stack,
// section 10) for a break out of a for loop. Otherwise UNWIND_JUMP with the depth byte, whose
// 0x80 bit tells the VM to drop the for loop's iterator afterwards.
static void unwind_jump(emit *e, uint32_t label, uint32_t except_depth, bool from_for) {
    if (except_depth == 0) {
        if (from_for) {
            for (int i = 0; i < 4; i++) {
                raw_byte(e, BC_POP_TOP);
            }
        }
        op_label(e, 0, BC_JUMP, label);
    } else {
        if (except_depth > 0x7f) {
            emit_module_fail(e->m, EMIT_ERR_TOO_BIG);
        }
        op_label(e, 0, BC_UNWIND_JUMP, label);
        raw_byte(e, (uint8_t)((from_for ? 0x80 : 0) | (except_depth & 0x7f)));
    }
    e->suppress = true;
}

_Static_assert(BC_SETUP_WITH + EMIT_BLOCK_EXCEPT == BC_SETUP_EXCEPT, "block kinds");
_Static_assert(BC_SETUP_WITH + EMIT_BLOCK_FINALLY == BC_SETUP_FINALLY, "block kinds");

// SETUP_WITH leaves __exit__ (2 slots) and the __enter__ result: +2 (mgr consumed).
static void setup_block(emit *e, uint32_t label, emit_block kind) {
    op_label(e, kind == EMIT_BLOCK_WITH ? 2 : 0, (uint8_t)(BC_SETUP_WITH + kind), label);
    e->exc_level++;
    if (e->exc_level > e->s->exc_stack_size) {
        e->s->exc_stack_size = e->exc_level;
    }
}

// END_FINALLY: pops the handler entry and None / a pending return or jump / an exception.
static void end_finally(emit *e) {
    op(e, -1, BC_END_FINALLY);
    if (e->exc_level == 0) {
        emit_module_fail(e->m, EMIT_ERR_INTERNAL);
    } else {
        e->exc_level--;
    }
}

// WITH_CLEANUP may call __exit__ with 2 more slots: +2, then -4 for those and SETUP_WITH's 2.
static void with_cleanup(emit *e, uint32_t label) {
    load_const_tok(e, EMIT_TOK_NONE);
    label_assign(e, label);
    op(e, 2, BC_WITH_CLEANUP);
    adjust_stack(e, -4);
}

static void binary_op(emit *e, unsigned bop);

// The body fell through: None under the manager and off to __aexit__; the handler entry
// then tests whether an exception arrived (compiler-semantics.md 6.22).
static void async_with_setup_finally(emit *e, uint32_t label_aexit_no_exc,
                                     uint32_t label_finally_block, uint32_t label_ret_unwind_jump) {
    load_const_tok(e, EMIT_TOK_NONE);
    rot_two(e);
    jump(e, label_aexit_no_exc);
    label_assign(e, label_finally_block);
    dup_top(e);
    intern_id base_exc = intern_add(e->m->names, "BaseException", 13);
    if (!base_exc) {
        emit_module_fail(e->m, EMIT_ERR_NO_MEMORY);
    }
    load_global(e, base_exc, EMIT_GLOBAL_GLOBAL);
    binary_op(e, BC_BINARY_EXCEPTION_MATCH);
    pop_jump_if(e, false, label_ret_unwind_jump);
}

// GET_ITER_STACK: obj -> 4 iterator slots (for loops); GET_ITER: obj -> iterator
// (yield from, await, a generator expression's argument).
static void get_iter(emit *e, bool use_stack) {
    if (use_stack) {
        op(e, 3, BC_GET_ITER_STACK); // the object becomes 4 iterator slots
    } else {
        op(e, 0, BC_GET_ITER);
    }
}

// FOR_ITER label: 4 slots -> 4 slots value, or on exhaustion pops them and jumps.
static void for_iter(emit *e, uint32_t label) {
    op_label(e, 1, BC_FOR_ITER, label);
}

// At the exhaustion label the 4 slots are gone: the loop's -4 of section 10.
static void for_iter_end(emit *e) {
    adjust_stack(e, -4);
}

// POP_EXCEPT_JUMP label: leaves a try body or handler (pops the handler entry); always
// jumps.
static void pop_except_jump(emit *e, uint32_t label, bool within_exc_handler) {
    op_label(e, 0, BC_POP_EXCEPT_JUMP, label);
    e->suppress = true;
}

// ---------------------------------------------------------------------------------------------
// Operators, displays, functions, calls.

// UNARY_OP_MULTI (0xd0 + op): a -> result
static void unary_op(emit *e, unsigned uop) {
    if (uop >= BC_UNARY_NUM_BYTECODE) {
        emit_module_fail(e->m, EMIT_ERR_INTERNAL);
        return;
    }
    op(e, 0, (uint8_t)(BC_UNARY_OP_MULTI + uop));
}

// BINARY_OP_MULTI (0xd7 + op): a b -> result. `not in` and `is not` are IN / IS followed
// by NOT.
static void binary_op(emit *e, unsigned bop) {
    bool invert = false;
    if (bop == EMIT_BINARY_NOT_IN) {
        invert = true;
        bop = BC_BINARY_IN;
    } else if (bop == EMIT_BINARY_IS_NOT) {
        invert = true;
        bop = BC_BINARY_IS;
    }
    if (bop >= BC_BINARY_NUM_BYTECODE) {
        emit_module_fail(e->m, EMIT_ERR_INTERNAL);
        return;
    }
    op(e, -1, (uint8_t)(BC_BINARY_OP_MULTI + bop));
    if (invert) {
        op(e, 0, BC_UNARY_OP_MULTI + BC_UNARY_NOT);
    }
}

_Static_assert(BC_BUILD_TUPLE + EMIT_BUILD_LIST == BC_BUILD_LIST, "build kinds");
_Static_assert(BC_BUILD_TUPLE + EMIT_BUILD_MAP == BC_BUILD_MAP, "build kinds");
_Static_assert(BC_BUILD_TUPLE + EMIT_BUILD_SET == BC_BUILD_SET, "build kinds");
_Static_assert(BC_BUILD_TUPLE + EMIT_BUILD_SLICE == BC_BUILD_SLICE, "build kinds");

// BUILD_TUPLE/LIST/SET/SLICE n: n items -> one; BUILD_MAP n:  -> dict (n a size hint).
static void build(emit *e, uint32_t n_args, emit_build kind) {
    int delta = kind == EMIT_BUILD_MAP ? 1 : 1 - (int)n_args;
    op_uint(e, delta, (uint8_t)(BC_BUILD_TUPLE + kind), n_args);
}

// STORE_MAP: dict value key -> dict
static void store_map(emit *e) {
    op(e, -2, BC_STORE_MAP);
}

// Operand (index << 2) | t, t = 0 list, 1 dict (key and value: one slot deeper), 2 set.
static void store_comp(emit *e, scope_kind kind, uint32_t collection_stack_index) {
    uint32_t n = kind == SCOPE_DICT_COMP ? 1 : 0;
    uint32_t t = kind == SCOPE_LIST_COMP ? 0 : kind == SCOPE_DICT_COMP ? 1 : 2;
    op_uint(e, -1 - (int)n, BC_STORE_COMP, ((collection_stack_index + n) << 2) | t);
}

// UNPACK_SEQUENCE n: seq -> item_n .. item_1 (the first item on top)
static void unpack_sequence(emit *e, uint32_t n_args) {
    op_uint(e, (int)n_args - 1, BC_UNPACK_SEQUENCE, n_args);
}

// UNPACK_EX (n_right << 8 | n_left): seq -> right items, a list, left items
static void unpack_ex(emit *e, uint32_t n_left, uint32_t n_right) {
    op_uint(e, (int)(n_left + n_right), BC_UNPACK_EX, n_left | n_right << 8);
}

// MAKE_FUNCTION c:  -> fun;  MAKE_FUNCTION_DEFARGS c: defaults kw_defaults -> fun
static void make_function(emit *e, scope *child, uint32_t n_pos_defaults, uint32_t n_kw_defaults) {
    if (n_pos_defaults == 0 && n_kw_defaults == 0) {
        op_child(e, 1, BC_MAKE_FUNCTION, child);
    } else {
        op_child(e, -1, BC_MAKE_FUNCTION_DEFARGS, child); // the two defaults slots -> function
    }
}

// MAKE_CLOSURE c n: n cells -> fun;  MAKE_CLOSURE_DEFARGS c n: defaults kw_defaults
// n cells -> fun. The cell count is a raw byte after the child index.
static void make_closure(emit *e, scope *child, uint32_t n_closed_over, uint32_t n_pos_defaults,
                         uint32_t n_kw_defaults) {
    if (n_closed_over > 255) {
        emit_module_fail(e->m, EMIT_ERR_TOO_BIG);
    }
    if (n_pos_defaults == 0 && n_kw_defaults == 0) {
        op_child(e, 1 - (int)n_closed_over, BC_MAKE_CLOSURE, child);
    } else {
        op_child(e, -1 - (int)n_closed_over, BC_MAKE_CLOSURE_DEFARGS, child);
    }
    raw_byte(e, (uint8_t)n_closed_over);
}

// Operand (n_keyword << 8) | n_positional; with star arguments the _VAR_KW form (opcode + 1)
// also consumes the star bitmap.
static void call_helper(emit *e, int delta, uint8_t opcode, uint32_t n_positional,
                        uint32_t n_keyword, unsigned star_flags) {
    if (n_positional > 255 || n_keyword > 255) {
        emit_module_fail(e->m, EMIT_ERR_TOO_BIG);
    }
    delta -= (int)n_positional + 2 * (int)n_keyword;
    if (star_flags) {
        delta -= 1;
        opcode++;
    }
    op_uint(e, delta, opcode, n_keyword << 8 | n_positional);
}

// CALL_FUNCTION: fun args kwpairs [bitmap] -> result
static void call_function(emit *e, uint32_t n_positional, uint32_t n_keyword, unsigned star_flags) {
    call_helper(e, 0, BC_CALL_FUNCTION, n_positional, n_keyword, star_flags);
}

// CALL_METHOD: meth self args kwpairs [bitmap] -> result
static void call_method(emit *e, uint32_t n_positional, uint32_t n_keyword, unsigned star_flags) {
    call_helper(e, -1, BC_CALL_METHOD, n_positional, n_keyword, star_flags);
}

// RETURN_VALUE: value ->; runs enclosing finally/with code at run time (5.4).
static void return_value(emit *e) {
    op(e, -1, BC_RETURN_VALUE);
    e->suppress = true;
}

_Static_assert(BC_RAISE_LAST + 2 == BC_RAISE_FROM, "raise forms");

// RAISE_LAST (bare raise), RAISE_OBJ: exc ->, RAISE_FROM: exc cause ->
static void raise_varargs(emit *e, uint32_t n_args) {
    if (n_args > 2) {
        emit_module_fail(e->m, EMIT_ERR_INTERNAL);
        return;
    }
    op(e, -(int)n_args, (uint8_t)(BC_RAISE_LAST + n_args));
    e->suppress = true;
}

// YIELD_VALUE: value -> sent;  YIELD_FROM: iter send -> result
static void yield(emit *e, emit_yield kind) {
    op(e, -(int)kind, (uint8_t)(BC_YIELD_VALUE + kind));
    e->s->flags |= SCOPE_FLAG_GENERATOR;
}

// The handler receives the exception, and an unwind in progress may add 3 more slots.
static void start_except_handler(emit *e) {
    adjust_stack(e, 4);
}

static void end_except_handler(emit *e) {
    adjust_stack(e, -3);
}

// ---------------------------------------------------------------------------------------------

const emit_ops emit_bc_ops = {
    .start_pass = start_pass,
    .end_pass = end_pass,
    .adjust_stack_size = adjust_stack_size,
    .set_source_line = set_source_line,
    .load_id = {load_local, load_global},
    .store_id = {store_local, store_global},
    .delete_id = {delete_local, delete_global},
    .label_assign = label_assign,
    .import = import,
    .load_const_tok = load_const_tok,
    .load_const_small_int = load_const_small_int,
    .load_const_str = load_const_str,
    .load_const_obj = load_const_obj,
    .load_null = load_null,
    .load_method = load_method,
    .load_build_class = load_build_class,
    .subscr = subscr,
    .attr = attr,
    .dup_top = dup_top,
    .dup_top_two = dup_top_two,
    .pop_top = pop_top,
    .rot_two = rot_two,
    .rot_three = rot_three,
    .jump = jump,
    .pop_jump_if = pop_jump_if,
    .jump_if_or_pop = jump_if_or_pop,
    .unwind_jump = unwind_jump,
    .setup_block = setup_block,
    .with_cleanup = with_cleanup,
    .async_with_setup_finally = async_with_setup_finally,
    .end_finally = end_finally,
    .get_iter = get_iter,
    .for_iter = for_iter,
    .for_iter_end = for_iter_end,
    .pop_except_jump = pop_except_jump,
    .unary_op = unary_op,
    .binary_op = binary_op,
    .build = build,
    .store_map = store_map,
    .store_comp = store_comp,
    .unpack_sequence = unpack_sequence,
    .unpack_ex = unpack_ex,
    .make_function = make_function,
    .make_closure = make_closure,
    .call_function = call_function,
    .call_method = call_method,
    .return_value = return_value,
    .raise_varargs = raise_varargs,
    .yield = yield,
    .start_except_handler = start_except_handler,
    .end_except_handler = end_except_handler,
};

emit *emit_bc_new(emit_module *m) {
    emit *e = ARENA_NEW(m->arena, emit);
    if (!e) {
        emit_module_fail(m, EMIT_ERR_NO_MEMORY);
        return NULL;
    }
    e->m = m;
    e->star = intern_add(m->names, "*", 1);
    if (!e->star) {
        emit_module_fail(m, EMIT_ERR_NO_MEMORY);
        return NULL;
    }
    return e;
}
