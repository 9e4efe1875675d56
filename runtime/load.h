// The .mpy loader: turns the bytes of a .mpy v6 file into a module context (qstr table and
// constant objects) and a tree of raw codes. The bytes are untrusted: every read is
// bounds-checked, every operand of every instruction is verified against the tables it
// indexes, and any problem raises ValueError("incompatible .mpy file") (or the stock texts for
// native code) before the code can run.
#ifndef RT_LOAD_H
#define RT_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bc.h"

// Loads `len` bytes at `buf` into `ctx` (whose base and globals the caller has set) and
// returns the module's raw code. Bytecode and string constants are used in place: unless
// `in_place` is true (the bytes outlive the runtime, or are a GC block the caller keeps
// reachable), the bytes are first copied into one GC block.
const rt_raw_code_t *rt_load_mpy(const uint8_t *buf, size_t len, bool in_place,
                                 rt_module_context_t *ctx);

// A new module context for a module named `name` (its globals hold __name__).
rt_module_context_t *rt_module_context_new(rt_qstr_t name);

// Runs a module's top-level code with the module's dict as globals and locals.
void rt_exec_module(rt_module_context_t *ctx, const rt_raw_code_t *rc);

#endif
