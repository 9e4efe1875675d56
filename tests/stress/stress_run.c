// Runs one command and reports its exit status, peak resident set size and CPU time. A small process of
// its own, so the peak is the command's alone: a child's maxrss also counts the memory of the
// process it was forked from, which for the Python test driver would hide the real figure.
// Usage: stress_run RESULT_FILE PROGRAM [ARG...]. Writes "STATUS MAXRSS_KB CPU_SECONDS\n" to
// RESULT_FILE, where STATUS is the exit status or minus the signal number, and CPU_SECONDS is
// user plus system time; exits 0 unless it failed itself.
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: stress_run RESULT_FILE PROGRAM [ARG...]\n");
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("stress_run: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "stress_run: cannot run %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int wstatus;
    while (waitpid(pid, &wstatus, 0) < 0) {
        if (errno != EINTR) {
            perror("stress_run: waitpid");
            return 2;
        }
    }
    // The only child there was: the children's figures are its own.
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    int status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -WTERMSIG(wstatus);
    FILE *f = fopen(argv[1], "w");
    double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                 (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
    if (!f || fprintf(f, "%d %ld %.3f\n", status, ru.ru_maxrss, cpu) < 0 || fclose(f) != 0) {
        perror(argv[1]);
        return 2;
    }
    return 0;
}
