// The .mpy loader (load.h, mpy-format.md). Reads the header, the qstr and object tables and
// the raw-code tree from a byte buffer; decodes each prelude once into its rt_raw_code_t and
// verifies every instruction (opcode known, operands in range, jump targets on instruction
// starts, no fall-through past the end) so that the VM can decode without checks.
// TODO(#4): verify value-stack depths against n_state (the VM trusts the compiler's sizing).
#include "load.h"

#include <string.h>

#include "format/bc_ops.h"
#include "format/mpy_format.h"
#include "nlr.h"
#include "runtime.h"
#include "state.h"

#define MAX_NESTING 64 // raw-code and constant-tuple nesting accepted

typedef struct reader {
    const uint8_t *buf;
    size_t len;
    size_t pos;
    rt_module_context_t *ctx;
} reader;

static RT_NORETURN void bad(void) {
    rt_raise_msg(&rt_type_ValueError, "incompatible .mpy file");
}

static uint8_t read_byte(reader *r) {
    if (r->pos >= r->len) {
        bad();
    }
    return r->buf[r->pos++];
}

static uint32_t read_uint(reader *r) {
    uint32_t v;
    if (mpy_vuint_decode(r->buf, r->len, &r->pos, &v) != MPY_OK) {
        bad();
    }
    return v;
}

static const uint8_t *read_bytes(reader *r, size_t n) {
    if (n > r->len - r->pos) {
        bad();
    }
    const uint8_t *p = r->buf + r->pos;
    r->pos += n;
    return p;
}

static size_t remaining(const reader *r) {
    return r->len - r->pos;
}

// `len` bytes followed by the 0 terminator that str, bytes and qstr entries carry.
static const uint8_t *read_terminated(reader *r, uint32_t len) {
    const uint8_t *p = read_bytes(r, (size_t)len + 1);
    if (p[len] != 0) {
        bad();
    }
    return p;
}

static uint16_t load_qstr(reader *r) {
    uint32_t v = read_uint(r);
    if (v & 1) {
        uint32_t idx = v >> 1;
        if (idx < 1 || idx > MPY_STATIC_QSTR_COUNT) {
            bad();
        }
        return (uint16_t)idx;
    }
    uint32_t len = v >> 1;
    if (len > 0xffff) {
        bad();
    }
    const uint8_t *s = read_terminated(r, len);
    return (uint16_t)rt_qstr_from_strn_static((const char *)s, len);
}

static rt_obj_t load_obj(reader *r, unsigned depth) {
    uint8_t type = read_byte(r);
    switch (type) {
        case MPY_OBJ_FUN_TABLE:
            return RT_CONST_NONE; // only native code reads it, and this runtime has none
        case MPY_OBJ_NONE:
            return RT_CONST_NONE;
        case MPY_OBJ_FALSE:
            return RT_CONST_FALSE;
        case MPY_OBJ_TRUE:
            return RT_CONST_TRUE;
        case MPY_OBJ_ELLIPSIS:
            return RT_CONST_ELLIPSIS;
        case MPY_OBJ_STR:
        case MPY_OBJ_BYTES: {
            uint32_t len = read_uint(r);
            const uint8_t *s = read_terminated(r, len);
            if (type == MPY_OBJ_STR) {
                return rt_str_new_static((const char *)s, len);
            }
            return rt_bytes_new_static(s, len);
        }
        case MPY_OBJ_INT:
        case MPY_OBJ_FLOAT:
        case MPY_OBJ_COMPLEX: {
            uint32_t len = read_uint(r);
            const char *s = (const char *)read_bytes(r, len);
            if (type == MPY_OBJ_INT) {
                return rt_int_parse(s, len, 10);
            }
#if RT_CONFIG_FLOAT
            if (type == MPY_OBJ_FLOAT) {
                return rt_float_parse(s, len, false);
            }
#endif
            rt_raise_msg(&rt_type_ValueError, "complex values not supported");
        }
        case MPY_OBJ_TUPLE: {
            uint32_t n = read_uint(r);
            if (n > remaining(r) || depth >= MAX_NESTING) {
                bad();
            }
            rt_obj_t t = rt_tuple_new(n, NULL);
            size_t len;
            rt_obj_t *items;
            rt_tuple_get(t, &len, &items);
            for (size_t i = 0; i < n; i++) {
                items[i] = load_obj(r, depth + 1);
            }
            return t;
        }
        default:
            bad();
    }
}

// Decodes the prelude of a bytecode raw code (mpy-format.md 8) into rc.
static void decode_prelude(reader *r, rt_raw_code_t *rc) {
    const uint8_t *fd = rc->fun_data;
    size_t len = rc->fun_data_len, p = 0;
    mpy_prelude_sig sig;
    mpy_prelude_size size;
    if (mpy_prelude_sig_decode(fd, len, &p, &sig) != MPY_OK ||
        mpy_prelude_size_decode(fd, len, &p, &size) != MPY_OK) {
        bad();
    }
    uint32_t n_locals = sig.n_pos_args + sig.n_kwonly_args;
    if (sig.n_state > 0xffff || sig.n_exc_stack > 0xffff || n_locals > 0xffff ||
        sig.n_def_pos_args > sig.n_pos_args || size.n_cell > 0xffff) {
        bad();
    }
    n_locals += ((sig.scope_flags & MPY_SCOPE_FLAG_VARARGS) != 0) +
                ((sig.scope_flags & MPY_SCOPE_FLAG_VARKEYWORDS) != 0);
    if (n_locals > sig.n_state) {
        bad();
    }
    rc->n_state = (uint16_t)sig.n_state;
    rc->n_exc_stack = (uint16_t)sig.n_exc_stack;
    rc->scope_flags = (uint8_t)sig.scope_flags;
    rc->n_pos_args = (uint16_t)sig.n_pos_args;
    rc->n_kwonly_args = (uint16_t)sig.n_kwonly_args;
    rc->n_def_pos_args = (uint16_t)sig.n_def_pos_args;
    rc->n_cell = (uint16_t)size.n_cell;
    if (size.n_info > len - p || size.n_cell > len - p - size.n_info) {
        bad();
    }
    size_t info_end = p + size.n_info;
    // simple_name, then one name per argument, all inside the source-info section.
    uint32_t idx;
    if (mpy_vuint_decode(fd, info_end, &p, &idx) != MPY_OK || idx >= r->ctx->n_qstr) {
        bad();
    }
    rc->name = r->ctx->qstr_table[idx];
    rc->arg_names = fd + p;
    for (uint32_t i = 0; i < sig.n_pos_args + sig.n_kwonly_args; i++) {
        if (mpy_vuint_decode(fd, info_end, &p, &idx) != MPY_OK || idx >= r->ctx->n_qstr) {
            bad();
        }
    }
    rc->line_info = fd + p;
    rc->line_info_end = fd + info_end;
    rc->cells = fd + info_end;
    for (size_t i = 0; i < size.n_cell; i++) {
        if (rc->cells[i] >= sig.n_state) {
            bad();
        }
    }
    size_t code = info_end + size.n_cell;
    if (code >= len) {
        bad(); // no instructions at all
    }
    rc->code = fd + code;
}

// Verifies every instruction of a bytecode raw code (its children are loaded already).
static void verify_code(const reader *r, const rt_raw_code_t *rc) {
    const uint8_t *code = rc->code;
    size_t len = (size_t)(rc->fun_data + rc->fun_data_len - code);
    uint8_t *starts = rt_gc_alloc((len + 7) / 8);
    uint8_t last = 0;
    for (size_t off = 0; off < len;) {
        bc_insn in;
        if (bc_decode(code, len, off, &in) != BC_DECODE_OK) {
            bad();
        }
        starts[off / 8] |= (uint8_t)(1u << (off % 8));
        uint32_t n_state = rc->n_state;
        switch ((bc_operand)in.operand) {
            case BC_OPND_QSTR:
                if (in.arg >= r->ctx->n_qstr) {
                    bad();
                }
                break;
            case BC_OPND_OBJ:
                if (in.arg >= r->ctx->n_obj) {
                    bad();
                }
                break;
            case BC_OPND_CHILD:
            case BC_OPND_CHILD_BYTE:
                if (in.arg >= rc->n_children) {
                    bad();
                }
                break;
            case BC_OPND_LOCAL:
            case BC_OPND_EMB_LOCAL:
                if (in.arg >= n_state) {
                    bad();
                }
                break;
            case BC_OPND_SINT:
                if (in.value < RT_SMALL_INT_MIN || in.value > RT_SMALL_INT_MAX) {
                    bad();
                }
                break;
            case BC_OPND_UINT:
                // Counts of items on the stack; BUILD_MAP's is only a size hint.
                if ((in.arg > n_state && in.op != BC_BUILD_MAP) ||
                    (in.op == BC_BUILD_SLICE && in.arg != 2 && in.arg != 3)) {
                    bad();
                }
                break;
            case BC_OPND_COMP:
                if ((in.arg >> 2) >= n_state || (in.arg & 3) == 3) {
                    bad();
                }
                break;
            case BC_OPND_UNPACK:
                if ((in.arg & 0xff) + ((in.arg >> 8) & 0xff) >= n_state || in.arg > 0xffff) {
                    bad();
                }
                break;
            case BC_OPND_CALL:
                if (in.arg > 0xffff) {
                    bad();
                }
                break;
            case BC_OPND_SLABEL:
            case BC_OPND_ULABEL:
            case BC_OPND_SLABEL_BYTE:
                if (in.target < 0 || (uint64_t)in.target >= len) {
                    bad();
                }
                break;
            default:
                break;
        }
        last = in.op;
        off += in.size;
    }
    // Jump targets must start instructions.
    for (size_t off = 0; off < len;) {
        bc_insn in;
        bc_decode(code, len, off, &in);
        if (in.operand == BC_OPND_SLABEL || in.operand == BC_OPND_ULABEL ||
            in.operand == BC_OPND_SLABEL_BYTE) {
            size_t t = (size_t)in.target;
            if (!(starts[t / 8] & (1u << (t % 8)))) {
                bad();
            }
        }
        off += in.size;
    }
    rt_gc_free(starts);
    // Execution must not run off the end.
    if (last != BC_RETURN_VALUE && last != BC_JUMP && last != BC_RAISE_OBJ &&
        last != BC_RAISE_LAST && last != BC_RAISE_FROM && last != BC_POP_EXCEPT_JUMP &&
        last != BC_UNWIND_JUMP) {
        bad();
    }
}

static rt_raw_code_t *load_raw_code(reader *r, unsigned depth) {
    if (depth >= MAX_NESTING) {
        bad();
    }
    uint32_t kind_len = read_uint(r);
    unsigned kind = MPY_KIND_LEN_KIND(kind_len);
    bool has_children = MPY_KIND_LEN_HAS_CHILDREN(kind_len);
    uint32_t fun_data_len = MPY_KIND_LEN_FUN_DATA_LEN(kind_len);
    if (kind != MPY_CODE_BYTECODE) {
        rt_raise_msg(&rt_type_ValueError, "native code in .mpy unsupported");
    }
    rt_raw_code_t *rc = RT_NEW(rt_raw_code_t);
    rc->kind = (uint8_t)kind;
    rc->fun_data = read_bytes(r, fun_data_len);
    rc->fun_data_len = fun_data_len;
    decode_prelude(r, rc);
    if (has_children) {
        uint32_t n = read_uint(r);
        if (n > remaining(r) || n > 0xffff) {
            bad();
        }
        rc->n_children = (uint16_t)n;
        rc->children = RT_NEW_ARRAY(rt_raw_code_t *, n == 0 ? 1 : n);
        for (uint32_t i = 0; i < n; i++) {
            rc->children[i] = load_raw_code(r, depth + 1);
        }
    }
    verify_code(r, rc);
    return rc;
}

const rt_raw_code_t *rt_load_mpy(const uint8_t *buf, size_t len, bool in_place,
                                 rt_module_context_t *ctx) {
    // Header (mpy-format.md 3), checked before anything is allocated.
    if (len < MPY_HEADER_LEN || buf[0] != MPY_MAGIC || buf[1] != MPY_VERSION) {
        bad();
    }
    uint8_t feature = buf[2];
    unsigned arch = (feature >> MPY_FEATURE_ARCH_SHIFT) & 0x2f;
    if ((arch != MPY_ARCH_NONE && (feature & MPY_FEATURE_SUB_VERSION_MASK) != MPY_SUB_VERSION) ||
        buf[3] > RT_SMALL_INT_BITS) {
        bad();
    }
    if (arch != MPY_ARCH_NONE) {
        if (RT_CONFIG_NATIVE_ARCH == MPY_ARCH_NONE) {
            rt_raise_msg(&rt_type_ValueError, "native code in .mpy unsupported");
        }
        if (arch != RT_CONFIG_NATIVE_ARCH) {
            rt_raise_msg(&rt_type_ValueError, "incompatible .mpy arch");
        }
    }
    if (feature & MPY_FEATURE_ARCH_FLAGS) {
        bad(); // only rv32 runtimes take arch flags
    }
    if (!in_place) {
        uint8_t *copy = rt_gc_alloc(len);
        memcpy(copy, buf, len);
        buf = copy;
    }
    reader r = {buf, len, MPY_HEADER_LEN, ctx};
    uint32_t n_qstr = read_uint(&r);
    uint32_t n_obj = read_uint(&r);
    if (n_qstr == 0 || n_qstr > remaining(&r) || n_obj > remaining(&r)) {
        bad();
    }
    uint16_t *qstrs = RT_NEW_ARRAY(uint16_t, n_qstr);
    ctx->qstr_table = qstrs;
    ctx->n_qstr = n_qstr;
    for (uint32_t i = 0; i < n_qstr; i++) {
        qstrs[i] = load_qstr(&r);
    }
    rt_obj_t *objs = RT_NEW_ARRAY(rt_obj_t, n_obj == 0 ? 1 : n_obj);
    ctx->obj_table = objs;
    ctx->n_obj = n_obj;
    for (uint32_t i = 0; i < n_obj; i++) {
        objs[i] = load_obj(&r, 0);
    }
    return load_raw_code(&r, 0);
}

rt_module_context_t *rt_module_context_new(rt_qstr_t name) {
    rt_module_context_t *ctx = RT_NEW(rt_module_context_t);
    ctx->base.type = &rt_type_module;
    ctx->globals = rt_dict_new(1);
    rt_dict_store(ctx->globals, RT_OBJ_NEW_QSTR(RT_QSTR___name__), RT_OBJ_NEW_QSTR(name));
    return ctx;
}

void rt_exec_module(rt_module_context_t *ctx, const rt_raw_code_t *rc) {
    rt_obj_t fun = rt_make_function_from_raw_code(rc, ctx, RT_OBJ_NULL, RT_OBJ_NULL);
    rt_obj_dict_t *old_globals = rt_state.roots.globals;
    rt_obj_dict_t *old_locals = rt_state.roots.locals;
    rt_state.roots.globals = ctx->globals;
    rt_state.roots.locals = ctx->globals;
    rt_nlr_buf_t nlr;
    if (rt_nlr_push(&nlr) == 0) {
        rt_call_function_0(fun);
        rt_nlr_pop();
        rt_state.roots.globals = old_globals;
        rt_state.roots.locals = old_locals;
    } else {
        rt_state.roots.globals = old_globals;
        rt_state.roots.locals = old_locals;
        rt_raise(nlr.ret_val);
    }
}
