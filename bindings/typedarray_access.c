/*
 * typedarray_access: the %TypedArray%.prototype methods that read, write
 * and copy elements in bulk: at, fill, set, copyWithin, slice, subarray,
 * reverse / toReversed, with.  Bytes move with memmove/memset; the view is
 * taken again after every argument coercion (user code may have detached
 * or shrunk the buffer).
 */
#include <math.h>
#include <string.h>

#include "dx_elem.h"
#include "dx_typedarray.h"

/* ToIntegerOrInfinity(index) (argument 0), counted back from len when
 * negative; may run user code. */
DUK_NOINLINE static double dx__index_arg(duk_context *ctx, size_t len) {
	double rel = dx_ta_to_integer(ctx, 0);
	return rel >= 0 ? rel : DX_DOUBLE_OF(len) + rel;
}

/* at(index) */
duk_ret_t dx_ta_at(duk_context *ctx) {
	duk_ext_view view;
	duk_idx_t self = dx_ta_push_this(ctx, &view);
	size_t len = view.length;
	double k = dx__index_arg(ctx, len);
	if (k < 0 || k >= DX_DOUBLE_OF(len)) {
		return 0;
	}
	dx_ta_view_now(ctx, self, &view);
	dx_ta_push_elem(ctx, &view, DX_SIZE_OF(k));
	return 1;
}

/* fill(value, start, end) */
duk_ret_t dx_ta_fill(duk_context *ctx) {
	duk_ext_view view;
	duk_idx_t self = dx_ta_push_this(ctx, &view);
	size_t start, end;
	double value = duk_to_number(ctx, 0);
	(void) dx_ta_range_args(ctx, 1, view.length, &start, &end);
	dx_ta_revalidate(ctx, self, &view);
	if (end > view.length) {
		end = view.length;
	}
	if (start < end) {
		dx_elem_fill(view.data + (start << view.shift), end - start, view.elem_type, value);
	}
	return 1; /* this, on the stack top */
}

/* set(source, offset): typed array sources copy bytes or convert values
 * (through a copy when the two share memory); other sources are read as
 * array-likes, element by element. */

/* RangeError unless count elements fit at offset (an infinite offset does
 * not) in an array of dst_len elements. */
DUK_NOINLINE static void dx__check_fit(duk_context *ctx, double count, double offset, size_t dst_len) {
	if (count + offset > DX_DOUBLE_OF(dst_len)) {
		dx_error(ctx, DUK_ERR_RANGE_ERROR, "source is too large");
	}
}

/* Takes both views (TypeError when either is detached or out of bounds)
 * and checks that the source fits at offset (RangeError). */
static void dx__set_views(duk_context *ctx, duk_idx_t self, double offset, duk_ext_view *dst, duk_ext_view *src) {
	dx_ta_revalidate(ctx, self, dst);
	dx_ta_revalidate(ctx, 0, src);
	dx__check_fit(ctx, DX_DOUBLE_OF(src->length), offset, dst->length);
}

static void dx__set_from_typed(duk_context *ctx, duk_idx_t self, double offset) {
	duk_ext_view dst, src;
	dx__set_views(ctx, self, offset, &dst, &src);
	if (!dx_elem_bytes_compatible(dst.elem_type, src.elem_type) && src.length > 0 &&
	    src.data < dst.data + dst.byte_length && dst.data < src.data + src.byte_length) {
		/* Overlapping views of different types: convert from a copy.  The
		 * allocation can run finalizers, so the views are taken again. */
		size_t bytes = src.byte_length;
		uint8_t *copy = (uint8_t *) duk_push_fixed_buffer(ctx, bytes);
		dx__set_views(ctx, self, offset, &dst, &src);
		if (src.byte_length > bytes) {
			src.length = bytes >> src.shift;
		}
		memcpy(copy, src.data, src.length << src.shift);
		src.data = copy;
	}
	dx_elem_convert(dst.data + (DX_SIZE_OF(offset) << dst.shift), dst.elem_type, src.data, src.elem_type, src.length);
}

static void dx__set_from_array_like(duk_context *ctx, duk_idx_t self, double offset) {
	duk_ext_view dst;
	double n;
	size_t k;
	dx_ta_revalidate(ctx, self, &dst);
	if (duk_is_null_or_undefined(ctx, 0)) {
		dx_error(ctx, DUK_ERR_TYPE_ERROR, "cannot convert source to object");
	}
	duk_to_object(ctx, 0);
	duk_get_prop_string(ctx, 0, "length");
	n = dx_ta_to_length(ctx, -1);
	duk_pop(ctx);
	dx__check_fit(ctx, n, offset, dst.length);
	for (k = 0; k < DX_SIZE_OF(n); k++) {
		duk_get_prop_index(ctx, 0, (duk_uarridx_t) k);
		dx_ta_set_elem(ctx, self, DX_SIZE_OF(offset) + k, -1);
		duk_pop(ctx);
	}
}

duk_ret_t dx_ta_set(duk_context *ctx) {
	duk_ext_view view;
	duk_idx_t self = dx_ta_push_this_any(ctx, &view);
	double offset = dx_ta_to_integer(ctx, 1);
	if (offset < 0) {
		dx_error(ctx, DUK_ERR_RANGE_ERROR, "offset must be >= 0");
	}
	if (dx_ta_get_view(ctx, 0, &view)) {
		dx__set_from_typed(ctx, self, offset);
	} else {
		dx__set_from_array_like(ctx, self, offset);
	}
	return 0;
}

/* copyWithin(target, start, end) */
duk_ret_t dx_ta_copy_within(duk_context *ctx) {
	duk_ext_view view;
	duk_idx_t self = dx_ta_push_this(ctx, &view);
	size_t len = view.length, to, from, end, count, far;
	to = dx_ta_clamp(dx_ta_to_integer(ctx, 0), len);
	count = dx_ta_range_args(ctx, 1, len, &from, &end);
	if (count > len - to) {
		count = len - to;
	}
	if (count > 0) {
		dx_ta_revalidate(ctx, self, &view);
		/* Side effects may have shrunk the array: copy what still fits. */
		len = view.length;
		far = from > to ? from : to;
		count = far >= len ? 0 : (count < len - far ? count : len - far);
		if (count > 0) {
			memmove(view.data + (to << view.shift), view.data + (from << view.shift), count << view.shift);
		}
	}
	return 1; /* this, on the stack top */
}

/* slice(start, end) */
duk_ret_t dx_ta_slice(duk_context *ctx) {
	duk_ext_view view, out;
	duk_idx_t self = dx_ta_push_this(ctx, &view);
	size_t start, end, count;
	count = dx_ta_range_args(ctx, 0, view.length, &start, &end);
	(void) dx_ta_push_species_unfilled(ctx, &view, count, &out);
	if (count > 0) {
		dx_ta_revalidate(ctx, self, &view);
		if (end > view.length) {
			end = view.length;
		}
		count = end > start ? end - start : 0; /* at most the count the result holds */
		if (count > 0) {
			memmove(out.data, view.data + (start << view.shift), count << view.shift);
		}
		if (out.byte_length > (count << view.shift)) { /* the source shrank meanwhile */
			memset(out.data + (count << view.shift), 0, out.byte_length - (count << view.shift));
		}
	}
	return 1;
}

/* subarray(start, end): a new view of the same ArrayBuffer, made by the
 * element type's constructor as new C(buffer, byteOffset, length), or
 * new C(buffer, byteOffset) (length tracking) for a length-tracking array
 * without `end`; a Node
 * Buffer's subarray gets Buffer.prototype, as Node's species gives. */
duk_ret_t dx_ta_subarray(duk_context *ctx) {
	duk_ext_view view;
	duk_idx_t self = dx_ta_push_this_any(ctx, &view);
	size_t start, end, count;
	count = dx_ta_range_args(ctx, 0, view.length, &start, &end); /* length 0 when detached or out of bounds */
	(void) duk_ext_get_view(ctx, self, &view);
	dx_ta_push_constructor(ctx, view.elem_type);
	dx_ta_push_buffer(ctx, self);
	duk_push_number(ctx, DX_DOUBLE_OF(view.byte_offset + (start << view.shift)));
	if ((view.flags & DUK_EXT_VIEW_LENGTH_TRACKING) && duk_is_undefined(ctx, 1)) {
		duk_new(ctx, 2); /* the subarray tracks the buffer's length too */
	} else {
		duk_push_number(ctx, DX_DOUBLE_OF(count));
		duk_new(ctx, 3);
	}
	if (view.kind == DUK_EXT_KIND_NODE_BUFFER) {
		duk_get_prototype(ctx, self);
		duk_set_prototype(ctx, -2);
	}
	return 1;
}

/* reverse() in place, toReversed() into a new array */
duk_ret_t dx_ta_reverse(duk_context *ctx) {
	duk_ext_view view, out;
	duk_idx_t self = dx_ta_push_this(ctx, &view);
	if (duk_get_current_magic(ctx) == DX_TA_IN_PLACE) {
		dx_elem_reverse(view.data, view.length, view.shift);
		return 1;
	}
	(void) dx_ta_push_same_type(ctx, &view, view.length, &out);
	dx_ta_revalidate(ctx, self, &view);
	if (view.length > 0 && out.length >= view.length) {
		memcpy(out.data, view.data, view.byte_length);
		dx_elem_reverse(out.data, view.length, view.shift);
	}
	return 1;
}

/* with(index, value) */
duk_ret_t dx_ta_with(duk_context *ctx) {
	duk_ext_view view, out;
	duk_idx_t self = dx_ta_push_this(ctx, &view);
	size_t len = view.length, keep;
	double k = dx__index_arg(ctx, len);
	double value = duk_to_number(ctx, 1);
	dx_ta_view_now(ctx, self, &view);
	if (!(k >= 0 && k < DX_DOUBLE_OF(view.length))) {
		dx_error(ctx, DUK_ERR_RANGE_ERROR, "index out of range");
	}
	(void) dx_ta_push_same_type(ctx, &view, len, &out);
	dx_ta_view_now(ctx, self, &view);
	/* Elements past a shrunk source read as undefined: NaN, stored as the
	 * type stores NaN. */
	keep = view.length < len ? view.length : len;
	if (keep > 0) {
		memcpy(out.data, view.data, keep << view.shift);
	}
	dx_elem_fill(out.data + (keep << out.shift), len - keep, out.elem_type, NAN); /* keep <= len */
	if (k < DX_DOUBLE_OF(len)) { /* an index the array grew into is not copied */
		dx_elem_write(out.data + (DX_SIZE_OF(k) << out.shift), out.elem_type, value);
	}
	return 1;
}
