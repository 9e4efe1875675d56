// Modules: built-in ones (a constant dict of members, modules.def) and loaded ones (a module
// context, bc.h, whose globals dict is the module's namespace).
#include "bc.h"
#include "runtime.h"

#define RT_MODULE(name) extern const rt_obj_module_t rt_module_##name;
#include "modules.def"
#undef RT_MODULE

static const rt_obj_module_t *const builtin_modules[] = {
#define RT_MODULE(name) &rt_module_##name,
#include "modules.def"
#undef RT_MODULE
};

rt_obj_t rt_module_new(rt_qstr_t name) {
    rt_obj_module_t *m = RT_NEW(rt_obj_module_t);
    m->base.type = &rt_type_module;
    m->globals = rt_dict_new(1);
    rt_dict_store(m->globals, RT_OBJ_NEW_QSTR(RT_QSTR___name__), RT_OBJ_NEW_QSTR(name));
    return m;
}

rt_obj_dict_t *rt_module_get_globals(rt_obj_t module) {
    return ((rt_obj_module_t *)module)->globals;
}

rt_obj_t rt_module_builtin(rt_qstr_t name) {
    for (size_t i = 0; i < RT_ARRAY_SIZE(builtin_modules); i++) {
        rt_obj_t n = rt_dict_get(builtin_modules[i]->globals, RT_OBJ_NEW_QSTR(RT_QSTR___name__));
        if (n == RT_OBJ_NEW_QSTR(name)) {
            return (rt_obj_t)builtin_modules[i];
        }
    }
    return RT_OBJ_NULL;
}

static void module_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_obj_dict_t *g = rt_module_get_globals(o);
    rt_obj_t name = rt_dict_get(g, RT_OBJ_NEW_QSTR(RT_QSTR___name__));
    rt_obj_t file = rt_dict_get(g, RT_OBJ_NEW_QSTR(RT_QSTR___file__));
    if (file != RT_OBJ_NULL) {
        rt_printf(p, "<module '%S' from '%S'>", name, file);
    } else {
        rt_printf(p, "<module '%S'>", name);
    }
}

static void module_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    rt_obj_dict_t *g = rt_module_get_globals(self);
    if (dest[0] == RT_OBJ_NULL) {
        rt_obj_t v = rt_dict_get(g, RT_OBJ_NEW_QSTR(attr));
        if (v != RT_OBJ_NULL) {
            dest[0] = v;
        } else if (attr == RT_QSTR___dict__) {
            dest[0] = g;
        }
        return;
    }
    if (g->map.is_fixed) {
        return; // built-in modules are read-only
    }
    if (dest[1] == RT_OBJ_NULL) {
        if (rt_map_lookup(&g->map, RT_OBJ_NEW_QSTR(attr), RT_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            return;
        }
    } else {
        rt_dict_store(g, RT_OBJ_NEW_QSTR(attr), dest[1]);
    }
    dest[0] = RT_OBJ_NULL;
}

const rt_type_t rt_type_module = {
    .base = {&rt_type_type},
    .name = RT_QSTR_module,
    .print = module_print,
    .attr = module_attr,
};
