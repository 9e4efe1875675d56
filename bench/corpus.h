// What the benchmarks share: a corpus of .py files read into memory (each with the root it
// was found under and its path below that root), CPU and wall clocks, and running a program
// once per file in a child process with that child's own resource usage (CPU time, peak RSS).
#ifndef MPYC_BENCH_CORPUS_H
#define MPYC_BENCH_CORPUS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct source {
    char *path;      // as found: root/rel
    const char *dir; // the directory root named on the command line (NULL for a file root)
    const char *rel; // path below dir (points into path); the whole path for a file root
    char *bytes;
    size_t len;
} source;

typedef struct corpus {
    source *files;
    size_t n_files, cap;
    size_t n_bytes;
} corpus;

// Adds path: a directory searched recursively for *.py, or a file of any name. Exits with a
// message on I/O errors. Roots must outlive the corpus.
void corpus_add(corpus *c, const char *root);
// Sorts the files by path (so runs compare the same order).
void corpus_sort(corpus *c);
// Keeps only the files with keep[i] set.
void corpus_filter(corpus *c, const bool *keep);
void corpus_free(corpus *c);

double bench_cpu_now(void);  // CPU time of this process, seconds
double bench_wall_now(void); // monotonic clock, seconds

// One child process's figures.
typedef struct child_usage {
    double cpu;     // user + system seconds
    long maxrss_kb; // peak resident set
    int status;     // exit status, or -1 when it did not exit normally; 127: could not start
} child_usage;

// Starts the process that forks the children of bench_run, while this one is still small (a
// child's max RSS counts its parent's memory at the fork). Call it first; false on failure.
bool bench_spawner_start(void);
void bench_spawner_stop(void);
// Runs argv in a child with the working directory cwd (NULL: unchanged) and stdout/stderr
// sent to /dev/null; false only when fork or wait failed.
bool bench_run(const char *cwd, char *const argv[], child_usage *u);

void *bench_xrealloc(void *p, size_t n);
char *bench_join(const char *dir, const char *name);

#endif
