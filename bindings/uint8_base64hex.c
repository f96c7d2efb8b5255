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

/* The view of `this`: ValidateUint8Array (a Uint8Array, detached or not, or a
 * plain buffer) and, with `bytes`, GetUint8ArrayBytes / the out-of-bounds
 * check (a TypeError when its buffer is detached or too small for it). */
static duk_ext_view dx__this_view(duk_context *ctx, int bytes) {
	duk_ext_view v;
	duk_push_this(ctx);
	if (!duk_ext_get_view(ctx, -1, &v) || v.kind == DUK_EXT_KIND_ARRAYBUFFER || v.kind == DUK_EXT_KIND_DATAVIEW ||
	    (v.kind != DUK_EXT_KIND_PLAIN_BUFFER && v.elem_type != DUK_EXT_ELEM_UINT8)) {
		(void) duk_type_error(ctx, "this is not a Uint8Array");
	}
	duk_pop(ctx);
	if (bytes && (v.flags & (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS))) {
		(void) duk_type_error(ctx, "Uint8Array is detached or out of bounds");
	}
	return v;
}

/* Get(options, name) pushed on the stack (undefined without options). */
static void dx__get_option(duk_context *ctx, duk_idx_t idx, const char *name) {
	if (duk_is_undefined(ctx, idx)) {
		duk_push_undefined(ctx);
	} else {
		duk_get_prop_string(ctx, idx, name);
	}
}

/* The index of option `name` within `choices` (NULL terminated; undefined
 * picks choices[0]); the value stays on the stack.  Only those exact strings are accepted: no coercion (a
 * symbol's internal bytes match none of them). */
static int dx__choice_option(duk_context *ctx, duk_idx_t idx, const char *name, const char *const *choices) {
	const char *v;
	duk_size_t len;
	int i;
	dx__get_option(ctx, idx, name);
	if (duk_is_undefined(ctx, -1)) {
		return 0;
	}
	v = duk_get_lstring(ctx, -1, &len);
	for (i = 0; v != NULL && choices[i] != NULL; i++) {
		if (strlen(choices[i]) == len && memcmp(v, choices[i], len) == 0) { /* "base64\0x" is not "base64" */
			return i;
		}
	}
	return duk_type_error(ctx, "invalid %s option", name);
}

static const char *const dx__alphabets[] = { "base64", "base64url", NULL };
/* in dx_b64_last_chunk order */
static const char *const dx__last_chunk[] = { "loose", "strict", "stop-before-partial", NULL };

/* GetOptionsObject(options) (undefined reads as an empty object), then its
 * alphabet: whether it is base64url. */
static int dx__alphabet_option(duk_context *ctx, duk_idx_t idx) {
	if (!duk_is_undefined(ctx, idx) && !duk_is_object(ctx, idx)) {
		(void) duk_type_error(ctx, "options must be an object");
	}
	return dx__choice_option(ctx, idx, "alphabet", dx__alphabets);
}

/* ---- the methods ---- */

/* Uint8Array.fromBase64(string, options) (magic 0), Uint8Array.fromHex(string)
 * (1), and Uint8Array.prototype.setFromBase64(string, options) (2) and
 * setFromHex(string) (3), in the spec's step order. */
static duk_ret_t dx__from_text(duk_context *ctx) {
	int magic = duk_get_current_magic(ctx), hex = magic & 1, into = magic & 2, url = 0, rc;
	dx_b64_last_chunk last = DX_B64_LOOSE;
	duk_ext_view v;
	duk_size_t slen;
	const uint8_t *s;
	size_t read, written;
	duk_set_top(ctx, 2);
	if (into) {
		(void) dx__this_view(ctx, 0);
	}
	if (!duk_is_string(ctx, 0) || duk_is_symbol(ctx, 0)) {
		(void) duk_type_error(ctx, "input must be a string");
	}
	if (!hex) {
		url = dx__alphabet_option(ctx, 1);
		last = (dx_b64_last_chunk) dx__choice_option(ctx, 1, "lastChunkHandling", dx__last_chunk);
	}
	s = (const uint8_t *) duk_get_lstring(ctx, 0, &slen);
	if (into) {
		v = dx__this_view(ctx, 1);
	} else {
		v.byte_length = hex ? slen / 2 : slen / 4 * 3 + 3;
		v.data = (uint8_t *) duk_push_fixed_buffer(ctx, v.byte_length);
	}
	if (!hex) {
		rc = dx_base64_decode_strict(s, slen, url, last, v.data, v.byte_length, &read, &written);
	} else if (duk_get_length(ctx, 0) & 1) {
		rc = -1; /* FromHex counts code units */
	} else {
		rc = dx_hex_decode_strict(s, slen, v.data, v.byte_length, &read, &written);
	}
	if (rc != 0) {
		return duk_error(ctx, DUK_ERR_SYNTAX_ERROR, "invalid %s string", hex ? "hex" : "base64");
	}
	if (!into) {
		/* a Uint8Array of the first bytes of the fixed buffer */
		duk_push_buffer_object(ctx, -1, 0, written, DUK_BUFOBJ_UINT8ARRAY);
		return 1;
	}
	duk_push_object(ctx);
	/* all of the string read: its length in characters */
	duk_push_number(ctx, DX_DOUBLE_OF(read == slen ? duk_get_length(ctx, 0) : read));
	duk_put_prop_string(ctx, -2, "read");
	duk_push_number(ctx, DX_DOUBLE_OF(written));
	duk_put_prop_string(ctx, -2, "written");
	return 1;
}

/* Uint8Array.prototype.toBase64(options) (magic 0) and toHex() (magic 1). */
static duk_ret_t dx__to_text(duk_context *ctx) {
	int hex = duk_get_current_magic(ctx), url = 0, pad = 1;
	duk_ext_view v;
	size_t n;
	uint8_t *dst;
	duk_set_top(ctx, 1);
	(void) dx__this_view(ctx, 0);
	if (!hex) {
		url = dx__alphabet_option(ctx, 0);
		dx__get_option(ctx, 0, "omitPadding");
		pad = !duk_to_boolean(ctx, -1);
	}
	v = dx__this_view(ctx, 1);
	n = hex ? 2 * v.byte_length : dx_base64_encoded_length(v.byte_length, pad);
	dst = dx_push_scratch(ctx, n);
	v = dx__this_view(ctx, 1); /* the allocation may have run a finalizer */
	if (hex) {
		n = 2 * v.byte_length;
		dx_hex_encode(v.data, v.byte_length, dst);
	} else {
		n = dx_base64_encode(v.data, v.byte_length, dst, url, pad);
	}
	dx_scratch_to_string(ctx, n);
	return 1;
}

/* ---- registration ---- */

/* Methods with an options argument take DUK_VARARGS (so it reaches them)
 * and get the spec's `length` from dx__lengths. */
static const dx_method dx__uint8_statics[] = {
	{ "fromBase64", dx__from_text, DUK_VARARGS, 0 },
	{ "fromHex", dx__from_text, 1, 1 },
	{ NULL, NULL, 0, 0 }
};

static const dx_method dx__uint8_methods[] = {
	{ "toBase64", dx__to_text, DUK_VARARGS, 0 },
	{ "toHex", dx__to_text, 0, 1 },
	{ "setFromBase64", dx__from_text, DUK_VARARGS, 2 },
	{ "setFromHex", dx__from_text, 1, 3 },
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
