// The host port: console output through buffered write(2), monotonic time, files for imports
// and the fatal exit. This is the only place in the runtime that calls the OS.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "port.h"

// stdout is buffered (print-heavy programs would otherwise make one system call per print);
// stderr is not, and writing to it flushes stdout first so the two keep their order.
static char out_buf[8192];
static size_t out_len;

static void write_all(int fd, const char *s, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, s, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        s += n;
        len -= (size_t)n;
    }
}

void rt_port_flush(void) {
    if (out_len > 0) {
        write_all(1, out_buf, out_len);
        out_len = 0;
    }
}

void rt_port_stdout_write(const char *s, size_t len) {
    if (len > sizeof out_buf - out_len) {
        rt_port_flush();
        if (len >= sizeof out_buf) {
            write_all(1, s, len);
            return;
        }
    }
    memcpy(out_buf + out_len, s, len);
    out_len += len;
}

void rt_port_stderr_write(const char *s, size_t len) {
    rt_port_flush();
    write_all(2, s, len);
}

uint64_t rt_port_ticks_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

uint64_t rt_port_ticks_cpu(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

double rt_port_time(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void rt_port_sleep_us(uint64_t us) {
    struct timespec ts = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

int rt_port_stat(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return 0;
    }
    return S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 0;
}

long rt_port_file_size(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
        return -1;
    }
    return (long)st.st_size;
}

bool rt_port_file_read(const char *path, void *buf, size_t len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return false;
    }
    bool ok = fread(buf, 1, len, f) == len;
    fclose(f);
    return ok;
}

void rt_port_fatal(const char *msg) {
    rt_port_flush();
    fprintf(stderr, "mpyrun: fatal error: %s\n", msg);
    exit(2);
}
