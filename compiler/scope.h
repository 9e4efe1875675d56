// What the code generator knows about one scope (module, class, function, lambda,
// comprehension): its kind, name, parameter counts, identifiers with their final kinds and local
// numbers, and the sizes the emitter measures. The compiler creates and fills scopes
// (compiler-semantics.md 4); the emitters read them and store their results here. Plain data in
// the unit's arena: no functions, no ownership beyond the arena.
#ifndef MPYC_SCOPE_H
#define MPYC_SCOPE_H

#include <stdbool.h>
#include <stdint.h>

#include "util/intern.h"

struct ast;
struct emit_raw_code;

// Scope kinds, in stock order: everything from SCOPE_LAMBDA on is "function-like" (its
// assigned names are locals), the four comprehension kinds are contiguous.
typedef enum scope_kind {
    SCOPE_MODULE,
    SCOPE_CLASS,
    SCOPE_LAMBDA,
    SCOPE_LIST_COMP,
    SCOPE_DICT_COMP,
    SCOPE_SET_COMP,
    SCOPE_GEN_EXPR,
    SCOPE_FUNCTION,
} scope_kind;

#define SCOPE_IS_FUNC_LIKE(k) ((k) >= SCOPE_LAMBDA)
#define SCOPE_IS_COMP_LIKE(k) ((k) >= SCOPE_LIST_COMP && (k) <= SCOPE_GEN_EXPR)

// Identifier kinds (compiler-semantics.md 4.3); the kind decides the instruction (4.8).
typedef enum scope_id_kind {
    SCOPE_ID_UNDECIDED,                // seen in `global` before anything else; transient
    SCOPE_ID_GLOBAL_IMPLICIT,          // *_NAME
    SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, // *_NAME; assigned at module/class level
    SCOPE_ID_GLOBAL_EXPLICIT,          // *_GLOBAL
    SCOPE_ID_LOCAL,                    // *_FAST
    SCOPE_ID_CELL,                     // *_DEREF; a local captured by an inner scope
    SCOPE_ID_FREE,                     // *_DEREF; a variable of an enclosing scope
} scope_id_kind;

// scope_id.flags
enum {
    SCOPE_ID_PARAM = 0x01,       // a named parameter (its name goes into the prelude)
    SCOPE_ID_STAR_PARAM = 0x02,  // *args
    SCOPE_ID_DSTAR_PARAM = 0x04, // **kwargs
};

typedef struct scope_id {
    intern_id name;
    uint8_t kind;       // scope_id_kind
    uint8_t flags;      // SCOPE_ID_*
    uint16_t local_num; // LOCAL/CELL/FREE: slot number after finalisation (4.5)
} scope_id;

// scope.flags: the low four bits are the prelude's scope flags and have its values
// (MPY_SCOPE_FLAG_* in runtime/format/mpy_format.h); higher bits are free for native emitters.
enum {
    SCOPE_FLAG_GENERATOR = 0x01,   // set by the emitter's yield, or by the compiler (async def)
    SCOPE_FLAG_VARKEYWORDS = 0x02, // **kwargs
    SCOPE_FLAG_VARARGS = 0x04,     // named *args
    SCOPE_FLAG_DEFKWARGS = 0x08,   // some keyword-only parameter has a default
};

// Which emitter compiles the scope (6.19 built-in decorators).
typedef enum scope_emit {
    SCOPE_EMIT_BYTECODE,
    SCOPE_EMIT_NATIVE,
    SCOPE_EMIT_VIPER,
    SCOPE_EMIT_ASM,
} scope_emit;

typedef struct scope {
    uint8_t kind;            // scope_kind
    uint8_t emit;            // scope_emit
    uint16_t flags;          // SCOPE_FLAG_*
    struct scope *parent;    // the enclosing scope (NULL for the module)
    struct scope *next;      // the scope list in creation order (4.2); passes walk it
    const struct ast *node;  // the compiler's own: the node the scope was made from
    intern_id simple_name;   // "<module>", the def/class name, "<lambda>", "<listcomp>", ...
    uint32_t n_pos_args;     // positional parameters, including leading free variables (4.5)
    uint32_t n_kwonly_args;  // keyword-only parameters
    uint32_t n_def_pos_args; // positional parameters with a default (set at MAKE_FUNCTION)
    uint32_t n_locals;       // slots for locals, cells and free variables
    // Measured by the emitter in its stack-size pass; read back in the later passes.
    uint32_t stack_size;     // maximum value-stack depth (compiler-semantics.md 10)
    uint32_t exc_stack_size; // maximum nesting of SETUP_* handler blocks
    // Identifiers in order of first mention (parameters first); the emitter reads names of
    // parameters (flag PARAM, by local_num) and the CELL entries, in this order.
    scope_id *ids;
    uint32_t n_ids, cap_ids;
    // A hash index of ids by name once there are many (compile/scope.c): slots hold an ids
    // position + 1, or 0 when empty. NULL while the table is small enough to scan.
    uint32_t *index;
    uint32_t cap_index;       // a power of two, at least twice n_ids
    struct emit_raw_code *rc; // the scope's code; made by the emitter when first needed
} scope;

#endif
