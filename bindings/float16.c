/*
 * float16: Float16Array (ECMAScript 2025 23.2, element type Float16) and
 * Math.f16round (21.3.2.17).
 *
 * Duktape 2.7 has no binary16 element type and indexes its element tables
 * by type, so a Float16Array is a Proxy over a Uint16Array that the engine
 * bridge marks as a Float16 element store.  The traps convert indexed
 * reads and writes with the field codec's binary16 routines; everything
 * else goes to the store, whose prototype is Float16Array.prototype.
 * duk_ext_get_view() reports the proxy (and the store) as a Float16 view,
 * so every %TypedArray% method written on views works on it.
 */
#include <math.h>
#include <string.h>

#include "dx_arraybuffer.h"
#include "dx_bridge.h"
#include "dx_elem.h"
#include "dx_field.h"
#include "dx_typedarray.h"

#define DX__HANDLER_KEY DUK_HIDDEN_SYMBOL("dxFloat16Handler")
#define DX__PROTO_KEY DUK_HIDDEN_SYMBOL("dxFloat16Prototype")

static void dx__push_stashed(duk_context *ctx, const char *key) {
	duk_push_global_stash(ctx);
	duk_get_prop_string(ctx, -1, key);
	duk_remove(ctx, -2);
}

void dx_float16_wrap(duk_context *ctx) {
	dx__push_stashed(ctx, DX__PROTO_KEY);
	duk_set_prototype(ctx, -2);
	dx__push_stashed(ctx, DX__HANDLER_KEY);
	(void) duk_push_proxy(ctx, 0);
	dx__push_stashed(ctx, DX__PROTO_KEY);
	duk_set_prototype(ctx, -2);
}

/* Pushes a new zero-filled Float16Array of `length` elements. */
static void dx__push_float16_array(duk_context *ctx, double length) {
	if (length > (double) (DX_MAX_BYTE_LENGTH / 2)) {
		(void) dx_error(ctx, DUK_ERR_RANGE_ERROR, "Array buffer allocation failed");
	}
	dx_push_arraybuffer(ctx, length * 2, -1);
	dx_push_view(ctx, -1, DUK_EXT_ELEM_FLOAT16, 0, DX_SIZE_OF(length) * 2, 0);
	duk_remove(ctx, -2);
}

/* ---- the proxy traps ---- */

/* CanonicalNumericIndexString (7.1.21) of the property key at idx: returns 1
 * and the number when the key is one ("1", "-0", "1.5", "NaN", ...). */
static int dx__numeric_key(duk_context *ctx, duk_idx_t idx, double *index) {
	const char *key;
	int canonical;
	if (duk_is_number(ctx, idx)) {
		*index = duk_get_number(ctx, idx);
		return 1;
	}
	if (!dx_is_text(ctx, idx)) {
		return 0;
	}
	key = duk_get_string(ctx, idx);
	if (strcmp(key, "-0") == 0) {
		*index = -0.0;
		return 1;
	}
	duk_dup(ctx, idx);
	*index = duk_to_number(ctx, -1);
	canonical = strcmp(duk_to_string(ctx, -1), key) == 0;
	duk_pop(ctx);
	return canonical;
}

/* IsValidIntegerIndex (10.4.5.14) against the store's current view. */
static int dx__valid_index(const duk_ext_view *view, double index) {
	return index == trunc(index) && !(index == 0 && signbit(index)) && index >= 0 && index < DX_DOUBLE_OF(view->length);
}

/* The traps, one native selected by magic: get(target, key, receiver),
 * set(target, key, value, receiver), has(target, key) and
 * deleteProperty(target, key) (elements cannot be deleted).  Keys that are
 * not numeric go to the store. */
enum { DX__TRAP_GET, DX__TRAP_SET, DX__TRAP_HAS, DX__TRAP_DELETE };

static duk_ret_t dx__float16_trap(duk_context *ctx) {
	duk_int_t trap = duk_get_current_magic(ctx);
	duk_ext_view view;
	double index, value = 0;
	int valid;
	uint8_t *p;
	if (!dx__numeric_key(ctx, 1, &index)) {
		duk_dup(ctx, 1);
		switch (trap) {
		case DX__TRAP_GET:
			duk_get_prop(ctx, 0);
			return 1;
		case DX__TRAP_SET:
			duk_dup(ctx, 2);
			duk_put_prop(ctx, 0);
			duk_push_true(ctx);
			return 1;
		case DX__TRAP_HAS:
			duk_push_boolean(ctx, duk_has_prop(ctx, 0));
			return 1;
		default:
			duk_push_boolean(ctx, duk_del_prop(ctx, 0));
			return 1;
		}
	}
	if (trap == DX__TRAP_SET) {
		value = duk_to_number(ctx, 2); /* may run user code: view taken after */
	}
	(void) duk_ext_get_view(ctx, 0, &view);
	valid = dx__valid_index(&view, index);
	p = valid ? view.data + DX_SIZE_OF(index) * 2 : NULL;
	switch (trap) {
	case DX__TRAP_GET:
		if (!valid) {
			return 0;
		}
		duk_push_number(ctx, dx_elem_read(p, DUK_EXT_ELEM_FLOAT16));
		return 1;
	case DX__TRAP_SET:
		if (valid) {
			dx_elem_write(p, DUK_EXT_ELEM_FLOAT16, value);
		}
		duk_push_true(ctx);
		return 1;
	default: /* has: a valid index; deleteProperty: not one */
		duk_push_boolean(ctx, valid == (trap == DX__TRAP_HAS));
		return 1;
	}
}

/* ---- constructor and Math.f16round ---- */

/* new Float16Array(length | typedArray | object | buffer[, byteOffset[, length]]) */
static duk_ret_t dx__float16_constructor(duk_context *ctx) {
	duk_ext_view src, dst;
	double length, i;
	if (!duk_is_constructor_call(ctx)) {
		return dx_error(ctx, DUK_ERR_TYPE_ERROR, "Constructor Float16Array requires 'new'");
	}
	if (!duk_check_type_mask(ctx, 0, DUK_TYPE_MASK_OBJECT | DUK_TYPE_MASK_BUFFER)) {
		dx__push_float16_array(ctx, dx_to_index(ctx, 0));
		return 1;
	}
	if (duk_ext_get_view(ctx, 0, &src) && src.kind != DUK_EXT_KIND_DATAVIEW) {
		if (src.kind == DUK_EXT_KIND_ARRAYBUFFER) {
			dx_push_view_of_arraybuffer(ctx, DUK_EXT_ELEM_FLOAT16);
			return 1;
		}
		if (src.flags & (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS)) {
			return dx_error(ctx, DUK_ERR_TYPE_ERROR, "source typed array is detached or out of bounds");
		}
		length = DX_DOUBLE_OF(src.length);
	} else {
		if (dx_push_iterated_values(ctx, 0)) {
			duk_replace(ctx, 0);
		}
		duk_get_prop_literal(ctx, 0, "length");
		length = dx_ta_to_length(ctx, -1);
		duk_pop(ctx);
	}
	dx__push_float16_array(ctx, length);
	for (i = 0; i < length; i++) {
		double value;
		duk_get_prop_index(ctx, 0, (duk_uarridx_t) i);
		value = duk_to_number(ctx, -1);
		duk_pop(ctx);
		(void) duk_ext_get_view(ctx, -1, &dst);
		if (i < DX_DOUBLE_OF(dst.length)) {
			dx_elem_write(dst.data + DX_SIZE_OF(i) * 2, DUK_EXT_ELEM_FLOAT16, value);
		}
	}
	return 1;
}

/* Math.f16round(x): the binary16 value nearest to x, ties to even. */
static duk_ret_t dx__math_f16round(duk_context *ctx) {
	duk_push_number(ctx, dx_half_to_double(dx_double_to_half(duk_to_number(ctx, 0))));
	return 1;
}

static const dx_method dx__float16_traps[] = {
	{ "get", dx__float16_trap, 3, DX__TRAP_GET },
	{ "set", dx__float16_trap, 4, DX__TRAP_SET },
	{ "has", dx__float16_trap, 2, DX__TRAP_HAS },
	{ "deleteProperty", dx__float16_trap, 2, DX__TRAP_DELETE },
	{ NULL, NULL, 0, 0 }
};

static const dx_method dx__math_methods[] = {
	{ "f16round", dx__math_f16round, 1, 0 },
	{ NULL, NULL, 0, 0 }
};

/* Defines obj_idx[name] = 2 as typed arrays' BYTES_PER_ELEMENT is. */
static void dx__put_bytes_per_element(duk_context *ctx, duk_idx_t obj_idx) {
	obj_idx = duk_require_normalize_index(ctx, obj_idx);
	duk_push_literal(ctx, "BYTES_PER_ELEMENT");
	duk_push_int(ctx, 2);
	duk_def_prop(ctx, obj_idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_CLEAR_WEC);
}

void dx_init_float16(duk_context *ctx) {
	duk_push_global_stash(ctx);
	duk_push_object(ctx);
	dx_put_methods(ctx, -1, dx__float16_traps);
	duk_put_prop_literal(ctx, -2, DX__HANDLER_KEY);

	/* Float16Array.prototype, inheriting from %TypedArray%.prototype */
	duk_push_c_function(ctx, dx__float16_constructor, 3);
	duk_push_literal(ctx, "name");
	duk_push_literal(ctx, "Float16Array");
	duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
	dx_set_function_length(ctx, -1, 3);
	duk_get_global_literal(ctx, "Uint8Array");
	duk_get_prototype(ctx, -1);
	duk_set_prototype(ctx, -3); /* Float16Array inherits from %TypedArray% */
	duk_pop(ctx);
	dx__put_bytes_per_element(ctx, -1);

	duk_push_object(ctx); /* [ stash ctor proto ] */
	dx_push_global_prototype(ctx, "Uint8Array");
	duk_get_prototype(ctx, -1);
	duk_set_prototype(ctx, -3);
	duk_pop(ctx);
	dx__put_bytes_per_element(ctx, -1);
	duk_push_literal(ctx, "constructor");
	duk_dup(ctx, -3);
	duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	duk_push_literal(ctx, "prototype");
	duk_dup(ctx, -2);
	duk_def_prop(ctx, -4, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_CLEAR_WEC);
	duk_put_prop_literal(ctx, -3, DX__PROTO_KEY);

	duk_push_global_object(ctx); /* [ stash ctor global ] */
	duk_push_literal(ctx, "Float16Array");
	duk_dup(ctx, -3);
	duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	duk_get_prop_literal(ctx, -1, "Math");
	dx_put_methods(ctx, -1, dx__math_methods);
	duk_pop_n(ctx, 4);
}
