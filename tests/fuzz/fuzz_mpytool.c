// libFuzzer harness for mpytool's library (tools/mpytool): arbitrary bytes are parsed as a
// .mpy file and, when that succeeds, printed by both commands (`info` and `dis`) into
// /dev/null, so the reader, the bytecode decoder and every printer see the input. A rejected
// input must come with a message and an offset inside it; anything else is a bug, and so is
// any crash or sanitizer report. Built with libFuzzer's main (-fsanitize=fuzzer) or with
// fuzz_replay.c, which runs saved inputs (the golden .mpy files) in any build.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "mpyt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_error(const mpyt_error *err, size_t size) {
    if (err->msg[0] == '\0' || err->offset > size) {
        fprintf(stderr, "fuzz_mpytool: bad error report: offset %zu of %zu, message '%s'\n",
                err->offset, size, err->msg);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static FILE *sink; // opened once for the whole run; the harness's only state
    if (sink == NULL && (sink = fopen("/dev/null", "w")) == NULL) {
        abort();
    }
    mpyt_error err = {0};
    mpyt_file *f = mpyt_parse(data, size, &err);
    if (f == NULL) {
        check_error(&err, size);
        return 0;
    }
    mpyt_info(f, sink);
    if (!mpyt_dis(f, sink, &err)) {
        check_error(&err, size);
    }
    mpyt_free(f);
    return 0;
}
