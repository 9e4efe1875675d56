// Non-local return: how an exception travels from `raise` to the nearest handler. A handler
// pushes an rt_nlr_buf_t on the C stack; raising stores the exception in the innermost buffer
// and jumps back into the frame that pushed it, which sees rt_nlr_push return nonzero.
// This is the setjmp flavour (host, xtensawin); native-abi.md 1.7 fixes words 0 and 1.
#ifndef RT_NLR_H
#define RT_NLR_H

#include <setjmp.h>

#include "obj.h"

typedef struct rt_nlr_buf {
    struct rt_nlr_buf *prev; // word 0: the next outer handler
    rt_obj_t ret_val;        // word 1: the exception, once one arrived
    jmp_buf jmpbuf;          // where rt_nlr_jump lands
} rt_nlr_buf_t;

// Usage:
//   rt_nlr_buf_t nlr;
//   if (rt_nlr_push(&nlr) == 0) {
//       ... code that may raise ...
//       rt_nlr_pop();
//   } else {
//       ... nlr.ret_val is the exception; the buffer is already popped ...
//   }
// Locals written inside the protected code and read after a raise must be volatile.
#define rt_nlr_push(buf) (rt_nlr_push_tail(buf), setjmp((buf)->jmpbuf))

void rt_nlr_push_tail(rt_nlr_buf_t *buf);
void rt_nlr_pop(void);

// Unwinds to the innermost handler with `val`. With no handler left, the port's fatal hook
// ends the program.
RT_NORETURN void rt_nlr_jump(rt_obj_t val);

#endif
