// The opcode table (runtime/format/bc_ops.def via bc_ops.h) against the specification's
// opcode list, operand classes, stack deltas and operator numbers (spec_tables.inc, generated
// from bytecode.md), and the one-instruction decoder on encodings the specification gives.
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdint.h>
#include <string.h>

#include "format/bc_ops.h"

#define SPEC_VAR BC_VAR

struct spec_opcode {
    int first, last;
    const char *name;
    const char *operand; // q u s o c c+b rel rel+b urel -
    int stack;
};
struct spec_operator {
    int n;
    const char *name;
    int opcode;
};
struct spec_qstr {
    int index;
    const char *str;
    unsigned hash8, hash16;
    uint8_t ref[2];
    int ref_len;
};
struct spec_arch {
    int number;
    const char *name;
};

#include "spec_tables.inc"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

TestSuite(bc_ops);

// The operand classes of bytecode.md 2.5 that each of our operand kinds belongs to.
static const char *spec_class(bc_operand k) {
    switch (k) {
        case BC_OPND_QSTR:
            return "q";
        case BC_OPND_UINT:
        case BC_OPND_LOCAL:
        case BC_OPND_CALL:
        case BC_OPND_UNPACK:
        case BC_OPND_COMP:
            return "u";
        case BC_OPND_SINT:
            return "s";
        case BC_OPND_OBJ:
            return "o";
        case BC_OPND_CHILD:
            return "c";
        case BC_OPND_CHILD_BYTE:
            return "c+b";
        case BC_OPND_SLABEL:
            return "rel";
        case BC_OPND_SLABEL_BYTE:
            return "rel+b";
        case BC_OPND_ULABEL:
            return "urel";
        case BC_OPND_NONE:
        case BC_OPND_EMB_INT:
        case BC_OPND_EMB_LOCAL:
        case BC_OPND_EMB_UNARY:
        case BC_OPND_EMB_BINARY:
            return "-";
        case BC_OPND_BAD:
        default:
            return "unused";
    }
}

Test(bc_ops, every_spec_opcode_has_its_row) {
    for (size_t i = 0; i < N_OF(spec_opcodes); i++) {
        const struct spec_opcode *s = &spec_opcodes[i];
        for (int op = s->first; op <= s->last; op++) {
            const bc_op_info_t *info = &bc_op_info[op];
            cr_expect(info->name != NULL && strcmp(info->name, s->name) == 0,
                      "0x%02x: table says %s, spec says %s", op, info->name ? info->name : "-",
                      s->name);
            cr_expect(eq(str, (char *)spec_class(info->operand), (char *)s->operand),
                      "0x%02x %s: operand class", op, s->name);
            cr_expect(eq(int, info->stack, s->stack), "0x%02x %s: stack delta", op, s->name);
            cr_expect(eq(int, info->first, s->first), "0x%02x %s: first opcode of row", op,
                      s->name);
            cr_expect(eq(int, info->count, s->last - s->first + 1), "0x%02x %s: row size", op,
                      s->name);
        }
    }
}

Test(bc_ops, opcodes_missing_from_the_spec_are_unused) {
    bool listed[256] = {false};
    for (size_t i = 0; i < N_OF(spec_opcodes); i++) {
        for (int op = spec_opcodes[i].first; op <= spec_opcodes[i].last; op++) {
            listed[op] = true;
        }
    }
    int n_used = 0;
    for (int op = 0; op < 256; op++) {
        bool used = bc_op_info[op].operand != BC_OPND_BAD;
        n_used += used;
        cr_expect(eq(int, used, listed[op]), "0x%02x: in table %d, in spec %d", op, used,
                  listed[op]);
        cr_expect(eq(int, used, bc_op_info[op].name != NULL), "0x%02x: name without row", op);
    }
    cr_expect(eq(int, n_used, 207), "207 opcodes have a meaning in .mpy v6.3");
}

Test(bc_ops, operand_kinds_follow_the_high_nibble_format_rule) {
    for (int op = 0; op < 256; op++) {
        bc_operand k = bc_op_info[op].operand;
        if (k == BC_OPND_BAD) {
            continue;
        }
        unsigned want;
        switch (k) {
            case BC_OPND_QSTR:
                want = BC_FMT_QSTR;
                break;
            case BC_OPND_SLABEL:
            case BC_OPND_ULABEL:
            case BC_OPND_SLABEL_BYTE:
                want = BC_FMT_OFFSET;
                break;
            case BC_OPND_UINT:
            case BC_OPND_LOCAL:
            case BC_OPND_SINT:
            case BC_OPND_OBJ:
            case BC_OPND_CHILD:
            case BC_OPND_CHILD_BYTE:
            case BC_OPND_CALL:
            case BC_OPND_UNPACK:
            case BC_OPND_COMP:
                want = BC_FMT_VUINT;
                break;
            default:
                want = BC_FMT_BYTE;
                break;
        }
        cr_expect(eq(u32, BC_FORMAT(op), want), "0x%02x %s: format", op, bc_op_info[op].name);
        bool extra = k == BC_OPND_CHILD_BYTE || k == BC_OPND_SLABEL_BYTE;
        cr_expect(eq(int, BC_HAS_EXTRA_BYTE(op), extra), "0x%02x: extra byte", op);
    }
    // The rule itself, as bytecode.md 2.1 states it per range.
    cr_expect(eq(u32, BC_FORMAT(0x0f), BC_FMT_BYTE));
    cr_expect(eq(u32, BC_FORMAT(0x1c), BC_FMT_QSTR));
    cr_expect(eq(u32, BC_FORMAT(0x3f), BC_FMT_VUINT));
    cr_expect(eq(u32, BC_FORMAT(0x4b), BC_FMT_OFFSET));
    cr_expect(eq(u32, BC_FORMAT(0xff), BC_FMT_BYTE));
}

Test(bc_ops, enum_values_and_listing_names) {
    cr_expect(eq(int, BC_LOAD_CONST_FALSE, 0x50));
    cr_expect(eq(int, BC_LOAD_CONST_SMALL_INT, 0x22));
    cr_expect(eq(int, BC_POP_JUMP_IF_FALSE, 0x44));
    cr_expect(eq(int, BC_LOAD_FAST_MULTI, 0xb0));
    cr_expect(eq(int, BC_LOAD_FAST_MULTI_NUM, 16));
    cr_expect(eq(int, BC_BINARY_OP_MULTI_NUM, 35));
    cr_expect(eq(str, (char *)bc_op_info[0xb3].mnemonic, "LOAD_FAST"));
    cr_expect(eq(str, (char *)bc_op_info[0x24].mnemonic, "LOAD_FAST_N"));
    cr_expect(eq(str, (char *)bc_op_info[0x80].mnemonic, "LOAD_CONST_SMALL_INT"));
    cr_expect(eq(str, (char *)bc_op_info[0xf2].mnemonic, "BINARY_OP"));
}

Test(bc_ops, operator_numbers_match_the_spec) {
    cr_assert(eq(sz, N_OF(spec_unary), (size_t)BC_UNARY_NUM_BYTECODE));
    cr_assert(eq(sz, N_OF(spec_binary), (size_t)BC_BINARY_NUM_BYTECODE));
    for (size_t i = 0; i < N_OF(spec_unary); i++) {
        cr_expect(
            eq(str, (char *)bc_unary_op_info[spec_unary[i].n].name, (char *)spec_unary[i].name));
        cr_expect(eq(int, BC_UNARY_OP_MULTI + spec_unary[i].n, spec_unary[i].opcode));
    }
    for (size_t i = 0; i < N_OF(spec_binary); i++) {
        cr_expect(
            eq(str, (char *)bc_binary_op_info[spec_binary[i].n].name, (char *)spec_binary[i].name));
        cr_expect(eq(int, BC_BINARY_OP_MULTI + spec_binary[i].n, spec_binary[i].opcode));
    }
    cr_expect(eq(str, (char *)bc_binary_op_info[BC_BINARY_ADD].method, "__add__"));
    cr_expect(eq(str, (char *)bc_binary_op_info[BC_BINARY_INPLACE_POWER].python, "**="));
}

// ---------------------------------------------------------------------------------------------
// Decoder

typedef struct {
    const char *what;
    uint8_t bytes[12];
    size_t len;
    size_t off; // where the instruction starts
    int status; // bc_decode_status
    uint32_t size;
    uint32_t arg;
    int64_t value;
    int64_t target;
    uint8_t extra;
} decode_case;

static const decode_case decode_cases[] = {
    // bytecode.md 2.3: signed var-ints
    {"small int 48", {0x22, 0x30}, 2, 0, BC_DECODE_OK, 2, 0, 48, 0, 0},
    {"small int 64", {0x22, 0x80, 0x40}, 3, 0, BC_DECODE_OK, 3, 0, 64, 0, 0},
    {"small int -17", {0x22, 0x6f}, 2, 0, BC_DECODE_OK, 2, 0, -17, 0, 0},
    {"small int -65", {0x22, 0xff, 0x3f}, 3, 0, BC_DECODE_OK, 3, 0, -65, 0, 0},
    {"small int 8191", {0x22, 0xbf, 0x7f}, 3, 0, BC_DECODE_OK, 3, 0, 8191, 0, 0},
    {"small int -8192", {0x22, 0xc0, 0x00}, 3, 0, BC_DECODE_OK, 3, 0, -8192, 0, 0},
    {"small int 2^30-1",
     {0x22, 0x83, 0xff, 0xff, 0xff, 0x7f},
     6,
     0,
     BC_DECODE_OK,
     6,
     0,
     1073741823,
     0,
     0},
    {"small int -2^30",
     {0x22, 0xfc, 0x80, 0x80, 0x80, 0x00},
     6,
     0,
     BC_DECODE_OK,
     6,
     0,
     -1073741824,
     0,
     0},
    {"embedded -16", {0x70}, 1, 0, BC_DECODE_OK, 1, 0, -16, 0, 0},
    {"embedded 47", {0xaf}, 1, 0, BC_DECODE_OK, 1, 0, 47, 0, 0},
    {"embedded local 15", {0xcf}, 1, 0, BC_DECODE_OK, 1, 15, 0, 0, 0},
    {"binary op 34", {0xf9}, 1, 0, BC_DECODE_OK, 1, 34, 0, 0, 0},
    // bytecode.md 2.4: jumps, relative to the byte after the offset
    {"JUMP +63 in the long form", {0x42, 0xbf, 0x80}, 3, 0, BC_DECODE_OK, 3, 0x403f, 63, 66, 0},
    {"JUMP -64 short",
     {0, 0, 0, 0, 0, 0, 0, 0, 0x42, 0x00},
     10,
     8,
     BC_DECODE_OK,
     2,
     0,
     -64,
     -54,
     0},
    {"POP_JUMP_IF_FALSE +17", {0x44, 0x51}, 2, 0, BC_DECODE_OK, 2, 0x51, 17, 19, 0},
    {"SETUP_FINALLY 31", {0x49, 0x1f}, 2, 0, BC_DECODE_OK, 2, 31, 31, 33, 0},
    {"FOR_ITER 32767", {0x4b, 0xff, 0xff}, 3, 0, BC_DECODE_OK, 3, 0x7fff, 0x7fff, 0x7fff + 3, 0},
    {"UNWIND_JUMP +13 pop", {0x40, 0x4d, 0x81}, 3, 0, BC_DECODE_OK, 3, 0x4d, 13, 15, 0x81},
    {"MAKE_CLOSURE 0, 1 cell", {0x20, 0x00, 0x01}, 3, 0, BC_DECODE_OK, 3, 0, 0, 0, 1},
    {"CALL_FUNCTION 1 kw 1 pos", {0x34, 0x82, 0x01}, 3, 0, BC_DECODE_OK, 3, 0x101, 0, 0, 0},
    {"LOAD_NAME 300", {0x11, 0x82, 0x2c}, 3, 0, BC_DECODE_OK, 3, 300, 0, 0, 0},
    // errors
    {"unused 0x00", {0x00}, 1, 0, BC_DECODE_BAD_OPCODE, 0, 0, 0, 0, 0},
    {"unused 0x41", {0x41, 0x00}, 2, 0, BC_DECODE_BAD_OPCODE, 0, 0, 0, 0, 0},
    {"unused 0xff", {0xff}, 1, 0, BC_DECODE_BAD_OPCODE, 0, 0, 0, 0, 0},
    {"qstr cut", {0x11}, 1, 0, BC_DECODE_TRUNCATED, 0, 0, 0, 0, 0},
    {"vuint cut", {0x11, 0x82}, 2, 0, BC_DECODE_TRUNCATED, 0, 0, 0, 0, 0},
    {"long jump cut", {0x42, 0xbf}, 2, 0, BC_DECODE_TRUNCATED, 0, 0, 0, 0, 0},
    {"closure byte cut", {0x20, 0x00}, 2, 0, BC_DECODE_TRUNCATED, 0, 0, 0, 0, 0},
    {"unwind byte cut", {0x40, 0x4d}, 2, 0, BC_DECODE_TRUNCATED, 0, 0, 0, 0, 0},
    {"vuint over 32 bits",
     {0x34, 0x90, 0x80, 0x80, 0x80, 0x00},
     6,
     0,
     BC_DECODE_OVERFLOW,
     0,
     0,
     0,
     0,
     0},
    {"var-int over 64 bits",
     {0x22, 0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00},
     11,
     0,
     BC_DECODE_OVERFLOW,
     0,
     0,
     0,
     0,
     0},
    {"past the end", {0x51}, 1, 1, BC_DECODE_TRUNCATED, 0, 0, 0, 0, 0},
};

Test(bc_ops, decodes_spec_encodings_and_rejects_bad_ones) {
    for (size_t i = 0; i < N_OF(decode_cases); i++) {
        const decode_case *c = &decode_cases[i];
        bc_insn in;
        int st = bc_decode(c->bytes, c->len, c->off, &in);
        cr_expect(eq(int, st, c->status), "%s: status", c->what);
        if (st != BC_DECODE_OK || c->status != BC_DECODE_OK) {
            continue;
        }
        cr_expect(eq(u32, in.size, c->size), "%s: size", c->what);
        cr_expect(eq(u32, in.arg, c->arg), "%s: arg", c->what);
        cr_expect(eq(i64, in.value, c->value), "%s: value", c->what);
        cr_expect(eq(i64, in.target, c->target), "%s: target", c->what);
        cr_expect(eq(u8, in.extra, c->extra), "%s: extra byte", c->what);
    }
}

Test(bc_ops, decoder_never_reads_past_the_end) {
    // Every opcode followed by every prefix of a long operand: the decoder must stop at `len`.
    // The buffer is exactly `len` bytes on the heap, so ASan sees any overread.
    static const uint8_t tail[] = {0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a};
    for (int op = 0; op < 256; op++) {
        for (size_t n = 0; n <= sizeof tail; n++) {
            uint8_t *buf = malloc(n + 1);
            buf[0] = (uint8_t)op;
            memcpy(buf + 1, tail, n);
            bc_insn in;
            int st = bc_decode(buf, n + 1, 0, &in);
            if (st == BC_DECODE_OK) {
                cr_expect(in.size <= n + 1, "0x%02x: size %u past %zu bytes", op, in.size, n + 1);
            }
            free(buf);
        }
    }
}

Test(bc_ops, stack_effects_of_operand_dependent_opcodes) {
    static const struct {
        uint8_t bytes[4];
        size_t len;
        int32_t want;
    } cases[] = {
        {{0x2a, 0x03}, 2, -2},       // BUILD_TUPLE 3
        {{0x2c, 0x05}, 2, 1},        // BUILD_MAP 5 (size hint only)
        {{0x2e, 0x03}, 2, -2},       // BUILD_SLICE 3
        {{0x2f, 0x19}, 2, -2},       // STORE_COMP dict
        {{0x2f, 0x14}, 2, -1},       // STORE_COMP list
        {{0x30, 0x03}, 2, 2},        // UNPACK_SEQUENCE 3
        {{0x31, 0x84, 0x01}, 3, 3},  // UNPACK_EX left 1 right 2
        {{0x34, 0x82, 0x02}, 3, -4}, // CALL_FUNCTION 2 pos 1 kw
        {{0x35, 0x01}, 2, -2},       // CALL_FUNCTION_VAR_KW 1
        {{0x36, 0x00}, 2, -1},       // CALL_METHOD 0
        {{0x37, 0x82, 0x00}, 3, -4}, // CALL_METHOD_VAR_KW 1 kw
        {{0x20, 0x00, 0x02}, 3, -1}, // MAKE_CLOSURE, 2 cells
        {{0x21, 0x00, 0x02}, 3, -3}, // MAKE_CLOSURE_DEFARGS, 2 cells
        {{0x5f}, 1, 3},              // GET_ITER_STACK
        {{0xb0}, 1, 1},              // LOAD_FAST 0
        {{0xf2}, 1, -1},             // BINARY_OP ADD
    };
    for (size_t i = 0; i < N_OF(cases); i++) {
        bc_insn in;
        cr_assert(eq(int, bc_decode(cases[i].bytes, cases[i].len, 0, &in), BC_DECODE_OK));
        cr_expect(eq(i32, bc_stack_effect(&in), cases[i].want), "case %zu (0x%02x)", i,
                  cases[i].bytes[0]);
    }
}
