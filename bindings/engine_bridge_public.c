/*
 * engine_bridge_public: the engine bridge for hosts that link Debian's shared
 * libduktape (profile public-api) instead of compiling the engine in.  It
 * uses the public Duktape API only: duk_inspect_value() for the class of a
 * buffer object, duk_get_buffer_data() for its bytes, Uint8Array.plainOf()
 * for the underlying buffer, and the byteOffset/byteLength properties when a
 * view no longer fits its buffer.  Slower than engine_bridge.c, and what needs
 * the engine's internals (detaching, resizing or transferring an
 * ArrayBuffer) throws a TypeError saying that this build cannot do it.
 */
#include <string.h>

#include "duk_ext.h"
#include "dx_bridge.h"

#if !defined(DUK_VERSION) || (DUK_VERSION != 20700L)
#error "duk_ext's public engine bridge is written for Duktape 2.7.0 (DUK_VERSION 20700)"
#endif

/* Duktape 2.7's class numbers of buffer objects, as duk_inspect_value()
 * reports them in "class": ArrayBuffer, DataView, then the nine typed arrays
 * in the order of dx__typed_elem[]. */
#define DX__CLASS_ARRAYBUFFER 19
#define DX__CLASS_DATAVIEW    20
#define DX__CLASS_INT8ARRAY   21
#define DX__CLASS_MAX         29

static const uint8_t dx__typed_elem[] = {
	DUK_EXT_ELEM_INT8, DUK_EXT_ELEM_UINT8, DUK_EXT_ELEM_UINT8CLAMPED,
	DUK_EXT_ELEM_INT16, DUK_EXT_ELEM_UINT16, DUK_EXT_ELEM_INT32,
	DUK_EXT_ELEM_UINT32, DUK_EXT_ELEM_FLOAT32, DUK_EXT_ELEM_FLOAT64
};

static const uint8_t dx__elem_shift[] = { 0, 0, 0, 1, 1, 2, 2, 2, 3, 1 };

/* The class number of the object at idx (0 when it has none). */
static duk_int_t dx__class_of(duk_context *ctx, duk_idx_t idx) {
	duk_int_t cls;
	duk_inspect_value(ctx, idx);
	duk_get_prop_string(ctx, -1, "class");
	cls = duk_get_int_default(ctx, -1, 0);
	duk_pop_2(ctx);
	return cls;
}

/* 1 when Buffer.prototype is on the prototype chain of the object at idx. */
static duk_bool_t dx__is_node_buffer(duk_context *ctx, duk_idx_t idx) {
	duk_bool_t found = 0;
	int depth;
	duk_get_global_string(ctx, "Buffer");
	if (duk_is_object(ctx, -1)) {
		duk_get_prop_string(ctx, -1, "prototype");
		duk_dup(ctx, idx);
		for (depth = 0; depth < 64 && !found; depth++) {
			duk_get_prototype(ctx, -1);
			duk_remove(ctx, -2);
			if (!duk_is_object(ctx, -1)) {
				break;
			}
			found = duk_strict_equals(ctx, -1, -2);
		}
		duk_pop_2(ctx);
	}
	duk_pop(ctx);
	return found;
}

/* Pushes the plain buffer under the buffer object at idx (Uint8Array.plainOf). */
static void dx__push_plain_of(duk_context *ctx, duk_idx_t idx) {
	duk_get_global_string(ctx, "Uint8Array");
	duk_get_prop_string(ctx, -1, "plainOf");
	duk_remove(ctx, -2);
	duk_dup(ctx, idx);
	duk_call(ctx, 1);
}

/* A numeric property of the object at idx, as a size (0 when absent). */
static size_t dx__size_prop(duk_context *ctx, duk_idx_t idx, const char *key) {
	size_t n;
	duk_get_prop_string(ctx, idx, key);
	n = (size_t) duk_get_uint_default(ctx, -1, 0);
	duk_pop(ctx);
	return n;
}

duk_bool_t duk_ext_get_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *out) {
	duk_size_t size, base_size;
	uint8_t *data, *base;
	size_t offset, length;
	duk_int_t cls;

	memset(out, 0, sizeof *out);
	idx = duk_normalize_index(ctx, idx);
	if (idx == DUK_INVALID_INDEX || !duk_is_buffer_data(ctx, idx)) {
		return 0;
	}
	if (duk_is_buffer(ctx, idx)) {
		out->kind = DUK_EXT_KIND_PLAIN_BUFFER;
		out->data = duk_get_buffer(ctx, idx, &size);
		out->byte_length = out->length = (size_t) size;
		if (duk_is_external_buffer(ctx, idx)) {
			out->flags = DUK_EXT_VIEW_EXTERNAL;
		}
		if (size == 0) {
			out->data = NULL;
		}
		return 1;
	}
	cls = dx__class_of(ctx, idx);
	if (cls < DX__CLASS_ARRAYBUFFER || cls > DX__CLASS_MAX) {
		return 0;
	}
	if (cls >= DX__CLASS_INT8ARRAY) {
		out->elem_type = dx__typed_elem[cls - DX__CLASS_INT8ARRAY];
		out->kind = dx__is_node_buffer(ctx, idx) ? DUK_EXT_KIND_NODE_BUFFER : DUK_EXT_KIND_TYPEDARRAY;
	} else {
		out->kind = cls == DX__CLASS_DATAVIEW ? DUK_EXT_KIND_DATAVIEW : DUK_EXT_KIND_ARRAYBUFFER;
	}
	out->shift = dx__elem_shift[out->elem_type];

	dx__push_plain_of(ctx, idx);
	base = duk_get_buffer(ctx, -1, &base_size);
	if (duk_is_external_buffer(ctx, -1)) {
		out->flags |= DUK_EXT_VIEW_EXTERNAL;
	}
	duk_pop(ctx);
	data = duk_get_buffer_data(ctx, idx, &size);
	if (data != NULL) {
		offset = (size_t) (data - base);
		length = (size_t) size;
	} else {
		/* An empty view, or one that no longer fits its buffer (a host
		 * shrank it): the part still inside the buffer stays usable, as
		 * the engine's own element access does. */
		offset = out->kind == DUK_EXT_KIND_ARRAYBUFFER ? 0 : dx__size_prop(ctx, idx, "byteOffset");
		length = dx__size_prop(ctx, idx, "byteLength");
		if (offset > base_size || length > base_size - offset) {
			out->flags |= DUK_EXT_VIEW_OUT_OF_BOUNDS;
			length = offset > base_size ? 0 : base_size - offset;
		}
	}
	out->byte_offset = offset;
	out->length = length >> out->shift;
	out->byte_length = out->length << out->shift;
	if (out->byte_length > 0) {
		out->data = base + offset;
	}
	return 1;
}
