/*
 * dx_init.h: the per-surface registration functions that duk_ext_init()
 * (init.c) calls.  Each binding file defines one of them.
 */
#ifndef DX_INIT_H
#define DX_INIT_H

#include "duk_ext.h"

void dx_init_arraybuffer(duk_context *ctx);
void dx_init_dataview(duk_context *ctx);
void dx_init_typedarray(duk_context *ctx);
void dx_init_node_buffer_fields(duk_context *ctx);
void dx_init_node_buffer(duk_context *ctx);
void dx_init_encoding_globals(duk_context *ctx);
void dx_init_textcodec(duk_context *ctx);
void dx_init_uint8_base64hex(duk_context *ctx);
void dx_init_objectbuffer(duk_context *ctx);

#endif
