// import (bytecode.md 3.11): built-in modules first, then .mpy files (or .py files when the
// port can compile them) along sys.path, packages as directories with __init__, relative
// imports from the importing module's __name__, and sys.modules as the cache.
#include <string.h>

#include "load.h"
#include "port.h"
#include "runtime.h"
#include "state.h"

static rt_obj_t str_from_vstr(rt_vstr_t *v) {
    return rt_str_new(v->buf, v->len);
}

// Runs the file at path (a .mpy, or .py through the port's compiler) as module `name`.
static rt_obj_t load_module_file(rt_qstr_t name, const char *path, bool is_py, rt_obj_t pkg_path) {
    uint8_t *buf;
    size_t len;
    if (is_py) {
        rt_vstr_t out;
        rt_vstr_init(&out, 256);
        int r = rt_port_compile_file(path, &out);
        if (r < 0) {
            rt_raise_fmt(&rt_type_SyntaxError, "invalid syntax in %s", path);
        }
        buf = (uint8_t *)out.buf;
        len = out.len;
    } else {
        long size = rt_port_file_size(path);
        if (size < 0) {
            rt_raise_fmt(&rt_type_ImportError, "can't read %s", path);
        }
        len = (size_t)size;
        buf = rt_gc_alloc(len == 0 ? 1 : len);
        if (!rt_port_file_read(path, buf, len)) {
            rt_raise_fmt(&rt_type_ImportError, "can't read %s", path);
        }
    }
    rt_module_context_t *ctx = rt_module_context_new(name);
    rt_dict_store(ctx->globals, RT_OBJ_NEW_QSTR(RT_QSTR___file__), rt_str_new_cstr(path));
    if (pkg_path != RT_OBJ_NULL) {
        rt_dict_store(ctx->globals, RT_OBJ_NEW_QSTR(RT_QSTR___path__), pkg_path);
    }
    rt_obj_t key = RT_OBJ_NEW_QSTR(name);
    rt_dict_store(rt_state.roots.modules, key, ctx);
    rt_nlr_buf_t nlr;
    if (rt_nlr_push(&nlr) == 0) {
        const rt_raw_code_t *rc = rt_load_mpy(buf, len, true, ctx);
        rt_exec_module(ctx, rc);
        rt_nlr_pop();
    } else {
        rt_map_lookup(&rt_state.roots.modules->map, key, RT_MAP_LOOKUP_REMOVE_IF_FOUND);
        rt_raise(nlr.ret_val);
    }
    return ctx;
}

// Looks for `short_name` in one directory; RT_OBJ_NULL if it is not there.
static rt_obj_t find_in_dir(rt_qstr_t full, rt_qstr_t short_name, const char *dir, size_t dir_len) {
    rt_vstr_t base;
    rt_vstr_init(&base, dir_len + 32);
    if (dir_len > 0) {
        rt_vstr_add_strn(&base, dir, dir_len);
        if (dir[dir_len - 1] != '/') {
            rt_vstr_add_char(&base, '/');
        }
    }
    rt_vstr_add_str(&base, rt_qstr_str(short_name));
    size_t base_len = base.len;
    if (rt_port_stat(base.buf) == 2) {
        // A package: its __init__, or a namespace package without one.
        rt_obj_t pkg_path = str_from_vstr(&base);
        rt_vstr_add_str(&base, "/__init__.mpy");
        if (rt_port_stat(base.buf) == 1) {
            return load_module_file(full, base.buf, false, pkg_path);
        }
        base.len = base_len;
        rt_vstr_add_str(&base, "/__init__.py");
        if (rt_port_stat(base.buf) == 1) {
            rt_vstr_t probe;
            rt_vstr_init(&probe, 16);
            if (rt_port_compile_file(NULL, &probe) != 0) {
                return load_module_file(full, base.buf, true, pkg_path);
            }
        }
        rt_obj_t m = rt_module_new(full);
        rt_dict_store(rt_module_get_globals(m), RT_OBJ_NEW_QSTR(RT_QSTR___path__), pkg_path);
        rt_dict_store(rt_state.roots.modules, RT_OBJ_NEW_QSTR(full), m);
        return m;
    }
    base.len = base_len;
    rt_vstr_add_str(&base, ".mpy");
    if (rt_port_stat(base.buf) == 1) {
        return load_module_file(full, base.buf, false, RT_OBJ_NULL);
    }
    base.len = base_len;
    rt_vstr_add_str(&base, ".py");
    if (rt_port_stat(base.buf) == 1) {
        rt_vstr_t probe;
        rt_vstr_init(&probe, 16);
        if (rt_port_compile_file(NULL, &probe) != 0) {
            return load_module_file(full, base.buf, true, RT_OBJ_NULL);
        }
    }
    return RT_OBJ_NULL;
}

// Imports one level: `full` is the dotted name, `short_name` its last part, `parent` the
// package it belongs to (RT_OBJ_NULL at the top).
static rt_obj_t import_one(rt_qstr_t full, rt_qstr_t short_name, rt_obj_t parent) {
    rt_obj_t m = rt_dict_get(rt_state.roots.modules, RT_OBJ_NEW_QSTR(full));
    if (m != RT_OBJ_NULL) {
        return m;
    }
    if (parent == RT_OBJ_NULL) {
        m = rt_module_builtin(full);
        if (m != RT_OBJ_NULL) {
            return m; // stock keeps built-in modules out of sys.modules
        }
        size_t n;
        rt_obj_t *dirs;
        rt_list_get(rt_state.roots.sys_path, &n, &dirs);
        for (size_t i = 0; i < n && m == RT_OBJ_NULL; i++) {
            size_t dl;
            const uint8_t *d = rt_str_bytes(dirs[i], &dl);
            if (d != NULL) {
                m = find_in_dir(full, short_name, (const char *)d, dl);
            }
        }
    } else {
        rt_obj_t path = rt_load_attr_maybe(parent, RT_QSTR___path__);
        size_t dl;
        const uint8_t *d = path != RT_OBJ_NULL ? rt_str_bytes(path, &dl) : NULL;
        if (d != NULL) {
            m = find_in_dir(full, short_name, (const char *)d, dl);
        }
    }
    if (m == RT_OBJ_NULL) {
        rt_raise_fmt(&rt_type_ImportError, "no module named '%q'", full);
    }
    if (parent != RT_OBJ_NULL) {
        rt_store_attr(parent, short_name, m);
    }
    return m;
}

rt_obj_t rt_import_name(rt_qstr_t name, rt_obj_t fromlist, rt_obj_t level_obj) {
    rt_int_t level = rt_obj_get_int(level_obj);
    rt_vstr_t full;
    rt_vstr_init(&full, 32);
    if (level > 0) {
        rt_obj_dict_t *g = rt_state.roots.globals;
        rt_obj_t cur = rt_dict_get(g, RT_OBJ_NEW_QSTR(RT_QSTR___name__));
        size_t cl;
        const char *cs = cur != RT_OBJ_NULL ? rt_obj_str_get_data(cur, &cl) : "";
        if (cur == RT_OBJ_NULL) {
            cl = 0;
        }
        bool is_pkg = rt_dict_get(g, RT_OBJ_NEW_QSTR(RT_QSTR___path__)) != RT_OBJ_NULL;
        size_t keep = cl;
        for (rt_int_t i = is_pkg ? 1 : 0; i < level; i++) {
            while (keep > 0 && cs[keep - 1] != '.') {
                keep--;
            }
            if (keep == 0) {
                rt_raise_msg(&rt_type_ImportError, "can't perform relative import");
            }
            keep--; // the dot
        }
        if (keep == 0 || (cl == 8 && memcmp(cs, "__main__", 8) == 0)) {
            rt_raise_msg(&rt_type_ImportError, "can't perform relative import");
        }
        rt_vstr_add_strn(&full, cs, keep);
        if (rt_qstr_len(name) > 0) {
            rt_vstr_add_char(&full, '.');
        }
    }
    rt_vstr_add_str(&full, rt_qstr_str(name));
    rt_obj_t top = RT_OBJ_NULL, mod = RT_OBJ_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= full.len; i++) {
        if (i == full.len || full.buf[i] == '.') {
            rt_qstr_t fq = rt_qstr_from_strn(full.buf, i);
            rt_qstr_t sq = rt_qstr_from_strn(full.buf + start, i - start);
            mod = import_one(fq, sq, mod);
            if (top == RT_OBJ_NULL) {
                top = mod;
            }
            start = i + 1;
        }
    }
    bool want_leaf = level > 0 || (fromlist != RT_CONST_NONE && rt_obj_is_true(fromlist));
    return want_leaf ? mod : top;
}

rt_obj_t rt_import_from(rt_obj_t module, rt_qstr_t name) {
    rt_obj_t v = rt_load_attr_maybe(module, name);
    if (v != RT_OBJ_NULL) {
        return v;
    }
    rt_obj_t mod_name = rt_load_attr_maybe(module, RT_QSTR___name__);
    if (rt_load_attr_maybe(module, RT_QSTR___path__) != RT_OBJ_NULL && mod_name != RT_OBJ_NULL) {
        size_t l;
        const char *s = rt_obj_str_get_data(mod_name, &l);
        rt_vstr_t full;
        rt_vstr_init(&full, l + 16);
        rt_vstr_add_strn(&full, s, l);
        rt_vstr_add_char(&full, '.');
        rt_vstr_add_str(&full, rt_qstr_str(name));
        return import_one(rt_qstr_from_strn(full.buf, full.len), name, module);
    }
    rt_raise_fmt(&rt_type_ImportError, "can't import name %q", name);
}

void rt_import_all(rt_obj_t module) {
    rt_obj_dict_t *g = rt_module_get_globals(module);
    rt_obj_t all = rt_dict_get(g, RT_OBJ_NEW_QSTR(RT_QSTR___all__));
    if (all != RT_OBJ_NULL) {
        rt_obj_t it = rt_getiter(all, NULL);
        rt_obj_t name;
        while ((name = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
            rt_qstr_t q = rt_obj_str_get_qstr(name);
            rt_store_name(q, rt_load_attr(module, q));
        }
        return;
    }
    rt_map_t *map = &g->map;
    for (size_t i = 0; i < map->alloc; i++) {
        if (!rt_map_slot_is_filled(map, i)) {
            continue;
        }
        rt_obj_t key = map->table[i].key;
        size_t l;
        const char *s = rt_obj_str_get_data(key, &l);
        if (l > 0 && s[0] == '_') {
            continue;
        }
        rt_store_name(rt_obj_str_get_qstr(key), map->table[i].value);
    }
}
