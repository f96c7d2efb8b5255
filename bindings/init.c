/*
 * init: duk_ext_init(), the one call a host makes.  A table maps each
 * feature group flag to the registration functions of its binding files.
 * Each row is wrapped in the DUK_EXT_USE_* switch of its feature
 * (duk_ext_config.h, generated from the build profile), so a feature the
 * profile leaves out registers nothing.
 */
#include "duk_ext.h"
#include "dx_init.h"

typedef struct {
	duk_uint_t flag;
	void (*init)(duk_context *ctx);
} dx_surface;

static const dx_surface dx__surfaces[] = {
#if defined(DUK_EXT_USE_ARRAYBUFFER)
	{ DUK_EXT_TYPEDARRAY, dx_init_arraybuffer }, /* first: it installs Float16Array and the constructors */
#endif
#if defined(DUK_EXT_USE_TYPEDARRAY)
	{ DUK_EXT_TYPEDARRAY, dx_init_typedarray },
#endif
#if defined(DUK_EXT_USE_DATAVIEW)
	{ DUK_EXT_DATAVIEW, dx_init_dataview },
#endif
#if defined(DUK_EXT_USE_NODEBUFFER_RW)
	{ DUK_EXT_NODE_BUFFER, dx_init_node_buffer_fields },
#endif
#if defined(DUK_EXT_USE_NODEBUFFER)
	{ DUK_EXT_NODE_BUFFER, dx_init_node_buffer },
#endif
#if defined(DUK_EXT_USE_ENCODING) || defined(DUK_EXT_USE_NODEBUFFER)
	{ DUK_EXT_ENCODING, dx_init_encoding_globals }, /* atob, btoa: web and Node.js globals */
#endif
#if defined(DUK_EXT_USE_ENCODING)
	{ DUK_EXT_ENCODING, dx_init_textcodec },
#endif
#if defined(DUK_EXT_USE_BASE64HEX)
	{ DUK_EXT_ENCODING, dx_init_uint8_base64hex },
#endif
#if defined(DUK_EXT_USE_OBJECTBUFFER_READER)
	{ DUK_EXT_OBJECTBUF, dx_init_objectbuffer }, /* encode only with DUK_EXT_USE_OBJECTBUFFER */
#endif
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
