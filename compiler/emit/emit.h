// The emitter interface: what the code generator (compiler/compile) calls to produce code, one
// table of function pointers per backend (bytecode here; native emitters plug in beside it),
// plus the module-wide tables every backend shares (qstrs, constant objects, raw codes). The
// compiler never sees encodings; emitters never see AST nodes. Everything lives in the unit's
// arena; nothing here prints (errors are recorded in emit_module.error).
//
// How the compiler drives an emitter (mirrors stock compile.c, compiler-semantics.md 1, 12):
//
//   emit_module_init(&m, arena, names, source_name_id);
//   e = emit_bc_new(&m);  ops = &emit_bc_ops;
//   for each scope s in list order:                 // pass 1: classify names, create scopes
//       ops->start_pass(e, EMIT_PASS_SCOPE, s); <body>; ops->end_pass(e);
//   finalise scopes (local numbers, cells, free variables; 4.5)
//   for each scope s in list order:
//       ops->start_pass(e, EMIT_PASS_STACK_SIZE, s); <body>; ops->end_pass(e);
//       ops->start_pass(e, EMIT_PASS_CODE_SIZE, s);  <body>; ops->end_pass(e);
//       do { ops->start_pass(e, EMIT_PASS_EMIT, s); <body>; } while (!ops->end_pass(e));
//   if (m.error) report it; else m.root = emit_scope_raw_code(&m, module_scope) -> mpy_write
//
// <body> is the same sequence of calls in every pass, with one exception: in EMIT_PASS_SCOPE
// the compiler classifies identifiers itself and does NOT call load_id/store_id/delete_id
// (their kinds are not known yet). Every other call is made in every pass, dead code
// included: that is how qstrs, constant objects and child indices get stock's order
// (compiler-semantics.md 8, 9) and how the stack is sized (10). Pass 1 of every scope goes
// through the bytecode emitter, even for scopes a native emitter compiles later (as in stock:
// it fixes the qstr order; stock's inline-assembler scopes alone skip it); passes 2-4 use the
// scope's own emitter.
//
// What the emitter reads from the scope (compiler/scope.h), and when it must be right:
//   pass 1 on:  kind, simple_name, flags (GENERATOR for async def; yield sets it itself)
//   pass 2 on:  n_pos_args, n_kwonly_args, n_locals, ids with final kinds and local numbers
//               (parameter names and cells come from ids), n_def_pos_args and DEFKWARGS (set
//               by the parent's make_function code, which runs first: scope-list order)
// and what it writes: stack_size and exc_stack_size (pass 2), rc (EMIT).
//
// Lines: call set_source_line with a node's line whenever compiling of a node (not a leaf)
// starts (13); the emitter keeps only increases. Errors: check m.error after end_pass and stop.
//
// Labels are small integers the compiler allocates per scope, starting at 0 in every pass
// (the same numbers in every pass); each must be assigned exactly once per pass. Jumps may name
// a label before or after it is assigned. A backend that needs labels of its own (native code)
// numbers them above the compiler's.
#ifndef MPYC_EMIT_H
#define MPYC_EMIT_H

#include <stdbool.h>
#include <stdint.h>

#include "../scope.h"
#include "../util/arena.h"
#include "../util/intern.h"
#include "const.h"

// ---------------------------------------------------------------------------------------------
// Passes, in stock's numbering.

typedef enum emit_pass {
    EMIT_PASS_SCOPE = 1,      // names are being classified: only tables are filled
    EMIT_PASS_STACK_SIZE = 2, // measure stack and handler depth; every jump counts 3 bytes
    EMIT_PASS_CODE_SIZE = 3,  // size the jumps and the code
    EMIT_PASS_EMIT = 4,       // write; repeated while end_pass returns false
} emit_pass;

typedef enum emit_error {
    EMIT_OK = 0,
    EMIT_ERR_NO_MEMORY,         // the arena ran out
    EMIT_ERR_BYTECODE_OVERFLOW, // a jump does not fit 2 bytes: "RuntimeError: bytecode overflow"
    EMIT_ERR_TOO_BIG,           // a count beyond what the format can hold (e.g. a cell > 255)
    EMIT_ERR_INTERNAL,          // the calls broke a rule above (a compiler bug): passes that
                                // disagree, a negative stack, a label never assigned
} emit_error;

// ---------------------------------------------------------------------------------------------
// Raw codes: the emitted code of one scope and its children (mpy-format.md 7), what the .mpy
// writer stores. Made by emit_scope_raw_code(), filled by the backend's last EMIT pass.

typedef struct emit_raw_code {
    uint8_t kind;            // mpy_code_kind: 0 bytecode, 1 native, 2 viper, 3 inline asm
    bool done;               // fun_data is final
    uint16_t scope_flags;    // SCOPE_FLAG_* of the scope
    const uint8_t *fun_data; // bytecode: prelude + instructions (arena)
    uint32_t fun_data_len;
    struct emit_raw_code **children; // in child-index order (the MAKE_* operands)
    uint32_t n_children;
    uint32_t prelude_offset; // native Python: offset of the prelude inside fun_data
    uint32_t asm_n_pos_args; // inline asm: argument count
    uint32_t asm_type_sig;   // inline asm: return type (mpy_asm_type)
} emit_raw_code;

// ---------------------------------------------------------------------------------------------
// The module-wide state every backend shares: stock's mp_emit_common_t.

typedef struct emit_module {
    arena *arena;
    intern_table *names; // qstr ids to text; the emitter interns "*" and the like
    bool no_lines;       // -O3 / -X no-source-lines: empty line-number tables
    emit_error error;    // the first error; later calls do nothing harmful
    emit_pass pass;      // of the scope being compiled
    // The qstr table in first-use order (9.1); [0] is the source file name.
    intern_id *qstrs;
    uint32_t n_qstrs, cap_qstrs;
    uint32_t *qstr_index; // by intern id: table index + 1, 0 when not used yet
    uint32_t n_qstr_index;
    // The object table in first-use order (9.2), and a hash index over it.
    const emit_const **objs;
    uint32_t n_objs, cap_objs;
    uint32_t *obj_slots; // open addressing by emit_const_hash: table index + 1, 0 = empty
    uint32_t n_obj_slots;
    // Children of the scope being compiled: indices count up from 0 in every pass; the
    // array is sized in CODE_SIZE from the previous pass's count and filled in EMIT.
    uint32_t n_children;
    emit_raw_code **children;
    uint32_t cap_children;
    emit_raw_code *root; // the module's raw code, for the writer (set by the driver)
} emit_module;

// Seeds the qstr table with the source file name (entry 0). False on no memory.
bool emit_module_init(emit_module *m, arena *a, intern_table *names, intern_id source);
// Table index of a qstr, appending it on first use. Any pass may call it.
uint32_t emit_module_use_qstr(emit_module *m, intern_id q);
// Table index of a constant object, appending it unless a strictly equal one is there.
uint32_t emit_module_use_const(emit_module *m, const emit_const *c);
// Called by every backend's start_pass: records the pass, resets the child counter.
void emit_module_start_pass(emit_module *m, emit_pass pass);
// Allocates the next child index for MAKE_FUNCTION/MAKE_CLOSURE of `child`.
uint32_t emit_module_use_child(emit_module *m, scope *child);
// The raw code of a scope, made on first request (its contents arrive with its EMIT pass).
emit_raw_code *emit_scope_raw_code(emit_module *m, scope *s);
// Records an error (the first one wins).
void emit_module_fail(emit_module *m, emit_error err);

// ---------------------------------------------------------------------------------------------
// Operand kinds of the calls below (values are stock's, so backends may add them to opcodes).

typedef enum emit_local_kind { EMIT_LOCAL_FAST = 0, EMIT_LOCAL_DEREF = 1 } emit_local_kind;
typedef enum emit_global_kind { EMIT_GLOBAL_NAME = 0, EMIT_GLOBAL_GLOBAL = 1 } emit_global_kind;
typedef enum emit_import_kind {
    EMIT_IMPORT_NAME = 0, // level fromlist -> module           IMPORT_NAME q
    EMIT_IMPORT_FROM = 1, // module -> module value             IMPORT_FROM q
    EMIT_IMPORT_STAR = 2, // module ->                          IMPORT_STAR (name unused)
} emit_import_kind;
typedef enum emit_access {
    EMIT_ACCESS_LOAD = 0,
    EMIT_ACCESS_STORE = 1,
    EMIT_ACCESS_DELETE = 2, // emitted as LOAD_NULL, ROT_*, STORE_* (6.4)
} emit_access;
typedef enum emit_block {
    EMIT_BLOCK_WITH = 0,    // SETUP_WITH
    EMIT_BLOCK_EXCEPT = 1,  // SETUP_EXCEPT
    EMIT_BLOCK_FINALLY = 2, // SETUP_FINALLY
} emit_block;
typedef enum emit_build {
    EMIT_BUILD_TUPLE = 0,
    EMIT_BUILD_LIST = 1,
    EMIT_BUILD_MAP = 2, // n is the size hint; the items follow with store_map
    EMIT_BUILD_SET = 3,
    EMIT_BUILD_SLICE = 4,
} emit_build;
typedef enum emit_yield { EMIT_YIELD_VALUE = 0, EMIT_YIELD_FROM = 1 } emit_yield;
typedef enum emit_tok {
    EMIT_TOK_FALSE = 0,
    EMIT_TOK_NONE = 1,
    EMIT_TOK_TRUE = 2,
    EMIT_TOK_ELLIPSIS = 3, // LOAD_CONST_OBJ of Ellipsis
} emit_tok;

// star_flags of call_function/call_method: some argument is *x / **x. With either set the
// compiler has pushed the star bitmap (a small int) after the arguments (7.3).
enum { EMIT_STAR_SINGLE = 0x01, EMIT_STAR_DOUBLE = 0x02 };

// Operators: unary_op and binary_op take the bytecode operator numbers (bc_unary_op,
// bc_binary_op of runtime/format/bc_ops.h: 0..3 and 0..34) and two compiler-only binary
// operators that the bytecode backend expands into IN/IS followed by NOT.
enum { EMIT_BINARY_NOT_IN = 50, EMIT_BINARY_IS_NOT = 51 };

// ---------------------------------------------------------------------------------------------
// The backend interface. `emit` is each backend's private state.

typedef struct emit emit;

typedef struct emit_id_ops {
    void (*local)(emit *e, intern_id name, uint32_t local_num, emit_local_kind kind);
    void (*global)(emit *e, intern_id name, emit_global_kind kind);
} emit_id_ops;

typedef struct emit_ops {
    // Begins a pass over scope s (writes the prelude's fixed part).
    void (*start_pass)(emit *e, emit_pass pass, scope *s);
    // Ends it. False only after EMIT_PASS_EMIT when the code shrank: run EMIT again.
    bool (*end_pass)(emit *e);
    // Compiler-side stack accounting that no instruction expresses (table of section 10).
    void (*adjust_stack_size)(emit *e, int delta);
    // The compiler starts compiling a node on this line (13); lines never go back.
    void (*set_source_line)(emit *e, uint32_t line);

    emit_id_ops load_id, store_id, delete_id; // never in EMIT_PASS_SCOPE (use emit_id_op)

    void (*label_assign)(emit *e, uint32_t label);
    void (*import)(emit *e, intern_id name, emit_import_kind kind);
    void (*load_const_tok)(emit *e, emit_tok tok);
    void (*load_const_small_int)(emit *e, int64_t v); // must fit the small-int width
    void (*load_const_str)(emit *e, intern_id s);     // an interned string (3.6)
    void (*load_const_obj)(emit *e, const emit_const *c);
    void (*load_null)(emit *e);
    void (*load_method)(emit *e, intern_id name, bool is_super);
    void (*load_build_class)(emit *e);
    void (*subscr)(emit *e, emit_access kind);
    void (*attr)(emit *e, intern_id name, emit_access kind);
    void (*dup_top)(emit *e);
    void (*dup_top_two)(emit *e);
    void (*pop_top)(emit *e);
    void (*rot_two)(emit *e);
    void (*rot_three)(emit *e);
    void (*jump)(emit *e, uint32_t label);
    void (*pop_jump_if)(emit *e, bool cond, uint32_t label);
    void (*jump_if_or_pop)(emit *e, bool cond, uint32_t label);
    // break/continue leaving `except_depth` handler blocks (6.14); from_for: a break out of a
    // general for loop, which also drops the loop's 4 iterator slots.
    void (*unwind_jump)(emit *e, uint32_t label, uint32_t except_depth, bool from_for);
    // SETUP_WITH/EXCEPT/FINALLY: one handler level deeper until the matching end_finally.
    void (*setup_block)(emit *e, uint32_t label, emit_block kind);
    // LOAD_CONST_NONE, label:, WITH_CLEANUP (and the with block's stack accounting).
    void (*with_cleanup)(emit *e, uint32_t label);
    // The normal-exit and exception-test part of `async with` (6.22).
    void (*async_with_setup_finally)(emit *e, uint32_t label_aexit_no_exc,
                                     uint32_t label_finally_block, uint32_t label_ret_unwind_jump);
    // END_FINALLY: one handler level shallower.
    void (*end_finally)(emit *e);
    void (*get_iter)(emit *e, bool use_stack);
    void (*for_iter)(emit *e, uint32_t label);
    void (*for_iter_end)(emit *e); // at the loop's exhaustion label: the -4 of section 10
    void (*pop_except_jump)(emit *e, uint32_t label, bool within_exc_handler);
    void (*unary_op)(emit *e, unsigned op);
    void (*binary_op)(emit *e, unsigned op);
    void (*build)(emit *e, uint32_t n_args, emit_build kind);
    void (*store_map)(emit *e);
    // Adds TOS (dict: TOS1:TOS) to the collection collection_stack_index slots down (5.5).
    void (*store_comp)(emit *e, scope_kind kind, uint32_t collection_stack_index);
    void (*unpack_sequence)(emit *e, uint32_t n_args);
    void (*unpack_ex)(emit *e, uint32_t n_left, uint32_t n_right);
    // Creates a function from child scope `child`; defaults (if any) are on the stack (7.1).
    void (*make_function)(emit *e, scope *child, uint32_t n_pos_defaults, uint32_t n_kw_defaults);
    void (*make_closure)(emit *e, scope *child, uint32_t n_closed_over, uint32_t n_pos_defaults,
                         uint32_t n_kw_defaults);
    void (*call_function)(emit *e, uint32_t n_positional, uint32_t n_keyword, unsigned star_flags);
    void (*call_method)(emit *e, uint32_t n_positional, uint32_t n_keyword, unsigned star_flags);
    void (*return_value)(emit *e);
    void (*raise_varargs)(emit *e, uint32_t n_args); // 0 RAISE_LAST, 1 RAISE_OBJ, 2 RAISE_FROM
    void (*yield)(emit *e, emit_yield kind);         // also marks the scope a generator
    // Entering / leaving the handler code of try/except (the +4 / -3 of section 10).
    void (*start_except_handler)(emit *e);
    void (*end_except_handler)(emit *e);
} emit_ops;

// Loads, stores or deletes identifier `id` of the current scope with the instruction its kind
// calls for (compiler-semantics.md 4.8). `ops` is one of &emit_ops.load_id/store_id/delete_id.
static inline void emit_id_op(const emit_id_ops *ops, emit *e, const scope_id *id) {
    switch ((scope_id_kind)id->kind) {
        case SCOPE_ID_GLOBAL_EXPLICIT:
            ops->global(e, id->name, EMIT_GLOBAL_GLOBAL);
            break;
        case SCOPE_ID_LOCAL:
            ops->local(e, id->name, id->local_num, EMIT_LOCAL_FAST);
            break;
        case SCOPE_ID_CELL:
        case SCOPE_ID_FREE:
            ops->local(e, id->name, id->local_num, EMIT_LOCAL_DEREF);
            break;
        case SCOPE_ID_UNDECIDED:
        case SCOPE_ID_GLOBAL_IMPLICIT:
        case SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED:
        default:
            ops->global(e, id->name, EMIT_GLOBAL_NAME);
            break;
    }
}

// ---------------------------------------------------------------------------------------------
// The bytecode backend (emit_bc.c).

extern const emit_ops emit_bc_ops;
// A bytecode emitter sharing module m; NULL on no memory. Reusable for any number of scopes.
emit *emit_bc_new(emit_module *m);

#endif
