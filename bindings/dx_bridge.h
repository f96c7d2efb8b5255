/*
 * dx_bridge.h: what the engine bridge (engine_bridge.c) offers the bindings
 * beyond the public duk_ext_get_view().  The bindings include this instead of
 * any Duktape internal header.
 *
 * Buffer model (ECMAScript 2025 ArrayBuffer on Duktape's objects):
 * - A detached ArrayBuffer, and every view of its bytes, reports
 *   DUK_EXT_VIEW_DETACHED and has no bytes for the engine either.
 * - A resizable ArrayBuffer keeps its bytes in a dynamic buffer.  Views over
 *   it that record their extent (dx_bridge_record_extent) report
 *   DUK_EXT_VIEW_RESIZABLE, are refitted on every resize (stored length = the
 *   spec's length, 0 while out of bounds) and report OUT_OF_BOUNDS and
 *   LENGTH_TRACKING as the spec defines them.
 */
#ifndef DX_BRIDGE_H
#define DX_BRIDGE_H

#include "duk_ext.h"

/* Records the extent of the buffer object at view_idx, whose bytes are a
 * resizable buffer: either its current byte length, or length tracking.
 * A resizable ArrayBuffer itself records length tracking. */
void dx_bridge_record_extent(duk_context *ctx, duk_idx_t view_idx, duk_bool_t length_tracking);

/* Resizes the attached resizable ArrayBuffer at ab_idx to new_length bytes
 * (new bytes are zero) and refits its views.  Throws RangeError when the
 * engine cannot hold new_length bytes. */
void dx_bridge_resize(duk_context *ctx, duk_idx_t ab_idx, duk_size_t new_length);

/* Pushes a new ArrayBuffer of new_length bytes holding the bytes of the
 * attached ArrayBuffer at ab_idx (zero-extended or truncated), backed by a
 * dynamic buffer when `resizable`, and detaches the old one.  The bytes move
 * without a copy when nothing but buffer objects can reach them. */
void dx_bridge_push_transfer(duk_context *ctx, duk_idx_t ab_idx, duk_size_t new_length, duk_bool_t resizable);

/* Marks the Uint16Array at idx as the element store of a Float16Array: its
 * view (and that of a Proxy whose target it is) reports DUK_EXT_ELEM_FLOAT16. */
void dx_bridge_mark_float16(duk_context *ctx, duk_idx_t idx);

/* Replaces the C function (and its nargs, DUK_VARARGS allowed) of the native
 * function object at fn_idx, keeping its identity, properties and magic. */
void dx_bridge_set_native(duk_context *ctx, duk_idx_t fn_idx, duk_c_function fn, duk_idx_t nargs);

/* Duktape's own typed array constructor, to be called from a replacement
 * installed with dx_bridge_set_native() (same activation, same magic). */
duk_ret_t dx_bridge_typedarray_constructor(duk_context *ctx);

/* For the object-buffer writer (feature objectbuffer, DUK_EXT_USE_OBJECTBUFFER):
 * class of the object at idx as the object-buffer encoder sees it: a plain
 * (class Object) object, an Array, a Date (its time value in *time_value), or
 * anything else (Proxy, function, buffer object, other built-in classes). */
#define DX_CLASS_OTHER 0
#define DX_CLASS_PLAIN 1
#define DX_CLASS_ARRAY 2
#define DX_CLASS_DATE 3
int dx_bridge_object_class(duk_context *ctx, duk_idx_t idx, double *time_value);

/* For the encoder's packed number arrays: 1 with the elements in out[0..n)
 * when the value at idx is an Array of length n whose elements are all
 * numbers, else 0 (out is then garbage).  Runs no user code: an array whose
 * elements are not plain data (holes, accessors, sparse storage) may give 0
 * even when every element would read as a number. */
int dx_bridge_array_numbers(duk_context *ctx, duk_idx_t idx, double *out, duk_size_t n);

/* For the encoder's tables: the own enumerable string keys of the plain
 * object at idx in enumeration order, as heap pointers (interned strings, so
 * equal keys are equal pointers) in keys[0..n), n returned; -1 when there
 * are more than max or the object is not one whose keys the engine lists in
 * insertion order (array index keys, array part, exotic behaviour).  Runs no
 * user code; the pointers stay valid while the object keeps those keys. */
int dx_bridge_object_keys(duk_context *ctx, duk_idx_t idx, void **keys, int max);

/* Building decoded values the way JSON.parse does (no setter or user code
 * runs): an Object with room for n properties, an Array of length n whose
 * elements the caller must then all define, and own writable, enumerable,
 * configurable data properties. */
void dx_bridge_push_object_sized(duk_context *ctx, duk_uint32_t n);
void dx_bridge_push_array_sized(duk_context *ctx, duk_uint32_t n);
void dx_bridge_def_wec(duk_context *ctx, duk_idx_t obj_idx);                     /* [key value] -> [] */
void dx_bridge_def_index_wec(duk_context *ctx, duk_idx_t obj_idx, duk_uint32_t i); /* [value] -> [] */
/* dx_bridge_def_wec for a string key the object built by
 * dx_bridge_push_object_sized does not have yet (no lookup). */
void dx_bridge_def_new_wec(duk_context *ctx, duk_idx_t obj_idx);                 /* [key value] -> [] */

#endif
