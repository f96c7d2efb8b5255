/*
 * arraybuffer_views: typed arrays and DataViews over ArrayBuffers the
 * ECMAScript 2025 way (23.2.5, 25.3.2): views of a resizable buffer that
 * track its length, TypeError for detached or out-of-bounds sources,
 * iterable sources; and the byteLength / byteOffset / length getters of
 * %TypedArray%.prototype and DataView.prototype (0 or TypeError when the
 * view is detached or out of bounds).  The typed array constructors keep
 * Duktape's own function objects and their behaviour for the other
 * argument kinds.
 */
#include <math.h>

#include "dx_arraybuffer.h"
#include "dx_bridge.h"
#include "dx_elem.h"

/* RangeError whose message fmt shows the number n (one "%.0f"). */
DUK_NOINLINE static duk_ret_t dx__range_error_num(duk_context *ctx, const char *fmt, double n) {
	return duk_range_error(ctx, fmt, n);
}

#define DX__UNUSABLE (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS)

void dx_push_view(duk_context *ctx, duk_idx_t ab_idx, int elem_type, size_t byte_offset, size_t byte_length,
                  duk_bool_t length_tracking) {
	duk_ext_view ab;
	unsigned shift = dx_elem_shift((unsigned) elem_type); /* 0 for a DataView */
	ab_idx = duk_require_normalize_index(ctx, ab_idx);
#if !defined(DUK_EXT_USE_FLOAT16)
	if (elem_type == DUK_EXT_ELEM_FLOAT16) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "Float16Array is not in this build");
	}
#endif
	(void) duk_ext_get_view(ctx, ab_idx, &ab);
	if (length_tracking) {
		byte_length = ab.byte_length > byte_offset ? ((ab.byte_length - byte_offset) >> shift) << shift : 0;
	}
	/* a Float16Array is a marked Uint16Array */
	duk_push_buffer_object(ctx, ab_idx, byte_offset, byte_length,
	                       elem_type == DX_VIEW_DATAVIEW         ? DUK_BUFOBJ_DATAVIEW
	                       : elem_type == DUK_EXT_ELEM_FLOAT16 ? DUK_BUFOBJ_UINT16ARRAY
	                                                           : dx_bufobj_of_elem[elem_type]);
	if (ab.flags & DUK_EXT_VIEW_RESIZABLE) {
		dx_bridge_record_extent(ctx, -1, length_tracking);
	}
#if defined(DUK_EXT_USE_FLOAT16)
	if (elem_type == DUK_EXT_ELEM_FLOAT16) {
		dx_bridge_mark_float16(ctx, -1);
		dx_float16_wrap(ctx);
	}
#endif
}

void dx_push_view_of_arraybuffer(duk_context *ctx, int elem_type) {
	unsigned shift = dx_elem_shift((unsigned) elem_type);
	double offset = dx_to_index(ctx, 1), length = 0;
	duk_ext_view ab;
	if (fmod(offset, (double) (1u << shift)) != 0) {
		(void) dx__range_error_num(ctx, "start offset should be a multiple of %.0f", (double) (1u << shift));
	}
	if (!duk_is_undefined(ctx, 2)) {
		length = dx_to_index(ctx, 2);
	}
	(void) duk_ext_get_view(ctx, 0, &ab); /* after the coercions */
	if (ab.flags & DUK_EXT_VIEW_DETACHED) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "ArrayBuffer is detached");
	}
	if (offset > DX_DOUBLE_OF(ab.byte_length)) {
		(void) dx__range_error_num(ctx, "start offset %.0f is outside the bounds of the buffer", offset);
	}
	if (duk_is_undefined(ctx, 2)) {
		if (ab.flags & DUK_EXT_VIEW_RESIZABLE) {
			dx_push_view(ctx, 0, elem_type, DX_SIZE_OF(offset), 0, 1);
			return;
		}
		if (ab.byte_length & ((1u << shift) - 1)) {
			(void) dx__range_error_num(ctx, "byte length should be a multiple of %.0f", (double) (1u << shift));
		}
		length = DX_DOUBLE_OF(ab.byte_length) - offset;
	} else {
		length = ldexp(length, (int) shift);
		if (offset + length > DX_DOUBLE_OF(ab.byte_length)) {
			(void) dx__range_error_num(ctx, "invalid typed array length: %.0f", ldexp(length, -(int) shift));
		}
	}
	dx_push_view(ctx, 0, elem_type, DX_SIZE_OF(offset), DX_SIZE_OF(length), 0);
}

duk_bool_t dx_push_iterated_values(duk_context *ctx, duk_idx_t idx) {
	idx = duk_require_normalize_index(ctx, idx);
	if (!duk_get_global_literal(ctx, "Symbol") || !duk_get_prop_literal(ctx, -1, "iterator")) {
		duk_pop_2(ctx);
		return 0;
	}
	duk_get_prop(ctx, idx);
	duk_remove(ctx, -2);
	if (duk_is_null_or_undefined(ctx, -1)) {
		duk_pop(ctx);
		return 0;
	}
	if (!duk_is_callable(ctx, -1)) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "Symbol.iterator is not a function");
	}
	(void) dx_iterate_to_list(ctx, idx);
	return 1;
}

/* ---- constructors ---- */

/* new Int8Array(...) ... new Float64Array(...): Duktape's constructor magic
 * carries the element type in bits 2..5. */
static duk_ret_t dx__typedarray_constructor(duk_context *ctx) {
	int elem_type = (duk_get_current_magic(ctx) >> 2) & 0x0f;
	duk_ext_view src;
	if (!duk_is_constructor_call(ctx)) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "Constructor requires 'new'");
	}
	if (duk_ext_get_view(ctx, 0, &src) && src.kind != DUK_EXT_KIND_DATAVIEW) {
		if (src.kind == DUK_EXT_KIND_ARRAYBUFFER) {
			dx_push_view_of_arraybuffer(ctx, elem_type);
			return 1;
		}
		if (src.flags & DX__UNUSABLE) {
			return dx_error(ctx, DUK_ERR_TYPE_ERROR, "source typed array is detached or out of bounds");
		}
	} else if (duk_is_object(ctx, 0) && dx_push_iterated_values(ctx, 0)) {
		duk_replace(ctx, 0);
	} else if (src.kind == DUK_EXT_KIND_DATAVIEW) {
		/* An object without typed array slots: its array-like values
		 * (Duktape's constructor would copy a DataView's bytes). */
		duk_uarridx_t i, length;
		duk_get_prop_literal(ctx, 0, "length");
		length = (duk_uarridx_t) duk_to_uint32(ctx, -1);
		duk_pop(ctx);
		duk_push_array(ctx);
		for (i = 0; i < length; i++) {
			duk_get_prop_index(ctx, 0, i);
			duk_put_prop_index(ctx, -2, i);
		}
		duk_replace(ctx, 0);
	}
	return dx_bridge_typedarray_constructor(ctx);
}

/* new DataView(buffer[, byteOffset[, byteLength]]) */
static duk_ret_t dx__dataview_constructor(duk_context *ctx) {
	duk_ext_view ab;
	double offset, length = 0;
	int tracking;
	if (!duk_is_constructor_call(ctx)) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "Constructor DataView requires 'new'");
	}
	if (!duk_ext_get_view(ctx, 0, &ab) || ab.kind != DUK_EXT_KIND_ARRAYBUFFER) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "First argument to DataView constructor must be an ArrayBuffer");
	}
	offset = dx_to_index(ctx, 1);
	(void) duk_ext_get_view(ctx, 0, &ab);
	if (ab.flags & DUK_EXT_VIEW_DETACHED) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "ArrayBuffer is detached");
	}
	if (offset > DX_DOUBLE_OF(ab.byte_length)) {
		return dx__range_error_num(ctx, "start offset %.0f is outside the bounds of the buffer", offset);
	}
	tracking = duk_is_undefined(ctx, 2) && (ab.flags & DUK_EXT_VIEW_RESIZABLE);
	if (duk_is_undefined(ctx, 2)) {
		length = DX_DOUBLE_OF(ab.byte_length) - offset;
	} else {
		length = dx_to_index(ctx, 2);
		if (offset + length > DX_DOUBLE_OF(ab.byte_length)) {
			return dx__range_error_num(ctx, "invalid DataView length %.0f", length);
		}
		/* ToIndex(byteLength) ran user code: check the buffer again. */
		(void) duk_ext_get_view(ctx, 0, &ab);
		if (ab.flags & DUK_EXT_VIEW_DETACHED) {
			return dx_error(ctx, DUK_ERR_TYPE_ERROR, "ArrayBuffer is detached");
		}
		if (offset + length > DX_DOUBLE_OF(ab.byte_length)) {
			return dx__range_error_num(ctx, "invalid DataView length %.0f", length);
		}
	}
	dx_push_view(ctx, 0, DX_VIEW_DATAVIEW, DX_SIZE_OF(offset), DX_SIZE_OF(length), tracking);
	return 1;
}

/* ---- getters ---- */

#define DX__GET_DATAVIEW 0x10
enum { DX__GET_BYTE_LENGTH, DX__GET_BYTE_OFFSET, DX__GET_LENGTH };

/* %TypedArray%.prototype and DataView.prototype byteLength, byteOffset,
 * length: a typed array reads 0 when detached or out of bounds, a DataView
 * throws. */
static duk_ret_t dx__view_getter(duk_context *ctx) {
	duk_int_t magic = duk_get_current_magic(ctx);
	duk_ext_view view;
	int ok;
	duk_push_this(ctx);
	ok = duk_ext_get_view(ctx, -1, &view);
	if (magic & DX__GET_DATAVIEW) {
		if (!ok || view.kind != DUK_EXT_KIND_DATAVIEW) {
			return dx_error(ctx, DUK_ERR_TYPE_ERROR, "this is not a DataView");
		}
		if (view.flags & DX__UNUSABLE) {
			return dx_error(ctx, DUK_ERR_TYPE_ERROR, "DataView is detached or out of bounds");
		}
	} else {
		if (!ok || view.kind == DUK_EXT_KIND_ARRAYBUFFER || view.kind == DUK_EXT_KIND_DATAVIEW) {
			return dx_error(ctx, DUK_ERR_TYPE_ERROR, "this is not a typed array");
		}
		if (view.flags & DX__UNUSABLE) {
			duk_push_int(ctx, 0);
			return 1;
		}
	}
	switch (magic & 0x0f) {
	case DX__GET_BYTE_LENGTH:
		duk_push_number(ctx, DX_DOUBLE_OF(view.byte_length));
		break;
	case DX__GET_BYTE_OFFSET:
		duk_push_number(ctx, DX_DOUBLE_OF(view.byte_offset));
		break;
	default:
		duk_push_number(ctx, DX_DOUBLE_OF(view.length));
		break;
	}
	return 1;
}

static const dx_method dx__typedarray_getters[] = {
	{ "byteLength", dx__view_getter, 0, DX__GET_BYTE_LENGTH },
	{ "byteOffset", dx__view_getter, 0, DX__GET_BYTE_OFFSET },
	{ "length", dx__view_getter, 0, DX__GET_LENGTH },
	{ NULL, NULL, 0, 0 }
};

static const dx_method dx__dataview_getters[] = {
	{ "byteLength", dx__view_getter, 0, DX__GET_DATAVIEW | DX__GET_BYTE_LENGTH },
	{ "byteOffset", dx__view_getter, 0, DX__GET_DATAVIEW | DX__GET_BYTE_OFFSET },
	{ NULL, NULL, 0, 0 }
};

static const char *const dx__typedarray_names[] = {
	"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "Float32Array", "Float64Array", NULL
};

void dx_init_arraybuffer_views(duk_context *ctx) {
	const char *const *name;
	for (name = dx__typedarray_names; *name != NULL; name++) {
		duk_get_global_string(ctx, *name);
		dx_bridge_set_native(ctx, -1, dx__typedarray_constructor, 3);
		duk_pop(ctx);
	}
	duk_get_global_literal(ctx, "DataView");
	dx_bridge_set_native(ctx, -1, dx__dataview_constructor, 3);
	dx_set_function_length(ctx, -1, 1);
	duk_get_prop_literal(ctx, -1, "prototype");
	dx_put_getters(ctx, -1, dx__dataview_getters);
	duk_pop_2(ctx);
	dx_push_global_prototype(ctx, "Uint8Array");
	duk_get_prototype(ctx, -1);
	dx_put_getters(ctx, -1, dx__typedarray_getters);
	duk_pop_2(ctx);
}
