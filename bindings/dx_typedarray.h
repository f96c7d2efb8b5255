/*
 * dx_typedarray.h: what the %TypedArray% binding files (typedarray*.c)
 * share: `this` validation, ToIntegerOrInfinity and relative index
 * clamping, element access through the view, result construction, and the
 * native functions that typedarray.c registers.
 */
#ifndef DX_TYPEDARRAY_H
#define DX_TYPEDARRAY_H

#include "dx_bindings.h"

/* Pushes `this` and fills *view: TypeError unless it is a typed array (a
 * Node Buffer or a plain buffer counts as a Uint8Array) that is neither
 * detached nor out of bounds (ValidateTypedArray).  Returns its stack index. */
duk_idx_t dx_ta_push_this(duk_context *ctx, duk_ext_view *view);

/* The same without the detached / out of bounds check (set, subarray). */
duk_idx_t dx_ta_push_this_any(duk_context *ctx, duk_ext_view *view);

/* Takes the view of the typed array at idx again after user code ran:
 * TypeError when it is now detached or out of bounds. */
void dx_ta_revalidate(duk_context *ctx, duk_idx_t idx, duk_ext_view *view);

/* Takes the view again without throwing: a detached or out of bounds view
 * has length 0 (so every index reads as undefined, as [[Get]] does). */
void dx_ta_view_now(duk_context *ctx, duk_idx_t idx, duk_ext_view *view);

/* Takes the view of the value at idx (*view): whether it is one the
 * %TypedArray% methods accept as a typed array. */
int dx_ta_get_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *view);

/* ToIntegerOrInfinity(value at idx); may run user code. */
double dx_ta_to_integer(duk_context *ctx, duk_idx_t idx);

/* A relative index (negative counts back from len) clamped to [0, len]. */
size_t dx_ta_clamp(double relative, size_t len);

/* The range [*start, *end) of arguments idx (start) and idx + 1 (end, len
 * when undefined), coerced in that order and clamped as relative indexes;
 * returns its element count (0 when end <= start).  May run user code. */
size_t dx_ta_range_args(duk_context *ctx, duk_idx_t idx, size_t len, size_t *start, size_t *end);

/* Pushes element k of the view as a Number, or undefined past its length. */
void dx_ta_push_elem(duk_context *ctx, const duk_ext_view *view, size_t k);

/* Writes ToNumber(value at value_idx) to element k of the typed array at
 * ta_idx if k is still a valid index after the conversion (TypedArraySetElement). */
void dx_ta_set_elem(duk_context *ctx, duk_idx_t ta_idx, size_t k, duk_idx_t value_idx);

/* Pushes the intrinsic constructor for elements of elem_type. */
void dx_ta_push_constructor(duk_context *ctx, unsigned elem_type);

/* Pushes a new typed array of `length` elements of the same element type as
 * the view (TypedArrayCreateSameType: toReversed, toSorted, with) and takes
 * its view (*out, which may be *view).  Returns its index. */
duk_idx_t dx_ta_push_same_type(duk_context *ctx, const duk_ext_view *view, size_t length, duk_ext_view *out);

/* The same, standing in for TypedArraySpeciesCreate (slice, map, filter):
 * a Buffer when the view is a Node Buffer, as Node's species gives. */
duk_idx_t dx_ta_push_species(duk_context *ctx, const duk_ext_view *view, size_t length, duk_ext_view *out);

/* The same for a result the caller overwrites entirely (slice): the bytes of
 * an engine typed array (not a Buffer or Float16Array, which come from their
 * constructors, zeroed) are left unset, which saves a pass over them; builds
 * optimised for size (DUK_EXT_OPTIMIZE_SIZE) take every result from its
 * constructor.  The caller must write every byte, zeroing any it has
 * nothing for. */
duk_idx_t dx_ta_push_species_unfilled(duk_context *ctx, const duk_ext_view *view, size_t length, duk_ext_view *out);

/* Constructs the typed array constructor at ctor_idx with one Number argument
 * and checks the result (TypedArrayCreateFromConstructor).  Returns its index.
 * Only in builds with typedarray_iter (from, of). */
duk_idx_t dx_ta_push_from_constructor(duk_context *ctx, duk_idx_t ctor_idx, size_t length);

/* Pushes the ArrayBuffer of the typed array at idx (its `buffer`). */
void dx_ta_push_buffer(duk_context *ctx, duk_idx_t idx);

/* ToLength(value at idx): an integer in [0, 2^53 - 1]; may run user code. */
double dx_ta_to_length(duk_context *ctx, duk_idx_t idx);

/* Pushes the property `key` of the typed array state (the intrinsics that
 * dx_init_typedarray keeps in the global stash).  Only in builds with
 * typedarray_iter. */
void dx_ta_push_state_prop(duk_context *ctx, const char *key);

/* Registers what the iteration protocol needs (typedarray_iter.c, feature
 * typedarray_iter): the iterator prototype and values() in the state object
 * at state_idx, and %TypedArray%.prototype[Symbol.iterator] on proto_idx. */
void dx_ta_init_iterators(duk_context *ctx, duk_idx_t state_idx, duk_idx_t proto_idx);

/* The natives registered by typedarray.c, one file per method group; the
 * groups in typedarray_callback.c, typedarray_iter.c and typedarray_sort.c
 * are features of their own (DUK_EXT_USE_TYPEDARRAY_CALLBACKS, _ITER, _SORT). */
duk_ret_t dx_ta_at(duk_context *ctx);
duk_ret_t dx_ta_fill(duk_context *ctx);
duk_ret_t dx_ta_set(duk_context *ctx);
duk_ret_t dx_ta_copy_within(duk_context *ctx);
duk_ret_t dx_ta_slice(duk_context *ctx);
duk_ret_t dx_ta_subarray(duk_context *ctx);
duk_ret_t dx_ta_reverse(duk_context *ctx);
duk_ret_t dx_ta_with(duk_context *ctx);

duk_ret_t dx_ta_iterate(duk_context *ctx);
duk_ret_t dx_ta_reduce(duk_context *ctx);

duk_ret_t dx_ta_index_of(duk_context *ctx);
duk_ret_t dx_ta_join(duk_context *ctx);

duk_ret_t dx_ta_sort(duk_context *ctx);

duk_ret_t dx_ta_iterator(duk_context *ctx);
duk_ret_t dx_ta_iterator_next(duk_context *ctx);
duk_ret_t dx_ta_from(duk_context *ctx);
duk_ret_t dx_ta_of(duk_context *ctx);

/* Magic values of the method families. */
enum {
	DX_TA_FOR_EACH = 0,
	DX_TA_EVERY,
	DX_TA_SOME,
	DX_TA_FIND,
	DX_TA_FIND_INDEX,
	DX_TA_FIND_LAST,
	DX_TA_FIND_LAST_INDEX,
	DX_TA_MAP,
	DX_TA_FILTER
};
enum { DX_TA_INDEX_OF = 0, DX_TA_LAST_INDEX_OF, DX_TA_INCLUDES };
enum { DX_TA_ITER_KEYS = 0, DX_TA_ITER_VALUES, DX_TA_ITER_ENTRIES };
enum { DX_TA_IN_PLACE = 0, DX_TA_COPY };
enum { DX_TA_JOIN = 0, DX_TA_LOCALE };

#endif
