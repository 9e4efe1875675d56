// The gc module: collect, enable/disable, mem_alloc/mem_free and threshold over gc.h.
#include "runtime.h"
#include "state.h"

static rt_obj_t gc_collect(void) {
    rt_gc_collect();
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_0(gc_collect_obj, gc_collect);

static rt_obj_t gc_enable(void) {
    rt_state.gc.auto_collect = true;
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_0(gc_enable_obj, gc_enable);

static rt_obj_t gc_disable(void) {
    rt_state.gc.auto_collect = false;
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_0(gc_disable_obj, gc_disable);

static rt_obj_t gc_isenabled(void) {
    return RT_BOOL(rt_state.gc.auto_collect);
}
static RT_DEFINE_FUN_0(gc_isenabled_obj, gc_isenabled);

static rt_obj_t gc_mem_alloc(void) {
    rt_gc_info_t info;
    rt_gc_info(&info);
    return rt_int_new((rt_int_t)info.used);
}
static RT_DEFINE_FUN_0(gc_mem_alloc_obj, gc_mem_alloc);

static rt_obj_t gc_mem_free(void) {
    rt_gc_info_t info;
    rt_gc_info(&info);
    return rt_int_new((rt_int_t)info.free);
}
static RT_DEFINE_FUN_0(gc_mem_free_obj, gc_mem_free);

// threshold() gives the setting (-1 when off); threshold(n) sets it, -1 turning it off.
static rt_obj_t gc_threshold(size_t n_args, const rt_obj_t *args) {
    if (n_args == 0) {
        size_t t = rt_gc_get_threshold();
        return RT_OBJ_NEW_SMALL_INT(t == SIZE_MAX ? -1 : (rt_int_t)t);
    }
    rt_int_t v = rt_obj_get_int(args[0]);
    rt_gc_set_threshold(v < 0 ? SIZE_MAX : (size_t)v);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_VAR(gc_threshold_obj, 0, 1, gc_threshold);

static const rt_map_elem_t gc_globals_table[] = {
    {RT_ROM_QSTR(RT_QSTR___name__), RT_ROM_QSTR(RT_QSTR_gc)},
    {RT_ROM_QSTR(RT_QSTR_collect), RT_ROM_PTR(&gc_collect_obj)},
    {RT_ROM_QSTR(RT_QSTR_disable), RT_ROM_PTR(&gc_disable_obj)},
    {RT_ROM_QSTR(RT_QSTR_enable), RT_ROM_PTR(&gc_enable_obj)},
    {RT_ROM_QSTR(RT_QSTR_isenabled), RT_ROM_PTR(&gc_isenabled_obj)},
    {RT_ROM_QSTR(RT_QSTR_mem_alloc), RT_ROM_PTR(&gc_mem_alloc_obj)},
    {RT_ROM_QSTR(RT_QSTR_mem_free), RT_ROM_PTR(&gc_mem_free_obj)},
    {RT_ROM_QSTR(RT_QSTR_threshold), RT_ROM_PTR(&gc_threshold_obj)},
};
static RT_DEFINE_CONST_DICT(gc_globals, gc_globals_table);

const rt_obj_module_t rt_module_gc = {{&rt_type_module}, RT_CONST_DICT_PTR(&gc_globals)};
