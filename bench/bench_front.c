// Front-end throughput on one core, in process: every .py file under the given directories is
// read into memory first, then lexed (lex only), lexed and parsed, and lexed, parsed and checked,
// each pass over the whole corpus repeated until it took at least --min-time seconds; the best
// of --trials runs is reported in MB/s (10^6 bytes) and MiB/s, with the peak RSS. Times are
// CPU time of this process, so that other work on a shared machine does not show as slowness.
// With --mpyc and/or --mpy-cross, also times one process per file over the same corpus
// (`mpyc --syntax-only FILE`, `mpy-cross -o OUT FILE`: the children's CPU time, and wall time)
// and prints the ratios.
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "corpus.h"
#include "grammar.h"
#include "lex/lex.h"
#include "unit.h"

#ifndef MPYC_SOURCE_DIR
#define MPYC_SOURCE_DIR "."
#endif

typedef enum pass { PASS_LEX, PASS_PARSE, PASS_CHECK } pass;
static const char *const pass_names[] = {"lex", "lex+parse", "lex+parse+check"};

static void discard_diag(void *ctx, diag_severity sev, const char *text) {
    (void)text;
    if (sev == DIAG_ERROR) {
        ++*(unsigned *)ctx;
    }
}

// One pass over the corpus; returns the number of files that had errors.
static unsigned run_pass(const corpus *c, pass p) {
    unsigned n_failed = 0;
    for (size_t i = 0; i < c->n_files; i++) {
        unsigned n_errors = 0;
        comp_unit u;
        const source *s = &c->files[i];
        if (unit_init(&u, s->path, s->bytes, s->len, NULL, discard_diag, &n_errors)) {
            if (p == PASS_LEX) {
                lex_state *lx = lex_new(&u);
                lex_token t;
                int k = lx ? 1 : 0;
                while (k != 0 && k != TOK_PY_YYerror) {
                    k = lex_next(lx, &t);
                }
            } else if (unit_parse(&u) && p == PASS_CHECK) {
                unit_check(&u);
            }
        }
        unit_fini(&u);
        n_failed += n_errors > 0;
    }
    return n_failed;
}

// Best throughput over trials, each repeating whole passes for at least min_time seconds.
static double measure(const corpus *c, pass p, double min_time, int trials) {
    double best = 0;
    for (int t = 0; t < trials; t++) {
        double start = bench_cpu_now(), elapsed;
        size_t reps = 0;
        do {
            run_pass(c, p);
            reps++;
            elapsed = bench_cpu_now() - start;
        } while (elapsed < min_time);
        double rate = (double)c->n_bytes * (double)reps / elapsed;
        if (rate > best) {
            best = rate;
        }
    }
    return best;
}

// Runs argv once per file (the file's path replacing the NULL at argv[file_arg]); returns the
// children's CPU seconds (and the wall seconds in *wall), or a negative value when a program
// could not be started. Counts non-zero exits in *n_failed.
static double spawn_per_file(const corpus *c, char **argv, int file_arg, unsigned *n_failed,
                             double *wall) {
    double cpu = 0, wall_start = bench_wall_now();
    *n_failed = 0;
    for (size_t i = 0; i < c->n_files; i++) {
        argv[file_arg] = c->files[i].path;
        child_usage u;
        if (!bench_run(NULL, argv, &u) || u.status == 127) {
            return -1;
        }
        cpu += u.cpu;
        *n_failed += u.status != 0;
    }
    *wall = bench_wall_now() - wall_start;
    return cpu;
}

static void usage(void) {
    fprintf(stderr,
            "usage: bench_front [--min-time S] [--trials N] [--mpyc PATH] [--mpy-cross PATH]\n"
            "                   [DIR|FILE...]\n"
            "Default corpus: %s/tests/golden. MPY_CROSS in the environment is taken as\n"
            "--mpy-cross.\n",
            MPYC_SOURCE_DIR);
    exit(2);
}

int main(int argc, char **argv) {
    if (!bench_spawner_start()) {
        fprintf(stderr, "bench_front: cannot start the spawner\n");
        return 2;
    }
    double min_time = 1.0;
    int trials = 3;
    const char *mpyc = NULL, *mpy_cross = getenv("MPY_CROSS");
    corpus c = {0};
    bool paths_given = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--min-time") == 0 && i + 1 < argc) {
            min_time = atof(argv[++i]);
        } else if (strcmp(a, "--trials") == 0 && i + 1 < argc) {
            trials = atoi(argv[++i]);
        } else if (strcmp(a, "--mpyc") == 0 && i + 1 < argc) {
            mpyc = argv[++i];
        } else if (strcmp(a, "--mpy-cross") == 0 && i + 1 < argc) {
            mpy_cross = argv[++i];
        } else if (a[0] == '-') {
            usage();
        } else {
            corpus_add(&c, a);
            paths_given = true;
        }
    }
    if (c.n_files == 0 && paths_given) {
        fprintf(stderr, "bench_front: no .py files in the given paths\n");
        return 2;
    }
    if (c.n_files == 0) {
        corpus_add(&c, MPYC_SOURCE_DIR "/tests/golden");
    }
    if (c.n_files == 0 || trials < 1) {
        usage();
    }
    corpus_sort(&c);

    unsigned n_lex_fail = run_pass(&c, PASS_LEX), n_parse_fail = run_pass(&c, PASS_PARSE),
             n_check_fail = run_pass(&c, PASS_CHECK);
    printf("corpus: %zu files, %zu bytes (%.2f MiB); with errors: lex %u, parse %u, check %u\n",
           c.n_files, c.n_bytes, (double)c.n_bytes / (1 << 20), n_lex_fail, n_parse_fail,
           n_check_fail);
    printf("in process, one core, best of %d runs of >= %.1f s of CPU time:\n", trials, min_time);
    double rates[3];
    for (int p = PASS_LEX; p <= PASS_CHECK; p++) {
        rates[p] = measure(&c, (pass)p, min_time, trials);
        printf("  %-16s %8.1f MB/s %8.1f MiB/s\n", pass_names[p], rates[p] / 1e6,
               rates[p] / (1 << 20));
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS: %.1f MB (the corpus itself: %.1f MB)\n", (double)ru.ru_maxrss / 1024,
           (double)c.n_bytes / (1 << 20));

    double mpyc_secs = -1, cross_secs = -1, wall;
    unsigned n_fail;
    if (mpyc) {
        char *args[] = {(char *)mpyc, "--syntax-only", NULL, NULL};
        mpyc_secs = spawn_per_file(&c, args, 2, &n_fail, &wall);
        if (mpyc_secs < 0) {
            fprintf(stderr, "bench_front: cannot run %s\n", mpyc);
            return 2;
        }
        printf("one process per file, mpyc --syntax-only: %7.3f s CPU (%.3f s wall) %7.2f MiB/s"
               " (%u files rejected)\n",
               mpyc_secs, wall, (double)c.n_bytes / (1 << 20) / mpyc_secs, n_fail);
    }
    if (mpy_cross && *mpy_cross) {
        char out[] = "/tmp/bench_front-XXXXXX";
        if (!mkdtemp(out)) {
            perror("bench_front: mkdtemp");
            return 2;
        }
        char *mpy = bench_join(out, "out.mpy");
        char *args[] = {(char *)mpy_cross, "-o", mpy, NULL, NULL};
        cross_secs = spawn_per_file(&c, args, 3, &n_fail, &wall);
        unlink(mpy);
        rmdir(out);
        free(mpy);
        if (cross_secs < 0) {
            fprintf(stderr, "bench_front: cannot run %s\n", mpy_cross);
            return 2;
        }
        printf("one process per file, mpy-cross:          %7.3f s CPU (%.3f s wall) %7.2f MiB/s"
               " (%u files rejected)\n",
               cross_secs, wall, (double)c.n_bytes / (1 << 20) / cross_secs, n_fail);
        double cross_rate = (double)c.n_bytes / cross_secs;
        printf("ratio: in-process lex+parse+check / mpy-cross per process: %.1fx\n",
               rates[PASS_CHECK] / cross_rate);
        if (mpyc_secs > 0) {
            printf("ratio: mpy-cross CPU time / mpyc --syntax-only CPU time (both per process): "
                   "%.2fx\n",
                   cross_secs / mpyc_secs);
        }
    }
    corpus_free(&c);
    bench_spawner_stop();
    return 0;
}
