/*
 * dx_field_access.h: the native behind every field accessor
 * (field_access.c) and the magic bits that select its calling convention.
 * A registration row's magic is DX_FIELD_PACK(...) | convention bits.
 */
#ifndef DX_FIELD_ACCESS_H
#define DX_FIELD_ACCESS_H

#include "duk_ext.h"

#define DX_ACCESS_DATAVIEW       0x0080 /* (byteOffset[, value], littleEndian) on a DataView */
#define DX_ACCESS_VARIABLE_WIDTH 0x0100 /* Node's readUIntLE(offset, byteLength) family */
#define DX_ACCESS_SET            0x0200 /* a write (set, write...), else a read */

duk_ret_t dx_field_access(duk_context *ctx);

#endif
