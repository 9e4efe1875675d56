// mpyc: the command line. Reads files, runs the front end, prints diagnostics and dumps.
// Exit status: 0 success, 1 diagnostics in some file, 2 usage or I/O error.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/compile.h"
#include "grammar.h"
#include "lex/lex.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "unit.h"
#include "util/strbuf.h"

#ifndef MPYC_VERSION
#define MPYC_VERSION "0.1.0"
#endif

enum { EXIT_OK = 0, EXIT_DIAG = 1, EXIT_USAGE = 2 };

typedef enum mode { MODE_SYNTAX, MODE_TOKENS, MODE_AST, MODE_MPY } mode;

static void print_diag(void *ctx, diag_severity sev, const char *text) {
    (void)ctx;
    (void)sev;
    fputs(text, stderr);
}

static const char usage_text[] =
    "usage: mpyc [options] FILE...\n"
    "\n"
    "Checks and compiles MicroPython source files.\n"
    "\n"
    "options:\n"
    "  --syntax-only    check each FILE for syntax errors, write nothing\n"
    "  --dump=tokens    print the tokens of FILE\n"
    "  --dump=ast       print the syntax tree of FILE\n"
    "  -O[N]            optimisation level (N >= 1 makes __debug__ False)\n"
    "  --help           print this help and exit\n"
    "  --version        print the version and exit\n"
    "\n"
    "FILE may be '-' for standard input. Exit status: 0 success, 1 errors in the input,\n"
    "2 bad usage or unreadable files.\n";

// Reads a whole file (or standard input for "-"); NULL with errno set on failure.
static char *read_file(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) {
            break;
        }
        if (cap >= SRC_MAX_BYTES) {
            errno = EFBIG;
            free(buf);
            buf = NULL;
            break;
        }
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    int err = ferror(f) ? EIO : 0;
    if (f != stdin) {
        fclose(f);
    }
    if (buf && err) {
        free(buf);
        errno = err;
        return NULL;
    }
    *len = n;
    return buf;
}

// Position of off, moving on from position p at offset from (tokens mostly come in order, so
// the dump stays linear even on a very long line); src_position counts columns as done here.
static src_pos advance_pos(comp_unit *u, src_pos p, uint32_t from, uint32_t off) {
    if (off < from || off > u->src.n_text) {
        return src_position(&u->src, &u->arena, off);
    }
    uint32_t col = p.col - 1;
    for (uint32_t i = from; i < off; i++) {
        unsigned char c = (unsigned char)u->src.text[i];
        if (c == '\n') {
            p.line++;
            col = 0;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
        } else if ((c & 0xc0) != 0x80) {
            col++;
        }
    }
    p.col = col + 1;
    return p;
}

static void dump_tokens(comp_unit *u, strbuf *out) {
    lex_state *lx = lex_new(u);
    if (!lx) {
        return;
    }
    src_pos p = {1, 1};
    uint32_t at = 0;
    for (;;) {
        lex_token t;
        int k = lex_next(lx, &t);
        p = advance_pos(u, p, at, t.span.off);
        at = t.span.off;
        sb_printf(out, "%u:%u %s", p.line, p.col, k == 0 ? "end of file" : parse_token_name(k));
        switch (k) {
            case TOK_NAME:
                sb_printf(out, " %s", intern_str(&u->names, t.v.name));
                break;
            case TOK_NUMBER:
                sb_printf(out, " %.*s", (int)t.span.len, u->src.text + t.span.off);
                break;
            case TOK_STRING:
            case TOK_BYTES:
                sb_puts(out, k == TOK_BYTES ? " b'" : " '");
                sb_put_escaped(out, t.v.str->bytes, t.v.str->len, '\'', k == TOK_BYTES);
                sb_putc(out, '\'');
                break;
            default:
                break;
        }
        sb_putc(out, '\n');
        if (k == 0 || k == TOK_PY_YYerror) {
            break;
        }
    }
}

// Compiles one file to `out` (hidden option --emit-mpy OUT, until the full CLI arrives).
static bool write_mpy(comp_unit *u, const char *out) {
    const uint8_t *bytes;
    size_t len;
    comp_options copt = COMP_DEFAULT_OPTIONS;
    if (!comp_module(u, &copt, &bytes, &len)) {
        return false;
    }
    FILE *f = strcmp(out, "-") == 0 ? stdout : fopen(out, "wb");
    bool ok = f && fwrite(bytes, 1, len, f) == len;
    if (f && f != stdout) {
        ok = fclose(f) == 0 && ok;
    }
    if (!ok) {
        fprintf(stderr, "%s: error: cannot write file: %s\n", out, strerror(errno));
    }
    return ok;
}

// Runs the requested front-end steps on one file; returns an exit status.
static int run_file(const char *path, mode m, const unit_options *opts, const char *mpy_out) {
    size_t len = 0;
    char *bytes = read_file(path, &len);
    if (!bytes) {
        fprintf(stderr, "%s: error: cannot read file: %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    comp_unit u;
    bool ok = unit_init(&u, path, bytes, len, opts, print_diag, NULL);
    free(bytes);
    if (!ok) {
        unit_fini(&u);
        return EXIT_DIAG;
    }
    strbuf out;
    sb_init(&out);
    bool io_failed = false;
    if (m == MODE_TOKENS) {
        dump_tokens(&u, &out);
    } else {
        ok = unit_parse(&u) && unit_check(&u);
        if (ok && m == MODE_AST) {
            ast_dump(&u, u.tree, &out);
        }
        if (ok && m == MODE_MPY && !write_mpy(&u, mpy_out) && !diag_has_errors(&u.diag)) {
            io_failed = true;
        }
    }
    if (out.len) {
        fwrite(out.buf, 1, out.len, stdout);
    }
    int status = out.failed || io_failed    ? EXIT_USAGE
                 : diag_has_errors(&u.diag) ? EXIT_DIAG
                                            : EXIT_OK;
    if (out.failed) {
        fprintf(stderr, "%s: error: out of memory\n", path);
    }
    sb_free(&out);
    unit_fini(&u);
    return status;
}

int main(int argc, char **argv) {
    mode m = MODE_SYNTAX;
    bool mode_given = false;
    unit_options opts = {0};
    const char **files = calloc((size_t)argc, sizeof(char *));
    int n_files = 0;
    bool only_files = false;
    const char *mpy_out = NULL;
    if (!files) {
        fprintf(stderr, "mpyc: error: out of memory\n");
        return EXIT_USAGE;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_files || a[0] != '-' || a[1] == '\0') {
            files[n_files++] = a;
        } else if (strcmp(a, "--") == 0) {
            only_files = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage_text, stdout);
            free(files);
            return EXIT_OK;
        } else if (strcmp(a, "--version") == 0) {
            printf("mpyc " MPYC_VERSION " (MicroPython .mpy v6.3)\n");
            free(files);
            return EXIT_OK;
        } else if (strcmp(a, "--syntax-only") == 0) {
            m = MODE_SYNTAX;
            mode_given = true;
        } else if (strcmp(a, "--dump=tokens") == 0) {
            m = MODE_TOKENS;
            mode_given = true;
        } else if (strcmp(a, "--dump=ast") == 0) {
            m = MODE_AST;
            mode_given = true;
        } else if (strcmp(a, "--emit-mpy") == 0 && i + 1 < argc) {
            // Hidden: compile to a .mpy file (stand-in for the mpy-cross style CLI).
            m = MODE_MPY;
            mode_given = true;
            mpy_out = argv[++i];
        } else if (a[0] == '-' && a[1] == 'O') {
            const char *p = a + 2;
            int level = 1;
            if (*p >= '0' && *p <= '9' && p[1] == '\0') {
                level = *p - '0';
            } else {
                while (*p == 'O') {
                    level++;
                    p++;
                }
                if (*p) {
                    fprintf(stderr, "mpyc: error: invalid option '%s'\n", a);
                    free(files);
                    return EXIT_USAGE;
                }
            }
            opts.opt_level = level;
        } else {
            fprintf(stderr, "mpyc: error: unknown option '%s'\n%s", a, usage_text);
            free(files);
            return EXIT_USAGE;
        }
    }
    (void)mode_given;
    if (n_files <= 0) {
        fprintf(stderr, "mpyc: error: no input files\n%s", usage_text);
        free(files);
        return EXIT_USAGE;
    }
    if (m != MODE_SYNTAX && n_files != 1) {
        fprintf(stderr, "mpyc: error: --dump and --emit-mpy take exactly one file\n");
        free(files);
        return EXIT_USAGE;
    }
    int status = EXIT_OK;
    for (int i = 0; i < n_files; i++) {
        int s = run_file(files[i], m, &opts, mpy_out);
        if (s > status) {
            status = s;
        }
    }
    free(files);
    return status;
}
