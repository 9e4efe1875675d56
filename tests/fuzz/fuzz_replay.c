// Runs saved fuzzer inputs through the harness without libFuzzer, so the seed corpus and the
// regression inputs are replayed by every build (with the sanitizers when they are on).
// Usage: fuzz_replay FILE|DIR... (directories are read one level deep, in name order). Each
// input's name goes to standard error before it runs, so the last name shown after a crash is
// the input that caused it.
// Exit status: 0 when every input ran (a crash aborts the process), 2 on unreadable input or
// when there was no input at all.
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path) {
    fprintf(stderr, "%s\n", path);
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) {
            break;
        }
        uint8_t *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
        }
        buf = bigger;
        cap *= 2;
    }
    int err = ferror(f);
    fclose(f);
    if (!buf || err) {
        fprintf(stderr, "%s: cannot read\n", path);
        free(buf);
        return 2;
    }
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    return 0;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

// Runs the regular files of dir; adds their number to *n_run.
static int run_dir(const char *dir, unsigned *n_run) {
    DIR *d = opendir(dir);
    if (!d) {
        perror(dir);
        return 2;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int status = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (e->d_name[0] == '.') {
            continue;
        }
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            char **bigger = realloc(names, cap * sizeof *names);
            if (!bigger) {
                status = 2;
                break;
            }
            names = bigger;
        }
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) {
            status = 2;
            break;
        }
        snprintf(names[n], len, "%s/%s", dir, e->d_name);
        n++;
    }
    closedir(d);
    if (n) {
        qsort(names, n, sizeof *names, by_name);
    }
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (status == 0 && stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
            status = run_file(names[i]);
            ++*n_run;
        }
        free(names[i]);
    }
    free(names);
    return status;
}

int main(int argc, char **argv) {
    unsigned n_run = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            return 2;
        }
        int status = S_ISDIR(st.st_mode) ? run_dir(argv[i], &n_run) : run_file(argv[i]);
        if (!S_ISDIR(st.st_mode)) {
            n_run++;
        }
        if (status) {
            return status;
        }
    }
    printf("fuzz_replay: %u inputs ran\n", n_run);
    return n_run ? 0 : 2;
}
