// The micropython module: const, opt_level, heap_lock/heap_unlock, schedule, memory and stack
// figures, and the no-ops stock keeps for compatibility on ports without the feature.
#include "runtime.h"
#include "state.h"

static rt_obj_t mp_const(rt_obj_t x) {
    return x;
}
static RT_DEFINE_FUN_1(mp_const_obj, mp_const);

static rt_obj_t mp_opt_level(size_t n_args, const rt_obj_t *args) {
    if (n_args == 0) {
        return RT_OBJ_NEW_SMALL_INT(rt_state.opt_level);
    }
    rt_state.opt_level = (int)rt_obj_get_int(args[0]);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_VAR(mp_opt_level_obj, 0, 1, mp_opt_level);

static rt_obj_t mp_heap_lock(void) {
    rt_gc_heap_lock();
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_0(mp_heap_lock_obj, mp_heap_lock);

static rt_obj_t mp_heap_unlock(void) {
    return RT_OBJ_NEW_SMALL_INT(rt_gc_heap_unlock());
}
static RT_DEFINE_FUN_0(mp_heap_unlock_obj, mp_heap_unlock);

static rt_obj_t mp_heap_locked(void) {
    return RT_OBJ_NEW_SMALL_INT(rt_state.gc.heap_locked);
}
static RT_DEFINE_FUN_0(mp_heap_locked_obj, mp_heap_locked);

// The MemoryError is preallocated at start-up already: nothing to do.
static rt_obj_t mp_alloc_emergency_exception_buf(rt_obj_t size) {
    (void)rt_obj_get_int(size);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_1(mp_alloc_emergency_exception_buf_obj, mp_alloc_emergency_exception_buf);

static rt_obj_t mp_stack_use(void) {
    char here;
    return rt_int_new((rt_int_t)(rt_state.stack_top - &here));
}
static RT_DEFINE_FUN_0(mp_stack_use_obj, mp_stack_use);

static rt_obj_t mp_mem_info(size_t n_args, const rt_obj_t *args) {
    rt_gc_info_t info;
    rt_gc_info(&info);
    rt_printf(&rt_print_stdout, "stack: %jd\nGC: total: %zu, used: %zu, free: %zu\n",
              (intmax_t)(rt_state.stack_top - (char *)&info), info.total, info.used, info.free);
    rt_printf(&rt_print_stdout,
              " No. of 1-blocks: -, 2-blocks: -, max blk sz: %zu, max free sz: %zu\n",
              info.max_block / RT_CONFIG_GC_BLOCK_BYTES, info.max_free / RT_CONFIG_GC_BLOCK_BYTES);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_VAR(mp_mem_info_obj, 0, 1, mp_mem_info);

static rt_obj_t mp_qstr_info(size_t n_args, const rt_obj_t *args) {
    size_t n, bytes;
    rt_qstr_stats(&n, &bytes);
    rt_printf(&rt_print_stdout, "qstr pool: n_pool=1, n_qstr=%zu, n_str_data_bytes=%zu\n", n,
              bytes);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_VAR(mp_qstr_info_obj, 0, 1, mp_qstr_info);

static rt_obj_t mp_kbd_intr(rt_obj_t chr) {
    (void)rt_obj_get_int(chr);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_1(mp_kbd_intr_obj, mp_kbd_intr);

static rt_obj_t mp_schedule(rt_obj_t fun, rt_obj_t arg) {
    if (rt_state.sched_len >= RT_SCHED_DEPTH) {
        rt_raise_msg(&rt_type_RuntimeError, "schedule queue full");
    }
    rt_state.roots.sched_queue[2 * rt_state.sched_len] = fun;
    rt_state.roots.sched_queue[2 * rt_state.sched_len + 1] = arg;
    rt_state.sched_len++;
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_2(mp_schedule_obj, mp_schedule);

void rt_sched_run(void) {
    // Take the queue first: a callback may schedule more (they run at the next jump).
    rt_obj_t queue[2 * RT_SCHED_DEPTH];
    unsigned n = rt_state.sched_len;
    for (unsigned i = 0; i < 2 * n; i++) {
        queue[i] = rt_state.roots.sched_queue[i];
        rt_state.roots.sched_queue[i] = RT_OBJ_NULL;
    }
    rt_state.sched_len = 0;
    for (unsigned i = 0; i < n; i++) {
        rt_call_function_1(queue[2 * i], queue[2 * i + 1]);
    }
}

static const rt_map_elem_t micropython_globals_table[] = {
    {RT_ROM_QSTR(RT_QSTR___name__), RT_ROM_QSTR(RT_QSTR_micropython)},
    {RT_ROM_QSTR(RT_QSTR_alloc_emergency_exception_buf),
     RT_ROM_PTR(&mp_alloc_emergency_exception_buf_obj)},
    {RT_ROM_QSTR(RT_QSTR_const), RT_ROM_PTR(&mp_const_obj)},
    {RT_ROM_QSTR(RT_QSTR_heap_lock), RT_ROM_PTR(&mp_heap_lock_obj)},
    {RT_ROM_QSTR(RT_QSTR_heap_locked), RT_ROM_PTR(&mp_heap_locked_obj)},
    {RT_ROM_QSTR(RT_QSTR_heap_unlock), RT_ROM_PTR(&mp_heap_unlock_obj)},
    {RT_ROM_QSTR(RT_QSTR_kbd_intr), RT_ROM_PTR(&mp_kbd_intr_obj)},
    {RT_ROM_QSTR(RT_QSTR_mem_info), RT_ROM_PTR(&mp_mem_info_obj)},
    {RT_ROM_QSTR(RT_QSTR_opt_level), RT_ROM_PTR(&mp_opt_level_obj)},
    {RT_ROM_QSTR(RT_QSTR_qstr_info), RT_ROM_PTR(&mp_qstr_info_obj)},
    {RT_ROM_QSTR(RT_QSTR_schedule), RT_ROM_PTR(&mp_schedule_obj)},
    {RT_ROM_QSTR(RT_QSTR_stack_use), RT_ROM_PTR(&mp_stack_use_obj)},
};
static RT_DEFINE_CONST_DICT(micropython_globals, micropython_globals_table);

const rt_obj_module_t rt_module_micropython = {{&rt_type_module},
                                               RT_CONST_DICT_PTR(&micropython_globals)};
