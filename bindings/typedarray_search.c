/*
 * typedarray_search: indexOf, lastIndexOf and includes (one native selected
 * by magic, searching in C through dx_search), join and toLocaleString (one
 * native selected by magic).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dx_elem.h"
#include "dx_search.h"
#include "dx_typedarray.h"

/* indexOf(searchElement, fromIndex), lastIndexOf(searchElement [, fromIndex]),
 * includes(searchElement, fromIndex) */
duk_ret_t dx_ta_index_of(duk_context *ctx) {
	duk_int_t magic = duk_get_current_magic(ctx);
	int has_from = duk_get_top(ctx) >= 2;
	duk_ext_view view;
	duk_idx_t self;
	size_t len, from = 0, to, found = DX_SEARCH_NOT_FOUND;

	duk_set_top(ctx, 2);
	self = dx_ta_push_this(ctx, &view);
	to = len = view.length;
	if (len > 0) { /* an empty array does not look at fromIndex */
		double n = magic == DX_TA_LAST_INDEX_OF && !has_from ? -1 : dx_ta_to_integer(ctx, 1);
		if (magic == DX_TA_LAST_INDEX_OF) {
			/* search [0, to) backward from k = fromIndex (len + fromIndex when
			 * negative, at most len - 1): to = k + 1, which is clamp(fromIndex + 1)
			 * except at -1, the last element */
			to = n == -1 ? len : dx_ta_clamp(n + 1, len);
		} else {
			from = dx_ta_clamp(n, len);
		}
		dx_ta_view_now(ctx, self, &view);
		if (duk_is_number(ctx, 0)) {
			/* Indices past a shrunk array hold no element (they read as
			 * undefined), so they never match a Number. */
			found = dx_search_elem(view.data, view.elem_type, from, to < view.length ? to : view.length,
			                       duk_get_number(ctx, 0), magic == DX_TA_INCLUDES, magic == DX_TA_LAST_INDEX_OF);
		} else if (magic == DX_TA_INCLUDES && duk_is_undefined(ctx, 0) && to > view.length && to > from) {
			found = to; /* includes: SameValueZero(undefined, [[Get]] past the end) */
		}
	}
	if (magic == DX_TA_INCLUDES) {
		duk_push_boolean(ctx, found != DX_SEARCH_NOT_FOUND);
	} else {
		duk_push_number(ctx, DX_DOUBLE_OF(found)); /* DX_SEARCH_NOT_FOUND gives -1 */
	}
	return 1;
}

/* Appends len bytes to the dynamic buffer at buf_idx (used bytes in *used).
 * Nothing to append is a no-op: the buffer may still have no storage (NULL)
 * when a shrunk array's missing elements come before an empty separator. */
static void dx__append(duk_context *ctx, duk_idx_t buf_idx, size_t *used, const char *s, size_t len) {
	duk_size_t cap;
	uint8_t *p;
	if (len == 0) {
		return;
	}
	p = (uint8_t *) duk_get_buffer(ctx, buf_idx, &cap);
	if (*used + len > cap) {
		size_t want = cap * 2 > *used + len ? cap * 2 : *used + len + 64;
		p = (uint8_t *) duk_resize_buffer(ctx, buf_idx, want);
	}
	memcpy(p + *used, s, len);
	*used += len;
}

/* join(separator), and toLocaleString() (magic DX_TA_LOCALE): each
 * element's toLocaleString() joined by ",".  Stack: [ separator this buffer ] */
duk_ret_t dx_ta_join(duk_context *ctx) {
	int locale = duk_get_current_magic(ctx) == DX_TA_LOCALE;
	duk_ext_view view;
	duk_idx_t self = dx_ta_push_this(ctx, &view), buf = self + 1;
	size_t len = view.length, k, used = 0;
	if (locale || duk_is_undefined(ctx, 0)) {
		duk_push_string(ctx, ",");
		duk_replace(ctx, 0);
	}
	(void) duk_to_lstring(ctx, 0, NULL); /* may run user code */
	duk_push_dynamic_buffer(ctx, 0);
	for (k = 0; k < len; k++) {
		const char *s;
		duk_size_t n;
		double v;
		if (k > 0) {
			s = duk_get_lstring(ctx, 0, &n);
			dx__append(ctx, buf, &used, s, n);
		}
		dx_ta_view_now(ctx, self, &view); /* buffer growth and user code can shrink it */
		if (k >= view.length) {
			continue; /* undefined joins as "" */
		}
		v = dx_elem_read(view.data + (k << view.shift), view.elem_type);
#if !defined(DUK_EXT_OPTIMIZE_SIZE)
		if (!locale && v == trunc(v) && fabs(v) < 1e15) { /* ToString's digits without the engine */
			char num[32];
			dx__append(ctx, buf, &used, num, (size_t) snprintf(num, sizeof num, "%.0f", v + 0.0));
			continue;
		}
#endif
		duk_push_number(ctx, v);
		if (locale) {
			duk_push_string(ctx, "toLocaleString");
			duk_call_prop(ctx, -2, 0);
		}
		s = duk_to_lstring(ctx, -1, &n);
		dx__append(ctx, buf, &used, s, n);
		duk_set_top(ctx, buf + 1);
	}
	duk_resize_buffer(ctx, buf, used);
	duk_buffer_to_string(ctx, buf);
	return 1;
}
