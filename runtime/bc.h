// Bytecode execution structures: the module context (a loaded module), raw codes (the loader's
// tree of compiled functions), bytecode function objects, the code state (a frame) and the VM
// entry points. Layouts marked "ABI" are read by native code (native-abi.md 1.2-1.4).
#ifndef RT_BC_H
#define RT_BC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "map.h"
#include "obj.h"

// A loaded .mpy module: its object is the context (ABI, native-abi.md 1.3).
typedef struct rt_module_context {
    rt_obj_base_t base;         // word 0: &rt_type_module
    rt_obj_dict_t *globals;     // word 1
    const uint16_t *qstr_table; // word 2: runtime qstr of each .mpy qstr-table entry
    const rt_obj_t *obj_table;  // word 3: the .mpy constant objects
    uint32_t n_qstr;            // entries of qstr_table (the loader checked every use)
    uint32_t n_obj;
} rt_module_context_t;

// One compiled function (raw code) from a .mpy file. Bytecode is used in place: fun_data
// points into the loaded image when it outlives the module (frozen or persistent buffers).
typedef struct rt_raw_code {
    uint8_t kind;        // MPY_CODE_*
    uint8_t scope_flags; // MPY_SCOPE_FLAG_* of the prelude
    uint16_t n_children;
    uint32_t fun_data_len;
    const uint8_t *fun_data;
    struct rt_raw_code **children;
    // Decoded prelude (bytecode): mpy-format.md 8.
    uint16_t n_state;
    uint16_t n_exc_stack;
    uint16_t n_pos_args;
    uint16_t n_kwonly_args;
    uint16_t n_def_pos_args;
    uint16_t n_cell;
    uint16_t name;            // runtime qstr of simple_name
    const uint8_t *arg_names; // n_pos_args + n_kwonly_args vuint qstr-table indices
    const uint8_t *line_info; // line-number table
    const uint8_t *line_info_end;
    const uint8_t *cells; // n_cell local numbers
    const uint8_t *code;  // first instruction; the code ends at fun_data + fun_data_len
} rt_raw_code_t;

// A bytecode function (ABI words 0-2; word 3 is the raw code here, fun_data for native code).
typedef struct rt_obj_fun_bc {
    rt_obj_base_t base;                     // word 0: &rt_type_fun_bc or &rt_type_generator
    const rt_module_context_t *context;     // word 1
    struct rt_raw_code *const *child_table; // word 2
    const rt_raw_code_t *rc;                // word 3
    rt_obj_t extra_args[];                  // positional defaults, then the kw-only defaults dict
} rt_obj_fun_bc_t;

// One entry of a frame's exception-handler stack (bytecode.md 5.1).
typedef struct rt_exc_entry {
    const uint8_t *handler; // handler address
    rt_obj_t *saved_sp;     // value-stack pointer when the entry was pushed
    rt_obj_t prev_exc;      // the exception this entry is handling, or NULL
    uintptr_t is_finally;   // finally-type (SETUP_FINALLY, SETUP_WITH) or except-type
} rt_exc_entry_t;

// A frame (ABI layout of the first five words, native-abi.md 1.4). The exception-handler
// stack follows state[n_state].
typedef struct rt_code_state {
    rt_obj_fun_bc_t *fun_bc;
    const uint8_t *ip;
    rt_obj_t *sp; // top of the value stack (state - 1 when empty)
    uint16_t n_state;
    uint16_t exc_sp_idx; // handler entries in use
    rt_obj_dict_t *old_globals;
    rt_obj_t state[];
} rt_code_state_t;

static inline rt_exc_entry_t *rt_code_state_exc_stack(rt_code_state_t *cs) {
    return (rt_exc_entry_t *)(cs->state + cs->n_state);
}

// Bytes of a code state with its value stack and handler stack.
static inline size_t rt_code_state_size(const rt_raw_code_t *rc) {
    return sizeof(rt_code_state_t) + rc->n_state * sizeof(rt_obj_t) +
           rc->n_exc_stack * sizeof(rt_exc_entry_t);
}

typedef enum {
    RT_VM_RETURN_NORMAL,    // the return value is *cs->sp
    RT_VM_RETURN_YIELD,     // the yielded value is *cs->sp
    RT_VM_RETURN_EXCEPTION, // the exception is cs->state[0]
} rt_vm_return_t;

// Runs the frame from cs->ip. `inject_exc` (or NULL) is raised at the current instruction
// first (generator.throw). Never raises: exceptions come back as RT_VM_RETURN_EXCEPTION.
rt_vm_return_t rt_vm_execute(rt_code_state_t *cs, rt_obj_t inject_exc);

// Fills a fresh frame for a call (bytecode.md 7.1): cs->fun_bc and cs->n_state set, the
// rest is done here. Raises TypeError on an argument mismatch.
void rt_bc_setup_args(rt_code_state_t *cs, size_t n_args, size_t n_kw, const rt_obj_t *args);

// Source line of the instruction at `offset` bytes into rc->code.
size_t rt_bc_get_line(const rt_raw_code_t *rc, size_t offset);

// Function objects for MAKE_FUNCTION*: def_args is a tuple of positional defaults or NULL,
// def_kw_args a dict of keyword-only defaults or NULL.
rt_obj_t rt_make_function_from_raw_code(const rt_raw_code_t *rc, const rt_module_context_t *context,
                                        rt_obj_t def_args, rt_obj_t def_kw_args);

// Generators (obj_generator.c): one step of send/throw. On RT_VM_RETURN_YIELD *ret is the
// yielded value, on NORMAL the return value, on EXCEPTION the exception.
rt_vm_return_t rt_gen_resume(rt_obj_t gen, rt_obj_t send, rt_obj_t throw_value, rt_obj_t *ret);
// next(gen): the next value, or StopIteration carrying the return value.
rt_obj_t rt_gen_next(rt_obj_t gen);
// The same for any iterator a YIELD_FROM delegates to (bytecode.md 9.3).
rt_vm_return_t rt_resume(rt_obj_t it, rt_obj_t send, rt_obj_t throw_value, rt_obj_t *ret);

#endif
