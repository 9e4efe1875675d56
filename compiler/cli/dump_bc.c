// --dump=bytecode: the compiled .mpy read back by mpytool's library and listed as `mpytool
// dis` lists it, with each source line printed above the instructions compiled from it.
// Reading the bytes back, rather than walking the emitter's tables, shows exactly what
// a loader will see.
#include "cli.h"

#include <inttypes.h>
#include <stdio.h>

#include "mpyt.h"

// One source row: the line number in the listing's line column, then the text verbatim.
static void print_source_line(void *ctx, FILE *out, uint64_t line) {
    comp_unit *u = ctx;
    fprintf(out, "%6" PRIu64 " | ", line);
    src_file *f = &u->src;
    src_line(f, &u->arena, 0); // builds the line table
    if (line >= 1 && line <= f->n_lines && f->line_starts) {
        uint32_t len;
        const char *text = src_line_text(f, &u->arena, f->line_starts[line - 1], &len);
        fwrite(text, 1, len, out);
    }
    fputc('\n', out);
}

bool cli_dump_bytecode(comp_unit *u, const uint8_t *mpy, size_t len, char *err, size_t err_len) {
    mpyt_error e;
    mpyt_file *f = mpyt_parse(mpy, len, &e);
    bool ok = f && mpyt_dis_source(f, stdout, &e, print_source_line, u);
    if (!ok) {
        snprintf(err, err_len, "cannot list the compiled code (offset %zu: %s)", e.offset, e.msg);
    }
    mpyt_free(f);
    return ok;
}
