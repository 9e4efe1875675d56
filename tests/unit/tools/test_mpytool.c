// mpytool's library (tools/mpytool): the worked examples of mpy-format.md 12, malformed input
// of every kind reported at the right byte offset, every truncation and thousands of
// mutations of the golden .mpy files handled without a crash (ASan/UBSan watch the reads),
// and the viper relocation listing.
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mpyt.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

TestSuite(mpytool);

// Runs a command on `len` bytes copied into a block of exactly that size (so ASan sees any
// overread); returns the output (caller frees) and fills *ok and *err.
static char *run(mpyt_command cmd, const uint8_t *bytes, size_t len, bool *ok, mpyt_error *err) {
    uint8_t *buf = malloc(len ? len : 1);
    memcpy(buf, bytes, len);
    char *text = NULL;
    size_t text_len = 0;
    FILE *out = open_memstream(&text, &text_len);
    *err = (mpyt_error){0};
    *ok = mpyt_run(cmd, buf, len, out, err);
    fclose(out);
    free(buf);
    return text;
}

static uint8_t *read_golden(const char *name, size_t *len) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", MPY_GOLDEN_DIR, name);
    FILE *fp = fopen(path, "rb");
    cr_assert(fp != NULL, "cannot open %s", path);
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    uint8_t *buf = malloc((size_t)n);
    cr_assert(fread(buf, 1, (size_t)n, fp) == (size_t)n);
    fclose(fp);
    *len = (size_t)n;
    return buf;
}

static const char *const goldens[] = {
    "big.mpy",           "calls_attrs.mpy",    "classes.mpy",      "constants.mpy",
    "exceptions.mpy",    "generators.mpy",     "imports.mpy",      "locals_closures.mpy",
    "native_armv7m.mpy", "native_rv32imc.mpy", "native_x64.mpy",   "no_lines.mpy",
    "operators.mpy",     "small_int_bits.mpy", "static_qstrs.mpy",
};

// ---------------------------------------------------------------------------------------------
// The worked examples of mpy-format.md 12 (real mpy-cross output transcribed there)

static const uint8_t hello_mpy[] = {
    0x4d, 0x06, 0x00, 0x1f, 0x07, 0x00, 0x10, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x2e, 0x70, 0x79,
    0x00, 0x0f, 0x02, 0x66, 0x00, 0x02, 0x78, 0x00, 0x81, 0x77, 0x02, 0x61, 0x00, 0x02, 0x62,
    0x00, 0x81, 0x6c, 0x10, 0x06, 0x01, 0x23, 0x48, 0x81, 0x16, 0x03, 0x82, 0x2a, 0x01, 0x53,
    0x33, 0x00, 0x16, 0x02, 0x11, 0x04, 0x11, 0x02, 0x11, 0x03, 0x34, 0x01, 0x34, 0x01, 0x59,
    0x51, 0x63, 0x01, 0x58, 0x9a, 0x01, 0x08, 0x02, 0x05, 0x06, 0x40, 0xb0, 0xb1, 0xf2, 0x63,
};

Test(mpytool, parses_the_hello_example) {
    mpyt_error err;
    mpyt_file *f = mpyt_parse(hello_mpy, sizeof hello_mpy, &err);
    cr_assert(f != NULL, "%s at %zu", err.msg, err.offset);
    cr_expect(eq(u32, f->n_qstr, 7));
    cr_expect(eq(u32, f->n_obj, 0));
    cr_expect(eq(u32, f->qstrs[1].static_idx, 7));
    cr_expect(eq(u32, f->qstrs[4].static_idx, 123));
    cr_expect(eq(u32, f->n_raw_codes, 2));
    cr_expect(eq(sz, f->root.off, 0x1f));
    cr_expect(eq(u32, f->root.fun_len, 29));
    cr_expect(eq(u32, f->root.prelude.sig.n_state, 3));
    cr_expect(eq(u32, f->root.prelude.code_start, 5));
    cr_expect(eq(u32, f->root.n_children, 1));
    const mpyt_rc *fn = &f->root.children[0];
    cr_expect(eq(sz, fn->off, 0x3f));
    cr_expect(eq(u32, fn->prelude.sig.n_state, 4));
    cr_expect(eq(u32, fn->prelude.sig.n_pos_args, 2));
    cr_expect(eq(u32, fn->prelude.sig.n_def_pos_args, 1));
    cr_expect(eq(u32, fn->prelude.n_arg_names, 2));
    cr_expect(eq(u32, fn->prelude.arg_names[1], 6));
    cr_expect(eq(sz, f->end, sizeof hello_mpy));
    mpyt_free(f);
}

Test(mpytool, disassembles_the_hello_example) {
    bool ok;
    mpyt_error err;
    char *text = run(MPYT_CMD_DIS, hello_mpy, sizeof hello_mpy, &ok, &err);
    cr_assert(ok, "%s", err.msg);
    // The listing of mpy-format.md 12.1: offsets, lines 1, 2 and 4 (line table 23 48).
    static const char *const want[] = {
        "     1         0  81              LOAD_CONST_SMALL_INT 1\n",
        "               1  16 03           STORE_NAME x\n",
        "     2         3  82              LOAD_CONST_SMALL_INT 2\n",
        "               7  33 00           MAKE_FUNCTION_DEFARGS 0 f\n",
        "     4        11  11 04           LOAD_NAME print\n",
        "              17  34 01           CALL_FUNCTION n_pos=1 n_kw=0\n",
        "  lines: 0:3\n",
        "     3         0  b0              LOAD_FAST 0 (a)\n",
        "               2  f2              BINARY_OP 27 ADD (+)\n",
        "  args: 2 positional (1 with default), 0 keyword-only: a, b\n",
    };
    for (size_t i = 0; i < N_OF(want); i++) {
        cr_expect(strstr(text, want[i]) != NULL, "missing: %s", want[i]);
    }
    free(text);
}

static const uint8_t ex2_mpy[] = {
    0x4d, 0x06, 0x00, 0x1f, 0x08, 0x02, 0x0c, 0x65, 0x78, 0x32, 0x2e, 0x70, 0x79, 0x00, 0x0f, 0x0a,
    0x6f, 0x75, 0x74, 0x65, 0x72, 0x00, 0x0a, 0x69, 0x6e, 0x6e, 0x65, 0x72, 0x00, 0x02, 0x73, 0x00,
    0x02, 0x74, 0x00, 0x02, 0x6e, 0x00, 0x0b, 0x05, 0x15, 0x61, 0x20, 0x6c, 0x6f, 0x6e, 0x67, 0x20,
    0x73, 0x74, 0x72, 0x69, 0x6e, 0x67, 0x20, 0x6c, 0x69, 0x74, 0x65, 0x72, 0x61, 0x6c, 0x00, 0x0a,
    0x05, 0x08, 0x03, 0x31, 0x2e, 0x35, 0x06, 0x02, 0x68, 0x69, 0x00, 0x07, 0x0d, 0x31, 0x30, 0x39,
    0x39, 0x35, 0x31, 0x31, 0x36, 0x32, 0x37, 0x37, 0x37, 0x36, 0x04, 0x07, 0x02, 0x2d, 0x33, 0x81,
    0x24, 0x00, 0x08, 0x01, 0x64, 0x20, 0x24, 0x32, 0x00, 0x16, 0x02, 0x23, 0x00, 0x16, 0x04, 0x23,
    0x01, 0x16, 0x05, 0x51, 0x63, 0x01, 0x74, 0x11, 0x09, 0x02, 0x06, 0x20, 0x45, 0x00, 0xb0, 0x20,
    0x00, 0x01, 0xc1, 0xb1, 0x63, 0x01, 0x40, 0x09, 0x06, 0x03, 0x07, 0x40, 0x25, 0x00, 0x63,
};

Test(mpytool, shows_the_constants_and_closure_of_example_2) {
    bool ok;
    mpyt_error err;
    char *info = run(MPYT_CMD_INFO, ex2_mpy, sizeof ex2_mpy, &ok, &err);
    cr_assert(ok, "%s", err.msg);
    cr_expect(strstr(info, "  0: str 'a long string literal'\n") != NULL);
    cr_expect(strstr(info, "  1: tuple (1.5, b'hi', 1099511627776, Ellipsis, -3)\n") != NULL);
    cr_expect(strstr(info, "  7: '*' (static 5)\n") != NULL);
    free(info);
    char *dis = run(MPYT_CMD_DIS, ex2_mpy, sizeof ex2_mpy, &ok, &err);
    cr_assert(ok, "%s", err.msg);
    cr_expect(strstr(dis, "  cells: 0 (n)\n") != NULL);
    cr_expect(strstr(dis, "  20 00 01        MAKE_CLOSURE 0 inner, 1 closed over\n") != NULL);
    cr_expect(strstr(dis, "  25 00           LOAD_DEREF 0\n") != NULL);
    cr_expect(strstr(dis, "LOAD_CONST_OBJ 1 (1.5, b'hi', 1099511627776, Ellipsis, -3)\n") != NULL);
    free(dis);
}

// ---------------------------------------------------------------------------------------------
// Malformed files: the error names the offset of the bad field

typedef struct {
    const char *what;
    const char *bytes; // C string literal with \x escapes
    size_t len;
    size_t offset;
    const char *msg; // a part of the message
} bad_case;

#define B(s) s, sizeof(s) - 1

static const bad_case bad_files[] = {
    {"empty file", B(""), 0, "file too short"},
    {"short header", B("M\x06\x00"), 0, "file too short"},
    {"bad magic", B("C\x06\x00\x1f\x01\x00"), 0, "not a .mpy file"},
    {"version 5", B("M\x05\x00\x1f\x01\x00"), 1, "unsupported .mpy version 5"},
    {"reserved feature bit", B("M\x06\x80\x1f"), 2, "reserved bit 7"},
    {"native arch without sub-version 3", B("M\x06\x14\x1f\x01\x00"), 2,
     "sub-version 0 with native architecture 5"},
    {"arch flags cut", B("M\x06\x6f\x1f\x81"), 4, "arch flags: unexpected end of the file"},
    {"no table sizes", B("M\x06\x00\x1f"), 4, "qstr table size: unexpected end"},
    {"huge qstr table", B("M\x06\x00\x1f\x8f\xff\xff\xff\x7f\x00"), 4,
     "qstr table: 4294967295 entries cannot fit"},
    {"qstr count over 32 bits", B("M\x06\x00\x1f\x90\x80\x80\x80\x00\x00"), 4,
     "does not fit in 32 bits"},
    {"static qstr 0", B("M\x06\x00\x1f\x01\x00\x01"), 6, "static qstr index 0 out of range"},
    {"static qstr 166", B("M\x06\x00\x1f\x01\x00\x82\x4d"), 6,
     "static qstr index 166 out of range"},
    {"qstr text cut", B("M\x06\x00\x1f\x01\x00\x08t.p"), 7,
     "qstr text of 4 bytes runs past the end of the file (3 bytes left)"},
    {"qstr without terminator", B("M\x06\x00\x1f\x01\x00\x08t.pyX"), 11,
     "qstr 0 is not followed by a 0 byte"},
    {"unknown object type", B("M\x06\x00\x1f\x01\x01\x0f\x0b"), 7, "unknown object type 11"},
    {"int object that is not a number",
     B("M\x06\x00\x1f\x01\x01\x0f\x07\x02"
       "1a"),
     8, "int object text is not a number"},
    {"float object with a space",
     B("M\x06\x00\x1f\x01\x01\x0f\x08\x02"
       "1 "),
     8, "float object text is not a number"},
    {"str object without terminator",
     B("M\x06\x00\x1f\x01\x01\x0f\x05\x01"
       "ab"),
     10, "str object is not followed by a 0 byte"},
    {"tuple longer than the file", B("M\x06\x00\x1f\x01\x01\x0f\x0a\x7f\x01"), 8,
     "tuple: 127 entries cannot fit"},
    {"fun_data past the end", B("M\x06\x00\x1f\x01\x00\x0f\x48\x00\x02"), 8,
     "fun_data of 9 bytes runs past the end of the file (2 bytes left)"},
    {"source info past fun_data", B("M\x06\x00\x1f\x01\x00\x0f\x18\x00\x0a\x00"), 9,
     "source info of 5 bytes runs past the end of fun_data"},
    {"simple_name out of range", B("M\x06\x00\x1f\x01\x00\x0f\x20\x00\x02\x01\x63"), 10,
     "simple_name: qstr index 1 out of range (1 qstrs)"},
    {"argument names past the source info", B("M\x06\x00\x1f\x01\x00\x0f\x20\x01\x02\x00\x63"), 11,
     "1 argument names cannot fit"},
    {"line entry cut", B("M\x06\x00\x1f\x01\x00\x0f\x20\x00\x04\x00\x80\x63"), 11,
     "line-number entry runs past the end of the source info"},
    {"cell local out of range", B("M\x06\x00\x1f\x01\x00\x0f\x28\x00\x03\x00\x05\x63"), 11,
     "cell local 5 out of range (n_state 1)"},
    {"prelude signature cut", B("M\x06\x00\x1f\x01\x00\x0f\x08\x80"), 8,
     "prelude signature: unexpected end of fun_data"},
    {"children cut", B("M\x06\x00\x1f\x01\x00\x0f\x1c\x00\x02\x00"), 11,
     "number of children: unexpected end of the file"},
    {"native prelude offset outside fun_data", B("M\x06\x0b\x1f\x01\x00\x0f\x11\x00\x00\x05"), 10,
     "prelude offset 5 is not inside the 2 bytes of fun_data"},
    {"viper rodata cut", B("M\x06\x0b\x1f\x01\x00\x0f\x0a\xc3\x20\x04\x00"), 11,
     "rodata of 4 bytes runs past the end of the file"},
    {"relocations without end", B("M\x06\x0b\x1f\x01\x00\x0f\x0a\xc3\x10\x01"), 11,
     "relocation address: unexpected end of the file"},
};

Test(mpytool, malformed_files_are_reported_at_the_bad_byte) {
    for (size_t i = 0; i < N_OF(bad_files); i++) {
        const bad_case *c = &bad_files[i];
        bool ok;
        mpyt_error err;
        char *text = run(MPYT_CMD_INFO, (const uint8_t *)c->bytes, c->len, &ok, &err);
        cr_expect(ok == false, "%s: accepted", c->what);
        cr_expect(eq(sz, err.offset, c->offset), "%s: offset (message: %s)", c->what, err.msg);
        cr_expect(strstr(err.msg, c->msg) != NULL, "%s: message %s", c->what, err.msg);
        free(text);
    }
}

// A module whose code is `code`: qstrs "t.py" and <module>, one str object 'a', no children.
// Returns the file length; *code_at receives the file offset of the first instruction.
static size_t module_with_code(const uint8_t *code, size_t code_len, uint8_t *out,
                               size_t *code_at) {
    static const uint8_t head[] = {0x4d, 0x06, 0x00, 0x1f, 0x02, 0x01, 0x08, 't', '.',
                                   'p',  'y',  0x00, 0x0f, 0x05, 0x01, 'a',  0x00};
    size_t n = sizeof head;
    memcpy(out, head, n);
    n += mpy_vuint_encode((uint32_t)(3 + code_len) << 3, out + n);
    out[n++] = 0x18; // n_state 4
    out[n++] = 0x02; // n_info 1, no cells
    out[n++] = 0x01; // simple_name <module>
    *code_at = n;
    memcpy(out + n, code, code_len);
    return n + code_len;
}

typedef struct {
    const char *what;
    uint8_t code[8];
    size_t len;
    size_t at; // offset of the bad instruction in the code
    const char *msg;
} bad_code_case;

static const bad_code_case bad_codes[] = {
    {"unused opcode", {0x51, 0x00, 0x63}, 3, 1, "unused opcode 0x00"},
    {"truncated operand", {0x51, 0x11}, 2, 1, "LOAD_NAME: operand runs past the end of the code"},
    {"qstr out of range", {0x11, 0x02, 0x63}, 3, 0, "LOAD_NAME: qstr index 2 out of range"},
    {"object out of range", {0x23, 0x01, 0x63}, 3, 0, "LOAD_CONST_OBJ: object index 1 out of"},
    {"child out of range", {0x32, 0x00, 0x63}, 3, 0, "MAKE_FUNCTION: child 0 out of range"},
    {"local out of range", {0xb4, 0x63}, 2, 0, "LOAD_FAST_MULTI: local 4 out of range"},
    {"local out of range (long form)", {0x24, 0x09, 0x63}, 3, 0, "LOAD_FAST_N: local 9 out of"},
    {"jump before the code", {0x42, 0x3d, 0x63}, 3, 0, "JUMP: jump target -1 outside the code"},
    {"jump past the code", {0x42, 0x41, 0x63}, 3, 0, "JUMP: jump target 3 outside the code"},
    {"jump into an instruction",
     {0x42, 0x41, 0x11, 0x00, 0x63},
     5,
     0,
     "JUMP: jump target 3 is not the start of an instruction"},
    {"vuint too large",
     {0x11, 0x90, 0x80, 0x80, 0x80, 0x00},
     6,
     0,
     "LOAD_NAME: operand does not fit in 32 bits"},
};

Test(mpytool, bad_bytecode_is_reported_at_the_instruction) {
    for (size_t i = 0; i < N_OF(bad_codes); i++) {
        const bad_code_case *c = &bad_codes[i];
        uint8_t file[64];
        size_t code_at, len = module_with_code(c->code, c->len, file, &code_at);
        bool ok;
        mpyt_error err;
        char *text = run(MPYT_CMD_INFO, file, len, &ok, &err);
        cr_expect(ok, "%s: info should not decode instructions (%s)", c->what, err.msg);
        free(text);
        text = run(MPYT_CMD_DIS, file, len, &ok, &err);
        cr_expect(ok == false, "%s: accepted", c->what);
        cr_expect(eq(sz, err.offset, code_at + c->at), "%s: offset (%s)", c->what, err.msg);
        cr_expect(strstr(err.msg, c->msg) != NULL, "%s: message %s", c->what, err.msg);
        free(text);
    }
}

Test(mpytool, deep_nesting_is_an_error_not_a_stack_overflow) {
    enum { DEPTH = 5000 };
    uint8_t *file = malloc(16 + 2 * DEPTH);
    static const uint8_t head[] = {0x4d, 0x06, 0x00, 0x1f, 0x01, 0x01, 0x0f};
    memcpy(file, head, sizeof head);
    size_t n = sizeof head;
    for (int i = 0; i < DEPTH; i++) { // ((((...)))): tuples of one tuple
        file[n++] = 0x0a;
        file[n++] = 0x01;
    }
    bool ok;
    mpyt_error err;
    char *text = run(MPYT_CMD_INFO, file, n, &ok, &err);
    cr_expect(ok == false);
    cr_expect(eq(sz, err.offset, sizeof head + 2 * MPYT_MAX_DEPTH));
    cr_expect(strstr(err.msg, "tuples nested more than 100 deep") != NULL, "%s", err.msg);
    free(text);

    // Raw codes: each has a 3-byte prelude and one child, 5000 deep.
    static const uint8_t tables[] = {0x4d, 0x06, 0x00, 0x1f, 0x01, 0x00, 0x0f};
    free(file);
    file = malloc(sizeof tables + 5 * DEPTH);
    memcpy(file, tables, sizeof tables);
    n = sizeof tables;
    for (int i = 0; i < DEPTH; i++) {
        static const uint8_t rc[] = {0x1c, 0x00, 0x02, 0x00, 0x01}; // 3 bytes, 1 child
        memcpy(file + n, rc, sizeof rc);
        n += sizeof rc;
    }
    text = run(MPYT_CMD_DIS, file, n, &ok, &err);
    cr_expect(ok == false);
    cr_expect(eq(sz, err.offset, sizeof tables + 5 * MPYT_MAX_DEPTH));
    cr_expect(strstr(err.msg, "raw codes nested more than 100 deep") != NULL, "%s", err.msg);
    free(text);
    free(file);
}

// ---------------------------------------------------------------------------------------------
// The golden files: whole, cut short at every length, and mutated

Test(mpytool, every_golden_file_reads_cleanly) {
    for (size_t i = 0; i < N_OF(goldens); i++) {
        size_t len;
        uint8_t *buf = read_golden(goldens[i], &len);
        bool ok;
        mpyt_error err;
        free(run(MPYT_CMD_INFO, buf, len, &ok, &err));
        cr_expect(ok, "%s: info: %s at %zu", goldens[i], err.msg, err.offset);
        free(run(MPYT_CMD_DIS, buf, len, &ok, &err));
        cr_expect(ok, "%s: dis: %s at %zu", goldens[i], err.msg, err.offset);
        free(buf);
    }
}

Test(mpytool, every_truncation_of_a_golden_file_is_an_error_inside_it) {
    for (size_t i = 0; i < N_OF(goldens); i++) {
        size_t len;
        uint8_t *buf = read_golden(goldens[i], &len);
        for (size_t cut = 0; cut < len; cut++) {
            mpyt_error err;
            bool ok;
            free(run(MPYT_CMD_INFO, buf, cut, &ok, &err));
            // No file can end early and still be whole: the last raw code needs its bytes.
            cr_expect(ok == false, "%s cut at %zu: accepted", goldens[i], cut);
            cr_expect(err.offset <= cut, "%s cut at %zu: error offset %zu", goldens[i], cut,
                      err.offset);
            cr_expect(err.msg[0] != '\0');
        }
        free(buf);
    }
}

Test(mpytool, mutated_golden_files_never_crash) {
    uint32_t rng = 12345;
    size_t n_ok = 0, n_bad = 0;
    for (size_t i = 0; i < N_OF(goldens); i++) {
        size_t len;
        uint8_t *orig = read_golden(goldens[i], &len);
        uint8_t *buf = malloc(len);
        for (int round = 0; round < 300; round++) {
            memcpy(buf, orig, len);
            for (int k = 0; k < 1 + round % 4; k++) {
                rng = rng * 1103515245u + 12345u;
                size_t at = (rng >> 8) % len;
                rng = rng * 1103515245u + 12345u;
                buf[at] = (uint8_t)(rng >> 16);
            }
            for (int cmd = 0; cmd < 2; cmd++) {
                bool ok;
                mpyt_error err;
                free(run(cmd ? MPYT_CMD_DIS : MPYT_CMD_INFO, buf, len, &ok, &err));
                if (ok) {
                    n_ok++;
                } else {
                    n_bad++;
                    cr_expect(err.offset <= len, "%s: offset %zu past %zu", goldens[i], err.offset,
                              len);
                }
            }
        }
        free(buf);
        free(orig);
    }
    cr_expect(n_ok > 0 && n_bad > 0, "mutations: %zu read, %zu rejected", n_ok, n_bad);
}

Test(mpytool, trailing_bytes_are_listed_not_rejected) {
    uint8_t file[sizeof hello_mpy + 3];
    memcpy(file, hello_mpy, sizeof hello_mpy);
    memcpy(file + sizeof hello_mpy, "\x01\x02\x03", 3);
    bool ok;
    mpyt_error err;
    char *text = run(MPYT_CMD_INFO, file, sizeof file, &ok, &err);
    cr_expect(ok);
    cr_expect(strstr(text, "trailing bytes: 3 after offset 75\n") != NULL, "%s", text);
    free(text);
}

// ---------------------------------------------------------------------------------------------
// Native code

Test(mpytool, viper_relocations_are_listed) {
    // An x64 file whose module is viper code with rodata, bss and a relocation stream
    // (mpy-format.md 9.2): 8 bytes of text, 8 of rodata, 16 of bss.
    static const uint8_t file[] = {
        0x4d, 0x06, 0x0b, 0x1f, 0x01, 0x00, 0x0f,             // header, tables
        0x42, 1,    2,    3,    4,    5,    6,    7, 8,       // kind 2, 8 bytes of text
        0x70, 0x08, 0x10, 0xaa, 0xbb, 0xcc, 0xdd, 0, 0, 0, 0, // flags, rodata 8, bss 16, rodata
        0x01, 0x02,                                           // text word 1 += text
        0x0d, 0x03,                                           // rodata word 1 += qstr_table
        0x03, 0x00, 0x03,                                     // text words 0..2 += text
        0x1a,                                                 // (next) += fun_table[4]
        0x08,                                                 // (next) += bss
        0xff,
    };
    bool ok;
    mpyt_error err;
    char *text = run(MPYT_CMD_DIS, file, sizeof file, &ok, &err);
    cr_assert(ok, "%s at %zu", err.msg, err.offset);
    static const char *const want[] = {
        "  scope flags 0x70 (viperreloc viperrodata viperbss), rodata 8 bytes, bss 16 bytes\n",
        "    0000  01 02 03 04 05 06 07 08\n",
        "  relocations: 10 bytes at 27\n",
        "    text word 1 (byte 8) += text\n",
        "    rodata word 1 (byte 8) += qstr_table\n",
        "    text word 0..2 (byte 0) += text (3 words)\n",
        "    text word 3 (byte 24) += fun_table[4]\n",
        "    text word 4 (byte 32) += bss\n",
    };
    for (size_t i = 0; i < N_OF(want); i++) {
        cr_expect(strstr(text, want[i]) != NULL, "missing: %s", want[i]);
    }
    free(text);
}
