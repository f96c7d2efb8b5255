/*
 * binding_util: registration tables and argument helpers used by every
 * binding file (declared in dx_bindings.h).
 */
#include "dx_bindings.h"

void dx_put_methods(duk_context *ctx, duk_idx_t obj_idx, const dx_method *methods) {
	obj_idx = duk_require_normalize_index(ctx, obj_idx);
	for (; methods->name != NULL; methods++) {
		duk_push_string(ctx, methods->name);
		duk_push_c_function(ctx, methods->fn, methods->nargs);
		duk_set_magic(ctx, -1, methods->magic);
		duk_push_string(ctx, "name");
		duk_push_string(ctx, methods->name);
		duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
		duk_def_prop(ctx, obj_idx,
		             DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_WRITABLE |
		                 DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	}
}

void dx_put_hidden_value(duk_context *ctx, duk_idx_t obj_idx, const char *key) {
	obj_idx = duk_require_normalize_index(ctx, obj_idx);
	duk_push_string(ctx, key);
	duk_insert(ctx, -2);
	duk_def_prop(ctx, obj_idx,
	             DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_WRITABLE |
	                 DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
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

void dx_require_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *view, const char *what) {
	if (!duk_ext_get_view(ctx, idx, view)) {
		(void) duk_type_error(ctx, "%s is not a buffer", what);
	}
}
