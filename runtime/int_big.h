// Arbitrary-precision ints (obj_int_big.c): sign and magnitude, 32-bit digits, least
// significant first. Every function returns a normalised int: a small int when the value fits.
// obj_int.c calls these for results that overflow a small int and for big operands.
#ifndef RT_INT_BIG_H
#define RT_INT_BIG_H

#include <stdbool.h>
#include <stdint.h>

#include "obj.h"
#include "print.h"
#include "types.h"

typedef struct rt_obj_int_big {
    rt_obj_base_t base; // &rt_type_int
    bool neg;
    size_t len; // digits in use; the top one is nonzero
    uint32_t digits[];
} rt_obj_int_big_t;

rt_obj_t rt_int_big_from_ll(long long v);
rt_obj_t rt_int_big_from_ull(unsigned long long v);
bool rt_int_big_to_ll(rt_obj_t o, long long *v); // false if it does not fit
int rt_int_big_sign(rt_obj_t o);
rt_int_t rt_int_big_hash(rt_obj_t o);
// Any two ints (small or big, no bools), any arithmetic, bitwise or comparison operator.
rt_obj_t rt_int_big_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs);
rt_obj_t rt_int_big_unary_op(rt_unary_op_t op, rt_obj_t o);
// o * m + a, for parsing digits.
rt_obj_t rt_int_big_mul_add(rt_obj_t o, unsigned m, unsigned a);
void rt_int_big_print(const rt_print_t *p, rt_obj_t o, unsigned base);
#if RT_CONFIG_FLOAT
rt_float_t rt_int_big_to_float(rt_obj_t o);
rt_obj_t rt_int_big_from_float(rt_float_t f);
rt_obj_t rt_int_from_float(rt_float_t f);
#endif

// The int type's methods (obj_int_big.c holds from_bytes/to_bytes).
extern const rt_obj_dict_t rt_int_locals_dict;

#endif
