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

/* Throws the error of class err_type with the `code` and, as its message,
 * the string on the stack top (taken whole: a NUL from a value stays in). */
static duk_ret_t dx__throw_node(duk_context *ctx, duk_errcode_t err_type, const char *code) {
	const char *key = err_type == DUK_ERR_RANGE_ERROR  ? "dx:NodeErrorProto:RangeError"
	                  : err_type == DUK_ERR_TYPE_ERROR ? "dx:NodeErrorProto:TypeError"
	                                                   : "dx:NodeErrorProto:Error";
	duk_push_error_object(ctx, err_type, "");
	duk_dup(ctx, -2);
	duk_put_prop_string(ctx, -2, "message");
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

/* Only the features below throw Node errors of their own wording. */
#if defined(DUK_EXT_USE_NODEBUFFER) || defined(DUK_EXT_USE_ENCODING) || defined(DUK_EXT_USE_REQUIRE)
duk_ret_t dx_throw_node(duk_context *ctx, duk_errcode_t err_type, const char *code, const char *fmt, ...) {
	va_list ap;
	if (fmt != NULL) {
		va_start(ap, fmt);
		(void) duk_push_vsprintf(ctx, fmt, ap);
		va_end(ap);
	}
	return dx__throw_node(ctx, err_type, code);
}
#endif

/* Pushes Node's addNumericalSeparator(digits): "1234567" -> "1_234_567".
 * A number's string has at most 25 characters, so 8 separators at most. */
static void dx__push_with_separators(duk_context *ctx, const char *digits) {
	char out[40], *o = out + sizeof out;
	size_t i = strlen(digits), n = 0;
	while (i > 0) {
		char c = digits[--i];
		if (n == 3 && (i > 0 || c != '-')) { /* never between the sign and a digit */
			*--o = '_';
			n = 0;
		}
		*--o = c;
		n++;
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
	double d = duk_get_number(ctx, idx); /* NaN for a non-number */
	if (duk_is_symbol(ctx, idx)) { /* String(symbol): "Symbol(description)" */
		duk_get_global_string(ctx, "String");
		duk_dup(ctx, idx);
		duk_call(ctx, 1);
	} else if (d == 0 && signbit(d)) { /* -0 stays "-0" (String(-0) is "0") */
		duk_push_string(ctx, "-0");
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
 * "type string ('ab')" or "an instance of Object", in two parts: returns
 * the part before the value ("type string ('") and pushes the value with
 * the rest ("ab')"), which joins the message as a string (a NUL in the value
 * stays in it, as in Node). */
static const char *dx__push_received(duk_context *ctx, duk_idx_t idx) {
	duk_int_t type = duk_get_type(ctx, idx);
	int is_object = type == DUK_TYPE_OBJECT || type == DUK_TYPE_BUFFER;
	const char *pre = "", *post = "";
	if (is_object && duk_is_function(ctx, idx)) {
		pre = "function ";
		(void) dx__push_function_name(ctx, idx);
	} else if (is_object && dx__push_constructor_name(ctx, idx)) {
		pre = "an instance of ";
	} else {
		/* node's determineSpecificType: the first 25 units of a long text;
		 * a string (inspected as itself) in single quotes, or as JSON when
		 * it holds one; undefined and null bare */
		dx_push_inspected(ctx, idx);
		if (duk_get_length(ctx, -1) > 28) {
			duk_substring(ctx, -1, 0, 25);
			duk_push_string(ctx, "...");
			duk_concat(ctx, 2);
		}
		if (dx_is_text(ctx, idx)) {
			duk_size_t len;
			const char *s = duk_get_lstring(ctx, -1, &len);
			pre = "type string ('";
			post = "')";
			if (memchr(s, '\'', len) != NULL) {
				duk_json_encode(ctx, -1);
				pre = "type string (";
				post = ")";
			}
		} else if (type > (duk_int_t) DUK_TYPE_NULL && type != DUK_TYPE_OBJECT) {
			post = ")";
			pre = type == DUK_TYPE_NUMBER    ? "type number ("
			      : type == DUK_TYPE_BOOLEAN ? "type boolean ("
			      : type == DUK_TYPE_STRING  ? "type symbol ("
			                                 : "type object (";
		}
	}
	duk_push_string(ctx, post);
	duk_concat(ctx, 2);
	return pre;
}

duk_ret_t dx_throw_arg_type(duk_context *ctx, const char *name, const char *expected, duk_idx_t value_idx) {
	const char *pre = dx__push_received(ctx, duk_normalize_index(ctx, value_idx));
	/* Node's way of naming an argument: `first argument` as is, "list[0]"
	 * as an argument, "options.x" as a property */
	size_t len = strlen(name);
	const char *kind = strchr(name, '.') != NULL ? "\" property" : "\" argument";
	if (len > 9 && strcmp(name + len - 9, " argument") == 0) {
		kind = "";
	}
	duk_push_sprintf(ctx, "The %s%s%s must be %s. Received %s", *kind ? "\"" : "", name, kind, expected, pre);
	duk_swap_top(ctx, -2);
	duk_concat(ctx, 2);
	return dx__throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE");
}

duk_ret_t dx_throw_out_of_range(duk_context *ctx, const char *name, duk_idx_t value_idx, const char *range, double lo, double hi) {
	double d = duk_get_number(ctx, value_idx); /* NaN for a non-number */
	value_idx = duk_normalize_index(ctx, value_idx);
	range = duk_push_sprintf(ctx, range, lo, hi);
	/* an integer beyond 2^32 with separators (above its plain text), else
	 * util.inspect */
	if (d == floor(d) && fabs(d) > 4294967296.0 && !isinf(d)) {
		duk_push_number(ctx, d);
		dx__push_with_separators(ctx, duk_to_string(ctx, -1));
	} else {
		dx_push_inspected(ctx, value_idx);
	}
	duk_push_sprintf(ctx, "The value of \"%s\" is out of range. It must be %s. Received ", name, range);
	duk_swap_top(ctx, -2);
	duk_concat(ctx, 2);
	return dx__throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE");
}

duk_ret_t dx_throw_named_out_of_bounds(duk_context *ctx, const char *name) {
	(void) duk_push_sprintf(ctx, name != NULL ? "\"%s\" is outside of buffer bounds" : "Attempt to access memory outside buffer bounds",
	                        name);
	return dx__throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_BUFFER_OUT_OF_BOUNDS");
}
