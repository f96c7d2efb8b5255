/*
 * node_buffer_module: registers the Node.js Buffer surface (constructor and
 * statics, prototype methods) and the built-in module that
 * require('buffer') returns: Buffer, constants, kMaxLength, kStringMaxLength,
 * INSPECT_MAX_BYTES, and the encoding binding's atob and btoa (the globals,
 * when registered) and isUtf8, isAscii, transcode.
 */
#include "dx_bindings.h"
#include "dx_encoding_api.h"
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

/* The encoding binding's natives that only the module exposes. */
static const dx_method dx__buffer_module_natives[] = {
	{ "isUtf8", dx_buffer_is_utf8, 1, 0 },
	{ "isAscii", dx_buffer_is_ascii, 1, 0 },
	{ "transcode", dx_buffer_transcode, 3, 0 },
	{ NULL, NULL, 0, 0 }
};

/* The exports of require('buffer'), built on first use. */
static duk_ret_t dx__buffer_module_init(duk_context *ctx) {
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
	dx_put_methods(ctx, exports, dx__buffer_module_natives);
	return 1;
}

void dx_init_node_buffer(duk_context *ctx) {
	dx_init_node_buffer_static(ctx);
	dx_init_node_buffer_proto(ctx);
	dx_require_register(ctx, "buffer", dx__buffer_module_init);
}
