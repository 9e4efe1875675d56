// mpyrun: the host runner. Runs a .mpy file (or a .py file, compiled in-process) as __main__ on the host.
//
//   mpyrun [-X OPTION]... FILE.mpy|FILE.py [ARG]...
//   mpyrun [-X OPTION]... -m MODULE [ARG]...
//
// Options: -X heapsize=N[k|m] (default 2m), -X gc-stress (collect at every allocation),
// -X emit=... (accepted and ignored: the code is already compiled). An uncaught exception
// prints its traceback on stderr and exits 1; SystemExit exits with its code.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "compile/compile.h"
#include "load.h"
#include "nlr.h"
#include "port.h"
#include "runtime.h"
#include "state.h"
#include "unit.h"

// The conservative stack scan must see every local on the real stack.
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0";
}

#define DEFAULT_HEAP (2u * 1024 * 1024)

static void usage(void) {
    fputs("usage: mpyrun [-X heapsize=N[k|m]] [-X gc-stress] FILE.mpy|FILE.py [ARG]...\n"
          "       mpyrun [-X OPTION]... -m MODULE [ARG]...\n",
          stderr);
}

static bool parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno != 0 || end == s) {
        return false;
    }
    if (*end == 'k' || *end == 'K') {
        v *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        v *= 1024 * 1024;
        end++;
    }
    if (*end != 0 || v < 16 * 1024 || v > (1ull << 40)) {
        return false;
    }
    *out = (size_t)v;
    return true;
}

// ---------------------------------------------------------------------------------------------
// The in-process compiler (rt_port_compile_file).

static void print_diag(void *ctx, diag_severity sev, const char *text) {
    (void)ctx;
    (void)sev;
    rt_port_flush();
    fputs(text, stderr);
}

static char *read_whole(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            break;
        }
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    bool err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

int rt_port_compile_file(const char *path, rt_vstr_t *out) {
    if (path == NULL) {
        return 1;
    }
    size_t len;
    char *src = read_whole(path, &len);
    if (src == NULL) {
        diag_plain(print_diag, NULL, path, "cannot read file: %s", strerror(errno));
        return -1;
    }
    comp_unit u;
    unit_options uo = {.opt_level = rt_state.opt_level};
    int status = -1;
    if (unit_init(&u, path, src, len, &uo, print_diag, NULL)) {
        comp_options copt = COMP_DEFAULT_OPTIONS;
        copt.source_name = path;
        const uint8_t *bytes;
        size_t n;
        if (unit_parse(&u) && unit_check(&u) && comp_module(&u, &copt, &bytes, &n)) {
            rt_vstr_add_strn(out, (const char *)bytes, n);
            status = 1;
        }
    }
    unit_fini(&u);
    free(src);
    return status;
}

// ---------------------------------------------------------------------------------------------
// Running

// The exit status for an exception that reached the top: SystemExit's code, else 1 after the
// traceback.
static int report_exception(rt_obj_t exc) {
    if (rt_exception_match(exc, &rt_type_SystemExit)) {
        rt_obj_t code = rt_exception_value(exc);
        if (code == RT_CONST_NONE) {
            return 0;
        }
        rt_int_t v;
        if (rt_obj_get_int_maybe(code, &v)) {
            return (int)(v & 0xff);
        }
        rt_obj_print(&rt_print_stderr, code, RT_PRINT_STR);
        rt_print_str(&rt_print_stderr, "\n");
        return 1;
    }
    rt_print_exception(&rt_print_stderr, exc);
    return 1;
}

static bool ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

// Runs the file at `path` (.mpy or .py) as __main__.
static void run_main_file(const char *path) {
    rt_vstr_t bytes;
    rt_vstr_init(&bytes, 256);
    if (ends_with(path, ".py")) {
        if (rt_port_compile_file(path, &bytes) < 0) {
            rt_raise_msg(&rt_type_SyntaxError, "invalid syntax");
        }
    } else {
        long size = rt_port_file_size(path);
        if (size < 0) {
            rt_raise_fmt(&rt_type_OSError, "can't open file '%s'", path);
        }
        char *dst = rt_vstr_extend(&bytes, (size_t)size);
        if (!rt_port_file_read(path, dst, (size_t)size)) {
            rt_raise_fmt(&rt_type_OSError, "can't read file '%s'", path);
        }
    }
    rt_module_context_t *ctx = rt_module_context_new(RT_QSTR___main__);
    rt_dict_store(ctx->globals, RT_OBJ_NEW_QSTR(RT_QSTR___file__), rt_str_new_cstr(path));
    rt_dict_store(rt_state.roots.modules, RT_OBJ_NEW_QSTR(RT_QSTR___main__), ctx);
    const rt_raw_code_t *rc = rt_load_mpy((const uint8_t *)bytes.buf, bytes.len, true, ctx);
    rt_exec_module(ctx, rc);
}

// -m MODULE: finds MODULE.mpy or MODULE.py along sys.path and runs it as __main__.
static void run_main_module(const char *name) {
    size_t n;
    rt_obj_t *dirs;
    rt_list_get(rt_state.roots.sys_path, &n, &dirs);
    for (size_t i = 0; i < n; i++) {
        size_t dl;
        const char *d = rt_obj_str_get_data(dirs[i], &dl);
        for (int ext = 0; ext < 2; ext++) {
            rt_vstr_t p;
            rt_vstr_init(&p, dl + strlen(name) + 8);
            if (dl > 0) {
                rt_vstr_add_strn(&p, d, dl);
                rt_vstr_add_char(&p, '/');
            }
            for (const char *c = name; *c; c++) {
                rt_vstr_add_char(&p, *c == '.' ? '/' : *c);
            }
            rt_vstr_add_str(&p, ext == 0 ? ".mpy" : ".py");
            if (rt_port_stat(p.buf) == 1) {
                run_main_file(p.buf);
                return;
            }
        }
    }
    rt_raise_fmt(&rt_type_ImportError, "no module named '%s'", name);
}

// sys.path: the script's directory (or "" for -m), then MPYPATH's entries.
static void set_path(const char *script) {
    rt_obj_t path = rt_state.roots.sys_path;
    if (script != NULL) {
        const char *slash = strrchr(script, '/');
        rt_list_append(path,
                       slash ? rt_str_new(script, (size_t)(slash - script)) : rt_str_new("", 0));
    } else {
        rt_list_append(path, rt_str_new("", 0));
    }
    const char *env = getenv("MPYPATH");
    while (env != NULL && *env != 0) {
        const char *colon = strchr(env, ':');
        size_t l = colon ? (size_t)(colon - env) : strlen(env);
        if (l > 0) {
            rt_list_append(path, rt_str_new(env, l));
        }
        env = colon ? colon + 1 : NULL;
    }
}

int main(int argc, char **argv) {
    size_t heap_len = DEFAULT_HEAP;
    bool stress = getenv("MPYRUN_GC_STRESS") != NULL;
    int i = 1;
    const char *volatile module = NULL;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-X") == 0 && i + 1 < argc) {
            const char *x = argv[++i];
            if (strncmp(x, "heapsize=", 9) == 0) {
                if (!parse_size(x + 9, &heap_len)) {
                    fprintf(stderr, "mpyrun: bad heap size: %s\n", x + 9);
                    return 2;
                }
            } else if (strcmp(x, "gc-stress") == 0) {
                stress = true;
            } else if (strncmp(x, "emit=", 5) != 0) {
                fprintf(stderr, "mpyrun: unknown -X option: %s\n", x);
                return 2;
            }
        } else if (strcmp(a, "-m") == 0 && i + 1 < argc) {
            module = argv[++i];
            i++;
            break;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage();
            return 0;
        } else if (a[0] == '-' && a[1] != 0) {
            fprintf(stderr, "mpyrun: unknown option: %s\n", a);
            usage();
            return 2;
        } else {
            break;
        }
    }
    if (module == NULL && i >= argc) {
        usage();
        return 2;
    }
    const char *script = module == NULL ? argv[i] : NULL;

    void *heap = malloc(heap_len);
    if (heap == NULL) {
        fprintf(stderr, "mpyrun: cannot allocate a heap of %zu bytes\n", heap_len);
        return 2;
    }
    // Recursion stops well before the C stack ends (sanitizers need much more stack per frame).
    struct rlimit rl;
    size_t stack_len = 8u * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        stack_len = (size_t)rl.rlim_cur;
    }
    stack_len = stack_len / 2;
    int top;
    rt_init_options_t opt = {heap, heap_len, &top, stack_len, 0};
    rt_init(&opt);
    rt_gc_set_stress(stress);

    int status = 0;
    rt_nlr_buf_t nlr;
    if (rt_nlr_push(&nlr) == 0) {
        rt_obj_t args = rt_state.roots.sys_argv;
        rt_list_append(args, rt_str_new_cstr(script != NULL ? script : module));
        for (int k = script != NULL ? i + 1 : i; k < argc; k++) {
            rt_list_append(args, rt_str_new_cstr(argv[k]));
        }
        set_path(script);
        if (script != NULL) {
            run_main_file(script);
        } else {
            run_main_module(module);
        }
        rt_nlr_pop();
    } else {
        status = report_exception(nlr.ret_val);
    }
    rt_deinit();
    free(heap);
    return status;
}
