// mpyc's command line: mpy-cross 1.29's options with its defaults and checks, plus mpyc's own
// (batch mode, --out-dir, @LISTFILE, -q, the dumps). Parsing only fills a cli_args; nothing
// here reads or writes files. Messages say what was wrong in one line; main adds the prefix.
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/format/mpy_format.h"

#ifndef MPYC_VERSION
#define MPYC_VERSION "0.1.0"
#endif

#define STR_(x) #x
#define STR(x) STR_(x)

// -msmall-int-bits=N: the range where the header byte and the folding stay meaningful
// (mpy-cross takes any number and misbehaves outside it).
#define SMALL_INT_BITS_MIN 2
#define SMALL_INT_BITS_MAX 63

static const char help_text[] =
    "usage: mpyc [options] [--] FILE...\n"
    "\n"
    "Compiles MicroPython source files to .mpy files (version 6.3, as mpy-cross 1.29 writes\n"
    "them). With one FILE, mpyc takes mpy-cross's options and behaves as it does.\n"
    "\n"
    "mpy-cross options:\n"
    "  -o FILE          output file (default: FILE with .py replaced by .mpy; standard output\n"
    "                   when FILE is '-'); '-o -' writes to standard output\n"
    "  -s NAME          source name stored in the .mpy (default: FILE, see below)\n"
    "  -v               accepted and ignored, as by mpy-cross\n"
    "  -O[N], -OO...    optimisation level N: 1 or more makes __debug__ False and drops\n"
    "                   asserts, 3 or more drops line numbers\n"
    "  -X emit=bytecode the default emitter (emit=native and emit=viper: not supported yet)\n"
    "  -X heapsize=N[w][k|m]  checked, otherwise no effect (mpyc has no heap)\n"
    "  -X source-lines, -X no-source-lines  keep (the default) or drop line numbers\n"
    "  -march=ARCH      x86, x64, armv6, armv6m, armv7m, armv7em, armv7emsp, armv7emdp,\n"
    "                   xtensa, xtensawin, rv32imc, rv64imc, host or debug\n"
    "  -march-flags=F   rv32imc only: a number, or a list of zba, zcmp\n"
    "  -msmall-int-bits=N  width of a small int on the target, 2 to 63 (default 31)\n"
    "  --version        print the version and exit\n"
    "\n"
    "mpyc options:\n"
    "  FILE..., @LIST   several inputs compile in one run (batch mode), each to its default\n"
    "                   output; @LIST reads input paths from the file LIST, one per line\n"
    "  --out-dir DIR    write each output to DIR/<input path>.mpy, creating directories; the\n"
    "                   input path is taken relative to the current directory, leading '..'\n"
    "                   components are dropped and an absolute path outside the current\n"
    "                   directory loses its leading '/'\n"
    "  -q               no progress line and no summary in batch mode\n"
    "  --syntax-only    check each FILE for errors, write nothing\n"
    "  --dump=tokens    print the tokens of FILE\n"
    "  --dump=ast       print the syntax tree of FILE\n"
    "  --dump=bytecode  print the compiled code of FILE with its source lines, write nothing\n"
    "  -h, --help       print this help and exit\n"
    "\n"
    "FILE may be '-' for standard input (its source name is '<stdin>'). Differences from\n"
    "mpy-cross: an absolute FILE is stored relative to the current directory when it lies\n"
    "below it, else as its base name, so that no absolute path gets into a .mpy; a FILE not\n"
    "ending in .py gets .mpy appended for its output; outputs are written to a temporary file\n"
    "and renamed, so a failed compile leaves any previous output untouched.\n"
    "\n"
    "Exit status: 0 success. With one FILE, 1 for any failure, as mpy-cross. In batch mode,\n"
    "1 when some input had errors, 2 for bad usage or I/O errors.\n";

void cli_print_help(void) {
    fputs(help_text, stdout);
}

void cli_print_version(void) {
    // Build tools (MicroPython's mpy_cross module) find the format version by this text.
    printf("mpyc " MPYC_VERSION " (mpy-cross 1.29 compatible); mpy-cross emitting mpy v" STR(
        MPY_VERSION) "." STR(MPY_SUB_VERSION) "\n");
}

PRINTF_LIKE(3, 4)
static bool fail(char *err, size_t err_len, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, err_len, fmt, ap);
    va_end(ap);
    return false;
}

static bool starts_with(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

// An unsigned number as C writes it (0x hex, leading 0 octal, else decimal); *end gets the
// first character after it. False when there is no digit or it overflows.
static bool parse_c_number(const char *s, unsigned long *v, const char **end) {
    if (*s < '0' || *s > '9') {
        return false; // no sign, no space: strtoul would accept them
    }
    errno = 0;
    char *e;
    *v = strtoul(s, &e, 0);
    *end = e;
    return errno == 0;
}

// -X heapsize=N[w][k|m] as mpy-cross reads it, but checked: a positive number that fits.
// mpy-cross crashes on zero, negative or missing numbers; mpyc reports them.
static bool parse_heapsize(const char *s) {
    unsigned long v;
    const char *e;
    if (!parse_c_number(s, &v, &e) || v == 0) {
        return false;
    }
    if (*e == 'w' || *e == 'W') {
        e++;
    }
    unsigned long scale = 1;
    if (*e == 'k' || *e == 'K') {
        scale = 1024;
        e++;
    } else if (*e == 'm' || *e == 'M') {
        scale = 1024 * 1024;
        e++;
    }
    return *e == '\0' && v <= LONG_MAX / scale;
}

// -X VALUE.
static bool parse_x(cli_args *a, const char *v, char *err, size_t err_len) {
    if (strcmp(v, "emit=bytecode") == 0) {
        a->comp.emit = COMP_EMIT_BYTECODE;
    } else if (strcmp(v, "emit=native") == 0) {
        a->comp.emit = COMP_EMIT_NATIVE;
    } else if (strcmp(v, "emit=viper") == 0) {
        a->comp.emit = COMP_EMIT_VIPER;
    } else if (strcmp(v, "source-lines") == 0) {
        a->comp.no_lines = false;
    } else if (strcmp(v, "no-source-lines") == 0) {
        a->comp.no_lines = true;
    } else if (starts_with(v, "heapsize=")) {
        if (!parse_heapsize(v + strlen("heapsize="))) {
            return fail(err, err_len,
                        "invalid heap size '%s' (want a positive number, then optionally 'w' and "
                        "'k' or 'm')",
                        v + strlen("heapsize="));
        }
    } else {
        return fail(err, err_len,
                    "unknown -X option '%s' (want emit=bytecode|native|viper, heapsize=N, "
                    "source-lines or no-source-lines)",
                    v);
    }
    return true;
}

// -march=NAME: the names of runtime/format/native_arch.def (except "none") and "host".
static bool parse_march(cli_args *a, const char *name) {
    if (strcmp(name, "host") == 0) {
#if defined(__x86_64__) || defined(_M_X64)
        name = "x64";
#elif defined(__i386__) || defined(_M_IX86)
        name = "x86";
#elif defined(__arm__) && !defined(__thumb2__)
        name = "armv6";
#elif defined(__riscv) && __riscv_xlen == 64
        name = "rv64imc";
#else
        return false;
#endif
    }
    for (unsigned i = 1; i < MPY_ARCH_COUNT; i++) {
        if (mpy_arch_info[i].march && strcmp(mpy_arch_info[i].march, name) == 0) {
            a->comp.arch = (uint8_t)i;
            return true;
        }
    }
    return false;
}

// -march-flags= for rv32imc: a number (decimal, 0x, 0o or 0b; mpy-cross's rule) with only
// known extension bits, or a comma-separated list of extension names.
static bool parse_rv32_flags(const char *s, uint32_t *flags) {
    const char *digits = s;
    int base = 10;
    if (s[0] == '0' && s[1] != '\0') {
        char p = (char)(s[1] | 0x20);
        base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        digits = s + 2;
    }
    if (base != 0 && *digits != '\0') {
        unsigned long v = 0;
        bool ok = true;
        for (const char *p = digits; *p && ok; p++) {
            char c = (char)(*p | 0x20);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
            ok = d < base && v <= (ULONG_MAX - (unsigned long)d) / (unsigned long)base;
            v = v * (unsigned long)base + (unsigned long)d;
        }
        if (ok) {
            *flags = (uint32_t)v;
            return (v & ~(unsigned long)(MPY_RV32_FLAG_ZBA | MPY_RV32_FLAG_ZCMP)) == 0;
        }
    }
    // Names; like mpy-cross, a single trailing comma is allowed and the set must not be empty.
    uint32_t f = 0;
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, ",");
        if (n == 3 && memcmp(p, "zba", 3) == 0) {
            f |= MPY_RV32_FLAG_ZBA;
        } else if (n == 4 && memcmp(p, "zcmp", 4) == 0) {
            f |= MPY_RV32_FLAG_ZCMP;
        } else {
            return false;
        }
        p += n + (p[n] == ',');
    }
    *flags = f;
    return f != 0;
}

// -O, -ON, -OO...: a digit gives the level (what follows it is ignored), else the number of
// O letters in a row counts, as in mpy-cross.
static int parse_opt_level(const char *a) {
    if (a[2] >= '0' && a[2] <= '9') {
        return a[2] - '0';
    }
    int level = 0;
    for (const char *p = a + 1; *p == 'O'; p++) {
        level++;
    }
    return level;
}

// The value of an option that takes the next argument.
static const char *next_arg(int argc, char **argv, int *i, char *err, size_t err_len) {
    if (*i + 1 >= argc) {
        fail(err, err_len, "option '%s' needs a value", argv[*i]);
        return NULL;
    }
    return argv[++*i];
}

// Parses the options; after a bad one goes on only to count the inputs (their number decides
// the exit status), keeping the first message.
bool cli_parse_args(int argc, char **argv, const char **inputs, cli_args *a, char *err,
                    size_t err_len) {
    *a = (cli_args){.mode = CLI_MODE_COMPILE, .comp = COMP_DEFAULT_OPTIONS, .inputs = inputs};
    const char *march_flags = NULL;
    bool only_inputs = false, bad = false;
    char scratch[8];
    for (int i = 1; i < argc; i++) {
        if (bad) {
            err = scratch; // later messages are dropped
            err_len = sizeof scratch;
        }
        const char *o = argv[i];
        if (only_inputs || o[0] != '-' || o[1] == '\0') {
            inputs[a->n_inputs++] = o;
            if (o[0] == '@' && !only_inputs) {
                a->has_list = true;
            }
            continue;
        }
        const char *v;
        if (strcmp(o, "--") == 0) {
            only_inputs = true;
            a->n_before_dashes = a->n_inputs;
        } else if (strcmp(o, "-h") == 0 || strcmp(o, "--help") == 0) {
            a->show_help = !bad;
        } else if (strcmp(o, "--version") == 0) {
            a->show_version = !bad;
        } else if (strcmp(o, "-v") == 0) {
            // mpy-cross 1.29 accepts -v and does nothing with it.
        } else if (strcmp(o, "-q") == 0) {
            a->quiet = true;
        } else if (o[1] == 'O') {
            a->unit.opt_level = parse_opt_level(o);
        } else if (strcmp(o, "-X") == 0) {
            if (!(v = next_arg(argc, argv, &i, err, err_len)) || !parse_x(a, v, err, err_len)) {
                bad = true;
            }
        } else if (strcmp(o, "-o") == 0) {
            if (!(a->output = next_arg(argc, argv, &i, err, err_len))) {
                bad = true;
            }
        } else if (strcmp(o, "-s") == 0) {
            if (!(a->comp.source_name = next_arg(argc, argv, &i, err, err_len))) {
                bad = true;
            }
        } else if (strcmp(o, "--out-dir") == 0) {
            if (!(a->out_dir = next_arg(argc, argv, &i, err, err_len))) {
                bad = true;
            }
        } else if (starts_with(o, "--out-dir=")) {
            a->out_dir = o + strlen("--out-dir=");
        } else if (starts_with(o, "-msmall-int-bits=")) {
            const char *s = o + strlen("-msmall-int-bits="), *e;
            unsigned long bits;
            if (!parse_c_number(s, &bits, &e) || *e || bits < SMALL_INT_BITS_MIN ||
                bits > SMALL_INT_BITS_MAX) {
                bad = !fail(err, err_len, "invalid small-int width '%s' (want %d to %d)", s,
                            SMALL_INT_BITS_MIN, SMALL_INT_BITS_MAX);
            } else {
                a->comp.small_int_bits = (uint8_t)bits;
            }
        } else if (starts_with(o, "-march-flags=")) {
            march_flags = o + strlen("-march-flags=");
        } else if (starts_with(o, "-march=")) {
            if (!parse_march(a, o + strlen("-march="))) {
                bad = !fail(err, err_len,
                            "unknown architecture '%s' (want x86, x64, armv6, armv6m, armv7m, "
                            "armv7em, armv7emsp, armv7emdp, xtensa, xtensawin, rv32imc, rv64imc, "
                            "host or debug)",
                            o + strlen("-march="));
            }
        } else if (strcmp(o, "--syntax-only") == 0) {
            a->mode = CLI_MODE_SYNTAX;
        } else if (strcmp(o, "--dump=tokens") == 0) {
            a->mode = CLI_MODE_TOKENS;
        } else if (strcmp(o, "--dump=ast") == 0) {
            a->mode = CLI_MODE_AST;
        } else if (strcmp(o, "--dump=bytecode") == 0) {
            a->mode = CLI_MODE_BYTECODE;
        } else {
            bad = !fail(err, err_len, "unknown option '%s'", o);
        }
    }
    if (!only_inputs) {
        a->n_before_dashes = a->n_inputs;
    }
    if (bad) {
        return false;
    }
    if (a->show_help || a->show_version) {
        return true;
    }

    // mpy-cross ignores -march-flags without -march and rejects them for other architectures.
    if (march_flags && a->comp.arch != MPY_ARCH_NONE) {
        if (a->comp.arch != MPY_ARCH_RV32IMC ||
            !parse_rv32_flags(march_flags, &a->comp.arch_flags)) {
            return fail(err, err_len,
                        "unrecognised arch flags '%s' (only -march=rv32imc takes flags: a number "
                        "or a list of zba, zcmp)",
                        march_flags);
        }
    }
    if (a->comp.emit != COMP_EMIT_BYTECODE) {
        const char *which = a->comp.emit == COMP_EMIT_NATIVE ? "native" : "viper";
        if (a->comp.arch == MPY_ARCH_NONE) {
            return fail(err, err_len, "-X emit=%s needs -march=ARCH (arch not specified)", which);
        }
        return fail(err, err_len, "native code generation is not supported yet (-X emit=%s)",
                    which);
    }
    if (a->n_inputs == 0) {
        return fail(err, err_len, "no input file");
    }
    bool several = a->n_inputs > 1 || a->has_list;
    if (several && a->mode != CLI_MODE_COMPILE && a->mode != CLI_MODE_SYNTAX) {
        return fail(err, err_len, "--dump takes exactly one input file");
    }
    if (several && a->output) {
        return fail(err, err_len, "-o takes one input file; use --out-dir DIR with several");
    }
    if (several && a->comp.source_name) {
        return fail(err, err_len, "-s names the source of one input file, not several");
    }
    if (a->output && a->out_dir) {
        return fail(err, err_len, "-o and --out-dir cannot be used together");
    }
    if ((a->output || a->out_dir) && a->mode != CLI_MODE_COMPILE) {
        return fail(err, err_len, "-o and --out-dir apply only when compiling");
    }
    if (a->out_dir && a->out_dir[0] == '\0') {
        return fail(err, err_len, "--out-dir needs a directory name");
    }
    for (size_t i = 0; several && i < a->n_inputs; i++) {
        if (strcmp(a->inputs[i], "-") == 0) {
            return fail(err, err_len, "standard input ('-') cannot be one of several inputs");
        }
    }
    return true;
}
