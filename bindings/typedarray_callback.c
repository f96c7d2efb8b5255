/*
 * typedarray_callback: the %TypedArray%.prototype methods that call a
 * callback per element: forEach, every, some, find, findIndex, findLast,
 * findLastIndex, map, filter (one native selected by magic) and reduce,
 * reduceRight.  The length is fixed at entry (spec); each element is read
 * from a view taken after the previous callback returned, so an element of
 * a shrunk or detached array reads as undefined, as [[Get]] gives.
 */
#include <math.h>

#include "dx_elem.h"
#include "dx_typedarray.h"

/* Stack: [ callback thisArg this result? ] */
duk_ret_t dx_ta_iterate(duk_context *ctx) {
	duk_int_t magic = duk_get_current_magic(ctx);
	int backward = magic == DX_TA_FIND_LAST || magic == DX_TA_FIND_LAST_INDEX;
	duk_ext_view view;
	duk_idx_t self = dx_ta_push_this(ctx, &view), out = self + 1;
	size_t len = view.length, i, kept = 0, capacity = 0;
	double *kept_values = NULL;

	duk_require_callable(ctx, 0);
	if (magic == DX_TA_MAP) {
		(void) dx_ta_push_species(ctx, &view, len, &view);
	} else if (magic == DX_TA_FILTER) {
		kept_values = (double *) duk_push_dynamic_buffer(ctx, 0);
	}
	for (i = 0; i < len; i++) {
		size_t k = backward ? len - 1 - i : i;
		double value = 0;
		int present;
		duk_bool_t hit;
		dx_ta_view_now(ctx, self, &view);
		present = k < view.length;
		if (present) {
			value = dx_elem_read(view.data + (k << view.shift), view.elem_type);
		}
		duk_dup(ctx, 0);
		duk_dup(ctx, 1);
		if (present) {
			duk_push_number(ctx, value);
		} else {
			duk_push_undefined(ctx);
		}
		duk_push_number(ctx, DX_DOUBLE_OF(k));
		duk_dup(ctx, self);
		duk_call_method(ctx, 3);
		if (magic == DX_TA_FOR_EACH) {
			duk_pop(ctx);
			continue;
		}
		if (magic == DX_TA_MAP) {
			dx_ta_set_elem(ctx, out, k, -1);
			duk_pop(ctx);
			continue;
		}
		hit = duk_to_boolean(ctx, -1);
		duk_pop(ctx);
		if (magic == DX_TA_EVERY) {
			if (!hit) {
				duk_push_false(ctx);
				return 1;
			}
		} else if (hit) {
			switch (magic) {
			case DX_TA_SOME:
				duk_push_true(ctx);
				return 1;
			case DX_TA_FIND:
			case DX_TA_FIND_LAST:
				if (present) {
					duk_push_number(ctx, value);
				} else {
					duk_push_undefined(ctx);
				}
				return 1;
			case DX_TA_FIND_INDEX:
			case DX_TA_FIND_LAST_INDEX:
				duk_push_number(ctx, DX_DOUBLE_OF(k));
				return 1;
			default: /* filter: keep kValue (undefined converts to NaN) */
				if (kept == capacity) {
					capacity = capacity ? 2 * capacity : 16;
					kept_values = (double *) duk_resize_buffer(ctx, out, capacity * sizeof(double));
				}
				kept_values[kept++] = present ? value : NAN;
				break;
			}
		}
	}
	switch (magic) {
	case DX_TA_FOR_EACH:
		return 0;
	case DX_TA_EVERY:
		duk_push_true(ctx);
		return 1;
	case DX_TA_SOME:
		duk_push_false(ctx);
		return 1;
	case DX_TA_FIND_INDEX:
	case DX_TA_FIND_LAST_INDEX:
		duk_push_int(ctx, -1);
		return 1;
	case DX_TA_MAP:
		return 1; /* the result, on the stack top */
	case DX_TA_FILTER: {
		duk_ext_view res;
		(void) dx_ta_push_species(ctx, &view, kept, &res);
		kept_values = (double *) duk_get_buffer(ctx, out, NULL);
		for (i = 0; i < kept && i < res.length; i++) {
			dx_elem_write(res.data + (i << res.shift), res.elem_type, kept_values[i]);
		}
		return 1;
	}
	default: /* find, findLast */
		return 0;
	}
}

/* reduce(callback, initialValue), reduceRight: magic 1 walks backward.
 * Stack: [ callback initialValue this accumulator ] */
duk_ret_t dx_ta_reduce(duk_context *ctx) {
	int backward = duk_get_current_magic(ctx) != 0;
	int has_initial = duk_get_top(ctx) >= 2;
	duk_ext_view view;
	duk_idx_t self;
	size_t len, i = 0;
	duk_set_top(ctx, 2);
	self = dx_ta_push_this(ctx, &view);
	len = view.length;
	duk_require_callable(ctx, 0);
	if (has_initial) {
		duk_dup(ctx, 1);
	} else if (len == 0) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "reduce of empty array with no initial value");
	} else {
		dx_ta_push_elem(ctx, &view, backward ? len - 1 : 0);
		i = 1;
	}
	for (; i < len; i++) {
		size_t k = backward ? len - 1 - i : i;
		dx_ta_view_now(ctx, self, &view);
		duk_dup(ctx, 0);
		duk_dup(ctx, self + 1);
		dx_ta_push_elem(ctx, &view, k);
		duk_push_number(ctx, DX_DOUBLE_OF(k));
		duk_dup(ctx, self);
		duk_call(ctx, 4);
		duk_replace(ctx, self + 1);
	}
	return 1;
}
