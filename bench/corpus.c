// The benchmarks' corpus and process helpers (corpus.h).
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

void *bench_xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "bench: out of memory\n");
        exit(2);
    }
    return q;
}

char *bench_join(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = bench_xrealloc(NULL, n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static bool read_whole(const char *path, char **bytes, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return false;
    }
    size_t cap = 1 << 12, n = 0;
    char *buf = bench_xrealloc(NULL, cap);
    for (;;) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) {
            break;
        }
        cap *= 2;
        buf = bench_xrealloc(buf, cap);
    }
    bool ok = !ferror(f);
    fclose(f);
    if (!ok) {
        free(buf);
        return false;
    }
    *bytes = buf;
    *len = n;
    return true;
}

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void add_file(corpus *c, const char *dir, char *path, const char *rel) {
    source s = {.path = path, .dir = dir, .rel = rel};
    if (!read_whole(path, &s.bytes, &s.len)) {
        fprintf(stderr, "bench: cannot read %s\n", path);
        exit(2);
    }
    if (c->n_files == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 256;
        c->files = bench_xrealloc(c->files, c->cap * sizeof *c->files);
    }
    c->files[c->n_files++] = s;
    c->n_bytes += s.len;
}

// dir/name, or a copy of name when dir is empty.
static char *join_rel(const char *dir, const char *name) {
    if (*dir) {
        return bench_join(dir, name);
    }
    size_t n = strlen(name) + 1;
    return memcpy(bench_xrealloc(NULL, n), name, n);
}

// Walks root/rel_dir for *.py files.
static void add_dir(corpus *c, const char *root, const char *rel_dir) {
    char *dir = *rel_dir ? bench_join(root, rel_dir) : join_rel("", root);
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "bench: %s: %s\n", dir, strerror(errno));
        exit(2);
    }
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (e->d_name[0] == '.') {
            continue;
        }
        char *rel = join_rel(rel_dir, e->d_name);
        char *path = bench_join(root, rel);
        struct stat st;
        if (stat(path, &st) != 0) {
            fprintf(stderr, "bench: %s: %s\n", path, strerror(errno));
            exit(2);
        }
        if (S_ISDIR(st.st_mode)) {
            add_dir(c, root, rel);
            free(path);
        } else if (S_ISREG(st.st_mode) && ends_with(rel, ".py")) {
            add_file(c, root, path, path + strlen(root) + 1);
        } else {
            free(path);
        }
        free(rel);
    }
    closedir(d);
    free(dir);
}

void corpus_add(corpus *c, const char *root) {
    struct stat st;
    if (stat(root, &st) != 0) {
        fprintf(stderr, "bench: %s: %s\n", root, strerror(errno));
        exit(2);
    }
    if (S_ISDIR(st.st_mode)) {
        add_dir(c, root, "");
    } else {
        char *path = join_rel("", root);
        add_file(c, NULL, path, path);
    }
}

static int by_path(const void *a, const void *b) {
    return strcmp(((const source *)a)->path, ((const source *)b)->path);
}

void corpus_sort(corpus *c) {
    qsort(c->files, c->n_files, sizeof *c->files, by_path);
}

void corpus_filter(corpus *c, const bool *keep) {
    size_t n = 0;
    c->n_bytes = 0;
    for (size_t i = 0; i < c->n_files; i++) {
        if (keep[i]) {
            c->files[n++] = c->files[i];
            c->n_bytes += c->files[i].len;
        } else {
            free(c->files[i].path);
            free(c->files[i].bytes);
        }
    }
    c->n_files = n;
}

void corpus_free(corpus *c) {
    for (size_t i = 0; i < c->n_files; i++) {
        free(c->files[i].path);
        free(c->files[i].bytes);
    }
    free(c->files);
    *c = (corpus){0};
}

static double seconds(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double bench_cpu_now(void) {
    return seconds(CLOCK_PROCESS_CPUTIME_ID);
}

double bench_wall_now(void) {
    return seconds(CLOCK_MONOTONIC);
}

// Forks, runs argv in the child (in cwd, output to /dev/null) and waits for it.
static bool spawn(const char *cwd, char *const argv[], child_usage *u) {
    pid_t pid = fork();
    if (pid < 0) {
        return false;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, 1);
            dup2(null, 2);
        }
        if (cwd && chdir(cwd) != 0) {
            _exit(127);
        }
        execv(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    pid_t got;
    while ((got = wait4(pid, &status, 0, &ru)) < 0 && errno == EINTR) {
    }
    if (got < 0) {
        return false;
    }
    u->cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
             (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
    u->maxrss_kb = ru.ru_maxrss;
    u->status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return true;
}

// The spawner: a process forked before the benchmark grows, which starts the children. A
// child's max RSS starts at its parent's RSS at the fork (Linux counts the forked copy until
// the exec), so children forked by a large process would all report at least its size.
// Requests go down one pipe (a length, then cwd and the arguments, each NUL-terminated; an
// empty cwd means none), child_usage comes back up the other.
static int to_spawner = -1, from_spawner = -1;
static pid_t spawner_pid = -1;

static bool read_full(int fd, void *p, size_t n) {
    for (size_t done = 0; done < n;) {
        ssize_t k = read(fd, (char *)p + done, n - done);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            return false;
        }
        done += (size_t)k;
    }
    return true;
}

static bool write_full(int fd, const void *p, size_t n) {
    for (size_t done = 0; done < n;) {
        ssize_t k = write(fd, (const char *)p + done, n - done);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            return false;
        }
        done += (size_t)k;
    }
    return true;
}

enum { MAX_REQUEST = 1 << 16, MAX_ARGS = 64 };

static void serve(int in, int out) {
    static char buf[MAX_REQUEST];
    uint32_t len;
    while (read_full(in, &len, sizeof len) && len <= MAX_REQUEST && read_full(in, buf, len)) {
        char *argv[MAX_ARGS + 1];
        size_t n = 0;
        const char *cwd = buf;
        for (char *p = buf + strlen(buf) + 1; p < buf + len && n < MAX_ARGS; p += strlen(p) + 1) {
            argv[n++] = p;
        }
        argv[n] = NULL;
        child_usage u;
        if (!spawn(*cwd ? cwd : NULL, argv, &u)) {
            u.status = -2;
        }
        if (!write_full(out, &u, sizeof u)) {
            break;
        }
    }
}

bool bench_spawner_start(void) {
    int down[2], up[2];
    if (pipe(down) != 0 || pipe(up) != 0) {
        return false;
    }
    pid_t pid = fork();
    if (pid < 0) {
        return false;
    }
    if (pid == 0) {
        close(down[1]);
        close(up[0]);
        serve(down[0], up[1]);
        _exit(0);
    }
    close(down[0]);
    close(up[1]);
    to_spawner = down[1];
    from_spawner = up[0];
    spawner_pid = pid;
    return true;
}

void bench_spawner_stop(void) {
    if (to_spawner >= 0) {
        close(to_spawner);
        close(from_spawner);
        waitpid(spawner_pid, NULL, 0);
        to_spawner = from_spawner = -1;
    }
}

bool bench_run(const char *cwd, char *const argv[], child_usage *u) {
    if (to_spawner < 0) {
        return spawn(cwd, argv, u);
    }
    char buf[MAX_REQUEST];
    size_t len = 0;
    const char *cwd_text = cwd ? cwd : "";
    for (int i = -1; i < 0 || argv[i]; i++) {
        const char *s = i < 0 ? cwd_text : argv[i];
        size_t n = strlen(s) + 1;
        if (len + n > sizeof buf || i >= MAX_ARGS) {
            errno = E2BIG;
            return false;
        }
        memcpy(buf + len, s, n);
        len += n;
    }
    uint32_t n32 = (uint32_t)len;
    if (!write_full(to_spawner, &n32, sizeof n32) || !write_full(to_spawner, buf, len) ||
        !read_full(from_spawner, u, sizeof *u)) {
        return false;
    }
    return u->status != -2;
}
