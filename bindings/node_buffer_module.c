/*
 * node_buffer_module: registers the Node.js Buffer surface (constructor and
 * statics, prototype methods) and the built-in module that
 * require('buffer') returns: Buffer, constants, kMaxLength, kStringMaxLength,
 * INSPECT_MAX_BYTES, and the encoding binding's atob and btoa (the globals,
 * when registered) and isUtf8, isAscii, isLatin1, transcode.
 */
#include <math.h>

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

#define DX__INSPECT_MAX "dx:inspectMaxBytes"
#define DX__INSPECT_MAX_DEFAULT 50

double dx_node_inspect_max_bytes(duk_context *ctx) {
	double max = DX__INSPECT_MAX_DEFAULT;
	duk_push_global_stash(ctx);
	if (duk_get_prop_string(ctx, -1, DX__INSPECT_MAX)) {
		max = duk_get_number(ctx, -1);
	}
	duk_pop_2(ctx);
	return max;
}

static duk_ret_t dx__inspect_max_get(duk_context *ctx) {
	duk_push_number(ctx, dx_node_inspect_max_bytes(ctx));
	return 1;
}

/* Node: validateNumber(value, 'INSPECT_MAX_BYTES', 0) */
static duk_ret_t dx__inspect_max_set(duk_context *ctx) {
	double max = dx_check_number(ctx, 0, "INSPECT_MAX_BYTES", 0, INFINITY);
	duk_push_global_stash(ctx);
	duk_push_number(ctx, max);
	duk_put_prop_string(ctx, -2, DX__INSPECT_MAX);
	return 0;
}

/* The encoding binding's natives that only the module exposes. */
static const dx_method dx__buffer_module_natives[] = {
	{ "isUtf8", dx_buffer_is_utf8, 1, 0 },
	{ "isAscii", dx_buffer_is_ascii, 1, 0 },
	{ "isLatin1", dx_buffer_is_latin1, 1, 0 },
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
	duk_push_string(ctx, "INSPECT_MAX_BYTES");
	duk_push_c_function(ctx, dx__inspect_max_get, 0);
	duk_push_c_function(ctx, dx__inspect_max_set, 1);
	duk_def_prop(ctx, exports, DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_HAVE_SETTER | DUK_DEFPROP_SET_ENUMERABLE |
	                               DUK_DEFPROP_SET_CONFIGURABLE);
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
