// The mpyc command line, split by concern: argument parsing (args.c), the names of outputs and
// of the source stored in them (paths.c), atomic output files (outfile.c) and the bytecode
// listing (dump_bc.c). main.c drives them. This is program code: it prints, and it is the only
// part of compiler/ that touches the file system.
#ifndef MPYC_CLI_H
#define MPYC_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compile/compile.h"
#include "unit.h"
#include "util/strbuf.h"

// Exit statuses. With one input mpyc exits as mpy-cross does: 1 for any failure. With several
// inputs (batch mode) a usage or I/O failure is told apart from errors in the input.
enum { CLI_EXIT_OK = 0, CLI_EXIT_ERRORS = 1, CLI_EXIT_USAGE = 2 };

typedef enum cli_mode {
    CLI_MODE_COMPILE,  // write .mpy files (the default)
    CLI_MODE_SYNTAX,   // --syntax-only
    CLI_MODE_TOKENS,   // --dump=tokens
    CLI_MODE_AST,      // --dump=ast
    CLI_MODE_BYTECODE, // --dump=bytecode
} cli_mode;

typedef struct cli_args {
    cli_mode mode;
    unit_options unit;   // -O
    comp_options comp;   // -s, -march, -march-flags, -msmall-int-bits, -X
    const char *output;  // -o FILE ("-": standard output); NULL: the default name
    const char *out_dir; // --out-dir DIR; NULL: outputs go next to their inputs
    bool quiet;          // -q: no progress line, no summary
    bool show_help;      // -h, --help: print the help and exit 0
    bool show_version;   // --version
    const char **inputs; // the input arguments in order; "@FILE" items are list files
    size_t n_inputs;
    size_t n_before_dashes; // inputs before "--": only these may be @LISTFILEs
    bool has_list;          // some input is an @LISTFILE
} cli_args;

// Parses argv into *a. `inputs` must have room for argc pointers. On a usage error returns
// false with a one-line message (no "mpyc: error: " prefix, no newline) in err.
bool cli_parse_args(int argc, char **argv, const char **inputs, cli_args *a, char *err,
                    size_t err_len);

void cli_print_help(void);
void cli_print_version(void);

// ---- paths.c ------------------------------------------------------------------------------

// The current directory, lexically normalised: as getcwd gives it, and as $PWD spells it when
// that names the same directory (the path a shell user sees through symbolic links).
typedef struct cli_cwd {
    strbuf phys;    // empty when unknown
    strbuf logical; // empty unless $PWD is another spelling of the same directory
} cli_cwd;

void cli_cwd_init(cli_cwd *c);
void cli_cwd_fini(cli_cwd *c);

// The source name stored in the .mpy: -s NAME when given; "<stdin>" for standard input; a
// relative input path as given; an absolute path relative to the current directory when it
// lies below it, else its base name (absolute paths never leak into output).
const char *cli_stored_name(strbuf *sb, const char *input, const cli_cwd *cwd);

// The default output of `input`: its name with ".py" replaced by ".mpy" (".mpy" appended when
// it does not end in ".py"), placed under out_dir (when not NULL) at the input's path relative
// to the current directory; leading ".." components are dropped and an absolute path outside
// the current directory loses its leading '/'. The result is in sb.
const char *cli_output_name(strbuf *sb, const char *input, const char *out_dir, const cli_cwd *cwd);

// A path as one file's key: made absolute (from the current directory) and normalised, so
// that "a.mpy" and "./a.mpy" compare equal.
const char *cli_path_key(strbuf *sb, const char *path, const cli_cwd *cwd);

// ---- outfile.c ----------------------------------------------------------------------------

// Writes len bytes to path atomically: a temporary file in the same directory, then rename.
// Missing directories are created when create_dirs is set. A new file gets new_mode, an
// existing one keeps its permissions; a symbolic link is followed; an existing special file
// (/dev/null) is written in place; an existing file that already holds these bytes only gets
// its modification time set. On failure nothing is left behind, a previous file at path is
// untouched, and err holds the reason.
bool cli_write_atomic(const char *path, const uint8_t *bytes, size_t len, bool create_dirs,
                      unsigned new_mode, char *err, size_t err_len);

// The permissions of a new output: 0644 & ~umask, as mpy-cross creates its files. Reads (and
// restores) the umask: call once, at start-up.
unsigned cli_new_file_mode(void);

// ---- dump_bc.c ----------------------------------------------------------------------------

// Prints the listing of --dump=bytecode: the disassembly of the .mpy bytes with each source
// line shown above the instructions compiled from it. False (with err) if the bytes do not
// read back, which would be a compiler bug.
bool cli_dump_bytecode(comp_unit *u, const uint8_t *mpy, size_t len, char *err, size_t err_len);

#endif
