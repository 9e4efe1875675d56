// Source files (compiler/util/src.c): line endings normalised on the way in, and the line of
// any offset, asked in any order (the line table remembers the previous answer as a hint).
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "util/arena.h"
#include "util/src.h"

TestSuite(src);

static const char *normalised(arena *a, const char *in, size_t len, uint32_t *n) {
    src_file f;
    cr_assert(src_init(&f, a, "t.py", in, len));
    *n = f.n_text;
    cr_assert(f.text[f.n_text] == '\0');
    return f.text;
}

Test(src, crlf_and_lone_cr_become_newlines) {
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"", ""},
        {"x = 1\n", "x = 1\n"},
        {"a\r\nb\r\n", "a\nb\n"},
        {"a\rb\r", "a\nb\n"},
        {"\r\r\n\n\r", "\n\n\n\n"},
        {"a\r", "a\n"},
        {"\r\n", "\n"},
        {"no newline", "no newline"},
    };
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        uint32_t n;
        const char *got = normalised(&a, cases[i].in, strlen(cases[i].in), &n);
        cr_expect(n == strlen(cases[i].want) && memcmp(got, cases[i].want, n) == 0,
                  "case %zu: got '%.*s'", i, (int)n, got);
    }
    uint32_t n;
    const char *got = normalised(&a, "a\0\r\nb", 5, &n); // a NUL stays, as the lexer wants it
    cr_expect(n == 4 && memcmp(got, "a\0\nb", 4) == 0);
    arena_fini(&a);
}

// The line of every offset, looked up forwards, backwards and at random, against a count of
// the newlines before it.
Test(src, line_of_any_offset_in_any_order) {
    static const char text[] = "a\n\nbc\n   d\n\n\nlast";
    arena a;
    arena_init(&a);
    src_file f;
    cr_assert(src_init(&f, &a, "t.py", text, sizeof text - 1));
    uint32_t n = f.n_text, want[sizeof text + 1];
    for (uint32_t off = 0, line = 1; off <= n; off++) {
        want[off] = line;
        line += off < n && text[off] == '\n';
    }
    for (uint32_t off = 0; off <= n; off++) {
        cr_expect(src_line(&f, &a, off) == want[off], "forwards, offset %u", off);
    }
    for (uint32_t off = n + 1; off-- > 0;) {
        cr_expect(src_line(&f, &a, off) == want[off], "backwards, offset %u", off);
    }
    srand(3);
    for (int i = 0; i < 500; i++) {
        uint32_t off = (uint32_t)rand() % (n + 1);
        cr_expect(src_line(&f, &a, off) == want[off], "random, offset %u", off);
    }
    cr_expect(src_line(&f, &a, n + 100) == want[n], "past the end: the last line");
    arena_fini(&a);
}
