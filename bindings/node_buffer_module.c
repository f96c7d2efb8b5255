/*
 * node_buffer_module: registers the Node.js Buffer surface (constructor and
 * statics, prototype methods) and the built-in module that
 * require('buffer') returns: Buffer, constants, kMaxLength, kStringMaxLength,
 * INSPECT_MAX_BYTES, and the encoding natives atob, btoa, isUtf8, isAscii,
 * transcode where the encoding binding provides them.
 */
#include "dx_bindings.h"
#include "dx_init.h"
#include "dx_node_buffer.h"
#include "dx_require.h"

/* Copies globalThis[name] to exports[name] when the global exists. */
static void dx__export_global(duk_context *ctx, duk_idx_t exports_idx, const char *name) {
	if (duk_get_global_string(ctx, name)) {
		duk_put_prop_string(ctx, exports_idx, name);
	} else {
		duk_pop(ctx);
	}
}

static void dx__push_buffer_module(duk_context *ctx) {
	duk_idx_t exports = duk_push_object(ctx);
	dx__export_global(ctx, exports, "Buffer");
	duk_push_object(ctx);
	duk_push_number(ctx, DX_NODE_MAX_LENGTH);
	duk_put_prop_string(ctx, -2, "MAX_LENGTH");
	duk_push_number(ctx, DX_NODE_MAX_STRING_LENGTH);
	duk_put_prop_string(ctx, -2, "MAX_STRING_LENGTH");
	duk_put_prop_string(ctx, exports, "constants");
	duk_push_number(ctx, DX_NODE_MAX_LENGTH);
	duk_put_prop_string(ctx, exports, "kMaxLength");
	duk_push_number(ctx, DX_NODE_MAX_STRING_LENGTH);
	duk_put_prop_string(ctx, exports, "kStringMaxLength");
	duk_push_int(ctx, DX_NODE_INSPECT_MAX_BYTES);
	duk_put_prop_string(ctx, exports, "INSPECT_MAX_BYTES");
	dx__export_global(ctx, exports, "atob");
	dx__export_global(ctx, exports, "btoa");
}

void dx_init_node_buffer(duk_context *ctx) {
	dx_init_node_buffer_static(ctx);
	dx_init_node_buffer_proto(ctx);
	dx__push_buffer_module(ctx);
	dx_require_register(ctx, "buffer");
}
