// Names derived from an input path: the source name stored in the .mpy and the output file's
// path. Paths are handled as text (lexically), never resolved through the file system, so
// the same command gives the same names, and the same bytes, from wherever it runs.
#include "cli.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

// Appends path to sb with "." and empty components removed and ".." applied to the components
// before it. An absolute path stays absolute ("/.." is "/"); a relative one keeps the ".."
// components it cannot apply ("a/../../b" is "../b"). sb is empty for "." or "".
static void put_normalised(strbuf *sb, const char *path) {
    size_t base = sb->len;
    bool absolute = path[0] == '/';
    if (absolute) {
        sb_putc(sb, '/');
    }
    size_t floor = sb->len; // ".." never removes what lies before this
    for (const char *p = path; *p;) {
        while (*p == '/') {
            p++;
        }
        size_t n = strcspn(p, "/");
        if (n == 0 || (n == 1 && p[0] == '.')) {
            p += n;
            continue;
        }
        if (n == 2 && p[0] == '.' && p[1] == '.') {
            if (sb->len > floor) {
                // Remove the last component, unless it is itself an unapplied "..".
                char *start = sb->buf + floor;
                char *last = sb->buf + sb->len;
                while (last > start && last[-1] != '/') {
                    last--;
                }
                if (strcmp(last, "..") != 0) {
                    sb->len = (size_t)(last - sb->buf);
                    if (sb->len > floor) {
                        sb->len--; // the '/' before it
                    }
                    sb->buf[sb->len] = '\0';
                    p += n;
                    continue;
                }
            } else if (absolute) {
                p += n;
                continue;
            }
        }
        if (sb->len > floor) {
            sb_putc(sb, '/');
        }
        sb_putn(sb, p, n);
        p += n;
    }
    if (sb->len == base && sb->buf) {
        sb->buf[base] = '\0';
    }
}

void cli_cwd_init(cli_cwd *c) {
    sb_init(&c->phys);
    sb_init(&c->logical);
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf) && buf[0] == '/') {
        put_normalised(&c->phys, buf);
    }
    const char *pwd = getenv("PWD");
    struct stat a, b;
    if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 && a.st_dev == b.st_dev &&
        a.st_ino == b.st_ino) {
        put_normalised(&c->logical, pwd);
        if (c->phys.len && strcmp(c->logical.buf, c->phys.buf) == 0) {
            sb_free(&c->logical);
            sb_init(&c->logical);
        }
    }
}

void cli_cwd_fini(cli_cwd *c) {
    sb_free(&c->phys);
    sb_free(&c->logical);
}

// The part of the normalised absolute path `abs` below directory `dir`, or NULL.
static const char *below(const char *abs, const strbuf *dir) {
    if (dir->len == 0 || dir->failed) {
        return NULL;
    }
    if (strcmp(dir->buf, "/") == 0) {
        return abs[1] ? abs + 1 : NULL;
    }
    if (strncmp(abs, dir->buf, dir->len) == 0 && abs[dir->len] == '/' && abs[dir->len + 1]) {
        return abs + dir->len + 1;
    }
    return NULL;
}

// An absolute input relative to the current directory, or NULL when it lies elsewhere.
static const char *relative_to_cwd(strbuf *scratch, const char *input, const cli_cwd *cwd) {
    put_normalised(scratch, input);
    if (scratch->failed) {
        return NULL;
    }
    const char *rel = below(scratch->buf, &cwd->logical);
    return rel ? rel : below(scratch->buf, &cwd->phys);
}

const char *cli_stored_name(strbuf *sb, const char *input, const cli_cwd *cwd) {
    if (strcmp(input, "-") == 0) {
        return "<stdin>";
    }
    if (input[0] != '/') {
        return input; // as given, as mpy-cross stores it
    }
    strbuf scratch;
    sb_init(&scratch);
    const char *rel = relative_to_cwd(&scratch, input, cwd);
    if (!rel) {
        // Elsewhere: the base name (an input ending in '/' cannot be read as a file anyway).
        const char *slash = strrchr(input, '/');
        rel = slash[1] ? slash + 1 : input;
    }
    sb->len = 0;
    sb_puts(sb, rel);
    sb_free(&scratch);
    return sb->failed ? NULL : sb->buf;
}

const char *cli_output_name(strbuf *sb, const char *input, const char *out_dir,
                            const cli_cwd *cwd) {
    sb->len = 0;
    if (!out_dir) {
        sb_puts(sb, input);
    } else {
        sb_puts(sb, out_dir);
        if (sb->len && sb->buf[sb->len - 1] != '/') {
            sb_putc(sb, '/');
        }
        strbuf scratch;
        sb_init(&scratch);
        const char *rel = NULL;
        if (input[0] == '/') {
            rel = relative_to_cwd(&scratch, input, cwd);
            if (!rel && !scratch.failed) {
                rel = scratch.buf + 1; // outside: the absolute path without its leading '/'
            }
        } else {
            put_normalised(&scratch, input);
            rel = scratch.buf ? scratch.buf : "";
            while (strncmp(rel, "../", 3) == 0) {
                rel += 3;
            }
            if (strcmp(rel, "..") == 0) {
                rel = "";
            }
        }
        sb_puts(sb, rel ? rel : "");
        sb_free(&scratch);
    }
    if (sb->len >= 3 && strcmp(sb->buf + sb->len - 3, ".py") == 0) {
        sb->len -= 3;
    }
    sb_puts(sb, ".mpy");
    return sb->failed ? NULL : sb->buf;
}

const char *cli_path_key(strbuf *sb, const char *path, const cli_cwd *cwd) {
    sb->len = 0;
    strbuf joined;
    sb_init(&joined);
    if (path[0] != '/') {
        sb_puts(&joined, cwd->phys.len ? cwd->phys.buf : ".");
        sb_putc(&joined, '/');
    }
    sb_puts(&joined, path);
    if (!joined.failed) {
        put_normalised(sb, joined.buf);
    }
    sb->failed |= joined.failed;
    sb_free(&joined);
    return sb->failed || !sb->buf ? NULL : sb->buf;
}
