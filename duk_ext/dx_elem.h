/*
 * dx_elem: typed array elements in host byte order, keyed by element type
 * (duk_ext_elem_type: Uint8 ... Float64, Uint8Clamped, Float16).  One read,
 * one write (with ECMAScript's ToIntN/ToUintN/ToUint8Clamp conversions and
 * IEEE rounding) and the bulk operations the typed array methods need.
 * Engine-free: only the element type enumeration comes from duk_ext.h.
 */
#ifndef DX_ELEM_H
#define DX_ELEM_H

#include <stddef.h>
#include <stdint.h>

#include "duk_ext.h"

#define DX_ELEM_TYPE_COUNT 10

/* log2 of the element size of each duk_ext_elem_type. */
unsigned dx_elem_shift(unsigned elem_type);

/* The element at p (unaligned access is fine) as a double. */
double dx_elem_read(const uint8_t *p, unsigned elem_type);

/* Stores v at p, converted as a typed array [[Set]] converts a Number. */
void dx_elem_write(uint8_t *p, unsigned elem_type, double v);

/* ECMAScript ToUint8Clamp: NaN -> 0, clamp to 0..255, round half to even. */
uint8_t dx_elem_uint8_clamp(double v);

/* Whether copying bytes from src_type elements to dst_type elements gives
 * the same result as converting each value (same type, or integers of the
 * same size where modular conversion keeps the bits). */
int dx_elem_bytes_compatible(unsigned dst_type, unsigned src_type);

/* Fills count elements of type elem_type at p with v, converted as
 * dx_elem_write converts it: memset for bytes, else one element then
 * doubling memcpy. */
void dx_elem_fill(uint8_t *p, size_t count, unsigned elem_type, double v);

/* Reverses the order of count elements of 1 << shift bytes in place. */
void dx_elem_reverse(uint8_t *p, size_t count, unsigned shift);

/* Copies count elements from src (type src_type) to dst (type dst_type),
 * converting values; the areas must not overlap unless the types are
 * byte-compatible (then it is a memmove). */
void dx_elem_convert(uint8_t *dst, unsigned dst_type, const uint8_t *src, unsigned src_type, size_t count);

#endif
