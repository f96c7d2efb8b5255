/*
 * node_errors: Node.js-style errors for the Buffer API.  Each error is a
 * native TypeError/RangeError/Error with an own enumerable `code`, a message
 * in Node's wording (including its "Received ..." description of the bad
 * value) and a prototype whose toString() gives "RangeError [ERR_X]: msg".
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dx_bindings.h"

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

/* Pushes the shared prototype for Node errors of one class, creating it on
 * first use: an object inheriting from e.g. RangeError.prototype. */
static void dx__push_node_error_proto(duk_context *ctx, const char *class_name) {
	duk_push_global_stash(ctx);
	duk_push_sprintf(ctx, "dx:NodeErrorProto:%s", class_name);
	if (duk_get_prop(ctx, -2)) {
		duk_remove(ctx, -2);
		return;
	}
	duk_pop(ctx);
	duk_push_object(ctx);
	dx_push_global_prototype(ctx, class_name);
	duk_set_prototype(ctx, -2);
	duk_push_string(ctx, "toString");
	duk_push_c_function(ctx, dx__node_error_to_string, 0);
	duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	duk_push_sprintf(ctx, "dx:NodeErrorProto:%s", class_name);
	duk_dup(ctx, -2);
	duk_put_prop(ctx, -4);
	duk_remove(ctx, -2);
}

duk_ret_t dx_throw_node(duk_context *ctx, duk_errcode_t err_type, const char *code, const char *fmt, ...) {
	va_list ap;
	const char *class_name = err_type == DUK_ERR_RANGE_ERROR  ? "RangeError"
	                         : err_type == DUK_ERR_TYPE_ERROR ? "TypeError"
	                                                          : "Error";
	va_start(ap, fmt);
	duk_push_error_object_va(ctx, err_type, fmt, ap);
	va_end(ap);
	dx__push_node_error_proto(ctx, class_name);
	duk_set_prototype(ctx, -2);
	duk_push_string(ctx, code);
	duk_put_prop_string(ctx, -2, "code");
	return duk_throw(ctx);
}

/* Node's addNumericalSeparator: "1234567" -> "1_234_567". */
static void dx__push_with_separators(duk_context *ctx, const char *digits) {
	char out[96];
	size_t len = strlen(digits), start = digits[0] == '-' ? 1 : 0;
	size_t head = len, o = 0, i;
	while (head >= start + 4) {
		head -= 3;
	}
	if (len >= 64) {
		duk_push_string(ctx, digits);
		return;
	}
	for (i = 0; i < len; i++) {
		if (i >= head && i > start && (i - head) % 3 == 0) {
			out[o++] = '_';
		}
		out[o++] = digits[i];
	}
	out[o] = '\0';
	duk_push_string(ctx, out);
}

/* Bytes of the character at s[i] when util.inspect shows it as is, or 0
 * when it is escaped: C0 controls, DEL, C1 controls (U+0080..U+009F), the
 * quote, the backslash and lone surrogates.  Duktape strings are CESU-8: a
 * surrogate is ED A0..BF xx and a valid pair is a high then a low one. */
static size_t dx__plain_char_len(const unsigned char *s, size_t i, size_t len, char quote) {
	unsigned char b = s[i];
	if (b < 0x20 || b == 0x7f || b == (unsigned char) quote || b == '\\') {
		return 0;
	}
	if (b == 0xc2 && i + 1 < len && s[i + 1] <= 0x9f) {
		return 0;
	}
	if (b == 0xed && i + 2 < len && s[i + 1] >= 0xa0) {
		if (s[i + 1] <= 0xaf && i + 5 < len && s[i + 3] == 0xed && s[i + 4] >= 0xb0) {
			return 6; /* a surrogate pair: one character */
		}
		return 0;
	}
	return 1;
}

/* Pushes the escape util.inspect writes for the character at s[i] (which
 * dx__plain_char_len rejected) and returns its byte length. */
static size_t dx__push_escape(duk_context *ctx, const unsigned char *s, size_t i, size_t len) {
	switch (s[i]) {
	case '\n': duk_push_string(ctx, "\\n"); return 1;
	case '\t': duk_push_string(ctx, "\\t"); return 1;
	case '\r': duk_push_string(ctx, "\\r"); return 1;
	case '\b': duk_push_string(ctx, "\\b"); return 1;
	case '\f': duk_push_string(ctx, "\\f"); return 1;
	case '\v': duk_push_string(ctx, "\\v"); return 1;
	case '\\': duk_push_string(ctx, "\\\\"); return 1;
	case 0xc2:
		if (i + 1 < len) {
			duk_push_sprintf(ctx, "\\x%02X", (unsigned) s[i + 1]);
			return 2;
		}
		break;
	case 0xed:
		if (i + 2 < len) {
			duk_push_sprintf(ctx, "\\u%04x", ((unsigned) (s[i] & 0x0f) << 12) | ((unsigned) (s[i + 1] & 0x3f) << 6) |
			                                      (unsigned) (s[i + 2] & 0x3f));
			return 3;
		}
		break;
	default:
		break;
	}
	if (s[i] == '\'' || s[i] == '"' || s[i] == '`') {
		duk_push_sprintf(ctx, "\\%c", s[i]);
	} else {
		duk_push_sprintf(ctx, "\\x%02X", (unsigned) s[i]);
	}
	return 1;
}

/* Node's util.inspect for a string: quoted (single quotes unless the string
 * holds one), control characters and lone surrogates escaped. */
static void dx__push_inspected_string(duk_context *ctx, duk_idx_t idx) {
	duk_size_t len, i;
	const unsigned char *s = (const unsigned char *) duk_get_lstring(ctx, idx, &len);
	char quote = '\'';
	duk_idx_t parts = 0;
	if (memchr(s, '\'', len) != NULL) {
		quote = memchr(s, '"', len) == NULL ? '"' : (memchr(s, '`', len) == NULL ? '`' : '\'');
	}
	duk_push_lstring(ctx, &quote, 1);
	parts++;
	for (i = 0; i < len;) {
		duk_size_t run = i, n;
		while (run < len && (n = dx__plain_char_len(s, run, len, quote)) > 0) {
			run += n;
		}
		if (run > i) {
			duk_push_lstring(ctx, (const char *) s + i, run - i);
			parts++;
			i = run;
			continue;
		}
		i += dx__push_escape(ctx, s, i, len);
		parts++;
		if (parts > 64) {
			duk_concat(ctx, parts);
			parts = 1;
		}
	}
	duk_push_lstring(ctx, &quote, 1);
	duk_concat(ctx, parts + 1);
}

/* util.inspect of a primitive number: like String(), but -0 stays "-0". */
static void dx__push_inspected_number(duk_context *ctx, double d) {
	if (d == 0 && signbit(d)) {
		duk_push_string(ctx, "-0");
	} else {
		duk_push_number(ctx, d);
		duk_to_string(ctx, -1);
	}
}

static int dx__is_node_buffer(duk_context *ctx, duk_idx_t idx) {
	duk_ext_view view;
	return duk_ext_get_view(ctx, idx, &view) && view.kind == DUK_EXT_KIND_NODE_BUFFER;
}

/* Pushes util.inspect(value) for the value kinds our messages show (a
 * Buffer through its inspect()). */
static void dx__push_inspected(duk_context *ctx, duk_idx_t idx) {
	if (duk_is_symbol(ctx, idx)) { /* String(symbol): "Symbol(description)" */
		duk_get_global_string(ctx, "String");
		duk_dup(ctx, idx);
		duk_call(ctx, 1);
		return;
	}
	switch (duk_get_type(ctx, idx)) {
	case DUK_TYPE_NUMBER:
		dx__push_inspected_number(ctx, duk_get_number(ctx, idx));
		break;
	case DUK_TYPE_STRING:
		dx__push_inspected_string(ctx, idx);
		break;
	case DUK_TYPE_OBJECT:
		if (dx__is_node_buffer(ctx, idx)) {
			duk_get_prop_string(ctx, idx, "inspect");
			duk_dup(ctx, idx);
			duk_call_method(ctx, 0);
			break;
		}
		if (duk_is_function(ctx, idx)) {
			duk_get_prop_string(ctx, idx, "name");
			duk_push_sprintf(ctx, "[Function: %s]", duk_safe_to_string(ctx, -1));
			duk_remove(ctx, -2);
			break;
		}
		duk_push_string(ctx, duk_is_array(ctx, idx) ? "[]" : "{}");
		break;
	default:
		duk_dup(ctx, idx);
		duk_safe_to_string(ctx, -1);
		break;
	}
}

/* Pushes the constructor name of the object at idx, or undefined. */
static void dx__push_constructor_name(duk_context *ctx, duk_idx_t idx) {
	duk_get_prop_string(ctx, idx, "constructor");
	if (duk_is_function(ctx, -1)) {
		duk_get_prop_string(ctx, -1, "name");
		duk_remove(ctx, -2);
		if (duk_is_string(ctx, -1) && duk_get_length(ctx, -1) > 0) {
			return;
		}
	}
	duk_pop(ctx);
	duk_push_undefined(ctx);
}

static const char *dx__typeof_name(duk_context *ctx, duk_idx_t idx) {
	switch (duk_get_type(ctx, idx)) {
	case DUK_TYPE_NUMBER: return "number";
	case DUK_TYPE_STRING: return duk_is_symbol(ctx, idx) ? "symbol" : "string";
	case DUK_TYPE_BOOLEAN: return "boolean";
	case DUK_TYPE_UNDEFINED: return "undefined";
	default: return "object";
	}
}

void dx_push_received(duk_context *ctx, duk_idx_t value_idx, int for_range) {
	value_idx = duk_normalize_index(ctx, value_idx);
	if (for_range) {
		double d = duk_is_number(ctx, value_idx) ? duk_get_number(ctx, value_idx) : 0;
		if (duk_is_number(ctx, value_idx) && isfinite(d) && d == trunc(d) && fabs(d) > 4294967296.0) {
			duk_push_number(ctx, d);
			dx__push_with_separators(ctx, duk_to_string(ctx, -1));
			duk_remove(ctx, -2);
		} else {
			dx__push_inspected(ctx, value_idx);
		}
		return;
	}
	switch (duk_get_type(ctx, value_idx)) {
	case DUK_TYPE_UNDEFINED:
		duk_push_string(ctx, "Received undefined");
		return;
	case DUK_TYPE_NULL:
		duk_push_string(ctx, "Received null");
		return;
	case DUK_TYPE_OBJECT:
	case DUK_TYPE_BUFFER:
		if (duk_is_function(ctx, value_idx)) {
			duk_get_prop_string(ctx, value_idx, "name");
			duk_push_sprintf(ctx, "Received function %s", duk_safe_to_string(ctx, -1));
			duk_remove(ctx, -2);
			return;
		}
		dx__push_constructor_name(ctx, value_idx);
		if (duk_is_string(ctx, -1)) {
			duk_push_sprintf(ctx, "Received an instance of %s", duk_get_string(ctx, -1));
			duk_remove(ctx, -2);
			return;
		}
		duk_pop(ctx);
		break;
	default:
		break;
	}
	if (duk_is_string(ctx, value_idx) && !duk_is_symbol(ctx, value_idx)) {
		/* node's determineSpecificType: the first 25 units of a long string,
		 * quoted as is, or as JSON when it holds a single quote */
		duk_size_t len;
		const char *s;
		duk_dup(ctx, value_idx);
		if (duk_get_length(ctx, -1) > 28) {
			duk_substring(ctx, -1, 0, 25);
			duk_push_string(ctx, "...");
			duk_concat(ctx, 2);
		}
		s = duk_get_lstring(ctx, -1, &len);
		if (memchr(s, '\'', len) != NULL) {
			duk_json_encode(ctx, -1);
			duk_push_string(ctx, "Received type string (");
			duk_insert(ctx, -2);
			duk_push_string(ctx, ")");
		} else {
			duk_push_string(ctx, "Received type string ('");
			duk_insert(ctx, -2);
			duk_push_string(ctx, "')");
		}
		duk_concat(ctx, 3);
		return;
	}
	dx__push_inspected(ctx, value_idx);
	if (duk_get_length(ctx, -1) > 28) {
		duk_substring(ctx, -1, 0, 25);
		duk_push_string(ctx, "...");
		duk_concat(ctx, 2);
	}
	if (duk_get_type(ctx, value_idx) == DUK_TYPE_OBJECT) {
		duk_push_sprintf(ctx, "Received %s", duk_get_string(ctx, -1));
	} else {
		duk_push_sprintf(ctx, "Received type %s (%s)", dx__typeof_name(ctx, value_idx), duk_get_string(ctx, -1));
	}
	duk_remove(ctx, -2);
}

/* Node's way of naming an argument in messages: `first argument` as is,
 * "list[0]" as an argument, "options.x" as a property. */
static void dx__push_arg_label(duk_context *ctx, const char *name) {
	size_t len = strlen(name);
	if (len > 9 && strcmp(name + len - 9, " argument") == 0) {
		duk_push_string(ctx, name);
	} else {
		duk_push_sprintf(ctx, "\"%s\" %s", name, strchr(name, '.') != NULL ? "property" : "argument");
	}
}

duk_ret_t dx_throw_arg_type(duk_context *ctx, const char *name, const char *expected, duk_idx_t value_idx) {
	value_idx = duk_normalize_index(ctx, value_idx);
	dx__push_arg_label(ctx, name);
	dx_push_received(ctx, value_idx, 0);
	return dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "The %s must be %s. %s", duk_get_string(ctx, -2), expected,
	                     duk_get_string(ctx, -1));
}

duk_ret_t dx_throw_arg_value(duk_context *ctx, const char *name, duk_idx_t value_idx) {
	value_idx = duk_normalize_index(ctx, value_idx);
	dx__push_inspected(ctx, value_idx);
	return dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_VALUE", "The %s '%s' is invalid. Received %s",
	                     strchr(name, '.') != NULL ? "property" : "argument", name, duk_get_string(ctx, -1));
}

duk_ret_t dx_throw_out_of_range(duk_context *ctx, const char *name, const char *range, duk_idx_t value_idx) {
	dx_push_received(ctx, value_idx, 1);
	return dx_throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE", "The value of \"%s\" is out of range. It must be %s. Received %s",
	                     name, range, duk_get_string(ctx, -1));
}

duk_ret_t dx_throw_unknown_encoding(duk_context *ctx, duk_idx_t value_idx) {
	value_idx = duk_normalize_index(ctx, value_idx);
	if (duk_is_number(ctx, value_idx)) {
		dx__push_inspected_number(ctx, duk_get_number(ctx, value_idx));
	} else if (duk_is_object(ctx, value_idx) && !duk_is_function(ctx, value_idx)) {
		/* %s: String(value) for a function and for an object whose toString
		 * is the script's own, else util.inspect (as dx__push_inspected) */
		duk_get_prop_string(ctx, value_idx, "toString");
		if (duk_is_ecmascript_function(ctx, -1)) {
			duk_dup(ctx, value_idx);
			duk_to_string(ctx, -1); /* runs toString again, as node */
		} else {
			dx__push_inspected(ctx, value_idx);
		}
	} else {
		duk_dup(ctx, value_idx);
		duk_to_string(ctx, -1);
	}
	return dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_UNKNOWN_ENCODING", "Unknown encoding: %s", duk_get_string(ctx, -1));
}

duk_ret_t dx_throw_buffer_out_of_bounds(duk_context *ctx) {
	return dx_throw_named_out_of_bounds(ctx, NULL);
}

duk_ret_t dx_throw_named_out_of_bounds(duk_context *ctx, const char *name) {
	if (name != NULL) {
		return dx_throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_BUFFER_OUT_OF_BOUNDS", "\"%s\" is outside of buffer bounds", name);
	}
	return dx_throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds");
}
