/*
 * binding_util: registration tables, argument helpers and the kept scratch
 * buffer used by every binding file (declared in dx_bindings.h).
 */
#include "dx_bindings.h"

/* Profiles built for size (firmware) keep no memory for speed. */
#ifndef DX_SCRATCH_KEEP
#if defined(DUK_EXT_OPTIMIZE_SIZE)
#define DX_SCRATCH_KEEP 0
#else
#define DX_SCRATCH_KEEP ((duk_size_t) 4 << 20)
#endif
#endif
const duk_uint_t dx_bufobj_of_elem[DUK_EXT_ELEM_FLOAT16] = {
	DUK_BUFOBJ_UINT8ARRAY, DUK_BUFOBJ_UINT8CLAMPEDARRAY, DUK_BUFOBJ_INT8ARRAY,
	DUK_BUFOBJ_UINT16ARRAY, DUK_BUFOBJ_INT16ARRAY, DUK_BUFOBJ_UINT32ARRAY,
	DUK_BUFOBJ_INT32ARRAY, DUK_BUFOBJ_FLOAT32ARRAY, DUK_BUFOBJ_FLOAT64ARRAY
};

#define DX__SCRATCH_KEY DUK_HIDDEN_SYMBOL("dxScratch")
/* Below this size a fresh buffer is as cheap as the stash look-ups (the C
 * library reuses small blocks without a page fault): never kept. */
#define DX__SCRATCH_MIN ((duk_size_t) 64 << 10)

/* Defines each row as a method of the object at obj_idx or, with getter
 * set, as a getter named "get <name>". */
static void dx__put_natives(duk_context *ctx, duk_idx_t obj_idx, const dx_method *rows, int getter) {
	obj_idx = duk_require_normalize_index(ctx, obj_idx);
	for (; rows->name != NULL; rows++) {
		duk_push_string(ctx, rows->name);
		duk_push_c_function(ctx, rows->fn, rows->nargs);
		duk_set_magic(ctx, -1, rows->magic);
		duk_push_string(ctx, "name");
		if (getter) {
			duk_push_sprintf(ctx, "get %s", rows->name);
		} else {
			duk_push_string(ctx, rows->name);
		}
		duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
		duk_def_prop(ctx, obj_idx,
		             (getter ? DUK_DEFPROP_HAVE_GETTER : DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE) |
		                 DUK_DEFPROP_FORCE | DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	}
}

void dx_put_methods(duk_context *ctx, duk_idx_t obj_idx, const dx_method *methods) {
	dx__put_natives(ctx, obj_idx, methods, 0);
}

#if defined(DUK_EXT_USE_ARRAYBUFFER)
void dx_put_getters(duk_context *ctx, duk_idx_t obj_idx, const dx_method *getters) {
	dx__put_natives(ctx, obj_idx, getters, 1);
}
#endif

void dx_put_length(duk_context *ctx, duk_idx_t obj_idx, const char *name, duk_int_t length) {
	obj_idx = duk_require_normalize_index(ctx, obj_idx);
	duk_get_prop_string(ctx, obj_idx, name);
	duk_push_string(ctx, "length");
	duk_push_int(ctx, length);
	duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
	duk_pop(ctx);
}

void dx_put_hidden_value(duk_context *ctx, duk_idx_t obj_idx, const char *key) {
	obj_idx = duk_require_normalize_index(ctx, obj_idx);
	duk_push_string(ctx, key);
	duk_insert(ctx, -2);
	duk_def_prop(ctx, obj_idx,
	             DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_WRITABLE |
	                 DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
}

duk_bool_t dx_is_text(duk_context *ctx, duk_idx_t idx) {
	return duk_is_string(ctx, idx) && !duk_is_symbol(ctx, idx);
}

void dx_push_named_function(duk_context *ctx, duk_c_function fn, const char *name) {
	duk_push_c_function(ctx, fn, 0);
	duk_push_string(ctx, "name");
	duk_push_string(ctx, name);
	duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
}

void dx_push_global_prototype(duk_context *ctx, const char *ctor_name) {
	if (duk_get_global_string(ctx, ctor_name)) {
		duk_get_prop_string(ctx, -1, "prototype");
	} else {
		duk_push_undefined(ctx);
	}
	duk_remove(ctx, -2);
}

duk_ret_t dx_error(duk_context *ctx, duk_errcode_t code, const char *msg) {
	(void) duk_error(ctx, code, "%s", msg);
	DUK_UNREACHABLE();
}

void dx_require_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *view, const char *what) {
	if (!duk_ext_get_view(ctx, idx, view)) {
		(void) duk_type_error(ctx, "%s is not a buffer", what);
	}
}

#if defined(DUK_EXT_USE_TYPEDARRAY_ITER) || defined(DUK_EXT_USE_ARRAYBUFFER)
size_t dx_iterate_to_list(duk_context *ctx, duk_idx_t src_idx) {
	size_t n = 0;
	duk_dup(ctx, src_idx);
	duk_call_method(ctx, 0);
	if (!duk_is_object(ctx, -1)) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "iterator is not an object");
	}
	duk_get_prop_literal(ctx, -1, "next");
	duk_push_array(ctx); /* [ iterator next list ] */
	for (;;) {
		duk_dup(ctx, -2);
		duk_dup(ctx, -4);
		duk_call_method(ctx, 0);
		if (!duk_is_object(ctx, -1)) {
			(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "iterator result is not an object");
		}
		duk_get_prop_literal(ctx, -1, "done");
		if (duk_to_boolean(ctx, -1)) {
			duk_pop_2(ctx);
			break;
		}
		duk_get_prop_literal(ctx, -2, "value");
		duk_put_prop_index(ctx, -4, (duk_uarridx_t) n++);
		duk_pop_2(ctx);
	}
	duk_remove(ctx, -2);
	duk_remove(ctx, -2);
	return n;
}
#endif

uint8_t *dx_push_scratch(duk_context *ctx, size_t n) {
	duk_size_t have = 0;
	void *p;
	if (n < DX__SCRATCH_MIN || DX_SCRATCH_KEEP == 0) {
		return (uint8_t *) duk_push_buffer_raw(ctx, n, DUK_BUF_FLAG_NOZERO);
	}
	duk_push_global_stash(ctx);
	duk_get_prop_string(ctx, -1, DX__SCRATCH_KEY);
	p = duk_get_buffer(ctx, -1, &have);
	if (p != NULL && have >= n) {
		duk_push_undefined(ctx);
		duk_put_prop_string(ctx, -3, DX__SCRATCH_KEY); /* taken while in use */
		duk_remove(ctx, -2);
		return (uint8_t *) p;
	}
	duk_pop_2(ctx);
	return (uint8_t *) duk_push_buffer_raw(ctx, n, DUK_BUF_FLAG_NOZERO);
}

void dx_scratch_to_string(duk_context *ctx, size_t n) {
	duk_size_t have = 0, kept = 0;
	const char *p = (const char *) duk_get_buffer(ctx, -1, &have);
	duk_push_lstring(ctx, p, n);
	if (have >= DX__SCRATCH_MIN && have <= DX_SCRATCH_KEEP) {
		duk_push_global_stash(ctx);
		duk_get_prop_string(ctx, -1, DX__SCRATCH_KEY);
		(void) duk_get_buffer(ctx, -1, &kept);
		duk_pop(ctx);
		if (have > kept) {
			duk_dup(ctx, -3);
			duk_put_prop_string(ctx, -2, DX__SCRATCH_KEY);
		}
		duk_pop(ctx);
	}
	duk_remove(ctx, -2);
}
