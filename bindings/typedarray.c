/*
 * typedarray: the %TypedArray% surface of ECMAScript 2025 on Duktape's own
 * typed arrays: helpers shared by the typedarray_*.c method files, the
 * registration tables, and dx_init_typedarray().
 *
 * Every method lives once on %TypedArray%.prototype (the prototype that
 * Duktape's Int8Array ... Float64Array prototypes share; Buffer.prototype
 * inherits through Uint8Array.prototype); `from` and `of` live on
 * %TypedArray% (the prototype of every typed array constructor).
 *
 * Result arrays: toReversed, toSorted and with use the intrinsic constructor
 * of the receiver's element type (TypedArrayCreateSameType), captured when
 * duk_ext_init runs.  Duktape has no Symbol.species, so slice, map, filter
 * and subarray (TypedArraySpeciesCreate) use the same constructor, except
 * that a Node Buffer gets a Buffer, as Node's inherited species gives.  No
 * user code runs to pick it; subclasses made by prototype surgery get a
 * built-in typed array back.
 */
#include <math.h>

#include "dx_elem.h"
#include "dx_init.h"
#include "dx_typedarray.h"

/* Global stash slot holding the intrinsics the methods need: the
 * constructors by element type (index DX__BUFFER_SLOT: Node's Buffer), the
 * values() function and the iterator prototype. */
#define DX__STATE_KEY DUK_HIDDEN_SYMBOL("dxTypedArray")
#define DX__BUFFER_SLOT DX_ELEM_TYPE_COUNT

static const char *const dx__ctor_names[DX__BUFFER_SLOT + 1] = {
	"Uint8Array", "Uint8ClampedArray", "Int8Array", "Uint16Array", "Int16Array",
	"Uint32Array", "Int32Array", "Float32Array", "Float64Array", "Float16Array", "Buffer"
};

/* Pushes the state object. */
static void dx__push_state(duk_context *ctx) {
	duk_push_global_stash(ctx);
	duk_get_prop_string(ctx, -1, DX__STATE_KEY);
	duk_remove(ctx, -2);
}

/* ---- views ---- */

int dx_ta_get_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *view) {
	return duk_ext_get_view(ctx, idx, view) &&
	       (view->kind == DUK_EXT_KIND_TYPEDARRAY || view->kind == DUK_EXT_KIND_NODE_BUFFER ||
	        view->kind == DUK_EXT_KIND_PLAIN_BUFFER);
}

static void dx__require_valid(duk_context *ctx, const duk_ext_view *view) {
	if (view->flags & (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS)) {
		dx_error(ctx, DUK_ERR_TYPE_ERROR, "typed array is detached or out of bounds");
	}
}

duk_idx_t dx_ta_push_this_any(duk_context *ctx, duk_ext_view *view) {
	duk_push_this(ctx);
	if (!dx_ta_get_view(ctx, -1, view)) {
		dx_error(ctx, DUK_ERR_TYPE_ERROR, "this is not a typed array");
	}
	return duk_get_top_index(ctx);
}

duk_idx_t dx_ta_push_this(duk_context *ctx, duk_ext_view *view) {
	duk_idx_t self = dx_ta_push_this_any(ctx, view);
	dx__require_valid(ctx, view);
	return self;
}

void dx_ta_revalidate(duk_context *ctx, duk_idx_t idx, duk_ext_view *view) {
	(void) duk_ext_get_view(ctx, idx, view);
	dx__require_valid(ctx, view);
}

void dx_ta_view_now(duk_context *ctx, duk_idx_t idx, duk_ext_view *view) {
	(void) duk_ext_get_view(ctx, idx, view);
	if (view->flags & (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS)) {
		view->length = 0;
		view->byte_length = 0;
		view->data = NULL;
	}
}

/* ---- arguments ---- */

double dx_ta_to_integer(duk_context *ctx, duk_idx_t idx) {
	double d = duk_to_number(ctx, idx);
	return isnan(d) ? 0.0 : trunc(d) + 0.0; /* + 0.0 turns -0 into +0 */
}

double dx_ta_to_length(duk_context *ctx, duk_idx_t idx) {
	double n = dx_ta_to_integer(ctx, idx);
	return n <= 0 ? 0 : (n > 9007199254740991.0 ? 9007199254740991.0 : n);
}

size_t dx_ta_clamp(double relative, size_t len) {
	if (relative < 0) {
		relative += DX_DOUBLE_OF(len);
		return relative < 0 ? 0 : DX_SIZE_OF(relative);
	}
	return relative >= DX_DOUBLE_OF(len) ? len : DX_SIZE_OF(relative);
}

size_t dx_ta_range_args(duk_context *ctx, duk_idx_t idx, size_t len, size_t *start, size_t *end) {
	*start = dx_ta_clamp(dx_ta_to_integer(ctx, idx), len);
	*end = duk_is_undefined(ctx, idx + 1) ? len : dx_ta_clamp(dx_ta_to_integer(ctx, idx + 1), len);
	return *end > *start ? *end - *start : 0;
}

/* ---- elements ---- */

void dx_ta_push_elem(duk_context *ctx, const duk_ext_view *view, size_t k) {
	if (k < view->length) {
		duk_push_number(ctx, dx_elem_read(view->data + (k << view->shift), view->elem_type));
	} else {
		duk_push_undefined(ctx);
	}
}

void dx_ta_set_elem(duk_context *ctx, duk_idx_t ta_idx, size_t k, duk_idx_t value_idx) {
	double v = duk_to_number(ctx, value_idx);
	duk_ext_view view;
	dx_ta_view_now(ctx, ta_idx, &view);
	if (k < view.length) {
		dx_elem_write(view.data + (k << view.shift), view.elem_type, v);
	}
}

/* ---- results ---- */

/* Pushes the constructor in state slot `slot`.  With Float16Array (whose
 * binding registers it after this one captured the others) a slot still
 * empty is filled from the global object on first use. */
static void dx__push_ctor_slot(duk_context *ctx, duk_uarridx_t slot) {
	dx__push_state(ctx);
#if defined(DUK_EXT_USE_FLOAT16)
	if (!duk_get_prop_index(ctx, -1, slot) && slot < DX_ELEM_TYPE_COUNT) {
		duk_pop(ctx);
		duk_get_global_string(ctx, dx__ctor_names[slot]);
		duk_dup_top(ctx);
		duk_put_prop_index(ctx, -3, slot);
	}
#else
	(void) duk_get_prop_index(ctx, -1, slot);
#endif
	duk_remove(ctx, -2);
	if (!duk_is_constructable(ctx, -1)) {
		dx_error(ctx, DUK_ERR_TYPE_ERROR, "no constructor for this typed array type");
	}
}

void dx_ta_push_constructor(duk_context *ctx, unsigned elem_type) {
	dx__push_ctor_slot(ctx, elem_type);
}

/* Constructs the constructor on the stack top with the one argument length
 * and takes the view of the result (*out): TypeError unless it is a valid
 * typed array of at least `length` elements.  Returns its index. */
static duk_idx_t dx__new_checked(duk_context *ctx, size_t length, duk_ext_view *out) {
	duk_push_number(ctx, DX_DOUBLE_OF(length));
	duk_new(ctx, 1);
	if (!dx_ta_get_view(ctx, -1, out)) {
		dx_error(ctx, DUK_ERR_TYPE_ERROR, "constructor did not return a typed array");
	}
	dx__require_valid(ctx, out);
	if (out->length < length) {
		dx_error(ctx, DUK_ERR_TYPE_ERROR, "constructor returned a typed array that is too short");
	}
	return duk_get_top_index(ctx);
}

DUK_NOINLINE static duk_idx_t dx__push_created(duk_context *ctx, duk_uarridx_t slot, size_t length, duk_ext_view *out) {
	dx__push_ctor_slot(ctx, slot);
	return dx__new_checked(ctx, length, out);
}

duk_idx_t dx_ta_push_same_type(duk_context *ctx, const duk_ext_view *view, size_t length, duk_ext_view *out) {
	return dx__push_created(ctx, view->elem_type, length, out);
}

duk_idx_t dx_ta_push_species(duk_context *ctx, const duk_ext_view *view, size_t length, duk_ext_view *out) {
	return dx__push_created(ctx, view->kind == DUK_EXT_KIND_NODE_BUFFER ? DX__BUFFER_SLOT : view->elem_type, length,
	                        out);
}

duk_idx_t dx_ta_push_species_unfilled(duk_context *ctx, const duk_ext_view *view, size_t length, duk_ext_view *out) {
#if !defined(DUK_EXT_OPTIMIZE_SIZE)
	if (view->kind != DUK_EXT_KIND_NODE_BUFFER && view->elem_type < DUK_EXT_ELEM_FLOAT16) {
		size_t bytes = length << view->shift;
		(void) duk_push_buffer_raw(ctx, bytes, DUK_BUF_FLAG_NOZERO);
		duk_push_buffer_object(ctx, -1, 0, bytes, dx_bufobj_of_elem[view->elem_type]);
		duk_remove(ctx, -2);
		(void) duk_ext_get_view(ctx, -1, out);
		return duk_get_top_index(ctx);
	}
#endif
	return dx_ta_push_species(ctx, view, length, out);
}

void dx_ta_push_buffer(duk_context *ctx, duk_idx_t idx) {
	/* A property read rather than Duktape's getter: a Float16Array is a
	 * Proxy whose get trap answers for its element store. */
	duk_get_prop_string(ctx, idx, "buffer");
}

/* Used by typedarray_iter.c only. */
#if defined(DUK_EXT_USE_TYPEDARRAY_ITER)
duk_idx_t dx_ta_push_from_constructor(duk_context *ctx, duk_idx_t ctor_idx, size_t length) {
	duk_ext_view view;
	duk_dup(ctx, ctor_idx);
	return dx__new_checked(ctx, length, &view);
}

void dx_ta_push_state_prop(duk_context *ctx, const char *key) {
	dx__push_state(ctx);
	duk_get_prop_string(ctx, -1, key);
	duk_remove(ctx, -2);
}
#endif

/* get %TypedArray%.prototype[Symbol.toStringTag] */
static duk_ret_t dx__to_string_tag(duk_context *ctx) {
	duk_ext_view view;
	duk_push_this(ctx);
	if (!dx_ta_get_view(ctx, -1, &view) || view.elem_type >= DX_ELEM_TYPE_COUNT) {
		return 0;
	}
	duk_push_string(ctx, dx__ctor_names[view.elem_type]);
	return 1;
}

/* ---- registration ---- */

/* Rows grouped by feature: the core methods, then each optional group. */
static const dx_method dx__prototype_methods[] = {
	{ "at", dx_ta_at, 1, 0 },
	{ "copyWithin", dx_ta_copy_within, 3, 0 },
	{ "fill", dx_ta_fill, 3, 0 },
	{ "includes", dx_ta_index_of, 2, DX_TA_INCLUDES },
	{ "indexOf", dx_ta_index_of, 2, DX_TA_INDEX_OF },
	{ "join", dx_ta_join, 1, DX_TA_JOIN },
	{ "lastIndexOf", dx_ta_index_of, DUK_VARARGS, DX_TA_LAST_INDEX_OF },
	{ "reverse", dx_ta_reverse, 0, DX_TA_IN_PLACE },
	{ "set", dx_ta_set, 2, 0 },
	{ "slice", dx_ta_slice, 2, 0 },
	{ "subarray", dx_ta_subarray, 2, 0 },
	{ "toLocaleString", dx_ta_join, 1, DX_TA_LOCALE },
	{ "toReversed", dx_ta_reverse, 0, DX_TA_COPY },
	{ "with", dx_ta_with, 2, 0 },
#if defined(DUK_EXT_USE_TYPEDARRAY_CALLBACKS)
	{ "every", dx_ta_iterate, 2, DX_TA_EVERY },
	{ "filter", dx_ta_iterate, 2, DX_TA_FILTER },
	{ "find", dx_ta_iterate, 2, DX_TA_FIND },
	{ "findIndex", dx_ta_iterate, 2, DX_TA_FIND_INDEX },
	{ "findLast", dx_ta_iterate, 2, DX_TA_FIND_LAST },
	{ "findLastIndex", dx_ta_iterate, 2, DX_TA_FIND_LAST_INDEX },
	{ "forEach", dx_ta_iterate, 2, DX_TA_FOR_EACH },
	{ "map", dx_ta_iterate, 2, DX_TA_MAP },
	{ "reduce", dx_ta_reduce, DUK_VARARGS, 0 },
	{ "reduceRight", dx_ta_reduce, DUK_VARARGS, 1 },
	{ "some", dx_ta_iterate, 2, DX_TA_SOME },
#endif
#if defined(DUK_EXT_USE_TYPEDARRAY_ITER)
	{ "entries", dx_ta_iterator, 0, DX_TA_ITER_ENTRIES },
	{ "keys", dx_ta_iterator, 0, DX_TA_ITER_KEYS },
	{ "values", dx_ta_iterator, 0, DX_TA_ITER_VALUES },
#endif
#if defined(DUK_EXT_USE_TYPEDARRAY_SORT)
	{ "sort", dx_ta_sort, 1, DX_TA_IN_PLACE },
	{ "toSorted", dx_ta_sort, 1, DX_TA_COPY },
#endif
	{ NULL, NULL, 0, 0 }
};

#if defined(DUK_EXT_USE_TYPEDARRAY_ITER)
static const dx_method dx__constructor_methods[] = {
	{ "from", dx_ta_from, 3, 0 },
	{ "of", dx_ta_of, DUK_VARARGS, 0 },
	{ NULL, NULL, 0, 0 }
};
#endif

/* The spec's `length` of the functions whose native argument count differs. */
typedef struct {
	const char *name;
	duk_int_t length;
} dx__length_fix;

static const dx__length_fix dx__prototype_lengths[] = {
	{ "copyWithin", 2 }, { "fill", 1 }, { "includes", 1 }, { "indexOf", 1 }, { "lastIndexOf", 1 }, { "set", 1 },
	{ "toLocaleString", 0 },
#if defined(DUK_EXT_USE_TYPEDARRAY_CALLBACKS)
	{ "every", 1 }, { "filter", 1 }, { "find", 1 }, { "findIndex", 1 }, { "findLast", 1 },
	{ "findLastIndex", 1 }, { "forEach", 1 }, { "map", 1 }, { "reduce", 1 }, { "reduceRight", 1 }, { "some", 1 },
#endif
	{ NULL, 0 }
};

#if defined(DUK_EXT_USE_TYPEDARRAY_ITER)
static const dx__length_fix dx__constructor_lengths[] = { { "from", 1 }, { NULL, 0 } };
#endif

static void dx__fix_lengths(duk_context *ctx, duk_idx_t obj_idx, const dx__length_fix *fix) {
	for (; fix->name != NULL; fix++) {
		dx_put_length(ctx, obj_idx, fix->name, fix->length);
	}
}

void dx_init_typedarray(duk_context *ctx) {
	duk_idx_t state, ta, proto;
	unsigned i;

	duk_push_global_stash(ctx);
	state = duk_push_object(ctx);
	for (i = 0; i <= DX__BUFFER_SLOT; i++) {
		if (duk_get_global_string(ctx, dx__ctor_names[i])) {
			duk_put_prop_index(ctx, state, i);
		} else {
			duk_pop(ctx);
		}
	}

	/* %TypedArray% and %TypedArray%.prototype */
	duk_get_global_string(ctx, "Uint8Array");
	duk_get_prototype(ctx, -1);
	ta = duk_get_top_index(ctx);
	duk_get_prop_string(ctx, ta, "prototype");
	proto = duk_get_top_index(ctx);

	dx_put_methods(ctx, proto, dx__prototype_methods);
	dx__fix_lengths(ctx, proto, dx__prototype_lengths);
	duk_dup(ctx, ta);
	dx_put_hidden_value(ctx, proto, "constructor");
	dx_push_global_prototype(ctx, "Array");
	duk_get_prop_string(ctx, -1, "toString");
	duk_remove(ctx, -2);
	dx_put_hidden_value(ctx, proto, "toString");
	duk_push_string(ctx, DUK_WELLKNOWN_SYMBOL("Symbol.toStringTag"));
	dx_push_named_function(ctx, dx__to_string_tag, "get [Symbol.toStringTag]");
	duk_def_prop(ctx, proto, DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);

#if defined(DUK_EXT_USE_TYPEDARRAY_ITER)
	dx_ta_init_iterators(ctx, state, proto);
	dx_put_methods(ctx, ta, dx__constructor_methods);
	dx__fix_lengths(ctx, ta, dx__constructor_lengths);
#endif

	duk_pop_3(ctx); /* proto, %TypedArray%, Uint8Array */
	duk_put_prop_string(ctx, -2, DX__STATE_KEY);
	duk_pop(ctx); /* stash */
}
