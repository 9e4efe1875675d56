// What a port provides to the runtime: console output, time, file access for imports, and
// the fatal-error exit. The runtime itself calls no C library function beyond <string.h>,
// <setjmp.h> and <math.h>; everything that touches the OS goes through these hooks. The host
// port is ports/host/port_host.c; a microcontroller port implements the same functions.
#ifndef RT_PORT_H
#define RT_PORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rt_config.h"

// Console. Output may be buffered until rt_port_flush().
void rt_port_stdout_write(const char *s, size_t len);
void rt_port_stderr_write(const char *s, size_t len);
void rt_port_flush(void);

// Monotonic time since an arbitrary origin, and wall-clock seconds since the Epoch.
uint64_t rt_port_ticks_us(void);
uint64_t rt_port_ticks_cpu(void);
double rt_port_time(void);
void rt_port_sleep_us(uint64_t us);

// Files, for imports. stat: 0 no such path, 1 a file, 2 a directory. A file is read whole
// into `buf` (rt_port_file_size bytes); false on any error.
int rt_port_stat(const char *path);
long rt_port_file_size(const char *path);
bool rt_port_file_read(const char *path, void *buf, size_t len);

// Compiles the Python source file at `path` into .mpy bytes appended to `out`: 1 on success,
// 0 when the port has no compiler (a device), -1 on a compile error, whose diagnostics the
// port has printed (the runtime then raises SyntaxError). With path NULL it only answers
// whether a compiler exists (1) or not (0).
struct rt_vstr;
int rt_port_compile_file(const char *path, struct rt_vstr *out);

// An unrecoverable error (no handler for an exception, a corrupted heap): report and stop.
RT_NORETURN void rt_port_fatal(const char *msg);

#endif
