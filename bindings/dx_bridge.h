/*
 * dx_bridge.h: what the engine bridge (engine_bridge.c) offers the bindings
 * beyond the public duk_ext_get_view().  The bindings include this instead of
 * any Duktape internal header.
 */
#ifndef DX_BRIDGE_H
#define DX_BRIDGE_H

#include "duk_ext.h"

/* Class of the object at idx as the object-buffer encoder sees it: a plain
 * (class Object) object, an Array, a Date (its time value in *time_value), or
 * anything else (Proxy, function, buffer object, other built-in classes). */
#define DX_CLASS_OTHER 0
#define DX_CLASS_PLAIN 1
#define DX_CLASS_ARRAY 2
#define DX_CLASS_DATE 3
int dx_bridge_object_class(duk_context *ctx, duk_idx_t idx, double *time_value);

/* Building decoded values the way JSON.parse does (no setter or user code
 * runs): an Object with room for n properties, an Array of length n whose
 * elements the caller must then all define, and own writable, enumerable,
 * configurable data properties. */
void dx_bridge_push_object_sized(duk_context *ctx, duk_uint32_t n);
void dx_bridge_push_array_sized(duk_context *ctx, duk_uint32_t n);
void dx_bridge_def_wec(duk_context *ctx, duk_idx_t obj_idx);                     /* [key value] -> [] */
void dx_bridge_def_index_wec(duk_context *ctx, duk_idx_t obj_idx, duk_uint32_t i); /* [value] -> [] */

#endif
