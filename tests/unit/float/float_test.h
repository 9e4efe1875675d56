// Helpers of the unit_float tests: golden files from tests/golden/float, a sink that collects
// output in a buffer, hex and escape decoding.
#ifndef FLOAT_TEST_H
#define FLOAT_TEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "float_fmt.h"

// Output collected by the sink (truncated beyond the buffer, with `overflow` set).
typedef struct {
    char buf[1024];
    size_t len;
    bool overflow;
} text_buf;

void text_write(void *ctx, const char *s, size_t n);
rt_fmt_sink_t text_sink(text_buf *t); // empties t

// A golden file read whole; lines are split on '\n' and fields on '\t' in place.
typedef struct {
    char *data;
    char *overlay; // the variant's replacement lines, when there are any
    char **lines;
    size_t n_lines;
} golden_file;

// Loads NAME (fails the test when unreadable). Built with FLOAT_GOLDEN_OVERLAY="prefix_", the
// lines listed in prefix_NAME ("LINE<tab>text") replace those of NAME: how the stock flavour
// the library variant follows differs from the unix port.
void golden_load(golden_file *g, const char *name);
// Loads a golden file that does not come from stock (no overlay).
void golden_load_plain(golden_file *g, const char *name);
void golden_free(golden_file *g);
// Splits a line into at most max fields; returns the number of fields.
size_t golden_fields(char *line, char **fields, size_t max);

double bits_to_double(uint64_t bits);
uint64_t double_to_bits(double x);
uint64_t parse_hex64(const char *s);
// Decodes \xHH escapes into out (at least strlen(s) + 1 bytes); returns the length.
size_t unescape(const char *s, char *out);

// Reports a mismatch (the first 20 of a test in full) and counts it.
void report_mismatch(size_t *n_bad, const char *what, const char *input, const char *want,
                     const char *got);

#endif
