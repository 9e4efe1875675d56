// The runtime's global state in one place: the GC roots (roots.def), the handler chain, the
// heap and the C-stack bounds. There is one runtime per process; rt_init() fills this.
#ifndef RT_STATE_H
#define RT_STATE_H

#include "gc.h"
#include "nlr.h"
#include "obj.h"

typedef struct rt_state_roots {
#define RT_ROOT(c_type, name) c_type name;
#include "roots.def"
#undef RT_ROOT
} rt_state_roots_t;

typedef struct rt_state {
    rt_state_roots_t roots; // scanned by the collector
    rt_nlr_buf_t *nlr_top;  // innermost exception handler
    rt_gc_state_t gc;       // heap bookkeeping (gc.c), not scanned
    char *stack_top;        // highest C-stack address the collector scans (stacks grow down)
    char *stack_limit;      // the recursion check raises below this address
    int opt_level;          // micropython.opt_level()
    unsigned sched_len;     // callbacks waiting in roots.sched_queue
} rt_state_t;

extern rt_state_t rt_state;

#endif
