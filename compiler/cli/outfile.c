// Output files that appear whole or not at all: the bytes go to a temporary file created in
// the target's directory (so that rename cannot cross file systems), which is then renamed
// over the target. Any failure removes the temporary and leaves an existing target as it was.
#define _XOPEN_SOURCE 700 // realpath

#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

unsigned cli_new_file_mode(void) {
    mode_t mask = umask(0);
    umask(mask);
    return 0644u & ~(unsigned)mask; // what mpy-cross asks open() for
}

PRINTF_LIKE(3, 4)
static bool fail(char *err, size_t err_len, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, err_len, fmt, ap);
    va_end(ap);
    return false;
}

static bool write_all(int fd, const uint8_t *p, size_t n) {
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            if (k == 0) {
                errno = EIO;
            }
            return false;
        }
        p += k;
        n -= (size_t)k;
    }
    return true;
}

// Creates every missing directory of `dir` (a path without a final file name). Tries the
// deepest first and backs up only as far as needed, so a new directory next to existing ones
// costs one or two mkdir calls rather than one per component.
static bool make_dirs(strbuf *dir) {
    char *p = dir->buf;
    size_t end = dir->len;
    while (end > 1 && p[end - 1] == '/') {
        end--;
    }
    size_t made = end; // p[0..made) exists once the backing up stops
    for (;;) {
        char saved = p[made];
        p[made] = '\0';
        bool ok = mkdir(p, 0777) == 0 || errno == EEXIST;
        int err = errno;
        p[made] = saved;
        if (ok) {
            break;
        }
        size_t up = made;
        while (up > 0 && p[up - 1] != '/') {
            up--;
        }
        while (up > 1 && p[up - 1] == '/') {
            up--;
        }
        if (err != ENOENT || up == 0 || up == made) {
            errno = err;
            return false;
        }
        made = up;
    }
    // Forwards again: each component after the one that now exists.
    for (size_t i = made + 1; i <= end; i++) {
        if (i < end && p[i] != '/') {
            continue;
        }
        if (p[i - 1] == '/') {
            continue; // "a//b"
        }
        char saved = p[i];
        p[i] = '\0';
        bool ok = mkdir(p, 0777) == 0 || errno == EEXIST;
        p[i] = saved;
        if (!ok) {
            return false;
        }
    }
    struct stat st;
    char saved = p[end];
    p[end] = '\0';
    bool is_dir = stat(p, &st) == 0 && S_ISDIR(st.st_mode);
    p[end] = saved;
    if (!is_dir) {
        errno = ENOTDIR;
    }
    return is_dir;
}

// Writes straight into an existing file that is not a regular one (/dev/null, a pipe):
// renaming over it would replace the device or the pipe.
static bool write_special(const char *path, const uint8_t *bytes, size_t len, char *err,
                          size_t err_len) {
    int fd = open(path, O_WRONLY | O_TRUNC);
    if (fd < 0) {
        return fail(err, err_len, "cannot open '%s': %s", path, strerror(errno));
    }
    bool ok = write_all(fd, bytes, len);
    int saved = errno;
    ok = close(fd) == 0 && ok;
    if (!ok) {
        return fail(err, err_len, "cannot write '%s': %s", path, strerror(saved ? saved : errno));
    }
    return true;
}

// When the file at path already holds exactly these bytes, sets its modification time to now
// (what a build tool compares) and returns true: rewriting would change nothing but the inode,
// and replacing an inode is the dearest part of writing a small file. False whenever that
// cannot be shown; the caller then writes the file.
static bool touch_if_same(const char *path, const uint8_t *bytes, size_t len) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return false;
    }
    uint8_t buf[4096];
    size_t at = 0;
    bool same = true;
    while (same) {
        ssize_t k = read(fd, buf, sizeof buf);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            same = k == 0 && at == len;
            break;
        }
        same = (size_t)k <= len - at && memcmp(buf, bytes + at, (size_t)k) == 0;
        at += (size_t)k;
    }
    same = same && futimens(fd, NULL) == 0; // needs write access or ownership, as a rewrite does
    close(fd);
    return same;
}

bool cli_write_atomic(const char *path, const uint8_t *bytes, size_t len, bool create_dirs,
                      unsigned new_mode, char *err, size_t err_len) {
    // A symbolic link is followed: the file it names is replaced, the link stays.
    char resolved[PATH_MAX];
    struct stat st;
    bool exists = lstat(path, &st) == 0;
    if (exists && S_ISLNK(st.st_mode)) {
        exists = stat(path, &st) == 0; // false for a dangling link, which is then replaced
        if (exists) {
            if (!realpath(path, resolved)) {
                return fail(err, err_len, "cannot resolve '%s': %s", path, strerror(errno));
            }
            path = resolved;
        }
    }
    if (exists) {
        if (S_ISDIR(st.st_mode)) {
            return fail(err, err_len, "cannot write '%s': %s", path, strerror(EISDIR));
        }
        if (!S_ISREG(st.st_mode)) {
            return write_special(path, bytes, len, err, err_len);
        }
        if ((size_t)st.st_size == len && touch_if_same(path, bytes, len)) {
            return true;
        }
    }
    // The temporary: DIR/.mpyc-XXXXXX next to the target.
    strbuf tmp;
    sb_init(&tmp);
    const char *slash = strrchr(path, '/');
    if (slash) {
        sb_putn(&tmp, path, (size_t)(slash - path) + 1);
    }
    size_t dir_len = tmp.len;
    sb_puts(&tmp, ".mpyc-XXXXXX");
    if (tmp.failed) {
        sb_free(&tmp);
        return fail(err, err_len, "out of memory");
    }
    int fd = mkstemp(tmp.buf);
    if (fd < 0 && errno == ENOENT && create_dirs && dir_len > 1) {
        strbuf dir;
        sb_init(&dir);
        sb_putn(&dir, path, dir_len - 1);
        bool made = !dir.failed && make_dirs(&dir);
        int saved = errno;
        sb_free(&dir);
        if (!made) {
            sb_free(&tmp);
            return fail(err, err_len, "cannot create directory for '%s': %s", path,
                        strerror(saved));
        }
        memcpy(tmp.buf + dir_len, ".mpyc-XXXXXX", strlen(".mpyc-XXXXXX"));
        fd = mkstemp(tmp.buf);
    }
    if (fd < 0) {
        int saved = errno;
        sb_free(&tmp);
        return fail(err, err_len, "cannot create a file next to '%s': %s", path, strerror(saved));
    }
    // mkstemp makes the file 0600; an existing target keeps its permissions, as with open().
    unsigned mode = exists ? (unsigned)st.st_mode & 0777u : new_mode;
    bool ok = fchmod(fd, (mode_t)mode) == 0 && write_all(fd, bytes, len);
    int saved = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (ok && rename(tmp.buf, path) != 0) {
        ok = false;
        saved = errno;
    }
    if (!ok) {
        unlink(tmp.buf);
        fail(err, err_len, "cannot write '%s': %s", path, strerror(saved));
    }
    sb_free(&tmp);
    return ok;
}
