/*
 * node_buffer_static: the Buffer constructor and its static methods as in
 * Node.js v26 (Buffer.from, alloc, allocUnsafe, allocUnsafeSlow, byteLength,
 * compare, concat, copyBytesFrom, isBuffer, isEncoding, of, poolSize).
 * Duktape's own Node v6-era constructor is replaced by one that follows
 * Node's Buffer(arg, encodingOrOffset, length); the prototype object stays
 * Duktape's, so every Buffer is still an engine Node Buffer object.
 */
#include <math.h>
#include <string.h>

#include "dx_bindings.h"
#include "dx_init.h"
#include "dx_node_buffer.h"

#define DX__FROM_TYPES "of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object"
/* Buffer.from() follows valueOf() results at most this deep (node: until the
 * stack overflows). */
#define DX__MAX_VALUEOF_DEPTH 100

/* ---- Buffer.from and its helpers ---- */

/* Node's fromString(): an encoding that is not a non-empty string is utf8. */
static void dx__from_string(duk_context *ctx, duk_idx_t str_idx, duk_idx_t enc_idx) {
	dx_encoding enc = DX_ENC_UTF8;
	if (dx_is_text(ctx, enc_idx) && duk_get_length(ctx, enc_idx) > 0) {
		enc = dx_require_encoding(ctx, enc_idx, DX_ENC_UTF8);
	}
	dx_push_encoded(ctx, str_idx, enc);
	dx_wrap_node_buffer(ctx);
}

/* Node's fromArrayBuffer(): a Buffer sharing the ArrayBuffer's memory.  The
 * offset is checked before length is coerced; the typed array constructor
 * at the end checks again what length's valueOf left of the ArrayBuffer. */
static void dx__from_array_buffer(duk_context *ctx, duk_idx_t ab_idx, duk_idx_t off_idx, duk_idx_t len_idx) {
	duk_ext_view ab;
	double offset = 0, length = 0;
	int has_length = !duk_is_undefined(ctx, len_idx);
	if (!duk_is_undefined(ctx, off_idx)) {
		offset = duk_to_number(ctx, off_idx);
		offset = isnan(offset) ? 0 : offset;
	}
	duk_ext_get_view(ctx, ab_idx, &ab); /* after offset's valueOf */
	if (DX_DOUBLE_OF(ab.byte_length) - offset < 0) {
		(void) dx_throw_named_out_of_bounds(ctx, "offset");
	}
	if (has_length) {
		double max_length = DX_DOUBLE_OF(ab.byte_length) - offset;
		length = duk_to_number(ctx, len_idx); /* may run valueOf: detach or resize the ArrayBuffer */
		if (!(length > 0)) {
			length = 0;
		} else if (length > max_length) {
			(void) dx_throw_named_out_of_bounds(ctx, "length");
		}
	}
	if (offset <= -1) {
		(void) duk_range_error(ctx, "Start offset %ld is outside the bounds of the buffer", (long) trunc(offset));
	}
	offset = trunc(offset);
	length = trunc(length);
	duk_ext_get_view(ctx, ab_idx, &ab);
	if (!has_length) {
		length = DX_DOUBLE_OF(ab.byte_length) - offset;
	} else if (!(ab.flags & DUK_EXT_VIEW_DETACHED) && offset + length > DX_DOUBLE_OF(ab.byte_length)) {
		(void) duk_range_error(ctx, "Invalid typed array length: %.0f", length);
	}
	dx_push_node_buffer_view(ctx, ab_idx, DX_SIZE_OF(offset), DX_SIZE_OF(length), !has_length);
}

/* Node's fromArrayLike(): a Buffer of obj.length bytes, each ToUint8(obj[i]). */
static void dx__from_array_like(duk_context *ctx, duk_idx_t obj_idx, double length) {
	duk_ext_view src;
	size_t n, i;
	uint8_t *dst;
	if (!(length > 0)) {
		dx_push_node_buffer(ctx, 0);
		return;
	}
	if (length > DX_NODE_MAX_LENGTH) {
		(void) duk_range_error(ctx, "Invalid typed array length: %.0f", length);
	}
	n = DX_SIZE_OF(length);
	dst = dx_push_node_buffer(ctx, n);
	if (duk_ext_get_view(ctx, obj_idx, &src) && src.shift == 0 && src.kind != DUK_EXT_KIND_ARRAYBUFFER && src.kind != DUK_EXT_KIND_DATAVIEW) {
		memcpy(dst, src.data, n < src.byte_length ? n : src.byte_length);
		return;
	}
	for (i = 0; i < n; i++) {
		duk_get_prop_index(ctx, obj_idx, (duk_uarridx_t) i);
		dst[i] = dx_to_uint8(duk_to_number(ctx, -1)); /* dst is private: user code cannot move it */
		duk_pop(ctx);
	}
}

/* Node's fromObject(): array-likes and {type: 'Buffer', data: [...]}.
 * Pushes the Buffer and returns 1, or pushes nothing and returns 0. */
static int dx__from_object(duk_context *ctx, duk_idx_t obj_idx) {
	duk_ext_view view;
	int has_length;
	duk_get_prop_string(ctx, obj_idx, "length");
	has_length = !duk_is_undefined(ctx, -1);
	if (!has_length) {
		duk_get_prop_string(ctx, obj_idx, "buffer");
		has_length = duk_ext_get_view(ctx, -1, &view) && view.kind == DUK_EXT_KIND_ARRAYBUFFER;
		duk_pop(ctx);
	}
	if (has_length) {
		if (!duk_is_number(ctx, -1)) {
			duk_pop(ctx);
			dx_push_node_buffer(ctx, 0);
			return 1;
		}
		dx__from_array_like(ctx, obj_idx, trunc(duk_get_number(ctx, -1)));
		duk_remove(ctx, -2);
		return 1;
	}
	duk_pop(ctx);
	duk_get_prop_string(ctx, obj_idx, "type");
	duk_get_prop_string(ctx, obj_idx, "data");
	duk_push_string(ctx, "Buffer");
	if (duk_strict_equals(ctx, -3, -1) && duk_is_array(ctx, -2)) { /* type === 'Buffer' ("Buffer\0" is not) */
		duk_pop(ctx);
		duk_get_prop_string(ctx, -1, "length");
		dx__from_array_like(ctx, duk_normalize_index(ctx, -2), duk_get_number(ctx, -1));
		duk_replace(ctx, -4);
		duk_pop_2(ctx);
		return 1;
	}
	duk_pop_3(ctx);
	return 0;
}

/* Node's Buffer.from(value, encodingOrOffset, length) for the value at
 * value_idx; pushes the Buffer. */
static void dx__from(duk_context *ctx, duk_idx_t value_idx, duk_idx_t arg1_idx, duk_idx_t arg2_idx) {
	duk_ext_view view;
	int depth;
	for (depth = 0; depth < DX__MAX_VALUEOF_DEPTH; depth++) {
		if (dx_is_text(ctx, value_idx)) {
			dx__from_string(ctx, value_idx, arg1_idx);
			return;
		}
		if (duk_is_buffer(ctx, value_idx)) {
			duk_ext_get_view(ctx, value_idx, &view);
			dx_push_node_buffer_copy(ctx, view.data, view.byte_length);
			return;
		}
		if (!duk_is_object(ctx, value_idx) || duk_is_function(ctx, value_idx)) {
			break; /* only typeof 'object' values */
		}
		if (duk_ext_get_view(ctx, value_idx, &view) && view.kind == DUK_EXT_KIND_ARRAYBUFFER) {
			dx__from_array_buffer(ctx, value_idx, arg1_idx, arg2_idx);
			return;
		}
		/* value.valueOf && value.valueOf(): a distinct string or object result
		 * starts over */
		duk_get_prop_string(ctx, value_idx, "valueOf");
		if (dx_is_truthy(ctx, -1)) {
			duk_dup(ctx, value_idx);
			duk_call_method(ctx, 0);
			if (!duk_is_null_or_undefined(ctx, -1) && !duk_strict_equals(ctx, -1, value_idx) &&
			    (dx_is_text(ctx, -1) || duk_is_object(ctx, -1) || duk_is_buffer(ctx, -1))) {
				value_idx = duk_normalize_index(ctx, -1);
				continue;
			}
		}
		duk_pop(ctx);
		if (dx__from_object(ctx, value_idx)) {
			return;
		}
		duk_get_global_string(ctx, "Symbol");
		duk_get_prop_string(ctx, -1, "toPrimitive");
		duk_get_prop(ctx, value_idx);
		if (duk_is_function(ctx, -1)) {
			duk_dup(ctx, value_idx);
			duk_push_string(ctx, "string");
			duk_call_method(ctx, 1);
			if (dx_is_text(ctx, -1)) {
				dx__from_string(ctx, duk_normalize_index(ctx, -1), arg1_idx);
				return;
			}
		}
		duk_pop_2(ctx);
		break;
	}
	if (depth == DX__MAX_VALUEOF_DEPTH) {
		(void) duk_range_error(ctx, "Maximum call stack size exceeded");
	}
	(void) dx_throw_arg_type(ctx, "first argument", DX__FROM_TYPES, value_idx);
}

static duk_ret_t dx__buffer_from(duk_context *ctx) {
	dx__from(ctx, 0, 1, 2);
	return 1;
}

/* ---- allocation ---- */

static size_t dx__check_size(duk_context *ctx, duk_idx_t idx) {
	return DX_SIZE_OF(dx_check_number(ctx, idx, "size", 0, DX_NODE_MAX_LENGTH));
}

/* Buffer.alloc(size, fill, encoding) */
static duk_ret_t dx__buffer_alloc(duk_context *ctx) {
	size_t size = dx__check_size(ctx, 0);
	dx_encoding enc = DX_ENC_UTF8;
	int filled = !duk_is_undefined(ctx, 1) && !(duk_is_number(ctx, 1) && duk_get_number(ctx, 1) == 0) && size > 0;
	if (filled && dx_is_text(ctx, 1)) {
		enc = dx_node_fill_encoding(ctx, 2);
	}
	dx_push_node_buffer(ctx, size);
	if (filled) {
		duk_replace(ctx, 0);
		dx_node_fill(ctx, 0, 1, 0, size, enc);
		duk_dup(ctx, 0);
	}
	return 1;
}

/* Buffer.allocUnsafe(size, alignment), Buffer.allocUnsafeSlow(size,
 * alignment): zero-filled too.  With an alignment (a power of two up to
 * 2^30) the bytes start at an address that is a multiple of it: the Buffer
 * views a larger fixed buffer (which never moves) from the right offset. */
static duk_ret_t dx__buffer_alloc_unsafe(duk_context *ctx) {
	size_t size = dx__check_size(ctx, 0), align, pad;
	uint8_t *p;
	if (duk_is_undefined(ctx, 1)) {
		dx_push_node_buffer(ctx, size);
		return 1;
	}
	align = DX_SIZE_OF(dx_check_integer(ctx, 1, "alignment", 1, 1073741824.0));
	if ((align & (align - 1)) != 0) {
		return dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
		                     "The argument 'alignment' must be a power of two. Received %lu", (unsigned long) align);
	}
	if (DX_DOUBLE_OF(size) + DX_DOUBLE_OF(align - 1) > DX_NODE_MAX_LENGTH) {
		return duk_range_error(ctx, "Array buffer allocation failed");
	}
	p = (uint8_t *) duk_push_fixed_buffer(ctx, size + align - 1);
	pad = (align - (size_t) ((uintptr_t) p & (align - 1))) & (align - 1);
	duk_push_buffer_object(ctx, -1, pad, size, DUK_BUFOBJ_NODEJS_BUFFER);
	return 1;
}

/* Buffer(arg, encodingOrOffset, length), with or without new. */
static duk_ret_t dx__buffer_ctor(duk_context *ctx) {
	duk_set_top(ctx, 3);
	if (duk_is_number(ctx, 0)) {
		if (dx_is_text(ctx, 1)) {
			return dx_throw_arg_type(ctx, "string", "of type string", 0);
		}
		dx_push_node_buffer(ctx, dx__check_size(ctx, 0));
		return 1;
	}
	dx__from(ctx, 0, 1, 2);
	return 1;
}

/* Buffer.of(...items) */
static duk_ret_t dx__buffer_of(duk_context *ctx) {
	duk_idx_t i, n = duk_get_top(ctx);
	uint8_t *dst;
	for (i = 0; i < n; i++) {
		duk_to_number(ctx, i);
	}
	dst = dx_push_node_buffer(ctx, (size_t) n);
	for (i = 0; i < n; i++) {
		dst[i] = dx_to_uint8(duk_get_number(ctx, i));
	}
	return 1;
}

/* Buffer.copyBytesFrom(view, offset, length) */
static duk_ret_t dx__buffer_copy_bytes_from(duk_context *ctx) {
	duk_ext_view view;
	double start = 0, end;
	if (!duk_ext_get_view(ctx, 0, &view) || view.kind == DUK_EXT_KIND_ARRAYBUFFER || view.kind == DUK_EXT_KIND_DATAVIEW) {
		return dx_throw_arg_type(ctx, "view", "an instance of TypedArray", 0);
	}
	end = DX_DOUBLE_OF(view.length);
	if (view.length > 0 && !duk_is_undefined(ctx, 1)) {
		start = dx_check_integer(ctx, 1, "offset", 0, DX_NODE_MAX_SAFE_INTEGER);
	}
	if (view.length > 0 && start < end && !duk_is_undefined(ctx, 2)) {
		double length = dx_check_integer(ctx, 2, "length", 0, DX_NODE_MAX_SAFE_INTEGER);
		end = start + length < end ? start + length : end;
	}
	if (end <= start) {
		dx_push_node_buffer(ctx, 0);
		return 1;
	}
	dx_push_node_buffer_copy(ctx, view.data + (DX_SIZE_OF(start) << view.shift), DX_SIZE_OF(end - start) << view.shift);
	return 1;
}

/* ---- inspection and comparison ---- */

static duk_ret_t dx__buffer_is_buffer(duk_context *ctx) {
	duk_ext_view view;
	duk_push_boolean(ctx, duk_ext_get_view(ctx, 0, &view) && view.kind == DUK_EXT_KIND_NODE_BUFFER);
	return 1;
}

/* Buffer.isEncoding(encoding) */
static duk_ret_t dx__buffer_is_encoding(duk_context *ctx) {
	dx_encoding enc;
	duk_push_boolean(ctx, dx_is_text(ctx, 0) && duk_get_length(ctx, 0) > 0 &&
	                          dx_lookup_encoding(ctx, 0, &enc));
	return 1;
}

/* Buffer.byteLength(string | buffer | view | ArrayBuffer, encoding) */
static duk_ret_t dx__buffer_byte_length(duk_context *ctx) {
	duk_ext_view view;
	dx_encoding enc = DX_ENC_UTF8;
	if (!dx_is_text(ctx, 0)) {
		if (!duk_ext_get_view(ctx, 0, &view)) {
			return dx_throw_arg_type(ctx, "string", "of type string or an instance of Buffer or ArrayBuffer", 0);
		}
		duk_push_number(ctx, DX_DOUBLE_OF(view.byte_length));
		return 1;
	}
	if (duk_get_length(ctx, 0) == 0) {
		duk_push_int(ctx, 0);
		return 1;
	}
	if (dx_is_truthy(ctx, 1) && !dx_lookup_encoding(ctx, 1, &enc)) {
		enc = DX_ENC_UTF8; /* Node: an unknown encoding counts as utf8 */
	}
	if (enc == DX_ENC_ASCII || enc == DX_ENC_LATIN1) {
		duk_push_number(ctx, DX_DOUBLE_OF(duk_get_length(ctx, 0))); /* one byte per UTF-16 unit */
	} else {
		duk_push_number(ctx, DX_DOUBLE_OF(dx_encoded_length(ctx, 0, enc)));
	}
	return 1;
}

/* Buffer.compare(buf1, buf2) */
static duk_ret_t dx__buffer_compare(duk_context *ctx) {
	duk_ext_view a, b;
	dx_require_uint8_view(ctx, 0, &a, "buf1");
	dx_require_uint8_view(ctx, 1, &b, "buf2");
	duk_push_int(ctx, dx_compare_bytes(a.data, a.byte_length, b.data, b.byte_length));
	return 1;
}

/* Buffer.concat(list, totalLength) */
static duk_ret_t dx__buffer_concat(duk_context *ctx) {
	duk_uarridx_t i, n;
	double total = 0;
	size_t pos = 0;
	duk_ext_view view;
	if (!duk_is_array(ctx, 0)) {
		return dx_throw_arg_type(ctx, "list", "an instance of Array", 0);
	}
	n = (duk_uarridx_t) duk_get_length(ctx, 0);
	if (n == 0) {
		dx_push_node_buffer(ctx, 0); /* before totalLength is checked, as Node */
		return 1;
	}
	if (!duk_is_undefined(ctx, 1)) {
		total = dx_check_integer(ctx, 1, "length", 0, DX_NODE_MAX_LENGTH);
	}
	for (i = 0; i < n; i++) {
		char name[32];
		duk_get_prop_index(ctx, 0, i);
		if (!dx_get_uint8_view(ctx, -1, &view)) {
			snprintf(name, sizeof name, "list[%lu]", (unsigned long) i);
			return dx_throw_arg_type(ctx, name, "an instance of Buffer or Uint8Array", -1);
		}
		if (duk_is_undefined(ctx, 1)) {
			total += DX_DOUBLE_OF(view.byte_length);
		}
		duk_pop(ctx);
	}
	{
		uint8_t *dst = dx_push_node_buffer(ctx, (size_t) total);
		for (i = 0; i < n; i++) {
			size_t room = (size_t) total - pos, take;
			duk_get_prop_index(ctx, 0, i);
			dx_get_uint8_view(ctx, -1, &view);
			if (view.flags & (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS)) {
				return duk_type_error(ctx, "Cannot perform %%TypedArray%%.prototype.set on a detached or out-of-bounds ArrayBuffer");
			}
			take = view.byte_length < room ? view.byte_length : room;
			if (take > 0) {
				memcpy(dst + pos, view.data, take);
			}
			pos += take;
			duk_pop(ctx);
			if (view.byte_length > room) {
				break; /* totalLength reached: Node copies no further */
			}
		}
	}
	return 1;
}

static const dx_method dx__buffer_statics[] = {
	{ "from", dx__buffer_from, 3, 0 },
	{ "copyBytesFrom", dx__buffer_copy_bytes_from, 3, 0 },
	{ "of", dx__buffer_of, DUK_VARARGS, 0 },
	{ "alloc", dx__buffer_alloc, 3, 0 },
	{ "allocUnsafe", dx__buffer_alloc_unsafe, 2, 0 },
	{ "allocUnsafeSlow", dx__buffer_alloc_unsafe, 2, 0 },
	{ "isBuffer", dx__buffer_is_buffer, 1, 0 },
	{ "compare", dx__buffer_compare, 2, 0 },
	{ "isEncoding", dx__buffer_is_encoding, 1, 0 },
	{ "concat", dx__buffer_concat, 2, 0 },
	{ "byteLength", dx__buffer_byte_length, 2, 0 },
	{ "stringLength", dx_buffer_string_length, 2, 0 },
	{ NULL, NULL, 0, 0 }
};

void dx_init_node_buffer_static(duk_context *ctx) {
	duk_push_c_function(ctx, dx__buffer_ctor, 3);
	duk_push_string(ctx, "name");
	duk_push_string(ctx, "Buffer");
	duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
	/* keep Duktape's Buffer.prototype: the engine knows it as the Node Buffer prototype */
	dx_push_global_prototype(ctx, "Buffer");
	duk_push_string(ctx, "prototype");
	duk_dup(ctx, -2);
	duk_def_prop(ctx, -4, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_CLEAR_WEC);
	duk_push_string(ctx, "constructor");
	duk_dup(ctx, -3);
	duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_WRITABLE |
	                          DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	duk_pop(ctx);
	if (duk_get_global_string(ctx, "Uint8Array")) {
		duk_set_prototype(ctx, -2); /* Object.setPrototypeOf(Buffer, Uint8Array), as node */
	} else {
		duk_pop(ctx);
	}
	dx_put_methods(ctx, -1, dx__buffer_statics);
	dx_put_length(ctx, -1, "stringLength", 1); /* encoding defaults to utf8 */
	duk_push_int(ctx, DX_NODE_POOL_SIZE);
	duk_put_prop_string(ctx, -2, "poolSize");
	duk_put_global_string(ctx, "Buffer");
}
