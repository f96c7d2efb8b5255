/*
 * field_access: the native behind every fixed-width field accessor: Node's
 * Buffer read/write and DataView get/set.  The magic of each registered
 * function carries the field descriptor (dx_field.h) plus the calling
 * convention bits (dx_field_access.h); the bytes are read and written by
 * dx_field_read() and dx_field_write() only.
 */
#include <math.h>

#include "dx_bindings.h"
#include "dx_field.h"
#include "dx_field_access.h"

/* ---- argument checks, Node's way ---- */

/* A number argument (offset, byteLength), else ERR_INVALID_ARG_TYPE; one
 * that is not required and undefined is 0. */
static double dx__node_number(duk_context *ctx, duk_idx_t idx, const char *name, duk_int_t required) {
	if (!required && duk_is_undefined(ctx, idx)) {
		return 0;
	}
	if (!duk_is_number(ctx, idx)) {
		(void) dx_throw_arg_type(ctx, name, "of type number", idx);
	}
	return duk_get_number(ctx, idx);
}

/* `value` (the argument at idx, or the 0 an omitted offset stands for) must
 * be an integer in [min, last] (last < 2^31), else Node's boundsError(). */
static void dx__node_check_index(duk_context *ctx, duk_idx_t idx, const char *name, double value, double min, double last) {
	const char *range = ">= %.0f and <= %.0f";
	if (value >= min && value <= last && DX_DOUBLE_OF(DX_SIZE_OF(value)) == value) {
		return;
	}
	if (floor(value) != value) {
		range = "an integer";
	} else if (last < 0) {
		(void) dx_throw_named_out_of_bounds(ctx, NULL);
	}
	(void) dx_throw_out_of_range(ctx, name, idx, range, min, last);
}

/* Node's checkInt(): integer values must fit the field before anything is
 * written. */
static void dx__node_check_value(duk_context *ctx, duk_idx_t idx, dx_field f) {
	double v = duk_get_number(ctx, idx);
	int is_signed = f.kind == DX_FIELD_INT;
	unsigned bits = 8u * f.width - (unsigned) is_signed; /* of the magnitude */
	double limit = (double) ((int64_t) 1 << bits);
	double lo = is_signed ? -limit : 0, hi = limit - 1;
	const char *range = ">= %.0f and <= %.0f";
	if (v > hi || v < lo) {
		if (f.width > 4) {
			range = is_signed ? ">= -(2 ** %.0f) and < 2 ** %.0f" : ">= 0 and < 2 ** %.0f";
			lo = hi = bits;
		}
		(void) dx_throw_out_of_range(ctx, "value", idx, range, lo, hi);
	}
}

/* ---- argument checks, the ECMAScript DataView way ---- */

/* ToIndex(requestIndex): may run user code (valueOf).  ToIntegerOrInfinity
 * truncates (NaN: 0), so the index is invalid from -1 down and from 2^53 up. */
static int64_t dx__to_index(duk_context *ctx, duk_idx_t idx) {
	double d = duk_to_number(ctx, idx);
	if (d <= -1 || d >= 9007199254740992.0) {
		(void) dx_error(ctx, DUK_ERR_RANGE_ERROR, "invalid offset");
	}
	return d == d ? (int64_t) d : 0;
}

/* `this` must be a DataView (checked first, then again after user code ran). */
static void dx__dataview_this(duk_context *ctx, duk_ext_view *view) {
	duk_push_this(ctx);
	if (!duk_ext_get_view(ctx, -1, view) || view->kind != DUK_EXT_KIND_DATAVIEW) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "this is not a DataView");
	}
	duk_pop(ctx);
}

/* ---- the native ---- */

/* DataView: get(byteOffset, littleEndian), set(byteOffset, value,
 * littleEndian).  Node: read(offset), write(value, offset) or, variable
 * width, read(offset, byteLength), write(value, offset, byteLength); a write
 * returns offset + width. */
duk_ret_t dx_field_access(duk_context *ctx) {
	duk_int_t magic = duk_get_current_magic(ctx);
	dx_field f = dx_field_unpack(magic & DX_FIELD_PACK_MASK);
	duk_idx_t set = (magic & DX_ACCESS_SET) != 0; /* arguments shift by one */
	duk_ext_view view;
	size_t offset;
	double value = 0;
	if (magic & DX_ACCESS_DATAVIEW) {
		int64_t index;
		dx__dataview_this(ctx, &view); /* checked before any coercion */
		index = dx__to_index(ctx, 0);
		if (set) {
			value = duk_to_number(ctx, 1);
		}
		f.little_endian = (uint8_t) duk_to_boolean(ctx, 1 + set);
		/* the DataView's bytes after all user code has run, with the
		 * spec's checks */
		dx__dataview_this(ctx, &view);
		if (view.flags & (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS)) {
			(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "DataView is detached or out of bounds");
		}
		if (index + f.width > (int64_t) view.byte_length) {
			(void) dx_error(ctx, DUK_ERR_RANGE_ERROR, "offset is outside the bounds of the DataView");
		}
		offset = (size_t) index;
	} else {
		duk_int_t variable = magic & DX_ACCESS_VARIABLE_WIDTH;
		duk_idx_t offset_idx = set;
		double at = 0, last;
		if (variable) {
			double width;
			if (!set && duk_is_undefined(ctx, 0)) {
				(void) dx_throw_arg_type(ctx, "offset", "of type number", 0);
			}
			width = dx__node_number(ctx, set + 1, "byteLength", 1);
			dx__node_check_index(ctx, set + 1, "byteLength", width, 1, 6);
			f.width = (uint8_t) width;
		}
		if (set) {
			value = duk_to_number(ctx, 0); /* may run valueOf: take the view after */
			if (f.width == 1) {
				/* Node checks a one-byte write's offset type before its value */
				at = dx__node_number(ctx, 1, "offset", variable);
			}
			if (f.kind != DX_FIELD_FLOAT) {
				dx__node_check_value(ctx, 0, f);
			}
		}
		duk_push_this(ctx); /* a Buffer, Uint8Array or plain buffer */
		dx_require_view(ctx, -1, &view, "this");
		duk_pop(ctx);
		if (!set || f.width != 1) {
			at = dx__node_number(ctx, offset_idx, "offset", variable);
		}
		last = DX_DOUBLE_OF(view.byte_length) - f.width;
		dx__node_check_index(ctx, offset_idx, "offset", at, 0, last);
		offset = DX_SIZE_OF(at);
	}
	if (!set) {
		duk_push_number(ctx, dx_field_read(view.data + offset, f));
		return 1;
	}
	dx_field_write(view.data + offset, f, value);
	if (magic & DX_ACCESS_DATAVIEW) {
		return 0;
	}
	duk_push_number(ctx, DX_DOUBLE_OF(offset + f.width));
	return 1;
}

void dx_put_field_methods(duk_context *ctx, duk_idx_t obj_idx, const dx_method *rows) {
	obj_idx = duk_require_normalize_index(ctx, obj_idx);
	dx_put_methods(ctx, obj_idx, rows);
	for (; rows->name != NULL; rows++) {
		duk_int_t m = rows->magic;
		if ((m & DX_ACCESS_DATAVIEW) || (!(m & DX_ACCESS_VARIABLE_WIDTH) &&
		                                 ((m & DX_ACCESS_SET) || dx_field_unpack(m & DX_FIELD_PACK_MASK).kind == DX_FIELD_FLOAT))) {
			dx_put_length(ctx, obj_idx, rows->name, rows->nargs - 1);
		}
	}
}
