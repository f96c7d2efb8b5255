/*
 * typedarray_sort: sort() in place and toSorted() into a new array.
 * Without a comparator the elements are radix sorted as native values
 * (dx_sort_numeric).  With one, the values are read once, merge sorted with
 * comparator calls (stable), and written back within the array's length at
 * that time (a comparator may shrink or detach it; writes past the end are
 * dropped, as [[Set]] drops them).  A comparator that throws leaves the
 * array untouched.
 */
#include <math.h>
#include <string.h>

#include "dx_elem.h"
#include "dx_sort.h"
#include "dx_typedarray.h"

/* comparefn(a, b) -> ToNumber, NaN counts as 0.  Stack slot 0: comparefn. */
static double dx__compare(void *udata, double a, double b) {
	duk_context *ctx = (duk_context *) udata;
	double v;
	duk_dup(ctx, 0);
	duk_push_number(ctx, a);
	duk_push_number(ctx, b);
	duk_call(ctx, 2);
	v = duk_to_number(ctx, -1);
	duk_pop(ctx);
	return isnan(v) ? 0 : v;
}

/* sort(comparefn) / toSorted(comparefn).  Stack: [ comparefn this target scratch ] */
duk_ret_t dx_ta_sort(duk_context *ctx) {
	int copy = duk_get_current_magic(ctx) == DX_TA_COPY;
	duk_ext_view view, target;
	duk_idx_t self, dst;
	size_t len, k;
	int has_compare = !duk_is_undefined(ctx, 0);
	if (has_compare && !duk_is_callable(ctx, 0)) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "comparator must be a function");
	}
	self = dx_ta_push_this(ctx, &view);
	len = view.length;
	if (copy) {
		dst = dx_ta_push_same_type(ctx, &view, len, &target);
	} else {
		duk_dup(ctx, self);
		dst = self + 1;
	}
	if (!has_compare) {
		uint8_t *scratch = (uint8_t *) duk_push_buffer_raw(ctx, 2 * (len << view.shift), DUK_BUF_FLAG_NOZERO);
		dx_ta_view_now(ctx, self, &view);
		dx_ta_view_now(ctx, dst, &target);
		if (copy && view.length > 0 && target.length >= view.length) {
			memcpy(target.data, view.data, view.byte_length);
		}
		if (target.length >= len) {
			dx_sort_numeric(target.data, target.elem_type, len, scratch);
		}
	} else {
		double *values = (double *) duk_push_buffer_raw(ctx, 2 * len * sizeof(double), DUK_BUF_FLAG_NOZERO);
		dx_ta_view_now(ctx, self, &view);
		for (k = 0; k < len; k++) {
			values[k] = k < view.length ? dx_elem_read(view.data + (k << view.shift), view.elem_type) : NAN;
		}
		dx_sort_merge(values, values + len, len, dx__compare, ctx);
		dx_ta_view_now(ctx, dst, &target);
		for (k = 0; k < len && k < target.length; k++) {
			dx_elem_write(target.data + (k << target.shift), target.elem_type, values[k]);
		}
	}
	duk_dup(ctx, dst);
	return 1;
}
