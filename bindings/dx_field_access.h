/*
 * dx_field_access.h: the two natives behind every field accessor
 * (field_access.c) and the magic bits that select their calling convention.
 * A registration row's magic is DX_FIELD_PACK(...) | convention bits.
 */
#ifndef DX_FIELD_ACCESS_H
#define DX_FIELD_ACCESS_H

#include "duk_ext.h"

#define DX_ACCESS_DATAVIEW       0x0080 /* (byteOffset[, value], littleEndian) on a DataView */
#define DX_ACCESS_VARIABLE_WIDTH 0x0100 /* Node's readUIntLE(offset, byteLength) family */

duk_ret_t dx_field_get(duk_context *ctx);
duk_ret_t dx_field_set(duk_context *ctx);

#endif
