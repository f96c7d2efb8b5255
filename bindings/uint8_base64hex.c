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

/* The view of `this` into *v: ValidateUint8Array (a Uint8Array, detached or
 * not, or a plain buffer) and, with `bytes`, GetUint8ArrayBytes / the
 * out-of-bounds check (a TypeError when its buffer is detached or too small
 * for it). */
static void dx__this_view(duk_context *ctx, int bytes, duk_ext_view *v) {
	duk_push_this(ctx);
	/* (a plain buffer's element type is uint8, an ArrayBuffer's and a DataView's too) */
	if (!duk_ext_get_view(ctx, -1, v) || v->elem_type != DUK_EXT_ELEM_UINT8 || v->kind == DUK_EXT_KIND_ARRAYBUFFER ||
	    v->kind == DUK_EXT_KIND_DATAVIEW) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "this is not a Uint8Array");
	}
	duk_pop(ctx);
	if (bytes && (v->flags & (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS))) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "Uint8Array is detached or out of bounds");
	}
}

/* Get(options, name), left on the stack: the index of its value among
 * `choices` ("choice0\0choice1\0"; undefined picks choice 0), else a
 * TypeError with message `error`.  Only those exact strings are accepted: no
 * coercion (a symbol's internal bytes match none of them). */
static int dx__choice_option(duk_context *ctx, duk_idx_t idx, const char *name, const char *choices, const char *error) {
	const char *v;
	duk_size_t len;
	int i = 0;
	duk_get_prop_string(ctx, idx, name);
	if (duk_is_undefined(ctx, -1)) {
		return 0;
	}
	v = duk_get_lstring(ctx, -1, &len);
	if (v != NULL && strlen(v) == len) { /* "base64\0x" is not "base64" */
		for (; *choices != '\0'; choices += strlen(choices) + 1, i++) {
			if (strcmp(v, choices) == 0) {
				return i;
			}
		}
	}
	return dx_error(ctx, DUK_ERR_TYPE_ERROR, error);
}

/* GetOptionsObject(options) (undefined becomes an empty object, put at idx),
 * then its alphabet: whether it is base64url. */
static int dx__alphabet_option(duk_context *ctx, duk_idx_t idx) {
	duk_int_t type = duk_get_type(ctx, idx);
	if (type == DUK_TYPE_UNDEFINED) {
		duk_push_bare_object(ctx);
		duk_replace(ctx, idx);
	} else if (type != DUK_TYPE_OBJECT) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "options must be an object");
	}
	return dx__choice_option(ctx, idx, "alphabet", "base64\0base64url\0", "invalid alphabet option");
}

/* ---- the methods ---- */

/* The magic of dx__codec: which method it runs. */
#define DX__HEX 1  /* hex, else base64 */
#define DX__INTO 2 /* setFromBase64 / setFromHex: decode into `this` */
#define DX__TO 4   /* toBase64 / toHex: encode `this` */

/* Uint8Array.fromBase64(string, options), Uint8Array.fromHex(string) and
 * Uint8Array.prototype.setFromBase64(string, options), setFromHex(string),
 * toBase64(options), toHex(), in the spec's step order. */
static duk_ret_t dx__codec(duk_context *ctx) {
	int magic = duk_get_current_magic(ctx), hex = magic & DX__HEX, url = 0, pad = 1, rc;
	dx_b64_last_chunk last = DX_B64_LOOSE;
	duk_ext_view v;
	duk_size_t slen;
	const uint8_t *s;
	size_t read, written, n;
	uint8_t *dst;
	duk_set_top(ctx, 2);
	if (magic & (DX__INTO | DX__TO)) {
		dx__this_view(ctx, 0, &v);
	}
	s = (const uint8_t *) duk_get_lstring(ctx, 0, &slen); /* the decoders' input: NULL when not a string */
	if (magic & DX__TO) {
		if (!hex) {
			url = dx__alphabet_option(ctx, 0);
			duk_get_prop_string(ctx, 0, "omitPadding");
			pad = !duk_to_boolean(ctx, -1);
		}
		dx__this_view(ctx, 1, &v);
		read = v.byte_length; /* the bytes the output is sized for */
		n = hex ? 2 * read : dx_base64_encoded_length(read, pad);
		dst = dx_push_scratch(ctx, n);
		/* the allocation may have run a finalizer that shrank, grew or
		 * detached the buffer: encode at most the bytes sized for */
		dx__this_view(ctx, 1, &v);
		read = v.byte_length < read ? v.byte_length : read;
		n = hex ? dx_hex_encode(v.data, read, dst) : dx_base64_encode(v.data, read, dst, url, pad);
		dx_scratch_to_string(ctx, n);
		return 1;
	}
	if (!dx_is_text(ctx, 0)) {
		(void) dx_error(ctx, DUK_ERR_TYPE_ERROR, "input must be a string");
	}
	if (!hex) {
		url = dx__alphabet_option(ctx, 1);
		/* in dx_b64_last_chunk order */
		last = (dx_b64_last_chunk) dx__choice_option(ctx, 1, "lastChunkHandling", "loose\0strict\0stop-before-partial\0",
		                                             "invalid lastChunkHandling option");
	}
	if (magic & DX__INTO) {
		dx__this_view(ctx, 1, &v);
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
		return dx_error(ctx, DUK_ERR_SYNTAX_ERROR, hex ? "invalid hex string" : "invalid base64 string");
	}
	if (!(magic & DX__INTO)) {
		/* a Uint8Array of the first bytes of the fixed buffer */
		duk_push_buffer_object(ctx, -1, 0, written, DUK_BUFOBJ_UINT8ARRAY);
		return 1;
	}
	duk_push_object(ctx);
	/* all of the string read: its length in characters */
	duk_push_uint(ctx, (duk_uint_t) (read == slen ? duk_get_length(ctx, 0) : read)); /* (both below 2^31) */
	duk_put_prop_string(ctx, -2, "read");
	duk_push_uint(ctx, (duk_uint_t) written);
	duk_put_prop_string(ctx, -2, "written");
	return 1;
}

/* ---- registration ---- */

/* Methods with an options argument take DUK_VARARGS (so it reaches them);
 * dx__set_length gives them the spec's `length`. */
static const dx_method dx__uint8_statics[] = {
	{ "fromBase64", dx__codec, DUK_VARARGS, 0 },
	{ "fromHex", dx__codec, 1, DX__HEX },
	{ NULL, NULL, 0, 0 }
};

static const dx_method dx__uint8_methods[] = {
	{ "toBase64", dx__codec, DUK_VARARGS, DX__TO },
	{ "toHex", dx__codec, 0, DX__TO | DX__HEX },
	{ "setFromBase64", dx__codec, DUK_VARARGS, DX__INTO },
	{ "setFromHex", dx__codec, 1, DX__INTO | DX__HEX },
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
