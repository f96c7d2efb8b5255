/*
 * dx_field_access.h: the native behind every field accessor
 * (field_access.c) and the magic bits that select its calling convention.
 * A registration row's magic is DX_FIELD_PACK(...) | convention bits.
 */
#ifndef DX_FIELD_ACCESS_H
#define DX_FIELD_ACCESS_H

#include "dx_bindings.h"

#define DX_ACCESS_DATAVIEW       0x0080 /* (byteOffset[, value], littleEndian) on a DataView */
#define DX_ACCESS_VARIABLE_WIDTH 0x0100 /* Node's readUIntLE(offset, byteLength) family */
#define DX_ACCESS_SET            0x0200 /* a write (set, write...), else a read */

duk_ret_t dx_field_access(duk_context *ctx);

/* dx_put_methods for accessor rows, with the .length the spec and Node give
 * them: an optional last argument is not counted (DataView's littleEndian;
 * the offset of Node's fixed-width writes and of its float reads). */
void dx_put_field_methods(duk_context *ctx, duk_idx_t obj_idx, const dx_method *rows);

#endif
