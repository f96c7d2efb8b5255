/*
 * init: duk_ext_init(), the one call a host makes.  A table maps each
 * feature group flag to the registration functions of its binding files.
 */
#include "duk_ext.h"
#include "dx_init.h"

typedef struct {
	duk_uint_t flag;
	void (*init)(duk_context *ctx);
} dx_surface;

static const dx_surface dx__surfaces[] = {
	{ DUK_EXT_TYPEDARRAY, dx_init_arraybuffer }, /* first: it installs Float16Array and the constructors */
	{ DUK_EXT_TYPEDARRAY, dx_init_typedarray },
	{ DUK_EXT_DATAVIEW, dx_init_dataview },
	{ DUK_EXT_NODE_BUFFER, dx_init_node_buffer_fields },
	{ DUK_EXT_NODE_BUFFER, dx_init_node_buffer },
	{ DUK_EXT_ENCODING, dx_init_encoding_globals },
	{ DUK_EXT_ENCODING, dx_init_textcodec },
	{ DUK_EXT_ENCODING, dx_init_uint8_base64hex },
	{ 0, NULL }
};

duk_int_t duk_ext_init(duk_context *ctx, duk_uint_t flags) {
	const dx_surface *s;
	for (s = dx__surfaces; s->init != NULL; s++) {
		if (flags & s->flag) {
			s->init(ctx);
		}
	}
	return 0;
}
