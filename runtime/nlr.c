// Non-local return over setjmp/longjmp (nlr.h). The chain of buffers lives in rt_state.
#include "nlr.h"

#include "port.h"
#include "state.h"

void rt_nlr_push_tail(rt_nlr_buf_t *buf) {
    buf->ret_val = RT_OBJ_NULL;
    buf->prev = rt_state.nlr_top;
    rt_state.nlr_top = buf;
}

void rt_nlr_pop(void) {
    rt_state.nlr_top = rt_state.nlr_top->prev;
}

void rt_nlr_jump(rt_obj_t val) {
    rt_nlr_buf_t *top = rt_state.nlr_top;
    if (top == NULL) {
        rt_port_fatal("uncaught exception with no handler");
    }
    top->ret_val = val;
    rt_state.nlr_top = top->prev;
    longjmp(top->jmpbuf, 1);
}
