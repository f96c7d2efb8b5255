/*
 * uint8_base64hex: Uint8Array.fromBase64, Uint8Array.fromHex and
 * Uint8Array.prototype.toBase64, toHex, setFromBase64, setFromHex
 * (ECMAScript 2026, "Uint8Array to/from base64 and hex").  Argument checks
 * follow the spec's step order; the codecs are duk_ext/dx_base64 and dx_hex.
 * A Duktape plain buffer is accepted wherever the spec wants a Uint8Array.
 */
#include <string.h>

#include "dx_base64.h"
#include "dx_bindings.h"
#include "dx_hex.h"
#include "dx_init.h"

/* ---- argument handling ---- */

/* ValidateUint8Array(this): a Uint8Array (detached or not) or plain buffer. */
static void dx__require_uint8_this(duk_context *ctx) {
	duk_ext_view v;
	duk_push_this(ctx);
	if (!duk_ext_get_view(ctx, -1, &v) || v.kind == DUK_EXT_KIND_ARRAYBUFFER || v.kind == DUK_EXT_KIND_DATAVIEW ||
	    (v.kind != DUK_EXT_KIND_PLAIN_BUFFER && v.elem_type != DUK_EXT_ELEM_UINT8)) {
		(void) duk_type_error(ctx, "this is not a Uint8Array");
	}
	duk_pop(ctx);
}

/* The bytes of `this` now (GetUint8ArrayBytes / the out-of-bounds check):
 * a TypeError when its buffer is detached or too small for it. */
static duk_ext_view dx__this_bytes(duk_context *ctx) {
	duk_ext_view v;
	duk_push_this(ctx);
	(void) duk_ext_get_view(ctx, -1, &v);
	duk_pop(ctx);
	if (v.flags & (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS)) {
		(void) duk_type_error(ctx, "Uint8Array is detached or out of bounds");
	}
	return v;
}

static void dx__require_string(duk_context *ctx, duk_idx_t idx) {
	if (!duk_is_string(ctx, idx) || duk_is_symbol(ctx, idx)) {
		(void) duk_type_error(ctx, "input must be a string");
	}
}

/* GetOptionsObject(options): undefined reads as an empty object. */
static void dx__require_options(duk_context *ctx, duk_idx_t idx) {
	if (!duk_is_undefined(ctx, idx) && !duk_is_object(ctx, idx)) {
		(void) duk_type_error(ctx, "options must be an object");
	}
}

/* Get(options, name) pushed on the stack (undefined without options). */
static void dx__get_option(duk_context *ctx, duk_idx_t idx, const char *name) {
	if (duk_is_undefined(ctx, idx)) {
		duk_push_undefined(ctx);
	} else {
		duk_get_prop_string(ctx, idx, name);
	}
}

/* The index of the option value on the stack top within `choices` (NULL
 * terminated; undefined picks choices[0]); pops it.  Only those exact
 * strings are accepted: no coercion. */
static int dx__pop_choice(duk_context *ctx, const char *name, const char *const *choices) {
	int i;
	if (duk_is_undefined(ctx, -1)) {
		duk_pop(ctx);
		return 0;
	}
	if (duk_is_string(ctx, -1) && !duk_is_symbol(ctx, -1)) {
		for (i = 0; choices[i] != NULL; i++) {
			if (strcmp(duk_get_string(ctx, -1), choices[i]) == 0) {
				duk_pop(ctx);
				return i;
			}
		}
	}
	return duk_type_error(ctx, "invalid %s option", name);
}

static const char *const dx__alphabets[] = { "base64", "base64url", NULL };
static const char *const dx__last_chunk[] = { "loose", "strict", "stop-before-partial", NULL };

/* Reads alphabet and lastChunkHandling from the options at idx, in the
 * spec's order. */
static void dx__base64_options(duk_context *ctx, duk_idx_t idx, int *url, dx_b64_last_chunk *last) {
	dx__require_options(ctx, idx);
	dx__get_option(ctx, idx, "alphabet");
	*url = dx__pop_choice(ctx, "alphabet", dx__alphabets);
	dx__get_option(ctx, idx, "lastChunkHandling");
	switch (dx__pop_choice(ctx, "lastChunkHandling", dx__last_chunk)) {
	case 1: *last = DX_B64_STRICT; break;
	case 2: *last = DX_B64_STOP_BEFORE_PARTIAL; break;
	default: *last = DX_B64_LOOSE; break;
	}
}

static duk_ret_t dx__syntax_error(duk_context *ctx, const char *what) {
	return duk_error(ctx, DUK_ERR_SYNTAX_ERROR, "invalid %s string", what);
}

/* Pushes {read, written}. */
static duk_ret_t dx__push_read_written(duk_context *ctx, size_t read, size_t written) {
	duk_push_object(ctx);
	duk_push_number(ctx, (double) read);
	duk_put_prop_string(ctx, -2, "read");
	duk_push_number(ctx, (double) written);
	duk_put_prop_string(ctx, -2, "written");
	return 1;
}

/* Replaces the fixed buffer on the stack top, of which the first n bytes
 * hold the result, with a new Uint8Array of those bytes. */
static duk_ret_t dx__push_result_array(duk_context *ctx, size_t n) {
	duk_push_buffer_object(ctx, -1, 0, n, DUK_BUFOBJ_UINT8ARRAY);
	return 1;
}

/* Characters of the string at idx: its code unit count decides FromHex's
 * even-length check. */
static int dx__odd_length(duk_context *ctx, duk_idx_t idx) {
	return (duk_get_length(ctx, idx) & 1) != 0;
}

/* ---- Uint8Array statics ---- */

static duk_ret_t dx__from_base64(duk_context *ctx) {
	int url;
	dx_b64_last_chunk last;
	duk_size_t slen;
	const uint8_t *s;
	uint8_t *dst;
	size_t cap, read, written;
	duk_set_top(ctx, 2);
	dx__require_string(ctx, 0);
	dx__base64_options(ctx, 1, &url, &last);
	s = (const uint8_t *) duk_get_lstring(ctx, 0, &slen);
	cap = slen / 4 * 3 + 3;
	dst = (uint8_t *) duk_push_fixed_buffer(ctx, cap);
	if (dx_base64_decode_strict(s, slen, url, last, dst, cap, &read, &written) != 0) {
		return dx__syntax_error(ctx, "base64");
	}
	return dx__push_result_array(ctx, written);
}

static duk_ret_t dx__from_hex(duk_context *ctx) {
	duk_size_t slen;
	const uint8_t *s;
	uint8_t *dst;
	size_t read, written;
	dx__require_string(ctx, 0);
	if (dx__odd_length(ctx, 0)) {
		return dx__syntax_error(ctx, "hex");
	}
	s = (const uint8_t *) duk_get_lstring(ctx, 0, &slen);
	dst = (uint8_t *) duk_push_fixed_buffer(ctx, slen / 2);
	if (dx_hex_decode_strict(s, slen, dst, slen / 2, &read, &written) != 0) {
		return dx__syntax_error(ctx, "hex");
	}
	return dx__push_result_array(ctx, written);
}

/* ---- Uint8Array.prototype ---- */

/* toBase64(options) (magic 0) and toHex() (magic 1). */
static duk_ret_t dx__to_text(duk_context *ctx) {
	int hex = duk_get_current_magic(ctx) == 1, url = 0, pad = 1;
	duk_ext_view v;
	size_t n;
	uint8_t *dst;
	duk_set_top(ctx, 1);
	dx__require_uint8_this(ctx);
	if (!hex) {
		dx__require_options(ctx, 0);
		dx__get_option(ctx, 0, "alphabet");
		url = dx__pop_choice(ctx, "alphabet", dx__alphabets);
		dx__get_option(ctx, 0, "omitPadding");
		pad = !duk_to_boolean(ctx, -1);
		duk_pop(ctx);
	}
	v = dx__this_bytes(ctx);
	n = hex ? 2 * v.byte_length : dx_base64_encoded_length(v.byte_length, pad);
	dst = dx_push_scratch(ctx, n);
	v = dx__this_bytes(ctx); /* the allocation may have run a finalizer */
	if (hex) {
		n = 2 * v.byte_length;
		dx_hex_encode(v.data, v.byte_length, dst);
	} else {
		n = dx_base64_encode(v.data, v.byte_length, dst, url, pad);
	}
	dx_scratch_to_string(ctx, n);
	return 1;
}

static duk_ret_t dx__set_from_base64(duk_context *ctx) {
	int url, rc;
	dx_b64_last_chunk last;
	duk_ext_view v;
	duk_size_t slen;
	const uint8_t *s;
	size_t read, written;
	duk_set_top(ctx, 2);
	dx__require_uint8_this(ctx);
	dx__require_string(ctx, 0);
	dx__base64_options(ctx, 1, &url, &last);
	v = dx__this_bytes(ctx);
	s = (const uint8_t *) duk_get_lstring(ctx, 0, &slen);
	rc = dx_base64_decode_strict(s, slen, url, last, v.data, v.byte_length, &read, &written);
	if (rc != 0) {
		return dx__syntax_error(ctx, "base64");
	}
	return dx__push_read_written(ctx, read == slen ? duk_get_length(ctx, 0) : read, written);
}

static duk_ret_t dx__set_from_hex(duk_context *ctx) {
	duk_ext_view v;
	duk_size_t slen;
	const uint8_t *s;
	size_t read = 0, written = 0;
	dx__require_uint8_this(ctx);
	dx__require_string(ctx, 0);
	v = dx__this_bytes(ctx);
	s = (const uint8_t *) duk_get_lstring(ctx, 0, &slen);
	if (dx__odd_length(ctx, 0) || dx_hex_decode_strict(s, slen, v.data, v.byte_length, &read, &written) != 0) {
		return dx__syntax_error(ctx, "hex");
	}
	return dx__push_read_written(ctx, read, written);
}

/* ---- registration ---- */

/* Methods with an options argument take DUK_VARARGS (so it reaches them)
 * and get the spec's `length` from dx__lengths. */
static const dx_method dx__uint8_statics[] = {
	{ "fromBase64", dx__from_base64, DUK_VARARGS, 0 },
	{ "fromHex", dx__from_hex, 1, 0 },
	{ NULL, NULL, 0, 0 }
};

static const dx_method dx__uint8_methods[] = {
	{ "toBase64", dx__to_text, DUK_VARARGS, 0 },
	{ "toHex", dx__to_text, 0, 1 },
	{ "setFromBase64", dx__set_from_base64, DUK_VARARGS, 0 },
	{ "setFromHex", dx__set_from_hex, 1, 0 },
	{ NULL, NULL, 0, 0 }
};

/* Sets the `length` of method `name` of the object at obj_idx. */
static void dx__set_length(duk_context *ctx, duk_idx_t obj_idx, const char *name, duk_int_t length) {
	duk_get_prop_string(ctx, obj_idx, name);
	duk_push_string(ctx, "length");
	duk_push_int(ctx, length);
	duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
	duk_pop(ctx);
}

void dx_init_uint8_base64hex(duk_context *ctx) {
	if (!duk_get_global_string(ctx, "Uint8Array")) {
		duk_pop(ctx);
		return;
	}
	dx_put_methods(ctx, -1, dx__uint8_statics);
	dx__set_length(ctx, -1, "fromBase64", 1);
	duk_get_prop_string(ctx, -1, "prototype");
	dx_put_methods(ctx, -1, dx__uint8_methods);
	dx__set_length(ctx, -1, "setFromBase64", 1);
	duk_pop_2(ctx);
}
