/*
 * typedarray_iter: keys(), values() (also [Symbol.iterator]), entries(),
 * the iterators' next(), and the statics %TypedArray%.from and .of (they
 * iterate their source); feature typedarray_iter.  typedarray.c registers
 * the methods and calls dx_ta_init_iterators.
 *
 * An iterator is a plain object inheriting from the shared iterator
 * prototype, holding its typed array, next index and kind in hidden
 * properties.  next() takes the array's view on every call and throws a
 * TypeError once the array is detached or out of bounds, as the spec's
 * %ArrayIteratorPrototype%.next does for typed arrays.
 */
#include "dx_elem.h"
#include "dx_typedarray.h"

#define DX__ITER_TARGET DUK_HIDDEN_SYMBOL("dxIterTarget")
#define DX__ITER_INDEX DUK_HIDDEN_SYMBOL("dxIterIndex")
#define DX__ITER_KIND DUK_HIDDEN_SYMBOL("dxIterKind")
#define DX__SYM_ITERATOR DUK_WELLKNOWN_SYMBOL("Symbol.iterator")
/* Keys of the typed array state (dx_ta_push_state_prop). */
#define DX__STATE_VALUES "values"
#define DX__STATE_ITER_PROTO "iteratorPrototype"

/* keys(), values(), entries() */
duk_ret_t dx_ta_iterator(duk_context *ctx) {
	duk_ext_view view;
	duk_idx_t self = dx_ta_push_this(ctx, &view);
	duk_push_object(ctx);
	dx_ta_push_state_prop(ctx, DX__STATE_ITER_PROTO);
	duk_set_prototype(ctx, -2);
	duk_dup(ctx, self);
	duk_put_prop_string(ctx, -2, DX__ITER_TARGET);
	duk_push_number(ctx, 0);
	duk_put_prop_string(ctx, -2, DX__ITER_INDEX);
	duk_push_int(ctx, duk_get_current_magic(ctx));
	duk_put_prop_string(ctx, -2, DX__ITER_KIND);
	return 1;
}

/* Pushes { value: <top>, done: done } in place of the value on top. */
static void dx__push_result(duk_context *ctx, int done) {
	duk_push_object(ctx);
	duk_insert(ctx, -2);
	duk_put_prop_string(ctx, -2, "value");
	duk_push_boolean(ctx, done);
	duk_put_prop_string(ctx, -2, "done");
}

/* next().  Stack: [ iterator target ] */
duk_ret_t dx_ta_iterator_next(duk_context *ctx) {
	duk_ext_view view;
	duk_int_t kind;
	double index;
	duk_push_this(ctx);
	if (!duk_is_object(ctx, 0) || !duk_has_prop_string(ctx, 0, DX__ITER_KIND)) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "next() called on an object that is not a typed array iterator");
	}
	duk_get_prop_string(ctx, 0, DX__ITER_TARGET);
	if (!duk_is_undefined(ctx, 1)) {
		dx_ta_revalidate(ctx, 1, &view);
		duk_get_prop_string(ctx, 0, DX__ITER_INDEX);
		index = duk_get_number(ctx, -1);
		duk_get_prop_string(ctx, 0, DX__ITER_KIND);
		kind = duk_get_int(ctx, -1);
		duk_pop_2(ctx);
		if (index < DX_DOUBLE_OF(view.length)) {
			duk_push_number(ctx, index + 1);
			duk_put_prop_string(ctx, 0, DX__ITER_INDEX);
			if (kind == DX_TA_ITER_KEYS) {
				duk_push_number(ctx, index);
			} else if (kind == DX_TA_ITER_VALUES) {
				dx_ta_push_elem(ctx, &view, DX_SIZE_OF(index));
			} else {
				duk_push_array(ctx);
				duk_push_number(ctx, index);
				duk_put_prop_index(ctx, -2, 0);
				dx_ta_revalidate(ctx, 1, &view); /* the array allocation may run finalizers */
				dx_ta_push_elem(ctx, &view, DX_SIZE_OF(index));
				duk_put_prop_index(ctx, -2, 1);
			}
			dx__push_result(ctx, 0);
			return 1;
		}
		duk_push_undefined(ctx);
		duk_put_prop_string(ctx, 0, DX__ITER_TARGET);
		duk_push_undefined(ctx);
	}
	dx__push_result(ctx, 1); /* { value: undefined, done: true } */
	return 1;
}

/* TypeError unless `this` (pushed) is a constructor. */
static duk_idx_t dx__push_constructor_this(duk_context *ctx) {
	duk_push_this(ctx);
	if (!duk_is_constructable(ctx, -1)) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "this is not a constructor");
	}
	return duk_get_top_index(ctx);
}

/* Pushes an array of the code points of the string at index 0 as strings
 * (what String.prototype[Symbol.iterator], which Duktape 2.7 lacks, yields:
 * a surrogate pair is one two-unit string).  Returns its length. */
static size_t dx__string_to_list(duk_context *ctx) {
	duk_size_t len = duk_get_length(ctx, 0), i = 0;
	size_t n = 0;
	duk_push_array(ctx);
	while (i < len) {
		duk_codepoint_t c = duk_char_code_at(ctx, 0, i);
		duk_size_t units = 1;
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
			duk_codepoint_t lo = duk_char_code_at(ctx, 0, i + 1);
			units = lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
		}
		duk_dup(ctx, 0);
		duk_substring(ctx, -1, i, i + units);
		duk_put_prop_index(ctx, -2, (duk_uarridx_t) n++);
		i += units;
	}
	return n;
}

/* Reads a typed array source's elements as doubles into a new buffer
 * (what iterating it with the intrinsic values() would give).  Returns the count. */
static size_t dx__snapshot_typed(duk_context *ctx, duk_idx_t src_idx) {
	duk_ext_view view;
	double *values;
	size_t k, n;
	dx_ta_revalidate(ctx, src_idx, &view);
	n = view.length;
	values = (double *) duk_push_buffer_raw(ctx, n * sizeof(double), DUK_BUF_FLAG_NOZERO);
	dx_ta_revalidate(ctx, src_idx, &view);
	for (k = 0; k < n && k < view.length; k++) {
		values[k] = dx_elem_read(view.data + (k << view.shift), view.elem_type);
	}
	return k;
}

/* from(source, mapfn, thisArg).  Stack: [ source mapfn thisArg C list target ] */
duk_ret_t dx_ta_from(duk_context *ctx) {
	duk_idx_t ctor = dx__push_constructor_this(ctx), list = ctor + 1, target;
	int mapping = !duk_is_undefined(ctx, 1);
	int from_doubles = 0, from_array_like = 0, no_method;
	duk_ext_view src;
	size_t len, k;
	if (mapping) {
		duk_require_callable(ctx, 1);
	}
	if (duk_is_null_or_undefined(ctx, 0)) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "source is null or undefined");
	}
	duk_get_prop_string(ctx, 0, DX__SYM_ITERATOR);
	no_method = duk_is_null_or_undefined(ctx, -1);
	if (!no_method && !duk_is_callable(ctx, -1)) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "Symbol.iterator is not a function");
	}
	if (no_method && duk_is_string(ctx, 0) && !duk_is_symbol(ctx, 0)) {
		len = dx__string_to_list(ctx);
		duk_replace(ctx, list);
	} else if (no_method) {
		duk_to_object(ctx, 0);
		duk_get_prop_string(ctx, 0, "length");
		len = (size_t) dx_ta_to_length(ctx, -1);
		duk_pop_2(ctx);
		duk_push_undefined(ctx); /* no list */
		from_array_like = 1;
	} else {
		dx_ta_push_state_prop(ctx, DX__STATE_VALUES);
		if (dx_ta_get_view(ctx, 0, &src) && duk_strict_equals(ctx, -1, -2)) {
			/* A typed array iterated by the intrinsic values(): its elements. */
			duk_pop_2(ctx);
			len = dx__snapshot_typed(ctx, 0);
			from_doubles = 1;
		} else {
			duk_pop(ctx);
			len = dx_iterate_to_list(ctx, 0); /* the method at list becomes the list */
		}
	}
	target = dx_ta_push_from_constructor(ctx, ctor, len);
	for (k = 0; k < len; k++) {
		if (mapping) {
			duk_dup(ctx, 1);
			duk_dup(ctx, 2);
		}
		if (from_doubles) {
			duk_push_number(ctx, ((const double *) duk_get_buffer(ctx, list, NULL))[k]);
		} else {
			duk_get_prop_index(ctx, from_array_like ? 0 : list, (duk_uarridx_t) k);
		}
		if (mapping) {
			duk_push_number(ctx, DX_DOUBLE_OF(k));
			duk_call_method(ctx, 2);
		}
		dx_ta_set_elem(ctx, target, k, -1);
		duk_pop(ctx);
	}
	return 1;
}

/* of(...items) */
duk_ret_t dx_ta_of(duk_context *ctx) {
	duk_idx_t n = duk_get_top(ctx), k;
	duk_idx_t ctor = dx__push_constructor_this(ctx);
	duk_idx_t target = dx_ta_push_from_constructor(ctx, ctor, (size_t) n);
	for (k = 0; k < n; k++) {
		dx_ta_set_elem(ctx, target, (size_t) k, k);
	}
	return 1;
}

static const dx_method dx__iterator_methods[] = {
	{ "next", dx_ta_iterator_next, 0, 0 },
	{ NULL, NULL, 0, 0 }
};

/* The iterator prototype: next(), [Symbol.iterator]() returning this,
 * [Symbol.toStringTag] "Array Iterator" (Duktape has no %ArrayIteratorPrototype%). */
static duk_ret_t dx__return_this(duk_context *ctx) {
	duk_push_this(ctx);
	return 1;
}

void dx_ta_init_iterators(duk_context *ctx, duk_idx_t state_idx, duk_idx_t proto_idx) {
	duk_idx_t iter_proto = duk_push_object(ctx);
	dx_put_methods(ctx, iter_proto, dx__iterator_methods);
	dx_push_named_function(ctx, dx__return_this, "[Symbol.iterator]");
	dx_put_hidden_value(ctx, iter_proto, DX__SYM_ITERATOR);
	duk_push_string(ctx, DUK_WELLKNOWN_SYMBOL("Symbol.toStringTag"));
	duk_push_string(ctx, "Array Iterator");
	duk_def_prop(ctx, iter_proto, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
	duk_put_prop_string(ctx, state_idx, DX__STATE_ITER_PROTO);

	/* values() (registered by typedarray.c) is also [Symbol.iterator] */
	duk_get_prop_string(ctx, proto_idx, "values");
	duk_dup_top(ctx);
	duk_put_prop_string(ctx, state_idx, DX__STATE_VALUES);
	dx_put_hidden_value(ctx, proto_idx, DX__SYM_ITERATOR);
}
