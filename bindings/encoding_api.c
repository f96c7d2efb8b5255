/*
 * encoding_api: JS strings <-> bytes in Node's encodings (dx_encoding_api.h),
 * the natives isUtf8/isAscii/isLatin1/transcode of require('buffer'), and the WHATWG
 * globals atob/btoa.  The byte work is done by the codecs in duk_ext/; this
 * file picks the codec, sizes the output and raises Node's errors.
 */
#include <stdint.h>
#include <string.h>

#include "dx_base64.h"
#include "dx_bindings.h"
#include "dx_encoding_api.h"
#include "dx_hex.h"
#include "dx_init.h"
#include "dx_latin1.h"
#include "dx_lenient.h"
#include "dx_utf16.h"
#include "dx_utf8.h"

/* ---- encoding names ---- */

static const struct {
	const char *name;
	dx_encoding enc;
} dx__names[] = {
	{ "utf8", DX_ENC_UTF8 },     { "utf-8", DX_ENC_UTF8 },         { "ucs2", DX_ENC_UTF16LE }, { "ucs-2", DX_ENC_UTF16LE },
	{ "utf16le", DX_ENC_UTF16LE }, { "utf-16le", DX_ENC_UTF16LE }, { "latin1", DX_ENC_LATIN1 }, { "binary", DX_ENC_LATIN1 },
	{ "ascii", DX_ENC_ASCII },   { "hex", DX_ENC_HEX },            { "base64", DX_ENC_BASE64 }, { "base64url", DX_ENC_BASE64URL },
	{ NULL, DX_ENC_UTF8 }
};

/* The encoding named by s (ASCII case-insensitive), or -1. */
static int dx__encoding_named(const char *s, size_t len) {
	char lower[10];
	size_t i;
	if (len == 0 || len >= sizeof lower) {
		return -1;
	}
	for (i = 0; i < len; i++) {
		char c = s[i];
		if (c == '\0') {
			return -1; /* "utf8\0x" names nothing */
		}
		lower[i] = (char) (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	lower[len] = '\0';
	for (i = 0; dx__names[i].name != NULL; i++) {
		if (strcmp(lower, dx__names[i].name) == 0) {
			return (int) dx__names[i].enc;
		}
	}
	return -1;
}

/* The encoding named by the string at idx, or -1 when the value is not a
 * string naming one; never coerces. */
static int dx__encoding_of(duk_context *ctx, duk_idx_t idx) {
	duk_size_t len;
	const char *s;
	if (!dx_is_text(ctx, idx)) {
		return -1;
	}
	s = duk_get_lstring(ctx, idx, &len);
	return dx__encoding_named(s, len);
}

/* ERR_UNKNOWN_ENCODING: Unknown encoding: <the value as Node's %s shows it:
 * -0 as "-0", an object through its own toString or inspected>. */
static duk_ret_t dx__throw_unknown_encoding(duk_context *ctx, duk_idx_t value_idx) {
	int inspect;
	value_idx = duk_normalize_index(ctx, value_idx);
	inspect = duk_is_number(ctx, value_idx);
	/* %s: util.inspect for a number (-0) and for an object whose toString is
	 * not the script's own, else String(value) */
	if (duk_is_object(ctx, value_idx) && !duk_is_function(ctx, value_idx)) {
		duk_get_prop_string(ctx, value_idx, "toString");
		inspect = !duk_is_ecmascript_function(ctx, -1);
	}
	if (inspect) {
		dx_push_inspected(ctx, value_idx);
	} else {
		duk_dup(ctx, value_idx);
		duk_to_string(ctx, -1); /* runs toString again, as node */
	}
	duk_push_string(ctx, "Unknown encoding: ");
	duk_swap_top(ctx, -2);
	duk_concat(ctx, 2);
	return dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_UNKNOWN_ENCODING", NULL); /* a NUL in the name stays in */
}

dx_encoding dx_require_encoding(duk_context *ctx, duk_idx_t idx, dx_encoding fallback) {
	duk_size_t len;
	const char *s;
	int enc;
	if (duk_is_undefined(ctx, idx)) {
		return fallback;
	}
	idx = duk_normalize_index(ctx, idx);
	duk_dup(ctx, idx);
	duk_to_primitive(ctx, -1, DUK_HINT_NONE); /* `encoding + ''`: valueOf first */
	s = duk_to_lstring(ctx, -1, &len);
	enc = dx__encoding_named(s, len);
	if (enc < 0) {
		(void) dx__throw_unknown_encoding(ctx, idx);
	}
	duk_pop(ctx);
	return (dx_encoding) enc;
}

/* ---- strings to bytes ---- */

/* The bytes of the string at idx; *ascii tells whether it is pure ASCII
 * (then each byte is one character). */
static const uint8_t *dx__string_bytes(duk_context *ctx, duk_idx_t idx, size_t *len, int *ascii) {
	duk_size_t n;
	const uint8_t *s = (const uint8_t *) duk_require_lstring(ctx, idx, &n);
	*len = n;
	*ascii = duk_get_length(ctx, idx) == n;
	return s;
}

size_t dx_encoded_length(duk_context *ctx, duk_idx_t str_idx, dx_encoding enc) {
	size_t len;
	int ascii;
	const uint8_t *s = dx__string_bytes(ctx, str_idx, &len, &ascii);
	size_t units = ascii ? len : dx_utf16_units(s, len);
	switch (enc) {
	case DX_ENC_UTF8:
		return ascii ? len : dx_utf8_encode(s, len, NULL, SIZE_MAX, NULL);
	case DX_ENC_UTF16LE:
		return 2 * units;
	case DX_ENC_HEX:
		return units / 2;
	case DX_ENC_BASE64:
	case DX_ENC_BASE64URL:
		return dx_base64_lenient_length(s, len, units);
	default:
		return units;
	}
}

size_t dx_write_encoded(duk_context *ctx, duk_idx_t str_idx, dx_encoding enc, uint8_t *dst, size_t cap) {
	size_t len;
	int ascii;
	const uint8_t *s = dx__string_bytes(ctx, str_idx, &len, &ascii);
	if (ascii && enc <= DX_ENC_ASCII && enc != DX_ENC_UTF16LE) {
		size_t n = len < cap ? len : cap;
		if (n > 0) {
			memcpy(dst, s, n);
		}
		return n;
	}
	switch (enc) {
	case DX_ENC_UTF8:
		return dx_utf8_encode(s, len, dst, cap, NULL);
	case DX_ENC_UTF16LE:
		return dx_utf16le_encode(s, len, dst, cap);
	case DX_ENC_HEX:
		return dx_hex_decode_lenient(s, len, dst, cap);
	case DX_ENC_BASE64:
	case DX_ENC_BASE64URL:
		return dx_base64_decode_lenient(s, len, dst, cap);
	default:
		return dx_latin1_encode(s, len, dst, cap);
	}
}

void dx_push_encoded(duk_context *ctx, duk_idx_t str_idx, dx_encoding enc) {
	size_t cap, n;
	uint8_t *dst;
	str_idx = duk_require_normalize_index(ctx, str_idx);
	cap = dx_encoded_length(ctx, str_idx, enc);
	dst = (uint8_t *) duk_push_fixed_buffer(ctx, cap);
	n = dx_write_encoded(ctx, str_idx, enc, dst, cap);
	if (n < cap) {
		uint8_t *exact = (uint8_t *) duk_push_fixed_buffer(ctx, n);
		if (n > 0) {
			memcpy(exact, dst, n);
		}
		duk_remove(ctx, -2);
	}
}

/* ---- bytes to strings ---- */

/* Pushes a scratch buffer of n bytes and returns it. */
uint8_t *dx_push_decode_buffer(duk_context *ctx, size_t len, size_t factor) {
	if (len > (SIZE_MAX - 3) / factor) {
		(void) duk_range_error(ctx, "input too long");
	}
	return dx_push_scratch(ctx, len * factor + 3);
}

static int dx__all_ascii(const uint8_t *p, size_t len) {
	size_t i;
	uint8_t acc = 0;
	for (i = 0; i < len; i++) {
		acc |= p[i];
	}
	return acc < 0x80;
}

void dx_push_decoded(duk_context *ctx, const uint8_t *p, size_t len, dx_encoding enc) {
	size_t n;
	int astral;
	uint8_t *dst;
	switch (enc) {
	case DX_ENC_UTF8:
		if (dx_utf8_scan(p, len, &astral) == len && !astral) {
			duk_push_lstring(ctx, (const char *) p, len);
			return;
		}
		dst = dx_push_decode_buffer(ctx, len, 3);
		n = dx_utf8_decode(p, len, dst);
		break;
	case DX_ENC_UTF16LE:
		dst = dx_push_decode_buffer(ctx, len, 2);
		n = dx_utf16le_decode(p, len, dst, 0, NULL);
		break;
	case DX_ENC_LATIN1:
	case DX_ENC_ASCII:
		if (dx__all_ascii(p, len)) {
			duk_push_lstring(ctx, (const char *) p, len);
			return;
		}
		dst = dx_push_decode_buffer(ctx, len, 2);
		n = dx_latin1_decode(p, len, dst, enc == DX_ENC_ASCII ? DX_SB_ASCII : DX_SB_LATIN1);
		break;
	case DX_ENC_HEX:
		n = 2 * len;
		dst = dx_push_scratch(ctx, n);
		dx_hex_encode(p, len, dst);
		break;
	default:
		n = dx_base64_encoded_length(len, enc == DX_ENC_BASE64);
		dst = dx_push_scratch(ctx, n);
		dx_base64_encode(p, len, dst, enc == DX_ENC_BASE64URL, enc == DX_ENC_BASE64);
		break;
	}
	dx_scratch_to_string(ctx, n);
}

/* ---- require('buffer'): isUtf8, isAscii, isLatin1, transcode; Buffer.stringLength ---- */

/* The bytes of isUtf8/isAscii/stringLength's `input`: an ArrayBuffer, typed array, Buffer
 * or plain buffer (a detached one has none: node v26 returns true). */
static const uint8_t *dx__validation_input(duk_context *ctx, size_t *len) {
	duk_ext_view v;
	if (!duk_ext_get_view(ctx, 0, &v) || v.kind == DUK_EXT_KIND_DATAVIEW) {
		(void) dx_throw_arg_type(ctx, "input", "an instance of ArrayBuffer, Buffer, or TypedArray", 0);
	}
	*len = v.byte_length;
	return v.data;
}

duk_ret_t dx_buffer_is_utf8(duk_context *ctx) {
	size_t len;
	int astral;
	const uint8_t *p = dx__validation_input(ctx, &len);
	duk_push_boolean(ctx, dx_utf8_scan(p, len, &astral) == len);
	return 1;
}

duk_ret_t dx_buffer_is_ascii(duk_context *ctx) {
	size_t len;
	const uint8_t *p = dx__validation_input(ctx, &len);
	duk_push_boolean(ctx, dx__all_ascii(p, len));
	return 1;
}

/* Buffer.stringLength(input, encoding = 'utf8'): the length of the string
 * that input's bytes decode to, as buf.toString(encoding) gives it.  The
 * encoding must be a string (no user code runs). */
duk_ret_t dx_buffer_string_length(duk_context *ctx) {
	size_t len;
	const uint8_t *p = dx__validation_input(ctx, &len);
	dx_encoding enc = DX_ENC_UTF8;
	if (!duk_is_undefined(ctx, 1)) {
		if (!dx_is_text(ctx, 1)) {
			return dx_throw_arg_type(ctx, "encoding", "of type string", 1);
		}
		enc = dx_require_encoding(ctx, 1, DX_ENC_UTF8);
	}
	dx_push_decoded(ctx, p, len, enc);
	duk_push_uint(ctx, (duk_uint_t) duk_get_length(ctx, -1));
	return 1;
}

/* isLatin1(input): every character of the string is at most U+00FF.  In
 * the engine's UTF-8 form those are ASCII bytes and two-byte sequences led
 * by 0xC2 or 0xC3; any higher lead byte starts a larger character. */
duk_ret_t dx_buffer_is_latin1(duk_context *ctx) {
	duk_size_t len, i;
	const uint8_t *p;
	if (!dx_is_text(ctx, 0)) {
		return dx_throw_arg_type(ctx, "input", "of type string", 0);
	}
	p = (const uint8_t *) duk_get_lstring(ctx, 0, &len);
	for (i = 0; i < len && p[i] < 0xc4; i++) {
	}
	duk_push_boolean(ctx, i == len);
	return 1;
}

/* Node's transcode() failure: a plain Error carrying ICU's error name. */
static duk_ret_t dx__transcode_error(duk_context *ctx, const char *icu_name, int icu_errno) {
	duk_push_error_object(ctx, DUK_ERR_ERROR, "Unable to transcode Buffer [%s]", icu_name);
	duk_push_string(ctx, icu_name);
	duk_put_prop_string(ctx, -2, "code");
	duk_push_int(ctx, icu_errno);
	duk_put_prop_string(ctx, -2, "errno");
	return duk_throw(ctx);
}

/* transcode()'s encoding argument: undefined, null and '' mean utf8 (Node's
 * normalizeEncoding); only the encodings ICU converts (utf8, ucs2, latin1,
 * ascii) are accepted. */
static dx_encoding dx__transcode_encoding(duk_context *ctx, duk_idx_t idx) {
	int enc = duk_is_null_or_undefined(ctx, idx) || (dx_is_text(ctx, idx) && duk_get_length(ctx, idx) == 0)
	                  ? (int) DX_ENC_UTF8
	                  : dx__encoding_of(ctx, idx);
	if (enc < 0 || enc > (int) DX_ENC_ASCII) {
		(void) dx__transcode_error(ctx, "U_ILLEGAL_ARGUMENT_ERROR", 1);
	}
	return (dx_encoding) enc;
}

/* Pushes transcode's source (the view at index 0, at most len bytes)
 * decoded to internal string form (a scratch buffer) the way Node's
 * ICU-based transcode reads it, and returns its length. */
static size_t dx__transcode_decode(duk_context *ctx, size_t len, dx_encoding from, dx_encoding to) {
	uint8_t *dst = dx_push_decode_buffer(ctx, len, 3);
	duk_ext_view v;
	size_t n, errors;
	int astral;
	(void) duk_ext_get_view(ctx, 0, &v); /* again: the allocation may have run a finalizer */
	len = v.byte_length < len ? v.byte_length : len;
	switch (from) {
	case DX_ENC_UTF8:
		if (to == DX_ENC_UTF16LE && dx_utf8_scan(v.data, len, &astral) != len) {
			(void) dx__transcode_error(ctx, "U_INVALID_CHAR_FOUND", 10);
		}
		return dx_utf8_decode(v.data, len, dst);
	case DX_ENC_UTF16LE:
		/* To UTF-8, node fails on lone surrogates and on a source without a
		 * whole code unit; to latin1/ascii it ignores an odd last byte.
		 * UTF-16LE to UTF-16LE replaces lone surrogates and an odd last byte,
		 * which with a lead surrogate before it is one U+FFFD in all. */
		if (to == DX_ENC_UTF8 && len < 2) {
			(void) dx__transcode_error(ctx, "U_INVALID_CHAR_FOUND", 10);
		}
		n = dx_utf16le_decode(v.data, len, dst, 1, &errors);
		if (to == DX_ENC_UTF8 && errors > 0) {
			(void) dx__transcode_error(ctx, "U_INVALID_CHAR_FOUND", 10);
		}
		if (to == DX_ENC_UTF16LE && (len & 1) && !(len >= 3 && (v.data[len - 2] & 0xfc) == 0xd8)) {
			memcpy(dst + n, "\xef\xbf\xbd", 3);
			n += 3;
		}
		return n;
	default:
		return dx_latin1_decode(v.data, len, dst, from == DX_ENC_ASCII && to != DX_ENC_UTF16LE ? DX_SB_US_ASCII : DX_SB_LATIN1);
	}
}

duk_ret_t dx_buffer_transcode(duk_context *ctx) {
	duk_ext_view v;
	dx_encoding from, to;
	size_t n, out_len = 0;
	const uint8_t *s;
	uint8_t *out;
	if (!duk_ext_get_view(ctx, 0, &v) ||
	    !(v.kind == DUK_EXT_KIND_PLAIN_BUFFER ||
	      ((v.kind == DUK_EXT_KIND_TYPEDARRAY || v.kind == DUK_EXT_KIND_NODE_BUFFER) && v.elem_type == DUK_EXT_ELEM_UINT8))) {
		return dx_throw_arg_type(ctx, "source", "an instance of Buffer or Uint8Array", 0);
	}
	if (v.byte_length == 0) {
		duk_push_fixed_buffer(ctx, 0);
	} else {
		from = dx__transcode_encoding(ctx, 1);
		to = dx__transcode_encoding(ctx, 2);
		n = dx__transcode_decode(ctx, v.byte_length, from, to);
		s = (const uint8_t *) duk_get_buffer(ctx, -1, NULL);
		out_len = to == DX_ENC_UTF8 ? dx_utf8_encode(s, n, NULL, SIZE_MAX, NULL) : to == DX_ENC_UTF16LE ? 2 * dx_utf16_units(s, n) : n;
		out = (uint8_t *) duk_push_fixed_buffer(ctx, out_len);
		s = (const uint8_t *) duk_get_buffer(ctx, -2, NULL);
		switch (to) {
		case DX_ENC_UTF8: out_len = dx_utf8_encode(s, n, out, out_len, NULL); break;
		case DX_ENC_UTF16LE: out_len = dx_utf16le_encode(s, n, out, out_len); break;
		default: out_len = dx_latin1_encode_substituting(s, n, out, to == DX_ENC_ASCII ? 0x7f : 0xff); break;
		}
		duk_remove(ctx, -2);
	}
	duk_push_buffer_object(ctx, -1, 0, out_len, DUK_BUFOBJ_NODEJS_BUFFER);
	return 1;
}

/* ---- atob, btoa (WHATWG forgiving-base64, with Node's checks and errors) ---- */

/* Node's DOMException InvalidCharacterError (code 5), as a plain Error with
 * that name: Duktape has no DOMException. */
static duk_ret_t dx__invalid_character(duk_context *ctx, const char *message) {
	duk_push_error_object(ctx, DUK_ERR_ERROR, "%s", message);
	duk_push_string(ctx, "InvalidCharacterError");
	duk_put_prop_string(ctx, -2, "name");
	duk_push_int(ctx, 5);
	duk_put_prop_string(ctx, -2, "code");
	return duk_throw(ctx);
}

/* The single argument of atob/btoa as a string (Node: `${input}`). */
static const uint8_t *dx__require_input(duk_context *ctx, size_t *len) {
	duk_size_t n;
	const char *s;
	if (duk_get_top(ctx) == 0) {
		(void) dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_MISSING_ARGS", "The \"input\" argument must be specified");
	}
	s = duk_to_lstring(ctx, 0, &n);
	*len = n;
	return (const uint8_t *) s;
}

static int dx__is_forgiving_space(uint8_t c) {
	return c == 0x09 || c == 0x0a || c == 0x0c || c == 0x0d || c == 0x20;
}

static duk_ret_t dx__atob(duk_context *ctx) {
	size_t len, i, n, chars = 0, pads = 0, rest, cap;
	const uint8_t *s = dx__require_input(ctx, &len);
	uint8_t *dst;
	for (i = 0; i < len; i++) {
		uint8_t c = s[i];
		int alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
		if (dx__is_forgiving_space(c)) {
			continue;
		}
		if (c == '=') {
			pads++;
		} else if (!alpha || pads > 0) {
			return dx__invalid_character(ctx, "Invalid character");
		}
		if (pads > 2) {
			return dx__invalid_character(ctx, "Invalid character");
		}
		chars++;
	}
	rest = chars % 4;
	if (rest == 0) {
		rest = (chars - pads) % 4;
	} else if (pads > 0) {
		return dx__invalid_character(ctx, "Invalid character");
	}
	if (rest == 1) {
		return dx__invalid_character(ctx, "The string to be decoded is not correctly encoded.");
	}
	cap = (chars - pads) / 4 * 3 + 2;
	dst = dx_push_scratch(ctx, cap);
	s = (const uint8_t *) duk_get_string(ctx, 0);
	n = dx_base64_decode_lenient(s, len, dst, cap);
	dx_push_decoded(ctx, dst, n, DX_ENC_LATIN1);
	return 1;
}

static duk_ret_t dx__btoa(duk_context *ctx) {
	size_t len, n;
	const uint8_t *s = dx__require_input(ctx, &len);
	uint8_t *bytes;
	dx_encoding enc = DX_ENC_LATIN1;
	if (duk_get_length(ctx, 0) != len) {
		const uint8_t *p = s, *end = s + len;
		while (p < end) {
			if (*p >= 0xc4) {
				return dx__invalid_character(ctx, "Invalid character");
			}
			p++;
		}
	}
	n = dx_encoded_length(ctx, 0, enc);
	bytes = dx_push_scratch(ctx, n);
	n = dx_write_encoded(ctx, 0, enc, bytes, n);
	dx_push_decoded(ctx, bytes, n, DX_ENC_BASE64);
	return 1;
}

static const dx_method dx__encoding_globals[] = {
	{ "atob", dx__atob, DUK_VARARGS, 0 },
	{ "btoa", dx__btoa, DUK_VARARGS, 0 },
	{ NULL, NULL, 0, 0 }
};

void dx_init_encoding_globals(duk_context *ctx) {
	const dx_method *m;
	duk_push_global_object(ctx);
	dx_put_methods(ctx, -1, dx__encoding_globals);
	for (m = dx__encoding_globals; m->name != NULL; m++) {
		/* DUK_VARARGS (to see a missing argument), but length 1 as in Node */
		duk_get_prop_string(ctx, -1, m->name);
		duk_push_string(ctx, "length");
		duk_push_int(ctx, 1);
		duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
		duk_pop(ctx);
	}
	duk_pop(ctx);
}
