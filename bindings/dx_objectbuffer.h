/*
 * dx_objectbuffer.h: what the ObjectBuffer binding files share:
 * objectbuffer_read.c (module object, decode, verify, helpers),
 * objectbuffer_open.c (open: the read-only Proxy view), objectbuffer_encode.c
 * (encode) and objectbuffer_rx.c (decodeRX).
 */
#ifndef DX_OBJECTBUFFER_H
#define DX_OBJECTBUFFER_H

#include "duk_ext.h"

/* Global stash keys: the Proxy handler of lazy views and the original Date
 * constructor (decoding must not call user code). */
#define DX_OB_STASH_HANDLER DUK_HIDDEN_SYMBOL("dxobHandler")
#define DX_OB_STASH_DATE DUK_HIDDEN_SYMBOL("dxobDate")

/* Throws a TypeError "ObjectBuffer: <reason> at byte N" whose `offset`
 * property is N. */
duk_ret_t dx_ob_throw_format(duk_context *ctx, const duk_ext_ob_error *err);

/* Pushes a new Date with the time value. */
void dx_ob_push_date(duk_context *ctx, double time_value);

/* Pushes the value of a leaf node (undefined, null, boolean, number) and
 * returns 1; returns 0, pushing nothing, for any other node. */
int dx_ob_push_leaf(duk_context *ctx, const duk_ext_ob_node *n);

/* Pushes a new buffer value of the node's binary kind and element type with
 * len zeroed bytes and returns its bytes for the caller to fill. */
uint8_t *dx_ob_push_binary(duk_context *ctx, const duk_ext_ob_node *node);

/* Replaces the buffer at idx by a zeroed fixed buffer of cap entries of
 * entry_size bytes (hash tables) and returns its bytes. */
void *dx_ob_new_table(duk_context *ctx, duk_idx_t idx, size_t entry_size, uint32_t cap);

/* ObjectBuffer.encode(value, options) (objectbuffer_encode.c). */
duk_ret_t dx_ob_encode(duk_context *ctx);

/* ObjectBuffer.decodeRX(text) (objectbuffer_rx.c). */
duk_ret_t dx_ob_decode_rx(duk_context *ctx);

/* ObjectBuffer.open(bytes). */
duk_ret_t dx_ob_open(duk_context *ctx);

/* Creates the lazy views' Proxy handler and stores it in the stash. */
void dx_ob_init_lazy(duk_context *ctx);

#endif
