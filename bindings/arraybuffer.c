/*
 * arraybuffer: ECMAScript 2025 ArrayBuffer (25.1) on Duktape's own
 * constructor and prototype: `new ArrayBuffer(n, { maxByteLength })`,
 * isView, slice, resize, transfer, transferToFixedLength and the
 * byteLength / maxByteLength / resizable / detached getters.  The buffer
 * states themselves (detach, resize, moving bytes) live in the engine bridge.
 */
#include <string.h>

#include "dx_arraybuffer.h"
#include "dx_bridge.h"
#include "dx_init.h"
#include "dx_typedarray.h"

/* A resizable ArrayBuffer keeps its maxByteLength here. */
#define DX__MAX_KEY DUK_HIDDEN_SYMBOL("dxMaxByteLength")

double dx_to_index(duk_context *ctx, duk_idx_t idx) {
	double d;
	if (duk_is_undefined(ctx, idx)) {
		return 0;
	}
	d = dx_ta_to_integer(ctx, idx);
	if (d < 0 || d > 9007199254740991.0) {
		(void) dx_error(ctx, DUK_ERR_RANGE_ERROR, "invalid index");
	}
	return d;
}

/* RangeError for a length above what an ArrayBuffer can hold. */
DUK_NOINLINE static void dx__check_allocation(duk_context *ctx, double length) {
	if (length > (double) DX_MAX_BYTE_LENGTH) {
		(void) dx_error(ctx, DUK_ERR_RANGE_ERROR, "Array buffer allocation failed");
	}
}

/* Makes the new ArrayBuffer on the stack top (over a dynamic buffer)
 * resizable up to max_length, when max_length >= 0. */
DUK_NOINLINE static void dx__set_max_length(duk_context *ctx, double max_length) {
	if (max_length >= 0) {
		dx_bridge_record_extent(ctx, -1, 1);
		duk_push_literal(ctx, DX__MAX_KEY);
		duk_push_number(ctx, max_length);
		duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
	}
}

void dx_push_arraybuffer(duk_context *ctx, double length, double max_length) {
	dx__check_allocation(ctx, length);
	(void) duk_push_buffer(ctx, (duk_size_t) length, max_length >= 0);
	duk_push_buffer_object(ctx, -1, 0, (duk_size_t) length, DUK_BUFOBJ_ARRAYBUFFER);
	duk_remove(ctx, -2);
	dx__set_max_length(ctx, max_length);
}

void dx_set_function_length(duk_context *ctx, duk_idx_t fn_idx, duk_int_t length) {
	fn_idx = duk_require_normalize_index(ctx, fn_idx);
	duk_push_literal(ctx, "length");
	duk_push_int(ctx, length);
	duk_def_prop(ctx, fn_idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
}

/* `this` as an ArrayBuffer (TypeError otherwise); pushes nothing. */
static void dx__this_arraybuffer(duk_context *ctx, duk_ext_view *view) {
	duk_push_this(ctx);
	if (!duk_ext_get_view(ctx, -1, view) || view->kind != DUK_EXT_KIND_ARRAYBUFFER) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "this is not an ArrayBuffer");
	}
	duk_pop(ctx);
}

/* The maxByteLength of the ArrayBuffer `this`, or -1 when it is fixed-length. */
static double dx__this_max_length(duk_context *ctx) {
	double max = -1;
	duk_push_this(ctx);
	if (duk_get_prop_literal(ctx, -1, DX__MAX_KEY)) {
		max = duk_get_number(ctx, -1);
	}
	duk_pop_2(ctx);
	return max;
}

static void dx__require_attached(duk_context *ctx, const duk_ext_view *view) {
	if (view->flags & DUK_EXT_VIEW_DETACHED) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "ArrayBuffer is detached");
	}
}

/* ---- constructor and statics ---- */

/* new ArrayBuffer(length[, { maxByteLength }]) */
static duk_ret_t dx__arraybuffer_constructor(duk_context *ctx) {
	double length, max = -1;
	if (!duk_is_constructor_call(ctx)) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "Constructor ArrayBuffer requires 'new'");
	}
	duk_set_top(ctx, 2);
	length = dx_to_index(ctx, 0);
	if (duk_is_object(ctx, 1)) {
		duk_get_prop_literal(ctx, 1, "maxByteLength");
		if (!duk_is_undefined(ctx, -1)) {
			max = dx_to_index(ctx, -1);
			if (length > max) {
				return dx_error(ctx, DUK_ERR_RANGE_ERROR, "byteLength exceeds maxByteLength");
			}
		}
	}
	dx_push_arraybuffer(ctx, length, max);
	return 1;
}

/* ArrayBuffer.isView(arg): a typed array (Float16Array and plain buffers
 * included) or a DataView. */
static duk_ret_t dx__arraybuffer_is_view(duk_context *ctx) {
	duk_ext_view view;
	duk_push_boolean(ctx, duk_ext_get_view(ctx, 0, &view) && view.kind != DUK_EXT_KIND_ARRAYBUFFER);
	return 1;
}

/* ---- prototype methods ---- */

/* slice(start, end): a fixed-length copy.  (Duktape has no Symbol.species,
 * so the result is always an %ArrayBuffer%.) */
static duk_ret_t dx__arraybuffer_slice(duk_context *ctx) {
	duk_ext_view view, result;
	size_t first, final, count;
	dx__this_arraybuffer(ctx, &view);
	dx__require_attached(ctx, &view);
	count = dx_ta_range_args(ctx, 0, view.byte_length, &first, &final);
	dx_push_arraybuffer(ctx, DX_DOUBLE_OF(count), -1);
	dx__this_arraybuffer(ctx, &view); /* start/end coercion may have changed it */
	dx__require_attached(ctx, &view);
	(void) duk_ext_get_view(ctx, -1, &result);
	if (first < view.byte_length && count > 0) {
		size_t avail = view.byte_length - first;
		memcpy(result.data, view.data + first, count < avail ? count : avail);
	}
	return 1;
}

/* resize(newLength) */
static duk_ret_t dx__arraybuffer_resize(duk_context *ctx) {
	duk_ext_view view;
	double max, length;
	dx__this_arraybuffer(ctx, &view);
	max = dx__this_max_length(ctx);
	if (max < 0) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "ArrayBuffer is not resizable");
	}
	/* ToIntegerOrInfinity, not ToIndex: a buffer detached by valueOf is a
	 * TypeError even when the length is also out of range (ES2024) */
	length = dx_ta_to_integer(ctx, 0);
	dx__this_arraybuffer(ctx, &view);
	dx__require_attached(ctx, &view);
	if (length < 0 || length > max) {
		return dx_error(ctx, DUK_ERR_RANGE_ERROR, "new length outside 0..maxByteLength");
	}
	dx__check_allocation(ctx, length);
	duk_push_this(ctx);
	dx_bridge_resize(ctx, -1, (duk_size_t) length);
	return 0;
}

/* transfer(newLength) (magic 0) and transferToFixedLength(newLength) (magic 1). */
static duk_ret_t dx__arraybuffer_transfer(duk_context *ctx) {
	duk_ext_view view;
	double length, max = -1;
	dx__this_arraybuffer(ctx, &view);
	length = duk_is_undefined(ctx, 0) ? DX_DOUBLE_OF(view.byte_length) : dx_to_index(ctx, 0);
	dx__this_arraybuffer(ctx, &view);
	dx__require_attached(ctx, &view);
	if (duk_get_current_magic(ctx) == 0) {
		max = dx__this_max_length(ctx);
		if (max >= 0 && length > max) {
			return dx_error(ctx, DUK_ERR_RANGE_ERROR, "new length exceeds maxByteLength");
		}
	}
	dx__check_allocation(ctx, length);
	duk_push_this(ctx);
	dx_bridge_push_transfer(ctx, -1, (duk_size_t) length, max >= 0);
	dx__set_max_length(ctx, max);
	return 1;
}

/* ---- getters ---- */

enum { DX__GET_BYTE_LENGTH, DX__GET_MAX_BYTE_LENGTH, DX__GET_RESIZABLE, DX__GET_DETACHED };

static duk_ret_t dx__arraybuffer_getter(duk_context *ctx) {
	duk_ext_view view;
	int detached;
	double max;
	dx__this_arraybuffer(ctx, &view);
	detached = (view.flags & DUK_EXT_VIEW_DETACHED) != 0;
	switch (duk_get_current_magic(ctx)) {
	case DX__GET_BYTE_LENGTH:
		duk_push_number(ctx, DX_DOUBLE_OF(view.byte_length));
		break;
	case DX__GET_MAX_BYTE_LENGTH:
		max = dx__this_max_length(ctx);
		duk_push_number(ctx, detached ? 0 : max >= 0 ? max : DX_DOUBLE_OF(view.byte_length));
		break;
	case DX__GET_RESIZABLE:
		duk_push_boolean(ctx, dx__this_max_length(ctx) >= 0);
		break;
	default:
		duk_push_boolean(ctx, detached);
		break;
	}
	return 1;
}

static const dx_method dx__arraybuffer_statics[] = {
	{ "isView", dx__arraybuffer_is_view, 1, 0 },
	{ NULL, NULL, 0, 0 }
};

static const dx_method dx__arraybuffer_methods[] = {
	{ "slice", dx__arraybuffer_slice, 2, 0 },
	{ "resize", dx__arraybuffer_resize, 1, 0 },
	{ "transfer", dx__arraybuffer_transfer, 1, 0 },
	{ "transferToFixedLength", dx__arraybuffer_transfer, 1, 1 },
	{ NULL, NULL, 0, 0 }
};

static const dx_method dx__arraybuffer_getters[] = {
	{ "byteLength", dx__arraybuffer_getter, 0, DX__GET_BYTE_LENGTH },
	{ "maxByteLength", dx__arraybuffer_getter, 0, DX__GET_MAX_BYTE_LENGTH },
	{ "resizable", dx__arraybuffer_getter, 0, DX__GET_RESIZABLE },
	{ "detached", dx__arraybuffer_getter, 0, DX__GET_DETACHED },
	{ NULL, NULL, 0, 0 }
};

void dx_init_arraybuffer(duk_context *ctx) {
	duk_get_global_literal(ctx, "ArrayBuffer");
	dx_bridge_set_native(ctx, -1, dx__arraybuffer_constructor, DUK_VARARGS);
	dx_put_methods(ctx, -1, dx__arraybuffer_statics);
	duk_get_prop_literal(ctx, -1, "prototype");
	dx_put_methods(ctx, -1, dx__arraybuffer_methods);
	dx_put_getters(ctx, -1, dx__arraybuffer_getters);
	duk_get_prop_literal(ctx, -1, "transfer");
	dx_set_function_length(ctx, -1, 0);
	duk_get_prop_literal(ctx, -2, "transferToFixedLength");
	dx_set_function_length(ctx, -1, 0);
	duk_pop_n(ctx, 4);
	dx_init_arraybuffer_views(ctx);
#if defined(DUK_EXT_USE_FLOAT16)
	dx_init_float16(ctx); /* Float16Array is built on this file's views */
#endif
}
