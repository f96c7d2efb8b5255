/*
 * dx_node_buffer.h: helpers shared by the Node.js Buffer binding files
 * (node_buffer_core.c, node_buffer_static.c, node_buffer_proto.c,
 * node_buffer_module.c): creating Buffers, Node's argument validators, and
 * the fill routine that Buffer.alloc and buf.fill share.
 */
#ifndef DX_NODE_BUFFER_H
#define DX_NODE_BUFFER_H

#include "duk_ext.h"
#include "dx_encoding_api.h"

/* buffer.constants.MAX_LENGTH: the largest buffer Duktape 2.7 can hold. */
#define DX_NODE_MAX_LENGTH 2147483646.0
/* buffer.constants.MAX_STRING_LENGTH: UTF-16 length every string of which
 * fits Duktape's 2^31 - 1 byte (CESU-8) string limit. */
#define DX_NODE_MAX_STRING_LENGTH 715827882.0
/* Number.MAX_SAFE_INTEGER: Node's bound for offsets that allocate nothing. */
#define DX_NODE_MAX_SAFE_INTEGER 9007199254740991.0
#define DX_NODE_POOL_SIZE 65536 /* Buffer.poolSize: node v26 reports 64 KiB */

/* Pushes a new zero-filled Buffer of len bytes and returns its bytes. */
uint8_t *dx_push_node_buffer(duk_context *ctx, size_t len);

/* Pushes a Buffer over length bytes at offset of the ArrayBuffer at ab_idx
 * (shared memory).  Over a resizable ArrayBuffer the Buffer follows resizes,
 * and tracks the buffer's length when `tracking`.  TypeError when detached. */
void dx_push_node_buffer_view(duk_context *ctx, duk_idx_t ab_idx, size_t offset, size_t length, duk_bool_t tracking);

/* Pushes a new Buffer holding a copy of len bytes at p. */
void dx_push_node_buffer_copy(duk_context *ctx, const uint8_t *p, size_t len);

/* Replaces the plain buffer on top of the stack with a Buffer over it. */
void dx_wrap_node_buffer(duk_context *ctx);

/* Node's isUint8Array (a Buffer, a Uint8Array or a plain buffer): fills
 * *view and returns 1, else 0. */
duk_bool_t dx_get_uint8_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *view);

/* The same, or ERR_INVALID_ARG_TYPE: must be an instance of Buffer or Uint8Array. */
void dx_require_uint8_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *view, const char *name);

/* The bytes of `this` (any buffer value). */
void dx_node_this(duk_context *ctx, duk_ext_view *view);

/* Node's validateInteger(value, name, min, max): a number, an integer,
 * within [min, max]; validateOffset is validateInteger(value, name, 0, max). */
double dx_check_integer(duk_context *ctx, duk_idx_t idx, const char *name, double min, double max);

/* Node's validateNumber(value, name, min, max). */
double dx_check_number(duk_context *ctx, duk_idx_t idx, const char *name, double min, double max);

/* Node's compare of two byte ranges: memcmp's sign, then the shorter is
 * smaller; -1, 0 or 1. */
int dx_compare_bytes(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen);

/* ToBoolean of the value at idx, leaving it unchanged. */
duk_bool_t dx_is_truthy(duk_context *ctx, duk_idx_t idx);

/* ToUint8: what a Uint8Array stores for a number. */
uint8_t dx_to_uint8(double d);

/* The encoding named by the value at idx as buf.write() sees it: a falsy
 * value (undefined, null, '', false, 0, NaN) is utf8, anything else is
 * converted as `encoding + ''`.  Throws ERR_UNKNOWN_ENCODING. */
dx_encoding dx_node_encoding(duk_context *ctx, duk_idx_t idx);

/* Node's normalizeEncoding() + validateString() as buf.fill() uses them:
 * undefined, null and '' give utf8; a non-string is ERR_INVALID_ARG_TYPE. */
dx_encoding dx_node_fill_encoding(duk_context *ctx, duk_idx_t idx);

/* The encoding named by the value at idx (converted as `encoding + ''`) in *out, or
 * 0 when the name is unknown; never throws for an unknown name. */
duk_bool_t dx_lookup_encoding(duk_context *ctx, duk_idx_t idx, dx_encoding *out);

/* Node's bindingFill/TypedArray fill of [start, end) of the buffer at buf_idx
 * with the value at value_idx (number, string in `enc` ('' fills zeros),
 * buffer value, or anything else as a Uint32).  Throws ERR_INVALID_ARG_VALUE
 * for a value with no bytes; fills only what is left if user code (valueOf)
 * shrank the buffer. */
void dx_node_fill(duk_context *ctx, duk_idx_t buf_idx, duk_idx_t value_idx, size_t start, size_t end, dx_encoding enc);

/* require('buffer').INSPECT_MAX_BYTES (50 until assigned). */
double dx_node_inspect_max_bytes(duk_context *ctx);

/* Registration of the Buffer surface, called by dx_init_node_buffer()
 * (node_buffer_module.c). */
void dx_init_node_buffer_static(duk_context *ctx);
void dx_init_node_buffer_proto(duk_context *ctx);

#endif
