// libFuzzer harness for the whole compiler: arbitrary bytes go through unit_parse and
// unit_check and, when both pass, through comp_module, with options picked from the input's
// bytes (optimisation level, line numbers, small-int width) as `mpyc -O.. -X.. -m..` would
// set them. A failed step must have reported an error; a .mpy that comes out must be one that
// mpytool's reader and disassembler accept. Then the whole pipeline runs again with one arena
// allocation failing (which one is chosen from the input's bytes): that run must end in a
// diagnostic, or, when the failing allocation was never reached, in the very same bytes.
// Built with libFuzzer's main (-fsanitize=fuzzer) or with fuzz_replay.c, which runs saved
// inputs in any build.
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/compile.h"
#include "mpyt.h"
#include "unit.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct diag_count {
    unsigned n_errors;
} diag_count;

static void count_diag(void *ctx, diag_severity sev, const char *text) {
    (void)text;
    if (sev == DIAG_ERROR) {
        ((diag_count *)ctx)->n_errors++;
    }
}

static void fail(const char *what) {
    fprintf(stderr, "fuzz_compile: %s\n", what);
    abort();
}

// The result of one run through the pipeline.
typedef struct run_result {
    bool ok;        // a .mpy came out
    long n_allocs;  // arena allocations after unit_init (runs without an injected failure)
    uint8_t *bytes; // malloc'd copy of the .mpy when ok
    size_t len;
} run_result;

// mpytool's reader stops at MPYT_MAX_DEPTH levels of nested raw codes or constant tuples, a
// limit of the tool: stock writes such files too and MicroPython loads them.
static bool past_tool_depth(const mpyt_error *err) {
    return strstr(err->msg, "nested more than") != NULL;
}

// mpytool must read what the compiler wrote and disassemble every raw code of it.
static void check_readable(const uint8_t *mpy, size_t len) {
    static FILE *sink; // opened once for the whole run; the harness's only state
    if (sink == NULL && (sink = fopen("/dev/null", "w")) == NULL) {
        abort();
    }
    mpyt_error err = {0};
    mpyt_file *f = mpyt_parse(mpy, len, &err);
    if (f == NULL && past_tool_depth(&err)) {
        return;
    }
    if (f == NULL) {
        fprintf(stderr, "fuzz_compile: mpytool rejects the output at offset %zu: %s\n", err.offset,
                err.msg);
        fail("the compiler wrote a malformed .mpy");
    }
    if (!mpyt_dis(f, sink, &err)) {
        fprintf(stderr, "fuzz_compile: mpytool cannot disassemble the output at offset %zu: %s\n",
                err.offset, err.msg);
        fail("the compiler wrote undecodable bytecode");
    }
    mpyt_free(f);
}

// Parse, check and compile, as `mpyc` does with one file. With fail_at >= 0 the arena
// allocation of that number (counted after unit_init) fails.
static run_result run(const uint8_t *data, size_t size, const unit_options *uo,
                      const comp_options *co, long fail_at) {
    run_result r = {0};
    diag_count seen = {0};
    comp_unit u;
    if (!unit_init(&u, "fuzz.py", (const char *)data, size, uo, count_diag, &seen)) {
        unit_fini(&u);
        return r;
    }
    arena_fail_after(&u.arena, fail_at >= 0 ? fail_at : LONG_MAX);
    bool checked = unit_parse(&u) && unit_check(&u);
    const uint8_t *out = NULL;
    size_t out_len = 0;
    r.ok = checked && comp_module(&u, co, &out, &out_len);
    r.n_allocs = fail_at >= 0 ? 0 : LONG_MAX - u.arena.fail_after;
    if (!r.ok && seen.n_errors == 0) {
        fail(checked ? "the compiler failed without a diagnostic"
                     : "the input was rejected without a diagnostic");
    }
    if (r.ok) {
        if (out == NULL || out_len < 4 || out[0] != 'M' || out[1] != 6) {
            fail("the compiler succeeded without a .mpy header");
        }
        r.bytes = malloc(out_len);
        if (!r.bytes) {
            abort();
        }
        memcpy(r.bytes, out, out_len);
        r.len = out_len;
    }
    unit_fini(&u);
    return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // FNV-1a of the input picks the options and the allocation that fails.
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < size; i++) {
        h = (h ^ data[i]) * 16777619u;
    }
    unit_options uo = {.opt_level = (h >> 3) % 4 == 3 ? (int)(h >> 5) % 4 : 0};
    comp_options co = COMP_DEFAULT_OPTIONS;
    co.no_lines = (h >> 7) % 8 == 0;
    static const uint8_t widths[] = {31, 31, 31, 63, 15, 8, 2, 47};
    co.small_int_bits = widths[(h >> 10) % 8];

    run_result full = run(data, size, &uo, &co, -1);
    if (full.ok) {
        check_readable(full.bytes, full.len);
    }
    long fail_at = (long)((h >> 13) % ((uint32_t)full.n_allocs + 1));
    run_result oom = run(data, size, &uo, &co, fail_at);
    if (oom.ok && (!full.ok || oom.len != full.len || memcmp(oom.bytes, full.bytes, full.len))) {
        fail("a run with a failing allocation gave other bytes");
    }
    free(oom.bytes);
    free(full.bytes);
    return 0;
}
