/*
 * field_access: the native read and write behind every fixed-width field
 * accessor: Node's Buffer read/write and DataView get/set.  The magic of
 * each registered function carries the field descriptor (dx_field.h) plus the
 * calling convention below; the bytes are read and written by dx_field_read()
 * and dx_field_write() only.
 */
#include <math.h>
#include <stdio.h>

#include "dx_bindings.h"
#include "dx_field.h"
#include "dx_field_access.h"

/* ---- argument checks, Node's way ---- */

/* Node's boundsError(): the offset is not an integer, the buffer is shorter
 * than the field, or the offset is outside [0, last]. */
static duk_ret_t dx__node_bounds_error(duk_context *ctx, duk_idx_t offset_idx, double last) {
	double offset = duk_get_number(ctx, offset_idx);
	char range[64];
	if (floor(offset) != offset) {
		return dx_throw_out_of_range(ctx, "offset", "an integer", offset_idx);
	}
	if (last < 0) {
		return dx_throw_buffer_out_of_bounds(ctx);
	}
	snprintf(range, sizeof range, ">= 0 and <= %.0f", last);
	return dx_throw_out_of_range(ctx, "offset", range, offset_idx);
}

/* Checks Node's offset argument for a field of `width` bytes in a buffer of
 * `length` bytes and returns it.  Fixed-width accessors default it to 0; the
 * variable-width family (readUIntLE...) requires it. */
static size_t dx__node_offset(duk_context *ctx, duk_idx_t offset_idx, size_t width, size_t length) {
	double offset;
	if (duk_is_undefined(ctx, offset_idx) && !(duk_get_current_magic(ctx) & DX_ACCESS_VARIABLE_WIDTH)) {
		offset = 0;
	} else if (!duk_is_number(ctx, offset_idx)) {
		(void) dx_throw_arg_type(ctx, "offset", "of type number", offset_idx);
		return 0;
	} else {
		offset = duk_get_number(ctx, offset_idx);
	}
	if (!(offset >= 0 && floor(offset) == offset && offset + DX_DOUBLE_OF(width) <= DX_DOUBLE_OF(length))) {
		if (duk_is_undefined(ctx, offset_idx)) {
			duk_push_int(ctx, 0);
			duk_replace(ctx, offset_idx);
		}
		(void) dx__node_bounds_error(ctx, offset_idx, DX_DOUBLE_OF(length) - DX_DOUBLE_OF(width));
	}
	return DX_SIZE_OF(offset);
}

/* readUIntLE(offset, byteLength) and friends take the width as an argument:
 * it must be an integer 1..6. */
static unsigned dx__node_variable_width(duk_context *ctx, duk_idx_t width_idx) {
	double width;
	if (!duk_is_number(ctx, width_idx)) {
		(void) dx_throw_arg_type(ctx, "byteLength", "of type number", width_idx);
	}
	width = duk_get_number(ctx, width_idx);
	if (floor(width) != width) {
		(void) dx_throw_out_of_range(ctx, "byteLength", "an integer", width_idx);
	}
	if (!(width >= 1 && width <= 6)) {
		(void) dx_throw_out_of_range(ctx, "byteLength", ">= 1 and <= 6", width_idx);
	}
	return (unsigned) width;
}

/* Node's checkInt(): integer values must fit the field before anything is
 * written. */
static void dx__node_check_value(duk_context *ctx, duk_idx_t value_idx, dx_field f) {
	double v = duk_get_number(ctx, value_idx);
	unsigned bits = 8u * f.width;
	double min = f.kind == DX_FIELD_INT ? -ldexp(1.0, (int) bits - 1) : 0.0;
	double max = f.kind == DX_FIELD_INT ? ldexp(1.0, (int) bits - 1) - 1 : ldexp(1.0, (int) bits) - 1;
	char range[80];
	if (!(v > max || v < min)) {
		return;
	}
	if (f.width <= 4) {
		snprintf(range, sizeof range, ">= %.0f and <= %.0f", min, max);
	} else if (f.kind == DX_FIELD_INT) {
		snprintf(range, sizeof range, ">= -(2 ** %u) and < 2 ** %u", bits - 1, bits - 1);
	} else {
		snprintf(range, sizeof range, ">= 0 and < 2 ** %u", bits);
	}
	(void) dx_throw_out_of_range(ctx, "value", range, value_idx);
}

/* ---- argument checks, the ECMAScript DataView way ---- */

/* ToIndex(requestIndex): may run user code (valueOf). */
static double dx__to_index(duk_context *ctx, duk_idx_t idx) {
	double d = duk_to_number(ctx, idx);
	d = isnan(d) ? 0 : trunc(d) + 0.0;
	if (d < 0 || d > 9007199254740991.0) {
		(void) duk_range_error(ctx, "invalid offset");
	}
	return d;
}

/* `this` must be a DataView (checked first, then again after user code ran).
 * The DataView's bytes after all user code has run, with the spec's checks:
 * TypeError when detached or out of bounds, RangeError when the field does
 * not fit. */
static void dx__dataview_this(duk_context *ctx, duk_ext_view *view) {
	duk_push_this(ctx);
	if (!duk_ext_get_view(ctx, -1, view) || view->kind != DUK_EXT_KIND_DATAVIEW) {
		(void) duk_type_error(ctx, "this is not a DataView");
	}
	duk_pop(ctx);
}

static uint8_t *dx__dataview_field(duk_context *ctx, double index, unsigned width) {
	duk_ext_view view;
	dx__dataview_this(ctx, &view);
	if (view.flags & (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS)) {
		(void) duk_type_error(ctx, "DataView is detached or out of bounds");
	}
	if (index + width > DX_DOUBLE_OF(view.byte_length)) {
		(void) duk_range_error(ctx, "offset is outside the bounds of the DataView");
	}
	return view.data + DX_SIZE_OF(index);
}

/* The bytes of Node's `this` (a Buffer, Uint8Array or plain buffer). */
static void dx__node_this(duk_context *ctx, duk_ext_view *view) {
	duk_push_this(ctx);
	dx_require_view(ctx, -1, view, "this");
	duk_pop(ctx);
}

/* ---- the two natives ---- */

/* DataView: (byteOffset, littleEndian).  Node: (offset) or, variable width,
 * (offset, byteLength). */
duk_ret_t dx_field_get(duk_context *ctx) {
	duk_int_t magic = duk_get_current_magic(ctx);
	dx_field f = dx_field_unpack(magic & DX_FIELD_PACK_MASK);
	const uint8_t *p;
	if (magic & DX_ACCESS_DATAVIEW) {
		duk_ext_view view;
		double index;
		dx__dataview_this(ctx, &view); /* checked before any coercion */
		index = dx__to_index(ctx, 0);
		f.little_endian = (uint8_t) duk_to_boolean(ctx, 1);
		p = dx__dataview_field(ctx, index, f.width);
	} else {
		duk_ext_view view;
		size_t offset;
		if (magic & DX_ACCESS_VARIABLE_WIDTH) {
			if (duk_is_undefined(ctx, 0)) {
				(void) dx_throw_arg_type(ctx, "offset", "of type number", 0);
			}
			f.width = (uint8_t) dx__node_variable_width(ctx, 1);
		}
		dx__node_this(ctx, &view);
		offset = dx__node_offset(ctx, 0, f.width, view.byte_length);
		p = view.data + offset;
	}
	duk_push_number(ctx, dx_field_read(p, f));
	return 1;
}

/* DataView: (byteOffset, value, littleEndian).  Node: (value, offset) or,
 * variable width, (value, offset, byteLength); returns offset + width. */
duk_ret_t dx_field_set(duk_context *ctx) {
	duk_int_t magic = duk_get_current_magic(ctx);
	dx_field f = dx_field_unpack(magic & DX_FIELD_PACK_MASK);
	uint8_t *p;
	double value;
	if (magic & DX_ACCESS_DATAVIEW) {
		duk_ext_view view;
		double index;
		dx__dataview_this(ctx, &view); /* checked before any coercion */
		index = dx__to_index(ctx, 0);
		value = duk_to_number(ctx, 1);
		f.little_endian = (uint8_t) duk_to_boolean(ctx, 2);
		p = dx__dataview_field(ctx, index, f.width);
		dx_field_write(p, f, value);
		return 0;
	} else {
		duk_ext_view view;
		size_t offset;
		if (magic & DX_ACCESS_VARIABLE_WIDTH) {
			f.width = (uint8_t) dx__node_variable_width(ctx, 2);
		}
		value = duk_to_number(ctx, 0); /* may run valueOf: take the view after */
		if (f.width == 1 && (magic & DX_ACCESS_VARIABLE_WIDTH ? 1 : !duk_is_undefined(ctx, 1)) && !duk_is_number(ctx, 1)) {
			/* Node checks a one-byte write's offset type before its value. */
			(void) dx_throw_arg_type(ctx, "offset", "of type number", 1);
		}
		if (f.kind != DX_FIELD_FLOAT) {
			dx__node_check_value(ctx, 0, f);
		}
		dx__node_this(ctx, &view);
		offset = dx__node_offset(ctx, 1, f.width, view.byte_length);
		dx_field_write(view.data + offset, f, value);
		duk_push_number(ctx, DX_DOUBLE_OF(offset + f.width));
		return 1;
	}
}
