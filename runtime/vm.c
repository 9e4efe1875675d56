// The bytecode interpreter (bytecode.md): one function that runs a frame until it returns,
// yields or lets an exception out. Dispatch goes through a table of label addresses built from
// bc_ops.def (RT_CONFIG_COMPUTED_GOTO) or through a switch. Exceptions raised by callees land
// in this function's nlr buffer; the handler search (bytecode.md 5.2) then either resumes the
// frame at a handler or hands the exception back to the caller.
//
// Register discipline: `ip`, `sp` live in C locals inside the protected block; cs->ip is set
// to the opcode's address before every instruction so that the handler search knows where the
// exception happened, and every change of the handler stack is written to cs->exc_sp_idx at
// once. After a longjmp nothing but `cs` is trusted.
#include <string.h>

#include "bc.h"
#include "format/bc_ops.h"
#include "runtime.h"
#include "state.h"

// Operand decoding. The loader has verified every operand, index and jump target, so the
// decoders here do no checks.
#define DECODE_UINT(v)               \
    size_t v = 0;                    \
    do {                             \
        v = (v << 7) | (*ip & 0x7f); \
    } while (*ip++ & 0x80)
#define DECODE_ULABEL(v)                                       \
    size_t v;                                                  \
    do {                                                       \
        if (ip[0] & 0x80) {                                    \
            v = (size_t)(ip[0] & 0x7f) | ((size_t)ip[1] << 7); \
            ip += 2;                                           \
        } else {                                               \
            v = ip[0];                                         \
            ip += 1;                                           \
        }                                                      \
    } while (0)
#define DECODE_SLABEL(v)                                                    \
    rt_int_t v;                                                             \
    do {                                                                    \
        if (ip[0] & 0x80) {                                                 \
            v = (rt_int_t)((ip[0] & 0x7f) | ((size_t)ip[1] << 7)) - 0x4000; \
            ip += 2;                                                        \
        } else {                                                            \
            v = (rt_int_t)ip[0] - 0x40;                                     \
            ip += 1;                                                        \
        }                                                                   \
    } while (0)
#define DECODE_QSTR(q)      \
    DECODE_UINT(q##_index); \
    rt_qstr_t q = qstr_table[q##_index]

#define PUSH(v) (*++sp = (v))
#define POP() (*sp--)
// After a jump: run the callbacks micropython.schedule() queued, as stock does.
#define DISPATCH_JUMP()                            \
    do {                                           \
        if (RT_UNLIKELY(rt_state.sched_len > 0)) { \
            cs->ip = ip;                           \
            cs->sp = sp;                           \
            rt_sched_run();                        \
        }                                          \
        DISPATCH();                                \
    } while (0)
#define TOP() (*sp)
#define SET_TOP(v) (*sp = (v))

static RT_NORETURN void local_name_error(void) {
    rt_raise_msg(&rt_type_NameError, "local variable referenced before assignment");
}

// A malformed file nests more handler blocks than its prelude reserved.
static RT_NORETURN void exc_stack_overflow(void) {
    rt_raise_msg(&rt_type_ValueError, "incompatible .mpy file");
}

// For generators: the value delegated to by YIELD_FROM finished; a thrown GeneratorExit
// is re-raised after it.
static bool is_generator_exit(rt_obj_t e) {
    return e != RT_OBJ_NULL && rt_exception_match(e, &rt_type_GeneratorExit);
}

rt_vm_return_t rt_vm_execute(rt_code_state_t *cs, volatile rt_obj_t inject_exc) {
#if RT_CONFIG_COMPUTED_GOTO
    // Every byte defaults to op_bad; the rows then fill in their opcodes.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static const void *const dispatch_table[256] = {
        [0 ... 255] = &&op_bad,
#define BC_OP(name, byte, operand, stack) [byte] = &&op_##name,
#define BC_RANGE(name, first, count, operand, stack, mnemonic) \
    [first...(first) + (count)-1] = &&op_##name,
#include "format/bc_ops.def"
#undef BC_OP
#undef BC_RANGE
    };
#pragma GCC diagnostic pop
#define DISPATCH()                   \
    do {                             \
        cs->ip = ip;                 \
        goto *dispatch_table[*ip++]; \
    } while (0)
#define ENTRY(name) op_##name
#define ENTRY_RANGE(name) op_##name
#else
#define DISPATCH() goto dispatch
#define ENTRY(name) case BC_##name
#define ENTRY_RANGE(name) default
#endif

    const rt_raw_code_t *const rc = cs->fun_bc->rc;
    const rt_module_context_t *const ctx = cs->fun_bc->context;
    const uint16_t *const qstr_table = ctx->qstr_table;
    const rt_obj_t *const obj_table = ctx->obj_table;
    rt_obj_t *const fastn = &cs->state[cs->n_state - 1];
    rt_exc_entry_t *const exc_stack = rt_code_state_exc_stack(cs);

    for (;;) {
        rt_nlr_buf_t nlr;
        if (rt_nlr_push(&nlr) == 0) {
            const uint8_t *ip = cs->ip;
            rt_obj_t *sp = cs->sp;

            if (inject_exc != RT_OBJ_NULL && *ip != BC_YIELD_FROM) {
                rt_obj_t e = inject_exc;
                inject_exc = RT_OBJ_NULL;
                rt_raise(e);
            }

#if RT_CONFIG_COMPUTED_GOTO
            DISPATCH();
#else
        dispatch:
            cs->ip = ip;
            switch (*ip++) {
#endif

            ENTRY(LOAD_CONST_FALSE) : PUSH(RT_CONST_FALSE);
            DISPATCH();
            ENTRY(LOAD_CONST_NONE) : PUSH(RT_CONST_NONE);
            DISPATCH();
            ENTRY(LOAD_CONST_TRUE) : PUSH(RT_CONST_TRUE);
            DISPATCH();
            ENTRY(LOAD_NULL) : PUSH(RT_OBJ_NULL);
            DISPATCH();

            ENTRY(LOAD_CONST_SMALL_INT) : {
                rt_int_t v = (*ip & 0x40) ? -1 : 0;
                do {
                    v = (rt_int_t)(((rt_uint_t)v << 7) | (*ip & 0x7f));
                } while (*ip++ & 0x80);
                PUSH(RT_OBJ_NEW_SMALL_INT(v));
                DISPATCH();
            }

            ENTRY(LOAD_CONST_STRING) : {
                DECODE_QSTR(q);
                PUSH(RT_OBJ_NEW_QSTR(q));
                DISPATCH();
            }

            ENTRY(LOAD_CONST_OBJ) : {
                DECODE_UINT(i);
                PUSH(obj_table[i]);
                DISPATCH();
            }

            ENTRY(LOAD_FAST_N) : {
                DECODE_UINT(n);
                rt_obj_t v = fastn[-(rt_int_t)n];
                if (RT_UNLIKELY(v == RT_OBJ_NULL)) {
                    local_name_error();
                }
                PUSH(v);
                DISPATCH();
            }

            ENTRY(LOAD_DEREF) : {
                DECODE_UINT(n);
                rt_obj_t v = ((rt_obj_cell_t *)fastn[-(rt_int_t)n])->obj;
                if (RT_UNLIKELY(v == RT_OBJ_NULL)) {
                    local_name_error();
                }
                PUSH(v);
                DISPATCH();
            }

            ENTRY(STORE_FAST_N) : {
                DECODE_UINT(n);
                fastn[-(rt_int_t)n] = POP();
                DISPATCH();
            }

            ENTRY(STORE_DEREF) : {
                DECODE_UINT(n);
                ((rt_obj_cell_t *)fastn[-(rt_int_t)n])->obj = POP();
                DISPATCH();
            }

            ENTRY(DELETE_FAST) : {
                DECODE_UINT(n);
                if (fastn[-(rt_int_t)n] == RT_OBJ_NULL) {
                    local_name_error();
                }
                fastn[-(rt_int_t)n] = RT_OBJ_NULL;
                DISPATCH();
            }

            ENTRY(DELETE_DEREF) : {
                DECODE_UINT(n);
                rt_obj_cell_t *cell = fastn[-(rt_int_t)n];
                if (cell->obj == RT_OBJ_NULL) {
                    local_name_error();
                }
                cell->obj = RT_OBJ_NULL;
                DISPATCH();
            }

            ENTRY(LOAD_NAME) : {
                DECODE_QSTR(q);
                PUSH(rt_load_name(q));
                DISPATCH();
            }

            ENTRY(LOAD_GLOBAL) : {
                DECODE_QSTR(q);
                PUSH(rt_load_global(q));
                DISPATCH();
            }

            ENTRY(LOAD_ATTR) : {
                DECODE_QSTR(q);
                SET_TOP(rt_load_attr(TOP(), q));
                DISPATCH();
            }

            ENTRY(LOAD_METHOD) : {
                DECODE_QSTR(q);
                rt_load_method(TOP(), q, sp);
                sp++;
                DISPATCH();
            }

            ENTRY(LOAD_SUPER_METHOD) : {
                DECODE_QSTR(q);
                sp--;
                rt_load_super_method(q, sp - 1);
                DISPATCH();
            }

            ENTRY(STORE_NAME) : {
                DECODE_QSTR(q);
                rt_store_name(q, POP());
                DISPATCH();
            }

            ENTRY(STORE_GLOBAL) : {
                DECODE_QSTR(q);
                rt_store_global(q, POP());
                DISPATCH();
            }

            ENTRY(STORE_ATTR) : {
                DECODE_QSTR(q);
                rt_store_attr(sp[0], q, sp[-1]);
                sp -= 2;
                DISPATCH();
            }

            ENTRY(DELETE_NAME) : {
                DECODE_QSTR(q);
                rt_delete_name(q);
                DISPATCH();
            }

            ENTRY(DELETE_GLOBAL) : {
                DECODE_QSTR(q);
                rt_delete_global(q);
                DISPATCH();
            }

            ENTRY(LOAD_SUBSCR) : {
                rt_obj_t index = POP();
                SET_TOP(rt_subscr(TOP(), index, RT_OBJ_SENTINEL));
                DISPATCH();
            }

            ENTRY(STORE_SUBSCR) : {
                rt_subscr(sp[-1], sp[0], sp[-2]);
                sp -= 3;
                DISPATCH();
            }

            ENTRY(DUP_TOP) : {
                rt_obj_t v = TOP();
                PUSH(v);
                DISPATCH();
            }

            ENTRY(DUP_TOP_TWO) : {
                sp += 2;
                sp[0] = sp[-2];
                sp[-1] = sp[-3];
                DISPATCH();
            }

            ENTRY(POP_TOP) : {
                sp--;
                DISPATCH();
            }

            ENTRY(ROT_TWO) : {
                rt_obj_t v = sp[0];
                sp[0] = sp[-1];
                sp[-1] = v;
                DISPATCH();
            }

            ENTRY(ROT_THREE) : {
                rt_obj_t v = sp[0];
                sp[0] = sp[-1];
                sp[-1] = sp[-2];
                sp[-2] = v;
                DISPATCH();
            }

            ENTRY(JUMP) : {
                DECODE_SLABEL(off);
                ip += off;
                DISPATCH_JUMP();
            }

            ENTRY(POP_JUMP_IF_TRUE) : {
                DECODE_SLABEL(off);
                rt_obj_t v = POP();
                if (v == RT_CONST_TRUE || (v != RT_CONST_FALSE && rt_obj_is_true(v))) {
                    ip += off;
                }
                DISPATCH_JUMP();
            }

            ENTRY(POP_JUMP_IF_FALSE) : {
                DECODE_SLABEL(off);
                rt_obj_t v = POP();
                if (v == RT_CONST_FALSE || (v != RT_CONST_TRUE && !rt_obj_is_true(v))) {
                    ip += off;
                }
                DISPATCH_JUMP();
            }

            ENTRY(JUMP_IF_TRUE_OR_POP) : {
                DECODE_ULABEL(off);
                if (rt_obj_is_true(TOP())) {
                    ip += off;
                } else {
                    sp--;
                }
                DISPATCH_JUMP();
            }

            ENTRY(JUMP_IF_FALSE_OR_POP) : {
                DECODE_ULABEL(off);
                if (!rt_obj_is_true(TOP())) {
                    ip += off;
                } else {
                    sp--;
                }
                DISPATCH_JUMP();
            }

            ENTRY(SETUP_WITH) : {
                DECODE_ULABEL(off);
                rt_obj_t mgr = TOP();
                rt_load_method(mgr, RT_QSTR___exit__, sp);
                rt_load_method(mgr, RT_QSTR___enter__, sp + 2);
                rt_obj_t value = rt_call_method_n_kw(0, 0, sp + 2);
                sp += 1;
                if (RT_UNLIKELY(cs->exc_sp_idx >= rc->n_exc_stack)) {
                    exc_stack_overflow();
                }
                rt_exc_entry_t *e = &exc_stack[cs->exc_sp_idx++];
                e->handler = ip + off;
                e->saved_sp = sp;
                e->prev_exc = RT_OBJ_NULL;
                e->is_finally = 1;
                PUSH(value);
                DISPATCH();
            }

            ENTRY(SETUP_EXCEPT) : ENTRY(SETUP_FINALLY) : {
                bool fin = ip[-1] == BC_SETUP_FINALLY;
                DECODE_ULABEL(off);
                if (RT_UNLIKELY(cs->exc_sp_idx >= rc->n_exc_stack)) {
                    exc_stack_overflow();
                }
                rt_exc_entry_t *e = &exc_stack[cs->exc_sp_idx++];
                e->handler = ip + off;
                e->saved_sp = sp;
                e->prev_exc = RT_OBJ_NULL;
                e->is_finally = fin;
                DISPATCH();
            }

            ENTRY(POP_EXCEPT_JUMP) : {
                DECODE_ULABEL(off);
                cs->exc_sp_idx--;
                ip += off;
                DISPATCH_JUMP();
            }

            ENTRY(WITH_CLEANUP) : {
                rt_obj_t t = TOP();
                if (t == RT_CONST_NONE) {
                    // Normal exit: exit(None, None, None); leaves ... None.
                    rt_obj_t args[5] = {sp[-2], sp[-1], RT_CONST_NONE, RT_CONST_NONE,
                                        RT_CONST_NONE};
                    rt_call_method_n_kw(3, 0, args);
                    sp -= 2;
                    SET_TOP(RT_CONST_NONE);
                } else if (RT_OBJ_IS_SMALL_INT(t)) {
                    // A return or jump in progress: ... exit self X n -> ... X n.
                    rt_obj_t args[5] = {sp[-3], sp[-2], RT_CONST_NONE, RT_CONST_NONE,
                                        RT_CONST_NONE};
                    rt_call_method_n_kw(3, 0, args);
                    sp[-3] = sp[-1];
                    sp[-2] = sp[0];
                    sp -= 2;
                } else {
                    // An exception: exit(type, value, None); a true result swallows it.
                    rt_obj_t args[5] = {sp[-2], sp[-1], (rt_obj_t)rt_obj_get_type(t), t,
                                        RT_CONST_NONE};
                    rt_obj_t r = rt_call_method_n_kw(3, 0, args);
                    sp -= 2;
                    SET_TOP(rt_obj_is_true(r) ? RT_CONST_NONE : t);
                }
                DISPATCH();
            }

            ENTRY(END_FINALLY) : {
                cs->exc_sp_idx--;
                rt_obj_t t = TOP();
                if (t == RT_CONST_NONE) {
                    sp--;
                } else if (RT_OBJ_IS_SMALL_INT(t)) {
                    rt_int_t c = RT_OBJ_SMALL_INT_VALUE(t);
                    sp--;
                    if (c < 0) {
                        goto unwind_return;
                    }
                    PUSH(t);
                    goto unwind_jump;
                } else {
                    rt_raise(t);
                }
                DISPATCH();
            }

            ENTRY(UNWIND_JUMP) : {
                DECODE_SLABEL(off);
                PUSH((rt_obj_t)(ip + off)); // raw target address
                PUSH(RT_OBJ_NEW_SMALL_INT(*ip));
            unwind_jump : {
                rt_int_t n = RT_OBJ_SMALL_INT_VALUE(POP());
                while ((n & 0x7f) > 0) {
                    n -= 1;
                    rt_exc_entry_t *e = &exc_stack[cs->exc_sp_idx - 1];
                    if (e->is_finally) {
                        if (e->handler >= ip) {
                            // Run this finally first; END_FINALLY continues the jump.
                            PUSH(RT_OBJ_NEW_SMALL_INT(n));
                            ip = e->handler;
                            DISPATCH();
                        }
                        // Leaving a finally that is running: drop its pending state.
                        if (RT_OBJ_IS_SMALL_INT(sp[-1])) {
                            sp[-2] = sp[0];
                            sp -= 2;
                        } else {
                            sp[-1] = sp[0];
                            sp -= 1;
                        }
                    }
                    cs->exc_sp_idx--;
                }
                ip = (const uint8_t *)POP();
                if (n & 0x80) {
                    sp -= RT_OBJ_ITER_BUF_NSLOTS;
                }
                DISPATCH();
            }
            }

            ENTRY(GET_ITER) : {
                SET_TOP(rt_getiter(TOP(), NULL));
                DISPATCH();
            }

            ENTRY(GET_ITER_STACK) : {
                rt_obj_t obj = TOP();
                rt_obj_iter_buf_t *buf = (rt_obj_iter_buf_t *)sp;
                rt_obj_t it = rt_getiter(obj, buf);
                if (it != (rt_obj_t)buf) {
                    sp[0] = RT_OBJ_NULL;
                    sp[1] = it;
                    sp[2] = RT_OBJ_NULL;
                    sp[3] = RT_OBJ_NULL;
                }
                sp += RT_OBJ_ITER_BUF_NSLOTS - 1;
                DISPATCH();
            }

            ENTRY(FOR_ITER) : {
                DECODE_ULABEL(off);
                rt_obj_t *slots = sp - (RT_OBJ_ITER_BUF_NSLOTS - 1);
                rt_obj_t it = slots[0] == RT_OBJ_NULL ? slots[1] : (rt_obj_t)slots;
                rt_obj_t v = rt_iternext(it);
                if (v == RT_OBJ_STOP_ITERATION) {
                    sp -= RT_OBJ_ITER_BUF_NSLOTS;
                    ip += off;
                } else {
                    PUSH(v);
                }
                DISPATCH();
            }

            ENTRY(BUILD_TUPLE) : {
                DECODE_UINT(n);
                sp -= (rt_int_t)n - 1;
                *sp = rt_tuple_new(n, sp);
                DISPATCH();
            }

            ENTRY(BUILD_LIST) : {
                DECODE_UINT(n);
                sp -= (rt_int_t)n - 1;
                *sp = rt_list_new(n, sp);
                DISPATCH();
            }

            ENTRY(BUILD_MAP) : {
                DECODE_UINT(n);
                PUSH(rt_dict_new(n));
                DISPATCH();
            }

            ENTRY(STORE_MAP) : {
                rt_dict_store(sp[-2], sp[0], sp[-1]);
                sp -= 2;
                DISPATCH();
            }

            ENTRY(BUILD_SET) : {
                DECODE_UINT(n);
                sp -= (rt_int_t)n - 1;
                *sp = rt_set_new(n, sp);
                DISPATCH();
            }

            ENTRY(BUILD_SLICE) : {
                DECODE_UINT(n);
                rt_obj_t step = RT_CONST_NONE;
                if (n == 3) {
                    step = POP();
                }
                rt_obj_t stop = POP();
                SET_TOP(rt_slice_new(TOP(), stop, step));
                DISPATCH();
            }

            ENTRY(STORE_COMP) : {
                DECODE_UINT(u);
                rt_obj_t coll = sp[-(rt_int_t)(u >> 2)];
                switch (u & 3) {
                    case 0:
                        rt_list_append(coll, sp[0]);
                        sp--;
                        break;
                    case 1:
                        rt_dict_store(coll, sp[0], sp[-1]);
                        sp -= 2;
                        break;
                    default:
                        rt_set_add(coll, sp[0]);
                        sp--;
                        break;
                }
                DISPATCH();
            }

            ENTRY(UNPACK_SEQUENCE) : {
                DECODE_UINT(n);
                rt_unpack_sequence(sp[0], n, sp);
                sp += (rt_int_t)n - 1;
                DISPATCH();
            }

            ENTRY(UNPACK_EX) : {
                DECODE_UINT(u);
                rt_unpack_ex(sp[0], u, sp);
                sp += (u & 0xff) + ((u >> 8) & 0xff);
                DISPATCH();
            }

            ENTRY(MAKE_FUNCTION) : {
                DECODE_UINT(c);
                PUSH(
                    rt_make_function_from_raw_code(rc->children[c], ctx, RT_OBJ_NULL, RT_OBJ_NULL));
                DISPATCH();
            }

            ENTRY(MAKE_FUNCTION_DEFARGS) : {
                DECODE_UINT(c);
                rt_obj_t kw = POP();
                SET_TOP(rt_make_function_from_raw_code(rc->children[c], ctx, TOP(), kw));
                DISPATCH();
            }

            ENTRY(MAKE_CLOSURE) : {
                DECODE_UINT(c);
                size_t n = *ip++;
                rt_obj_t f =
                    rt_make_function_from_raw_code(rc->children[c], ctx, RT_OBJ_NULL, RT_OBJ_NULL);
                sp -= (rt_int_t)n - 1;
                *sp = rt_closure_new(f, n, sp);
                DISPATCH();
            }

            ENTRY(MAKE_CLOSURE_DEFARGS) : {
                DECODE_UINT(c);
                size_t n = *ip++;
                rt_obj_t *cells = sp - n + 1;
                rt_obj_t f =
                    rt_make_function_from_raw_code(rc->children[c], ctx, cells[-2], cells[-1]);
                rt_obj_t cl = rt_closure_new(f, n, cells);
                sp = cells - 2;
                *sp = cl;
                DISPATCH();
            }

            ENTRY(CALL_FUNCTION) : {
                DECODE_UINT(u);
                size_t n_pos = u & 0xff, n_kw = (u >> 8) & 0xff;
                sp -= n_pos + 2 * n_kw;
                *sp = rt_call_function_n_kw(*sp, n_pos, n_kw, sp + 1);
                DISPATCH();
            }

            ENTRY(CALL_FUNCTION_VAR_KW) : {
                DECODE_UINT(u);
                size_t n_pos = u & 0xff, n_kw = (u >> 8) & 0xff;
                sp -= n_pos + 2 * n_kw + 1;
                *sp = rt_call_method_n_kw_var(false, u, sp);
                DISPATCH();
            }

            ENTRY(CALL_METHOD) : {
                DECODE_UINT(u);
                size_t n_pos = u & 0xff, n_kw = (u >> 8) & 0xff;
                sp -= n_pos + 2 * n_kw + 1;
                *sp = rt_call_method_n_kw(n_pos, n_kw, sp);
                DISPATCH();
            }

            ENTRY(CALL_METHOD_VAR_KW) : {
                DECODE_UINT(u);
                size_t n_pos = u & 0xff, n_kw = (u >> 8) & 0xff;
                sp -= n_pos + 2 * n_kw + 2;
                *sp = rt_call_method_n_kw_var(true, u, sp);
                DISPATCH();
            }

            ENTRY(RETURN_VALUE) : {
            unwind_return:
                // Run every finally that encloses this point (bytecode.md 5.4).
                while (cs->exc_sp_idx > 0) {
                    rt_exc_entry_t *e = &exc_stack[cs->exc_sp_idx - 1];
                    if (e->is_finally) {
                        if (e->handler >= ip) {
                            e->saved_sp[1] = sp[0];
                            sp = &e->saved_sp[1];
                            PUSH(RT_OBJ_NEW_SMALL_INT(-1));
                            ip = e->handler;
                            DISPATCH();
                        }
                        if (RT_OBJ_IS_SMALL_INT(sp[-1])) {
                            sp[-2] = sp[0];
                            sp -= 2;
                        } else {
                            sp[-1] = sp[0];
                            sp -= 1;
                        }
                    }
                    cs->exc_sp_idx--;
                }
                rt_nlr_pop();
                cs->sp = sp;
                cs->ip = ip;
                return RT_VM_RETURN_NORMAL;
            }

            ENTRY(RAISE_LAST) : {
                for (size_t i = cs->exc_sp_idx; i > 0; i--) {
                    if (exc_stack[i - 1].prev_exc != RT_OBJ_NULL) {
                        rt_raise(exc_stack[i - 1].prev_exc);
                    }
                }
                rt_raise_msg(&rt_type_RuntimeError, "no active exception to reraise");
            }

            ENTRY(RAISE_OBJ) : {
                rt_raise(TOP());
            }

            ENTRY(RAISE_FROM) : {
                rt_obj_t cause = POP();
                if (cause != RT_CONST_NONE) {
                    rt_print_str(&rt_print_stdout, "Warning: exception chaining not supported\n");
                }
                rt_raise(TOP());
            }

            ENTRY(YIELD_VALUE) : {
                rt_nlr_pop();
                cs->ip = ip;
                cs->sp = sp;
                return RT_VM_RETURN_YIELD;
            }

            ENTRY(YIELD_FROM) : {
                rt_obj_t thrown = inject_exc;
                inject_exc = RT_OBJ_NULL;
                rt_obj_t send = POP();
                rt_obj_t ret;
                rt_vm_return_t k =
                    rt_resume(TOP(), thrown != RT_OBJ_NULL ? RT_OBJ_NULL : send, thrown, &ret);
                if (k == RT_VM_RETURN_YIELD) {
                    PUSH(ret);
                    rt_nlr_pop();
                    cs->ip = ip - 1;
                    cs->sp = sp;
                    return RT_VM_RETURN_YIELD;
                }
                if (k == RT_VM_RETURN_NORMAL) {
                    SET_TOP(ret);
                    if (is_generator_exit(thrown)) {
                        rt_raise(thrown);
                    }
                    DISPATCH();
                }
                sp--;
                rt_raise(ret);
            }

            ENTRY(IMPORT_NAME) : {
                DECODE_QSTR(q);
                rt_obj_t fromlist = POP();
                SET_TOP(rt_import_name(q, fromlist, TOP()));
                DISPATCH();
            }

            ENTRY(IMPORT_FROM) : {
                DECODE_QSTR(q);
                rt_obj_t v = rt_import_from(TOP(), q);
                PUSH(v);
                DISPATCH();
            }

            ENTRY(IMPORT_STAR) : {
                rt_import_all(POP());
                DISPATCH();
            }

            ENTRY(LOAD_BUILD_CLASS) : {
                PUSH(rt_load_build_class());
                DISPATCH();
            }

            ENTRY_RANGE(LOAD_CONST_SMALL_INT_MULTI)
                :
#if !RT_CONFIG_COMPUTED_GOTO
            {
                uint8_t op = ip[-1];
                if (op >= BC_LOAD_CONST_SMALL_INT_MULTI &&
                    op < BC_LOAD_CONST_SMALL_INT_MULTI + BC_LOAD_CONST_SMALL_INT_MULTI_NUM) {
                    goto small_int_multi;
                }
                if (op >= BC_LOAD_FAST_MULTI && op < BC_LOAD_FAST_MULTI + 16) {
                    goto load_fast_multi;
                }
                if (op >= BC_STORE_FAST_MULTI && op < BC_STORE_FAST_MULTI + 16) {
                    goto store_fast_multi;
                }
                if (op >= BC_UNARY_OP_MULTI && op < BC_UNARY_OP_MULTI + BC_UNARY_OP_MULTI_NUM) {
                    goto unary_op_multi;
                }
                if (op >= BC_BINARY_OP_MULTI && op < BC_BINARY_OP_MULTI + BC_BINARY_OP_MULTI_NUM) {
                    goto binary_op_multi;
                }
                goto bad_opcode;
            }
        small_int_multi :
#endif
        {
            PUSH(RT_OBJ_NEW_SMALL_INT((rt_int_t)ip[-1] - 0x80));
            DISPATCH();
        }

#if RT_CONFIG_COMPUTED_GOTO
            ENTRY_RANGE(LOAD_FAST_MULTI)
                :
#else
            load_fast_multi :
#endif
            {
                rt_obj_t v = fastn[-(rt_int_t)(ip[-1] - BC_LOAD_FAST_MULTI)];
                if (RT_UNLIKELY(v == RT_OBJ_NULL)) {
                    local_name_error();
                }
                PUSH(v);
                DISPATCH();
            }

#if RT_CONFIG_COMPUTED_GOTO
            ENTRY_RANGE(STORE_FAST_MULTI)
                :
#else
            store_fast_multi :
#endif
            {
                fastn[-(rt_int_t)(ip[-1] - BC_STORE_FAST_MULTI)] = POP();
                DISPATCH();
            }

#if RT_CONFIG_COMPUTED_GOTO
            ENTRY_RANGE(UNARY_OP_MULTI)
                :
#else
            unary_op_multi :
#endif
            {
                SET_TOP(rt_unary_op((rt_unary_op_t)(ip[-1] - BC_UNARY_OP_MULTI), TOP()));
                DISPATCH();
            }

#if RT_CONFIG_COMPUTED_GOTO
            ENTRY_RANGE(BINARY_OP_MULTI)
                :
#else
            binary_op_multi :
#endif
            {
                rt_binary_op_t op = (rt_binary_op_t)(ip[-1] - BC_BINARY_OP_MULTI);
                rt_obj_t rhs = POP();
                rt_obj_t lhs = TOP();
                if (RT_OBJ_IS_SMALL_INT(lhs) && RT_OBJ_IS_SMALL_INT(rhs)) {
                    // Fast paths that cannot overflow a small int.
                    rt_int_t a = RT_OBJ_SMALL_INT_VALUE(lhs), b = RT_OBJ_SMALL_INT_VALUE(rhs);
                    switch (op) {
                        case RT_BINARY_OP_LESS:
                            SET_TOP(RT_BOOL(a < b));
                            DISPATCH();
                        case RT_BINARY_OP_MORE:
                            SET_TOP(RT_BOOL(a > b));
                            DISPATCH();
                        case RT_BINARY_OP_EQUAL:
                            SET_TOP(RT_BOOL(a == b));
                            DISPATCH();
                        case RT_BINARY_OP_LESS_EQUAL:
                            SET_TOP(RT_BOOL(a <= b));
                            DISPATCH();
                        case RT_BINARY_OP_MORE_EQUAL:
                            SET_TOP(RT_BOOL(a >= b));
                            DISPATCH();
                        case RT_BINARY_OP_NOT_EQUAL:
                            SET_TOP(RT_BOOL(a != b));
                            DISPATCH();
                        case RT_BINARY_OP_ADD:
                        case RT_BINARY_OP_INPLACE_ADD: {
                            rt_int_t r = a + b; // no overflow: both fit in RT_SMALL_INT_BITS
                            if (RT_SMALL_INT_FITS(r)) {
                                SET_TOP(RT_OBJ_NEW_SMALL_INT(r));
                                DISPATCH();
                            }
                            break;
                        }
                        case RT_BINARY_OP_SUBTRACT:
                        case RT_BINARY_OP_INPLACE_SUBTRACT: {
                            rt_int_t r = a - b;
                            if (RT_SMALL_INT_FITS(r)) {
                                SET_TOP(RT_OBJ_NEW_SMALL_INT(r));
                                DISPATCH();
                            }
                            break;
                        }
                        default:
                            break;
                    }
                }
                SET_TOP(rt_binary_op(op, lhs, rhs));
                DISPATCH();
            }

#if RT_CONFIG_COMPUTED_GOTO
        op_bad:
#else
            bad_opcode:
#endif
            rt_raise_msg(&rt_type_NotImplementedError, "opcode");
#if !RT_CONFIG_COMPUTED_GOTO
        } // switch
#endif
    }
    else {
        // An exception arrived (bytecode.md 5.2).
        rt_obj_t exc = nlr.ret_val;
        const uint8_t *at = cs->ip;
        uint8_t op = *at;
        if (op != BC_END_FINALLY && op != BC_RAISE_LAST) {
            size_t line = rt_bc_get_line(rc, (size_t)(at - rc->code));
            rt_exception_add_traceback(exc, qstr_table[0], line, rc->name);
        }
        while (cs->exc_sp_idx > 0 && exc_stack[cs->exc_sp_idx - 1].handler <= at) {
            cs->exc_sp_idx--;
        }
        if (cs->exc_sp_idx == 0) {
            cs->state[0] = exc;
            return RT_VM_RETURN_EXCEPTION;
        }
        rt_exc_entry_t *e = &exc_stack[cs->exc_sp_idx - 1];
        e->prev_exc = exc;
        cs->ip = e->handler;
        cs->sp = e->saved_sp + 1;
        *cs->sp = exc;
        rt_state.roots.active_exception = exc;
    }
}
}
