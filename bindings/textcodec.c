/*
 * textcodec: the WHATWG Encoding API globals TextEncoder and TextDecoder
 * (https://encoding.spec.whatwg.org/), replacing Duktape's own, with Node's
 * argument checks and error codes.  TextDecoder knows the utf-8, utf-16le
 * and windows-1252 encodings (WHATWG maps the 'latin1', 'iso-8859-1' and
 * 'ascii' labels to windows-1252, and so does Node), keeps partial sequences
 * between decode(..., {stream: true}) calls and implements `fatal` and
 * `ignoreBOM`.
 */
#include <string.h>

#include "dx_bindings.h"
#include "dx_encoding_api.h"
#include "dx_init.h"
#include "dx_latin1.h"
#include "dx_utf16.h"
#include "dx_utf8.h"

#define DX__STATE DUK_HIDDEN_SYMBOL("dxTextCodec")

typedef enum { DX__TD_UTF8 = 0, DX__TD_UTF16LE, DX__TD_WINDOWS1252, DX__TD_ENCODER } dx__codec_kind;

static const char *const dx__codec_names[] = { "utf-8", "utf-16le", "windows-1252" };

/* Per-instance state, kept in a plain buffer under a hidden key. */
typedef struct {
	uint8_t kind;       /* dx__codec_kind */
	uint8_t fatal;
	uint8_t ignore_bom;
	uint8_t bom_done;   /* bytes of the current stream were already seen */
	uint8_t npending;   /* bytes of an unfinished sequence kept for the next call */
	uint8_t pending[3];
} dx__codec_state;

/* WHATWG labels of the encodings TextDecoder supports. */
static const struct {
	const char *label;
	dx__codec_kind kind;
} dx__labels[] = {
	{ "unicode-1-1-utf-8", DX__TD_UTF8 }, { "unicode11utf8", DX__TD_UTF8 }, { "unicode20utf8", DX__TD_UTF8 },
	{ "utf-8", DX__TD_UTF8 }, { "utf8", DX__TD_UTF8 }, { "x-unicode20utf8", DX__TD_UTF8 },
	{ "csunicode", DX__TD_UTF16LE }, { "iso-10646-ucs-2", DX__TD_UTF16LE }, { "ucs-2", DX__TD_UTF16LE },
	{ "unicode", DX__TD_UTF16LE }, { "unicodefeff", DX__TD_UTF16LE }, { "utf-16", DX__TD_UTF16LE }, { "utf-16le", DX__TD_UTF16LE },
	{ "ansi_x3.4-1968", DX__TD_WINDOWS1252 }, { "ascii", DX__TD_WINDOWS1252 }, { "cp1252", DX__TD_WINDOWS1252 },
	{ "cp819", DX__TD_WINDOWS1252 }, { "csisolatin1", DX__TD_WINDOWS1252 }, { "ibm819", DX__TD_WINDOWS1252 },
	{ "iso-8859-1", DX__TD_WINDOWS1252 }, { "iso-ir-100", DX__TD_WINDOWS1252 }, { "iso8859-1", DX__TD_WINDOWS1252 },
	{ "iso88591", DX__TD_WINDOWS1252 }, { "iso_8859-1", DX__TD_WINDOWS1252 }, { "iso_8859-1:1987", DX__TD_WINDOWS1252 },
	{ "l1", DX__TD_WINDOWS1252 }, { "latin1", DX__TD_WINDOWS1252 }, { "us-ascii", DX__TD_WINDOWS1252 },
	{ "windows-1252", DX__TD_WINDOWS1252 }, { "x-cp1252", DX__TD_WINDOWS1252 },
	{ NULL, DX__TD_UTF8 }
};

/* The kind named by label (ASCII whitespace trimmed, case-insensitive), or -1. */
static int dx__label_kind(const char *s, size_t len) {
	char lower[20];
	size_t i, n = 0;
	while (len > 0 && memchr(" \t\n\f\r", *s, 5) != NULL) {
		s++;
		len--;
	}
	while (len > 0 && memchr(" \t\n\f\r", s[len - 1], 5) != NULL) {
		len--;
	}
	if (len >= sizeof lower) {
		return -1;
	}
	for (n = 0; n < len; n++) {
		if (s[n] == '\0') {
			return -1; /* "utf-8\0x" is no label */
		}
		lower[n] = (char) (s[n] >= 'A' && s[n] <= 'Z' ? s[n] - 'A' + 'a' : s[n]);
	}
	lower[n] = '\0';
	for (i = 0; dx__labels[i].label != NULL; i++) {
		if (strcmp(lower, dx__labels[i].label) == 0) {
			return (int) dx__labels[i].kind;
		}
	}
	return -1;
}

/* ---- instance state ---- */

/* The state of `this`, which must be a TextEncoder (want_encoder) or a
 * TextDecoder. */
static dx__codec_state *dx__this_state(duk_context *ctx, int want_encoder) {
	dx__codec_state *st = NULL;
	duk_push_this(ctx);
	if (duk_is_object(ctx, -1) && duk_get_prop_string(ctx, -1, DX__STATE)) {
		st = (dx__codec_state *) duk_get_buffer(ctx, -1, NULL);
	} else {
		duk_push_undefined(ctx);
	}
	duk_pop_2(ctx);
	if (st == NULL || (st->kind == DX__TD_ENCODER) != want_encoder) {
		if (want_encoder) {
			(void) duk_type_error(ctx, "Receiver must be an instance of class TextEncoder");
		}
		(void) dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_THIS", "Value of \"this\" must be of type TextDecoder");
	}
	return st;
}

/* Constructor prologue: requires `new` and gives the new object its state. */
static dx__codec_state *dx__construct(duk_context *ctx, const char *class_name) {
	dx__codec_state *st;
	if (!duk_is_constructor_call(ctx)) {
		(void) duk_type_error(ctx, "Class constructor %s cannot be invoked without 'new'", class_name);
	}
	duk_push_this(ctx);
	st = (dx__codec_state *) duk_push_fixed_buffer(ctx, sizeof *st);
	duk_put_prop_string(ctx, -2, DX__STATE);
	duk_pop(ctx);
	return st;
}

/* Node's validateObject(value, name) allowing null (and arrays, functions). */
static void dx__check_options(duk_context *ctx, duk_idx_t idx) {
	if (!duk_is_undefined(ctx, idx) && !duk_is_null(ctx, idx) && !duk_is_object(ctx, idx)) {
		(void) dx_throw_arg_type(ctx, "options", "of type object", idx);
	}
}

/* options[name] as a boolean (false for undefined or null options). */
static int dx__option_flag(duk_context *ctx, duk_idx_t idx, const char *name) {
	int flag;
	if (!duk_is_object(ctx, idx)) {
		return 0;
	}
	duk_get_prop_string(ctx, idx, name);
	flag = duk_to_boolean(ctx, -1);
	duk_pop(ctx);
	return flag;
}

/* ---- TextEncoder ---- */

static duk_ret_t dx__text_encoder(duk_context *ctx) {
	dx__construct(ctx, "TextEncoder")->kind = DX__TD_ENCODER;
	return 0;
}

static duk_ret_t dx__encoder_encode(duk_context *ctx) {
	duk_set_top(ctx, 1);
	(void) dx__this_state(ctx, 1);
	if (duk_is_undefined(ctx, 0)) {
		duk_push_string(ctx, "");
		duk_replace(ctx, 0);
	}
	duk_to_string(ctx, 0);
	dx_push_encoded(ctx, 0, DX_ENC_UTF8);
	duk_push_buffer_object(ctx, -1, 0, duk_get_length(ctx, -1), DUK_BUFOBJ_UINT8ARRAY);
	return 1;
}

static duk_ret_t dx__encoder_encode_into(duk_context *ctx) {
	duk_ext_view v;
	duk_size_t len;
	const uint8_t *s;
	size_t units, written;
	(void) dx__this_state(ctx, 1);
	if (!dx_is_text(ctx, 0)) {
		return dx_throw_arg_type(ctx, "src", "of type string", 0);
	}
	if (!duk_ext_get_view(ctx, 1, &v) || v.kind == DUK_EXT_KIND_ARRAYBUFFER || v.kind == DUK_EXT_KIND_DATAVIEW ||
	    (v.kind != DUK_EXT_KIND_PLAIN_BUFFER && v.elem_type != DUK_EXT_ELEM_UINT8)) {
		return dx_throw_arg_type(ctx, "dest", "an instance of Uint8Array", 1);
	}
	s = (const uint8_t *) duk_get_lstring(ctx, 0, &len);
	written = dx_utf8_encode(s, len, v.data, v.byte_length, &units);
	duk_push_object(ctx);
	duk_push_number(ctx, DX_DOUBLE_OF(units));
	duk_put_prop_string(ctx, -2, "read");
	duk_push_number(ctx, DX_DOUBLE_OF(written));
	duk_put_prop_string(ctx, -2, "written");
	return 1;
}

static duk_ret_t dx__encoder_encoding(duk_context *ctx) {
	(void) dx__this_state(ctx, 1);
	duk_push_string(ctx, "utf-8");
	return 1;
}

/* ---- TextDecoder ---- */

static duk_ret_t dx__text_decoder(duk_context *ctx) {
	dx__codec_state *st;
	duk_size_t len;
	const char *label = "utf-8";
	int kind;
	if (!duk_is_undefined(ctx, 0)) {
		label = duk_to_lstring(ctx, 0, &len);
	} else {
		len = 5;
	}
	dx__check_options(ctx, 1);
	kind = dx__label_kind(label, len);
	if (kind < 0) {
		return dx_throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_ENCODING_NOT_SUPPORTED", "The \"%s\" encoding is not supported", label);
	}
	st = dx__construct(ctx, "TextDecoder");
	st->kind = (uint8_t) kind;
	st->fatal = (uint8_t) dx__option_flag(ctx, 1, "fatal");
	st->ignore_bom = (uint8_t) dx__option_flag(ctx, 1, "ignoreBOM");
	return 0;
}

static duk_ret_t dx__invalid_data(duk_context *ctx, dx__codec_state *st) {
	st->npending = 0;
	st->bom_done = 0;
	duk_push_error_object(ctx, DUK_ERR_TYPE_ERROR, "The encoded data was not valid for encoding %s", dx__codec_names[st->kind]);
	duk_push_string(ctx, "ERR_ENCODING_INVALID_ENCODED_DATA");
	duk_put_prop_string(ctx, -2, "code");
	return duk_throw(ctx);
}

/* Pushes the string for n whole bytes at p (no pending tail) in the
 * decoder's encoding, or throws in fatal mode.  `final` means the stream
 * ends here: a lone last byte of UTF-16 is then an error. */
static void dx__decode_bytes(duk_context *ctx, dx__codec_state *st, const uint8_t *p, size_t n, int final) {
	size_t out, errors = 0;
	int astral;
	uint8_t *dst;
	switch (st->kind) {
	case DX__TD_UTF8:
		if (st->fatal && dx_utf8_scan(p, n, &astral) != n) {
			(void) dx__invalid_data(ctx, st);
		}
		dx_push_decoded(ctx, p, n, DX_ENC_UTF8);
		return;
	case DX__TD_UTF16LE: {
		int odd = final && (n & 1);
		dst = dx_push_decode_buffer(ctx, n, 2);
		out = dx_utf16le_decode(p, n, dst, 1, &errors);
		if (st->fatal && (errors > 0 || odd)) {
			(void) dx__invalid_data(ctx, st);
		}
		/* a last lone byte is one error, together with a high surrogate
		 * before it (WHATWG: the decoder holds both when the input ends,
		 * a tail of 3), for which dx_utf16le_decode has written U+FFFD */
		if (odd && dx_utf16le_incomplete_tail(p, n) == 1) {
			memcpy(dst + out, "\xef\xbf\xbd", 3);
			out += 3;
		}
		break;
	}
	default:
		dst = dx_push_decode_buffer(ctx, n, 3);
		out = dx_latin1_decode(p, n, dst, DX_SB_WINDOWS1252);
		break;
	}
	dx_scratch_to_string(ctx, out);
}

/* Bytes of an unfinished sequence at the end of p that a streaming decode
 * keeps for the next call. */
static size_t dx__incomplete_tail(const dx__codec_state *st, const uint8_t *p, size_t n) {
	switch (st->kind) {
	case DX__TD_UTF8: return dx_utf8_incomplete_tail(p, n);
	case DX__TD_UTF16LE: return dx_utf16le_incomplete_tail(p, n);
	default: return 0;
	}
}

/* Node's ERR_INVALID_ARG_TYPE for a decode() input that is no buffer: its
 * wording depends on the path node takes (the native UTF-8 decoder when
 * nothing is pending and not streaming, ICU for UTF-16LE, else parseInput()). */
static duk_ret_t dx__bad_input(duk_context *ctx, const dx__codec_state *st, int stream) {
	const char *arg;
	if (st->kind == DX__TD_UTF8 && !stream && st->npending == 0) {
		arg = "list";
	} else if (st->kind == DX__TD_UTF16LE) {
		arg = "input";
	} else {
		return dx_throw_arg_type(ctx, "input", "an instance of ArrayBuffer or ArrayBufferView", 0);
	}
	return dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
	                     "The \"%s\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.", arg);
}

static duk_ret_t dx__decoder_decode(duk_context *ctx) {
	dx__codec_state *st;
	duk_set_top(ctx, 2);
	st = dx__this_state(ctx, 0);
	duk_ext_view v;
	const uint8_t *p;
	size_t n, tail, skip = 0;
	uint8_t keep[3];
	int stream;
	dx__check_options(ctx, 1);
	stream = dx__option_flag(ctx, 1, "stream");
	if (duk_is_undefined(ctx, 0)) {
		memset(&v, 0, sizeof v);
	} else if (!duk_ext_get_view(ctx, 0, &v)) {
		return dx__bad_input(ctx, st, stream);
	}
	p = v.data != NULL ? v.data : (const uint8_t *) "";
	n = v.byte_length;
	if (st->npending > 0) {
		uint8_t *joined = (uint8_t *) duk_push_fixed_buffer(ctx, st->npending + n);
		(void) duk_ext_get_view(ctx, 0, &v);
		n = v.byte_length;
		memcpy(joined, st->pending, st->npending);
		if (n > 0) {
			memcpy(joined + st->npending, v.data, n);
		}
		p = joined;
		n += st->npending;
	}
	tail = stream ? dx__incomplete_tail(st, p, n) : 0;
	if (!st->bom_done && !st->ignore_bom) {
		if (st->kind == DX__TD_UTF8 && n - tail >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) {
			skip = 3;
		} else if (st->kind == DX__TD_UTF16LE && n - tail >= 2 && p[0] == 0xff && p[1] == 0xfe) {
			skip = 2;
		}
	}
	if (n - tail > 0) {
		st->bom_done = 1;
	}
	if (tail > 0) {
		memcpy(keep, p + n - tail, tail);
	}
	dx__decode_bytes(ctx, st, p + skip, n - tail - skip, !stream);
	if (tail > 0) {
		memcpy(st->pending, keep, tail);
	}
	st->npending = (uint8_t) tail;
	if (!stream) {
		st->bom_done = 0;
	}
	return 1;
}

/* encoding, fatal and ignoreBOM getters, by magic. */
static duk_ret_t dx__decoder_attribute(duk_context *ctx) {
	dx__codec_state *st = dx__this_state(ctx, 0);
	switch (duk_get_current_magic(ctx)) {
	case 0: duk_push_string(ctx, dx__codec_names[st->kind]); break;
	case 1: duk_push_boolean(ctx, st->fatal); break;
	default: duk_push_boolean(ctx, st->ignore_bom); break;
	}
	return 1;
}

/* ---- registration ---- */

/* One prototype member: a method, or with `getter` set an accessor; both
 * enumerable as in Node's classes.  Tables list them in Node's key order. */
typedef struct {
	const char *name;
	duk_c_function fn;
	duk_idx_t nargs;
	duk_int_t magic;
	int getter;
} dx__member;

static const dx__member dx__encoder_members[] = {
	{ "encoding", dx__encoder_encoding, 0, 0, 1 },
	{ "encode", dx__encoder_encode, DUK_VARARGS, 0, 0 },
	{ "encodeInto", dx__encoder_encode_into, 2, 0, 0 },
	{ NULL, NULL, 0, 0, 0 }
};

static const dx__member dx__decoder_members[] = {
	{ "decode", dx__decoder_decode, DUK_VARARGS, 0, 0 },
	{ "encoding", dx__decoder_attribute, 0, 0, 1 },
	{ "fatal", dx__decoder_attribute, 0, 1, 1 },
	{ "ignoreBOM", dx__decoder_attribute, 0, 2, 1 },
	{ NULL, NULL, 0, 0, 0 }
};

/* Defines property `key` of the object below the value on top (popped),
 * with DUK_DEFPROP_SET_* `flags`. */
static void dx__def_value(duk_context *ctx, const char *key, duk_uint_t flags) {
	duk_push_string(ctx, key);
	duk_insert(ctx, -2);
	duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | flags);
}

/* Defines the members on the object on top. */
static void dx__put_members(duk_context *ctx, const dx__member *m) {
	for (; m->name != NULL; m++) {
		duk_push_string(ctx, m->name);
		duk_push_c_function(ctx, m->fn, m->nargs);
		duk_set_magic(ctx, -1, m->magic);
		duk_push_string(ctx, m->name);
		dx__def_value(ctx, "name", DUK_DEFPROP_SET_CONFIGURABLE);
		duk_def_prop(ctx, -3,
		             (m->getter ? DUK_DEFPROP_HAVE_GETTER : DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE) | DUK_DEFPROP_FORCE |
		                 DUK_DEFPROP_SET_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	}
}

/* Installs globalThis[name]: constructor `ctor` with a fresh prototype. */
static void dx__install_class(duk_context *ctx, const char *name, duk_c_function ctor, duk_idx_t nargs,
                              const dx__member *members) {
	duk_push_global_object(ctx);
	duk_push_c_function(ctx, ctor, nargs);
	duk_push_string(ctx, name);
	dx__def_value(ctx, "name", DUK_DEFPROP_SET_CONFIGURABLE);
	/* Both constructors' parameters have defaults: length 0, as in Node. */
	duk_push_int(ctx, 0);
	dx__def_value(ctx, "length", DUK_DEFPROP_SET_CONFIGURABLE);
	duk_push_object(ctx);
	dx__put_members(ctx, members);
	duk_push_string(ctx, name);
	dx__def_value(ctx, DUK_WELLKNOWN_SYMBOL("Symbol.toStringTag"), DUK_DEFPROP_SET_CONFIGURABLE);
	duk_dup(ctx, -2);
	dx__def_value(ctx, "constructor", DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	dx__def_value(ctx, "prototype", 0);
	dx__def_value(ctx, name, DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	duk_pop(ctx);
}

void dx_init_textcodec(duk_context *ctx) {
	dx__install_class(ctx, "TextEncoder", dx__text_encoder, 0, dx__encoder_members);
	dx__install_class(ctx, "TextDecoder", dx__text_decoder, 2, dx__decoder_members);
}
