/*
 * engine_bridge_public: the engine bridge for hosts that link Debian's shared
 * libduktape (profile public-api) instead of compiling the engine in.  It
 * uses the public Duktape API only: duk_inspect_value() for the class of a
 * buffer object, duk_get_buffer_data() for its bytes, Uint8Array.plainOf()
 * for the underlying buffer, and the byteOffset/byteLength properties when a
 * view no longer fits its buffer.  Slower than engine_bridge.c, and what needs
 * the engine's internals (detaching, resizing or transferring an
 * ArrayBuffer) throws a TypeError saying that this build cannot do it.
 * A Float16Array's element store carries a hidden twin view that reads
 * through the Proxy scripts see (hidden symbols skip Proxy traps), and a
 * replaced constructor is a new function that takes the built-in's place.
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

/* On a Float16Array's element store (and so readable through its Proxy): a
 * Uint16Array over the same bytes, without a reference cycle. */
#define DX__FLOAT16_KEY DUK_HIDDEN_SYMBOL("dx:float16")
/* On a constructor replaced by dx_bridge_set_native(): the built-in one. */
#define DX__ENGINE_CTOR_KEY DUK_HIDDEN_SYMBOL("dx:engineCtor")

#define DX__UNAVAILABLE "this duk_ext build uses the public Duktape API only (profile public-api)"

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

/* The view of a Float16Array (a Proxy over its marked element store) through
 * the store's hidden twin; 0 for any other value that is not a buffer. */
static duk_bool_t dx__float16_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *out) {
	duk_bool_t found = 0;
	if (duk_is_object(ctx, idx)) {
		duk_get_prop_string(ctx, idx, DX__FLOAT16_KEY);
		if (duk_is_buffer_data(ctx, -1) && duk_ext_get_view(ctx, -1, out)) {
			out->elem_type = DUK_EXT_ELEM_FLOAT16;
			found = 1;
		}
		duk_pop(ctx);
	}
	return found;
}

duk_bool_t duk_ext_get_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *out) {
	duk_size_t size, base_size;
	uint8_t *data, *base;
	size_t offset, length;
	duk_int_t cls;

	memset(out, 0, sizeof *out);
	idx = duk_normalize_index(ctx, idx);
	if (idx == DUK_INVALID_INDEX) {
		return 0;
	}
	if (!duk_is_buffer_data(ctx, idx)) {
		return dx__float16_view(ctx, idx, out);
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
		if (out->elem_type == DUK_EXT_ELEM_UINT16 && duk_has_prop_string(ctx, idx, DX__FLOAT16_KEY)) {
			out->elem_type = DUK_EXT_ELEM_FLOAT16;
		}
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

/* ---- dx_bridge.h on the public API ---- */

void dx_bridge_record_extent(duk_context *ctx, duk_idx_t view_idx, duk_bool_t length_tracking) {
	(void) view_idx;
	(void) length_tracking;
	(void) duk_type_error(ctx, "resizable ArrayBuffer is unavailable: " DX__UNAVAILABLE);
}

void dx_bridge_resize(duk_context *ctx, duk_idx_t ab_idx, duk_size_t new_length) {
	(void) ab_idx;
	(void) new_length;
	(void) duk_type_error(ctx, "ArrayBuffer.prototype.resize is unavailable: " DX__UNAVAILABLE);
}

void dx_bridge_push_transfer(duk_context *ctx, duk_idx_t ab_idx, duk_size_t new_length, duk_bool_t resizable) {
	(void) ab_idx;
	(void) new_length;
	(void) resizable;
	(void) duk_type_error(ctx, "ArrayBuffer.prototype.transfer (detach) is unavailable: " DX__UNAVAILABLE);
}

void dx_bridge_mark_float16(duk_context *ctx, duk_idx_t idx) {
	duk_ext_view view;
	idx = duk_require_normalize_index(ctx, idx);
	if (!duk_ext_get_view(ctx, idx, &view) || view.kind != DUK_EXT_KIND_TYPEDARRAY ||
	    view.elem_type != DUK_EXT_ELEM_UINT16) {
		(void) duk_type_error(ctx, "not a Uint16Array");
	}
	dx__push_plain_of(ctx, idx);
	duk_push_buffer_object(ctx, -1, view.byte_offset, view.byte_length, DUK_BUFOBJ_UINT16ARRAY);
	duk_remove(ctx, -2);
	duk_put_prop_string(ctx, idx, DX__FLOAT16_KEY);
}

/* Copies the own properties of the function at from_idx (but length and
 * name) with their attributes to the function on the stack top. */
static void dx__copy_own_properties(duk_context *ctx, duk_idx_t from_idx) {
	duk_eval_string(ctx,
	                "(function (from, to) {"
	                " Object.getOwnPropertyNames(from).forEach(function (k) {"
	                "  if (k !== 'length' && k !== 'name') {"
	                "   Object.defineProperty(to, k, Object.getOwnPropertyDescriptor(from, k));"
	                "  }"
	                " });"
	                "})");
	duk_dup(ctx, from_idx);
	duk_dup(ctx, -3);
	duk_call(ctx, 2);
	duk_pop(ctx);
}

/* The public API cannot swap the C function of a function object, so the
 * replacement is a new native function that takes the built-in's place: its
 * global binding, prototype.constructor, own properties, [[Prototype]],
 * magic, name and length.  It replaces the built-in at fn_idx on the stack
 * and keeps it (for dx_bridge_typedarray_constructor).  Only scripts that
 * kept a reference to the built-in from before duk_ext_init() see the
 * difference. */
void dx_bridge_set_native(duk_context *ctx, duk_idx_t fn_idx, duk_c_function fn, duk_idx_t nargs) {
	static const char *const keep[] = { "length", "name" };
	size_t i;
	fn_idx = duk_require_normalize_index(ctx, fn_idx);
	if (!duk_is_c_function(ctx, fn_idx)) {
		(void) duk_type_error(ctx, "not a native function");
	}
	duk_push_c_function(ctx, fn, nargs);
	duk_set_magic(ctx, -1, duk_get_magic(ctx, fn_idx));
	duk_get_prototype(ctx, fn_idx);
	duk_set_prototype(ctx, -2);
	for (i = 0; i < sizeof keep / sizeof keep[0]; i++) {
		duk_push_string(ctx, keep[i]);
		duk_get_prop_string(ctx, fn_idx, keep[i]);
		duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE |
		                          DUK_DEFPROP_CLEAR_WRITABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);
	}
	dx__copy_own_properties(ctx, fn_idx);
	duk_dup(ctx, fn_idx);
	duk_put_prop_string(ctx, -2, DX__ENGINE_CTOR_KEY);
	duk_get_prop_string(ctx, -1, "prototype");
	if (duk_is_object(ctx, -1)) {
		duk_push_string(ctx, "constructor");
		duk_dup(ctx, -3);
		duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_WRITABLE |
		                          DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	}
	duk_pop(ctx);
	duk_get_prop_string(ctx, fn_idx, "name");
	duk_dup(ctx, -2);
	duk_put_global_string(ctx, duk_get_string(ctx, -2));
	duk_pop(ctx);
	duk_replace(ctx, fn_idx);
}

/* Calls the built-in constructor that the running replacement took the
 * place of, as a constructor, with the replacement's arguments. */
duk_ret_t dx_bridge_typedarray_constructor(duk_context *ctx) {
	duk_idx_t nargs = duk_get_top(ctx);
	duk_push_current_function(ctx);
	duk_get_prop_string(ctx, -1, DX__ENGINE_CTOR_KEY);
	duk_remove(ctx, -2);
	duk_insert(ctx, 0);
	duk_new(ctx, nargs);
	return 1;
}

/* ---- object-buffer decoding on the public API ---- */

#if defined(DUK_EXT_USE_OBJECTBUFFER_READER)

/* Only the writer (ObjectBuffer.encode) asks about classes and keys. */
#if defined(DUK_EXT_USE_OBJECTBUFFER)

/* Duktape 2.7's class numbers of plain objects, arrays and dates. */
#define DX__CLASS_OBJECT 1
#define DX__CLASS_ARRAY  2
#define DX__CLASS_DATE   6

/* The public API cannot tell a Proxy from an object with a null prototype
 * (both are class Object without [[Prototype]]): both count as OTHER here. */
int dx_bridge_object_class(duk_context *ctx, duk_idx_t idx, double *time_value) {
	duk_int_t cls;
	duk_bool_t has_proto;
	idx = duk_require_normalize_index(ctx, idx);
	if (!duk_is_object(ctx, idx) || duk_is_function(ctx, idx) || duk_is_buffer_data(ctx, idx)) {
		return DX_CLASS_OTHER;
	}
	cls = dx__class_of(ctx, idx);
	duk_get_prototype(ctx, idx);
	has_proto = !duk_is_undefined(ctx, -1);
	duk_pop(ctx);
	if (cls == DX__CLASS_OBJECT && has_proto) {
		return DX_CLASS_PLAIN;
	}
	if (cls == DX__CLASS_ARRAY) {
		return DX_CLASS_ARRAY;
	}
	if (cls == DX__CLASS_DATE) {
		/* The time value through the built-in Date.prototype.getTime. */
		duk_get_global_string(ctx, "Date");
		duk_get_prop_string(ctx, -1, "prototype");
		duk_get_prop_string(ctx, -1, "getTime");
		duk_dup(ctx, idx);
		duk_call_method(ctx, 0);
		*time_value = duk_to_number(ctx, -1);
		duk_pop_3(ctx);
		return DX_CLASS_DATE;
	}
	return DX_CLASS_OTHER;
}

#endif

/* The public API has no presized objects: n is only a hint. */
void dx_bridge_push_object_sized(duk_context *ctx, duk_uint32_t n) {
	(void) n;
	duk_push_object(ctx);
}

#if defined(DUK_EXT_USE_OBJECTBUFFER)
/* Without the engine's array storage: every element through a property read
 * (an accessor could run user code, so only an Array that is no Proxy counts). */
int dx_bridge_array_numbers(duk_context *ctx, duk_idx_t idx, double *out, duk_size_t n) {
	double t;
	duk_size_t i;
	idx = duk_require_normalize_index(ctx, idx);
	if (dx_bridge_object_class(ctx, idx, &t) != DX_CLASS_ARRAY || duk_get_length(ctx, idx) != n) {
		return 0;
	}
	for (i = 0; i < n; i++) {
		duk_get_prop_index(ctx, idx, (duk_uarridx_t) i);
		if (!duk_is_number(ctx, -1)) {
			duk_pop(ctx);
			return 0;
		}
		out[i] = duk_get_number(ctx, -1);
		duk_pop(ctx);
	}
	return 1;
}

/* Through the enumerator: any order it gives is the order encode keeps. */
int dx_bridge_object_keys(duk_context *ctx, duk_idx_t idx, void **keys, int max) {
	double t;
	int n = 0;
	idx = duk_require_normalize_index(ctx, idx);
	if (dx_bridge_object_class(ctx, idx, &t) != DX_CLASS_PLAIN) {
		return -1;
	}
	duk_enum(ctx, idx, DUK_ENUM_OWN_PROPERTIES_ONLY);
	while (duk_next(ctx, -1, 0)) {
		if (n == max) {
			duk_pop_2(ctx);
			return -1;
		}
		keys[n++] = duk_get_heapptr(ctx, -1);
		duk_pop(ctx);
	}
	duk_pop(ctx);
	return n;
}
#endif

void dx_bridge_push_array_sized(duk_context *ctx, duk_uint32_t n) {
	(void) n;
	duk_push_array(ctx);
}

void dx_bridge_def_wec(duk_context *ctx, duk_idx_t obj_idx) {
	duk_def_prop(ctx, obj_idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WEC);
}

void dx_bridge_def_new_wec(duk_context *ctx, duk_idx_t obj_idx) {
	dx_bridge_def_wec(ctx, obj_idx);
}

void dx_bridge_def_index_wec(duk_context *ctx, duk_idx_t obj_idx, duk_uint32_t i) {
	obj_idx = duk_require_normalize_index(ctx, obj_idx);
	duk_push_uint(ctx, (duk_uint_t) i);
	duk_insert(ctx, -2);
	duk_def_prop(ctx, obj_idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WEC);
}

#endif /* DUK_EXT_USE_OBJECTBUFFER_READER */
