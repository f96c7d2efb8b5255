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

#endif
