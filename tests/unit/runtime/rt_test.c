// The unit tests' port and helpers (rt_test.h). Each Criterion test runs in its own process,
// so the runtime's global state starts fresh for every test.
#include "rt_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compile/compile.h"
#include "load.h"
#include "port.h"
#include "state.h"
#include "unit.h"

#define CAPTURE 65536

static char out_buf[CAPTURE + 1], err_buf[CAPTURE + 1];
static size_t out_len, err_len;
static void *heap;

const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0";
}

static void capture(char *buf, size_t *len, const char *s, size_t n) {
    if (n > CAPTURE - *len) {
        n = CAPTURE - *len;
    }
    memcpy(buf + *len, s, n);
    *len += n;
    buf[*len] = 0;
}

void rt_port_stdout_write(const char *s, size_t len) {
    capture(out_buf, &out_len, s, len);
}

void rt_port_stderr_write(const char *s, size_t len) {
    capture(err_buf, &err_len, s, len);
}

void rt_port_flush(void) {}

uint64_t rt_port_ticks_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

uint64_t rt_port_ticks_cpu(void) {
    return rt_port_ticks_us();
}

double rt_port_time(void) {
    return (double)time(NULL);
}

void rt_port_sleep_us(uint64_t us) {
    (void)us;
}

int rt_port_stat(const char *path) {
    (void)path;
    return 0;
}

long rt_port_file_size(const char *path) {
    (void)path;
    return -1;
}

bool rt_port_file_read(const char *path, void *buf, size_t len) {
    (void)path;
    (void)buf;
    (void)len;
    return false;
}

int rt_port_compile_file(const char *path, struct rt_vstr *out) {
    (void)path;
    (void)out;
    return 0;
}

void rt_port_fatal(const char *msg) {
    fprintf(stderr, "fatal: %s\n", msg);
    abort();
}

void rt_test_init(size_t heap_len) {
    heap = malloc(heap_len);
    int top;
    rt_init_options_t opt = {heap, heap_len, &top, 1024 * 1024, 0};
    rt_init(&opt);
    out_len = err_len = 0;
    out_buf[0] = err_buf[0] = 0;
}

void rt_test_fini(void) {
    free(heap);
    heap = NULL;
}

const char *rt_test_stdout(void) {
    return out_buf;
}

const char *rt_test_stderr(void) {
    return err_buf;
}

static void ignore_diag(void *ctx, diag_severity sev, const char *text) {
    (void)ctx;
    (void)sev;
    (void)text;
}

uint8_t *rt_test_compile(const char *src, size_t *len) {
    comp_unit u;
    unit_options uo = {0};
    uint8_t *copy = NULL;
    if (unit_init(&u, "test.py", src, strlen(src), &uo, ignore_diag, NULL)) {
        comp_options copt = COMP_DEFAULT_OPTIONS;
        const uint8_t *bytes;
        if (unit_parse(&u) && unit_check(&u) && comp_module(&u, &copt, &bytes, len)) {
            copy = malloc(*len);
            memcpy(copy, bytes, *len);
        }
    }
    unit_fini(&u);
    return copy;
}

static rt_obj_t load_or_run(const uint8_t *mpy, size_t len, bool run) {
    rt_nlr_buf_t nlr;
    if (rt_nlr_push(&nlr) == 0) {
        rt_module_context_t *ctx = rt_module_context_new(RT_QSTR___main__);
        const rt_raw_code_t *rc = rt_load_mpy(mpy, len, false, ctx);
        if (run) {
            rt_exec_module(ctx, rc);
        }
        rt_nlr_pop();
        return RT_OBJ_NULL;
    }
    return nlr.ret_val;
}

rt_obj_t rt_test_run_mpy(const uint8_t *mpy, size_t len) {
    return load_or_run(mpy, len, true);
}

rt_obj_t rt_test_load_mpy(const uint8_t *mpy, size_t len) {
    return load_or_run(mpy, len, false);
}

rt_obj_t rt_test_run(const char *src) {
    size_t len;
    uint8_t *mpy = rt_test_compile(src, &len);
    if (mpy == NULL) {
        return rt_exception_new_msg(&rt_type_SyntaxError, "test source did not compile");
    }
    rt_obj_t exc = rt_test_run_mpy(mpy, len);
    free(mpy);
    return exc;
}

const char *rt_test_exc_text(rt_obj_t exc) {
    static char text[512];
    rt_obj_t s = rt_obj_str(exc);
    size_t len;
    const uint8_t *d = rt_str_bytes(s, &len);
    if (len >= sizeof text) {
        len = sizeof text - 1;
    }
    memcpy(text, d, len);
    text[len] = 0;
    return text;
}
