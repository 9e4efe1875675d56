// mpyc: the command line. Reads each input, runs the front end and the compiler, and writes
// the .mpy (atomically), a dump or nothing; prints diagnostics, and in batch mode a progress
// line and a summary. Option parsing and path rules live in cli/.
// Exit status: see cli/cli.h (mpy-cross's with one input; 0, 1 or 2 in batch mode).
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "compile/compile.h"
#include "grammar.h"
#include "lex/lex.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "unit.h"
#include "util/strbuf.h"

// What one run shares across its inputs: options, buffers reused from file to file, the
// progress line and the figures of the summary.
typedef struct run {
    const cli_args *a;
    cli_cwd cwd;
    unsigned new_mode; // permissions of new output files
    char *buf;         // the input being read (grown as needed, kept across files)
    size_t cap;
    strbuf stored, out_name; // scratch for names
    bool progress;           // a progress line is kept on stderr (a terminal)
    size_t progress_len;     // its visible width now (0: nothing shown)
    unsigned width;          // the terminal's columns, read once
    size_t n_ok, n_failed;
    unsigned long long in_bytes;
} run;

// Removes the progress line so that other text starts at the left margin.
static void clear_progress(run *r) {
    if (r->progress_len) {
        fprintf(stderr, "\r%*s\r", (int)r->progress_len, "");
        r->progress_len = 0;
    }
}

static void print_diag(void *ctx, diag_severity sev, const char *text) {
    (void)sev;
    clear_progress(ctx);
    fputs(text, stderr);
}

static unsigned terminal_width(void) {
    struct winsize ws;
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20) {
        return ws.ws_col;
    }
    return 80;
}

// `[ 12/507] path/to/file.py`, cut on the left to fit the terminal's width (counting bytes,
// cutting between code points). Spaces cover what is left of a longer previous line.
static void show_progress(run *r, size_t i, size_t n, const char *path) {
    char counter[48];
    int digits = snprintf(NULL, 0, "%zu", n);
    int clen = snprintf(counter, sizeof counter, "[%*zu/%zu] ", digits, i + 1, n);
    size_t room = r->width > (size_t)clen + 8 ? r->width - 1 - (size_t)clen : 8;
    size_t plen = strlen(path);
    const char *cut = "";
    if (plen > room) {
        cut = "...";
        path += plen - (room - 3);
        while ((*path & 0xc0) == 0x80) {
            path++;
        }
        plen = strlen(path);
    }
    size_t len = (size_t)clen + strlen(cut) + plen;
    int pad = r->progress_len > len ? (int)(r->progress_len - len) : 0;
    fprintf(stderr, "\r%s%s%s%*s", counter, cut, path, pad, "");
    if (pad) {
        fprintf(stderr, "\r%s%s%s", counter, cut, path);
    }
    r->progress_len = len;
}

// Reads a whole file (standard input for "-") into r->buf; false with errno on failure.
static bool read_input(run *r, const char *path, size_t *len) {
    int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0) {
        return false;
    }
    struct stat st;
    bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    size_t want = regular ? (size_t)st.st_size + 1 : 1 << 16;
    size_t n = 0;
    bool ok = true;
    for (;;) {
        if (n + 1 > r->cap || want > r->cap) {
            size_t cap = r->cap ? r->cap : 1 << 16;
            while (cap < want || cap < n + 1) {
                cap *= 2;
            }
            char *p = cap <= SRC_MAX_BYTES * 2 ? realloc(r->buf, cap) : NULL;
            if (!p) {
                errno = cap > SRC_MAX_BYTES * 2 ? EFBIG : ENOMEM;
                ok = false;
                break;
            }
            r->buf = p;
            r->cap = cap;
        }
        ssize_t k = read(fd, r->buf + n, r->cap - n);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k < 0) {
            ok = false;
            break;
        }
        if (k == 0) {
            break;
        }
        n += (size_t)k;
        if (regular && n < r->cap) {
            break; // a short read of a regular file is its end: no second read to see it
        }
        want = n + 1; // a full buffer grows on the next round
    }
    int saved = errno;
    if (fd != STDIN_FILENO) {
        close(fd);
    }
    errno = saved;
    *len = n;
    return ok;
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

static bool write_stdout(const uint8_t *bytes, size_t len) {
    return fwrite(bytes, 1, len, stdout) == len && fflush(stdout) == 0;
}

// Compiles a checked unit and writes its .mpy (or the bytecode listing); returns the status.
static int compile_unit(run *r, comp_unit *u, const char *input) {
    const cli_args *a = r->a;
    comp_options copt = a->comp;
    if (!copt.source_name) {
        copt.source_name = cli_stored_name(&r->stored, input, &r->cwd);
    }
    const uint8_t *bytes;
    size_t len;
    if (!copt.source_name || !comp_module(u, &copt, &bytes, &len)) {
        if (!diag_has_errors(&u->diag)) {
            diag_plain(print_diag, r, u->src.name, "out of memory");
        }
        return CLI_EXIT_ERRORS;
    }
    char err[512];
    if (a->mode == CLI_MODE_BYTECODE) {
        if (!cli_dump_bytecode(u, bytes, len, err, sizeof err)) {
            diag_plain(print_diag, r, u->src.name, "%s", err);
            return CLI_EXIT_ERRORS;
        }
        return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_USAGE;
    }
    bool to_stdout = a->output ? strcmp(a->output, "-") == 0 : strcmp(input, "-") == 0;
    if (to_stdout) {
        if (!write_stdout(bytes, len)) {
            clear_progress(r);
            fprintf(stderr, "mpyc: error: cannot write to standard output: %s\n", strerror(errno));
            return CLI_EXIT_USAGE;
        }
        return CLI_EXIT_OK;
    }
    const char *path =
        a->output ? a->output : cli_output_name(&r->out_name, input, a->out_dir, &r->cwd);
    if (!path) {
        diag_plain(print_diag, r, u->src.name, "out of memory");
        return CLI_EXIT_USAGE;
    }
    if (!cli_write_atomic(path, bytes, len, a->out_dir != NULL, r->new_mode, err, sizeof err)) {
        clear_progress(r);
        fprintf(stderr, "mpyc: error: %s\n", err);
        return CLI_EXIT_USAGE;
    }
    return CLI_EXIT_OK;
}

// Runs the requested steps on one input; returns an exit status (CLI_EXIT_*).
static int run_file(run *r, const char *path) {
    size_t len = 0;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    if (!read_input(r, path, &len)) {
        diag_plain(print_diag, r, name, "cannot read file: %s", strerror(errno));
        return CLI_EXIT_USAGE;
    }
    r->in_bytes += len;
    comp_unit u;
    if (!unit_init(&u, name, r->buf, len, &r->a->unit, print_diag, r)) {
        unit_fini(&u);
        return CLI_EXIT_ERRORS;
    }
    strbuf out;
    sb_init(&out);
    int status = CLI_EXIT_OK;
    cli_mode m = r->a->mode;
    if (m == CLI_MODE_TOKENS) {
        dump_tokens(&u, &out);
    } else if (unit_parse(&u) && unit_check(&u)) {
        if (m == CLI_MODE_AST) {
            ast_dump(&u, u.tree, &out);
        } else if (m == CLI_MODE_COMPILE || m == CLI_MODE_BYTECODE) {
            status = compile_unit(r, &u, path);
        }
    }
    if (out.len && fwrite(out.buf, 1, out.len, stdout) != out.len) {
        out.failed = true;
    }
    if (out.failed) {
        fprintf(stderr, "%s: error: out of memory or cannot write the dump\n", name);
        status = CLI_EXIT_USAGE;
    }
    if (status == CLI_EXIT_OK && diag_has_errors(&u.diag)) {
        status = CLI_EXIT_ERRORS;
    }
    sb_free(&out);
    unit_fini(&u);
    return status;
}

// ---------------------------------------------------------------------------------------------
// The list of inputs: arguments, with each @LISTFILE replaced by the paths it holds.

typedef struct input_list {
    const char **items;
    size_t n, cap;
    char **texts; // the list files' contents, which items point into
    size_t n_texts;
} input_list;

static bool push_input(input_list *l, const char *s) {
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        const char **p = realloc(l->items, cap * sizeof *p);
        if (!p) {
            return false;
        }
        l->items = p;
        l->cap = cap;
    }
    l->items[l->n++] = s;
    return true;
}

// Adds the lines of list file `path`: one input per line; empty lines and a final '\r' are
// ignored. False with a message printed on failure.
static bool read_list(run *r, input_list *l, const char *path) {
    size_t len;
    if (!read_input(r, path, &len)) {
        fprintf(stderr, "mpyc: error: cannot read list file '%s': %s\n", path, strerror(errno));
        return false;
    }
    char **texts = realloc(l->texts, (l->n_texts + 1) * sizeof *texts);
    char *text = malloc(len + 1);
    if (texts) {
        l->texts = texts;
    }
    if (!texts || !text) {
        free(text);
        fprintf(stderr, "mpyc: error: out of memory\n");
        return false;
    }
    l->texts[l->n_texts++] = text;
    memcpy(text, r->buf, len);
    text[len] = '\0';
    for (char *p = text; p < text + len;) {
        char *nl = memchr(p, '\n', (size_t)(text + len - p));
        char *end = nl ? nl : text + len;
        *end = '\0';
        if (end > p && end[-1] == '\r') {
            end[-1] = '\0';
        }
        if (*p && !push_input(l, p)) {
            fprintf(stderr, "mpyc: error: out of memory\n");
            return false;
        }
        p = end + 1;
    }
    return true;
}

static void free_inputs(input_list *l) {
    for (size_t i = 0; i < l->n_texts; i++) {
        free(l->texts[i]);
    }
    free(l->texts);
    free(l->items);
}

// Batch mode: two inputs writing the same output would silently lose one of them.
typedef struct named {
    const char *out; // the output's key (cli_path_key)
    size_t input;    // index in the input list
} named;

static int named_cmp(const void *x, const void *y) {
    const named *a = x, *b = y;
    int c = strcmp(a->out, b->out);
    return c ? c : a->input < b->input ? -1 : a->input > b->input;
}

static bool check_distinct_outputs(run *r, const input_list *l) {
    named *v = calloc(l->n ? l->n : 1, sizeof *v);
    bool ok = v != NULL;
    for (size_t i = 0; ok && i < l->n; i++) {
        const char *out = cli_output_name(&r->out_name, l->items[i], r->a->out_dir, &r->cwd);
        const char *key = out ? cli_path_key(&r->stored, out, &r->cwd) : NULL;
        char *copy = key ? malloc(strlen(key) + 1) : NULL;
        ok = copy != NULL;
        if (ok) {
            v[i] = (named){strcpy(copy, key), i};
        }
    }
    if (!ok) {
        fprintf(stderr, "mpyc: error: out of memory\n");
    }
    if (ok) {
        qsort(v, l->n, sizeof *v, named_cmp);
        for (size_t i = 1; i < l->n && ok; i++) {
            if (strcmp(v[i - 1].out, v[i].out) == 0) {
                const char *a = l->items[v[i - 1].input], *b = l->items[v[i].input];
                const char *out = cli_output_name(&r->out_name, a, r->a->out_dir, &r->cwd);
                fprintf(stderr, "mpyc: error: inputs '%s' and '%s' both write '%s'\n", a, b,
                        out ? out : v[i].out);
                ok = false;
            }
        }
    }
    for (size_t i = 0; v && i < l->n; i++) {
        free((char *)v[i].out);
    }
    free(v);
    return ok;
}

static double seconds_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int run_all(run *r, const input_list *l, bool batch) {
    int status = CLI_EXIT_OK;
    double t0 = seconds_now();
    bool compiling = r->a->mode == CLI_MODE_COMPILE;
    r->progress = batch && compiling && !r->a->quiet && isatty(STDERR_FILENO);
    r->width = r->progress ? terminal_width() : 80;
    if (batch && compiling && !check_distinct_outputs(r, l)) {
        return CLI_EXIT_USAGE;
    }
    for (size_t i = 0; i < l->n; i++) {
        if (r->progress) {
            show_progress(r, i, l->n, l->items[i]);
        }
        int s = run_file(r, l->items[i]);
        if (s == CLI_EXIT_OK) {
            r->n_ok++;
        } else {
            r->n_failed++;
        }
        if (s > status) {
            status = s;
        }
    }
    clear_progress(r);
    if (batch && compiling && !r->a->quiet) {
        fprintf(stderr, "mpyc: %zu files, %zu compiled, %zu failed, %.2f MiB in %.2f s\n", l->n,
                r->n_ok, r->n_failed, (double)r->in_bytes / (1024.0 * 1024.0), seconds_now() - t0);
    }
    return status;
}

int main(int argc, char **argv) {
    const char **args = calloc((size_t)argc + 1, sizeof(char *));
    if (!args) {
        fprintf(stderr, "mpyc: error: out of memory\n");
        return CLI_EXIT_USAGE;
    }
    cli_args a;
    char err[512];
    if (!cli_parse_args(argc, argv, args, &a, err, sizeof err)) {
        fprintf(stderr, "mpyc: error: %s\nTry 'mpyc --help' for more information.\n", err);
        bool batch = a.n_inputs > 1 || a.has_list;
        free(args);
        return batch ? CLI_EXIT_USAGE : CLI_EXIT_ERRORS;
    }
    if (a.show_help || a.show_version) {
        a.show_help ? cli_print_help() : cli_print_version();
        free(args);
        return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_ERRORS;
    }
    run r = {.a = &a, .new_mode = cli_new_file_mode()};
    cli_cwd_init(&r.cwd);
    sb_init(&r.stored);
    sb_init(&r.out_name);
    input_list l = {0};
    bool batch = a.n_inputs > 1 || a.has_list;
    int status = CLI_EXIT_OK;
    for (size_t i = 0; i < a.n_inputs && status == CLI_EXIT_OK; i++) {
        const char *in = a.inputs[i];
        bool is_list = i < a.n_before_dashes && in[0] == '@';
        if (is_list ? !read_list(&r, &l, in + 1) : !push_input(&l, in)) {
            if (!is_list) {
                fprintf(stderr, "mpyc: error: out of memory\n");
            }
            status = CLI_EXIT_USAGE;
        }
    }
    for (size_t i = 0; batch && status == CLI_EXIT_OK && i < l.n; i++) {
        if (strcmp(l.items[i], "-") == 0) {
            fprintf(stderr, "mpyc: error: standard input ('-') cannot be one of several inputs\n");
            status = CLI_EXIT_USAGE;
        }
    }
    if (status == CLI_EXIT_OK) {
        status = run_all(&r, &l, batch);
    }
    free_inputs(&l);
    sb_free(&r.stored);
    sb_free(&r.out_name);
    cli_cwd_fini(&r.cwd);
    free(r.buf);
    free(args);
    // With one input, any failure is 1, as with mpy-cross.
    return !batch && status != CLI_EXIT_OK ? CLI_EXIT_ERRORS : status;
}
