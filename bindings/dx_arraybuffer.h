/*
 * dx_arraybuffer.h: what the ArrayBuffer, view and Float16Array bindings
 * (arraybuffer.c, arraybuffer_views.c, float16.c) share, and what other
 * bindings use to create ArrayBuffers and views the ES2025 way (a view of a
 * resizable buffer must be created here to track its length).
 */
#ifndef DX_ARRAYBUFFER_H
#define DX_ARRAYBUFFER_H

#include "dx_bindings.h"

/* The largest byte length an ArrayBuffer can have in Duktape 2.7. */
#define DX_MAX_BYTE_LENGTH 0x7ffffffeUL

/* Element type argument of dx_push_view() that makes a DataView. */
#define DX_VIEW_DATAVIEW (-1)

/* ToIndex (ES2025 7.1.22): undefined is 0, anything else must be an integer
 * in [0, 2^53 - 1] after ToIntegerOrInfinity (RangeError otherwise).  May run
 * user code. */
double dx_to_index(duk_context *ctx, duk_idx_t idx);

/* Pushes a new zeroed ArrayBuffer of `length` bytes; resizable up to
 * max_length when max_length >= 0.  RangeError when too large. */
void dx_push_arraybuffer(duk_context *ctx, double length, double max_length);

/* Pushes a typed array of elem_type (duk_ext_elem_type, Float16 included) or
 * a DataView (DX_VIEW_DATAVIEW) over the attached ArrayBuffer at ab_idx, from
 * byte_offset for byte_length bytes, or tracking the buffer's length when
 * length_tracking (byte_length ignored).  The caller has checked the range. */
void dx_push_view(duk_context *ctx, duk_idx_t ab_idx, int elem_type, size_t byte_offset, size_t byte_length,
                  duk_bool_t length_tracking);

/* The ES2025 typed array constructor form (buffer, byteOffset, length) with
 * the ArrayBuffer at index 0: pushes the new view. */
void dx_push_view_of_arraybuffer(duk_context *ctx, int elem_type);

/* When the object at idx has a Symbol.iterator method, pushes an array of the
 * values it iterates and returns 1; otherwise returns 0 and pushes nothing. */
duk_bool_t dx_push_iterated_values(duk_context *ctx, duk_idx_t idx);

/* Sets the `length` of the function at fn_idx (where the spec's differs from
 * the native argument count). */
void dx_set_function_length(duk_context *ctx, duk_idx_t fn_idx, duk_int_t length);

/* Registration of the view constructors/getters and of Float16Array. */
void dx_init_arraybuffer_views(duk_context *ctx);
void dx_init_float16(duk_context *ctx);

/* Wraps the marked Uint16Array element store on the stack top in the Proxy
 * that scripts see as a Float16Array (replaces it). */
void dx_float16_wrap(duk_context *ctx);

#endif
