/*
 * node_errors: Node.js-style errors for the Buffer API.  Each error is a
 * native TypeError/RangeError/Error with an own enumerable `code`, a message
 * in Node's wording (including its "Received ..." description of the bad
 * value) and a prototype whose toString() gives "RangeError [ERR_X]: msg".
 */
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "dx_bindings.h"

/* Global stash key of each class's shared prototype: the prefix, then the
 * class name (the name starts at key + DX__PROTO_PREFIX). */
#define DX__PROTO_PREFIX 18 /* strlen("dx:NodeErrorProto:") */

static duk_ret_t dx__node_error_to_string(duk_context *ctx) {
	duk_push_this(ctx);
	duk_get_prop_string(ctx, -1, "name");
	duk_push_string(ctx, " [");
	duk_get_prop_string(ctx, -3, "code");
	duk_push_string(ctx, "]: ");
	duk_get_prop_string(ctx, -5, "message");
	duk_concat(ctx, 5);
	return 1;
}

static const dx_method dx__node_error_methods[] = {
	{ "toString", dx__node_error_to_string, 0, 0 },
	{ NULL, NULL, 0, 0 }
};

duk_ret_t dx_throw_node(duk_context *ctx, duk_errcode_t err_type, const char *code, const char *fmt, ...) {
	va_list ap;
	const char *key = err_type == DUK_ERR_RANGE_ERROR  ? "dx:NodeErrorProto:RangeError"
	                  : err_type == DUK_ERR_TYPE_ERROR ? "dx:NodeErrorProto:TypeError"
	                                                   : "dx:NodeErrorProto:Error";
	va_start(ap, fmt);
	duk_push_error_object_va(ctx, err_type, fmt, ap);
	va_end(ap);
	duk_push_global_stash(ctx);
	if (!duk_get_prop_string(ctx, -1, key)) {
		/* first use: an object inheriting from e.g. RangeError.prototype */
		duk_pop(ctx);
		duk_push_object(ctx);
		dx_push_global_prototype(ctx, key + DX__PROTO_PREFIX);
		duk_set_prototype(ctx, -2);
		dx_put_methods(ctx, -1, dx__node_error_methods);
		duk_dup_top(ctx);
		duk_put_prop_string(ctx, -3, key);
	}
	duk_set_prototype(ctx, -3);
	duk_pop(ctx);
	duk_push_string(ctx, code);
	duk_put_prop_string(ctx, -2, "code");
	return duk_throw(ctx);
}

/* Pushes Node's addNumericalSeparator(digits): "1234567" -> "1_234_567".
 * A number's string has at most 25 characters, so 8 separators at most. */
static void dx__push_with_separators(duk_context *ctx, const char *digits) {
	char out[40], *o = out + sizeof out;
	size_t i = strlen(digits), start = digits[0] == '-', n = 0;
	while (i > 0) {
		*--o = digits[--i];
		if (++n % 3 == 0 && i > start) {
			*--o = '_';
		}
	}
	duk_push_lstring(ctx, o, (size_t) (out + sizeof out - o));
}

/* Pushes String(fn.name) of the function at idx. */
static const char *dx__push_function_name(duk_context *ctx, duk_idx_t idx) {
	duk_get_prop_string(ctx, idx, "name");
	return duk_safe_to_string(ctx, -1);
}

void dx_push_inspected(duk_context *ctx, duk_idx_t idx) {
	duk_ext_view view;
	if (duk_is_symbol(ctx, idx)) { /* String(symbol): "Symbol(description)" */
		duk_get_global_string(ctx, "String");
		duk_dup(ctx, idx);
		duk_call(ctx, 1);
	} else if (duk_is_number(ctx, idx)) { /* String(), but -0 stays "-0" */
		double d = duk_get_number(ctx, idx);
		duk_push_string(ctx, "-0");
		if (d != 0 || !signbit(d)) {
			duk_push_number(ctx, d);
			duk_to_string(ctx, -1);
			duk_remove(ctx, -2);
		}
	} else if (duk_get_type(ctx, idx) != DUK_TYPE_OBJECT) {
		duk_dup(ctx, idx);
		duk_safe_to_string(ctx, -1);
	} else if (duk_ext_get_view(ctx, idx, &view) && view.kind == DUK_EXT_KIND_NODE_BUFFER) {
		duk_push_string(ctx, "inspect");
		duk_call_prop(ctx, idx, 0);
	} else if (duk_is_function(ctx, idx)) {
		duk_push_sprintf(ctx, "[Function: %s]", dx__push_function_name(ctx, idx));
		duk_remove(ctx, -2);
	} else {
		duk_push_string(ctx, duk_is_array(ctx, idx) ? "[]" : "{}");
	}
}

/* Pushes the constructor name of the object at idx and returns 1, or pushes
 * nothing and returns 0 when it has none (or an empty one). */
static int dx__push_constructor_name(duk_context *ctx, duk_idx_t idx) {
	duk_get_prop_string(ctx, idx, "constructor");
	if (duk_is_function(ctx, -1)) {
		duk_get_prop_string(ctx, -1, "name");
		duk_remove(ctx, -2);
		if (duk_is_string(ctx, -1) && duk_get_length(ctx, -1) > 0) {
			return 1;
		}
	}
	duk_pop(ctx);
	return 0;
}

/* Pushes Node's description of a value in ERR_INVALID_ARG_TYPE, as in
 * "Received type string ('ab')" or "Received an instance of Object". */
static void dx__push_received(duk_context *ctx, duk_idx_t idx) {
	duk_int_t type = duk_get_type(ctx, idx);
	int is_object = type == DUK_TYPE_OBJECT || type == DUK_TYPE_BUFFER;
	const char *pre = "Received ", *post = "";
	if (type == DUK_TYPE_UNDEFINED || type == DUK_TYPE_NULL) {
		duk_push_string(ctx, type == DUK_TYPE_NULL ? "null" : "undefined");
	} else if (is_object && duk_is_function(ctx, idx)) {
		pre = "Received function ";
		(void) dx__push_function_name(ctx, idx);
	} else if (is_object && dx__push_constructor_name(ctx, idx)) {
		pre = "Received an instance of ";
	} else {
		/* node's determineSpecificType: the first 25 units of a long text;
		 * a string as is in single quotes, or as JSON when it holds one */
		int is_string = type == DUK_TYPE_STRING && !duk_is_symbol(ctx, idx);
		if (is_string) {
			duk_dup(ctx, idx);
		} else {
			dx_push_inspected(ctx, idx);
		}
		if (duk_get_length(ctx, -1) > 28) {
			duk_substring(ctx, -1, 0, 25);
			duk_push_string(ctx, "...");
			duk_concat(ctx, 2);
		}
		if (type != DUK_TYPE_OBJECT) {
			post = ")";
			pre = type == DUK_TYPE_NUMBER ? "Received type number (" : type == DUK_TYPE_BOOLEAN ? "Received type boolean (" : "Received type object (";
			if (type == DUK_TYPE_STRING) {
				pre = "Received type symbol (";
			}
			if (is_string) {
				duk_size_t len;
				const char *s = duk_get_lstring(ctx, -1, &len);
				pre = "Received type string (";
				if (memchr(s, '\'', len) != NULL) {
					duk_json_encode(ctx, -1);
				} else {
					pre = "Received type string ('";
					post = "')";
				}
			}
		}
	}
	duk_push_string(ctx, pre);
	duk_insert(ctx, -2);
	duk_push_string(ctx, post);
	duk_concat(ctx, 3);
}

duk_ret_t dx_throw_arg_type(duk_context *ctx, const char *name, const char *expected, duk_idx_t value_idx) {
	size_t len = strlen(name);
	value_idx = duk_normalize_index(ctx, value_idx);
	/* Node's way of naming an argument: `first argument` as is, "list[0]"
	 * as an argument, "options.x" as a property */
	if (len > 9 && strcmp(name + len - 9, " argument") == 0) {
		duk_push_string(ctx, name);
	} else {
		duk_push_sprintf(ctx, "\"%s\" %s", name, strchr(name, '.') != NULL ? "property" : "argument");
	}
	dx__push_received(ctx, value_idx);
	return dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "The %s must be %s. %s", duk_get_string(ctx, -2), expected,
	                     duk_get_string(ctx, -1));
}

duk_ret_t dx_throw_out_of_range(duk_context *ctx, const char *name, duk_idx_t value_idx, const char *range, double lo, double hi) {
	double d = duk_get_number(ctx, value_idx); /* NaN for a non-number */
	value_idx = duk_normalize_index(ctx, value_idx);
	duk_push_sprintf(ctx, range, lo, hi);
	/* an integer beyond 2^32 with separators, else util.inspect */
	if (d == floor(d) && fabs(d) > 4294967296.0 && !isinf(d)) {
		duk_push_number(ctx, d);
		dx__push_with_separators(ctx, duk_to_string(ctx, -1));
		duk_remove(ctx, -2);
	} else {
		dx_push_inspected(ctx, value_idx);
	}
	return dx_throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE", "The value of \"%s\" is out of range. It must be %s. Received %s",
	                     name, duk_get_string(ctx, -2), duk_get_string(ctx, -1));
}

duk_ret_t dx_throw_named_out_of_bounds(duk_context *ctx, const char *name) {
	return dx_throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_BUFFER_OUT_OF_BOUNDS",
	                     name != NULL ? "\"%s\" is outside of buffer bounds" : "Attempt to access memory outside buffer bounds", name);
}
