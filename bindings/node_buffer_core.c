/*
 * node_buffer_core: what the Node.js Buffer binding files share (declared in
 * dx_node_buffer.h): Buffer creation over Duktape's own Node Buffer objects,
 * Node's argument validators, encoding lookup as getEncodingOps() does it,
 * and the fill routine behind Buffer.alloc(size, fill) and buf.fill(), with
 * its ERR_INVALID_ARG_VALUE (the one message that shows util.inspect of a
 * string).
 */
#include <math.h>
#include <string.h>

#include "dx_bindings.h"
#include "dx_bridge.h"
#include "dx_field.h"
#include "dx_node_buffer.h"

void dx_wrap_node_buffer(duk_context *ctx) {
	duk_size_t len;
	(void) duk_get_buffer(ctx, -1, &len);
	duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_NODEJS_BUFFER);
	duk_remove(ctx, -2);
}

uint8_t *dx_push_node_buffer(duk_context *ctx, size_t len) {
	uint8_t *p;
	if ((double) len > DX_NODE_MAX_LENGTH) {
		(void) duk_range_error(ctx, "Array buffer allocation failed");
	}
	p = (uint8_t *) duk_push_fixed_buffer(ctx, len);
	dx_wrap_node_buffer(ctx);
	return p;
}

void dx_push_node_buffer_view(duk_context *ctx, duk_idx_t ab_idx, size_t offset, size_t length, duk_bool_t tracking) {
	duk_ext_view ab;
	ab_idx = duk_require_normalize_index(ctx, ab_idx);
	(void) duk_ext_get_view(ctx, ab_idx, &ab);
	if (ab.flags & DUK_EXT_VIEW_DETACHED) {
		(void) duk_type_error(ctx, "Cannot perform Construct on a detached ArrayBuffer");
	}
	tracking = tracking && (ab.flags & DUK_EXT_VIEW_RESIZABLE);
	if (tracking) {
		length = ab.byte_length > offset ? ab.byte_length - offset : 0;
	}
	duk_push_buffer_object(ctx, ab_idx, offset, length, DUK_BUFOBJ_NODEJS_BUFFER);
#if defined(DUK_EXT_USE_ARRAYBUFFER) /* resizable buffers come from that feature */
	if (ab.flags & DUK_EXT_VIEW_RESIZABLE) {
		dx_bridge_record_extent(ctx, -1, tracking);
	}
#endif
}

void dx_push_node_buffer_copy(duk_context *ctx, const uint8_t *p, size_t len) {
	uint8_t *dst = dx_push_node_buffer(ctx, len);
	if (len > 0) {
		memcpy(dst, p, len);
	}
}

duk_bool_t dx_get_uint8_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *view) {
	if (!duk_ext_get_view(ctx, idx, view)) {
		return 0;
	}
	return view->elem_type == DUK_EXT_ELEM_UINT8 && view->kind != DUK_EXT_KIND_ARRAYBUFFER &&
	       view->kind != DUK_EXT_KIND_DATAVIEW;
}

void dx_require_uint8_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *view, const char *name) {
	if (!dx_get_uint8_view(ctx, idx, view)) {
		(void) dx_throw_arg_type(ctx, name, "an instance of Buffer or Uint8Array", idx);
	}
}

void dx_node_this(duk_context *ctx, duk_ext_view *view) {
	duk_push_this(ctx);
	dx_require_view(ctx, -1, view, "this");
	duk_pop(ctx);
}

/* Node's validateNumber (integer = 0) and validateInteger (integer = 1):
 * a number, an integer when asked, within [min, max]; the range text is
 * ">= 0 && <= 10", ">= 0" or "<= 10". */
static double dx__check(duk_context *ctx, duk_idx_t idx, const char *name, double min, double max, int integer) {
	double d;
	if (!duk_is_number(ctx, idx)) {
		(void) dx_throw_arg_type(ctx, name, "of type number", idx);
	}
	d = duk_get_number(ctx, idx);
	if (integer && !(isfinite(d) && floor(d) == d)) {
		(void) dx_throw_out_of_range(ctx, name, idx, "an integer", 0, 0);
	}
	if (!(d >= min && d <= max)) { /* NaN too */
		(void) dx_throw_out_of_range(ctx, name, idx, isinf(min) ? "<= %.0f" : isinf(max) ? ">= %.0f" : ">= %.0f && <= %.0f",
		                             isinf(min) ? max : min, max);
	}
	return d;
}

double dx_check_integer(duk_context *ctx, duk_idx_t idx, const char *name, double min, double max) {
	return dx__check(ctx, idx, name, min, max, 1);
}

double dx_check_number(duk_context *ctx, duk_idx_t idx, const char *name, double min, double max) {
	return dx__check(ctx, idx, name, min, max, 0);
}

int dx_compare_bytes(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen) {
	size_t n = alen < blen ? alen : blen;
	int r = n > 0 ? memcmp(a, b, n) : 0;
	if (r == 0) {
		r = alen < blen ? -1 : alen > blen;
	}
	return r < 0 ? -1 : r > 0;
}

uint8_t dx_to_uint8(double d) {
	static const dx_field u8 = { 1, DX_FIELD_UINT, 0 }; /* stores ToUint8(d) */
	uint8_t b;
	dx_field_write(&b, u8, d);
	return b;
}

duk_bool_t dx_is_truthy(duk_context *ctx, duk_idx_t idx) {
	duk_bool_t b;
	duk_dup(ctx, idx);
	b = duk_to_boolean(ctx, -1);
	duk_pop(ctx);
	return b;
}

dx_encoding dx_node_encoding(duk_context *ctx, duk_idx_t idx) {
	if (!dx_is_truthy(ctx, idx)) {
		return DX_ENC_UTF8;
	}
	return dx_require_encoding(ctx, idx, DX_ENC_UTF8); /* converts and names the value as Node */
}

/* Repeats pattern[0..plen) over dst[0..len). */
static void dx__fill_pattern(uint8_t *dst, size_t len, const uint8_t *pattern, size_t plen) {
	size_t done;
	if (plen == 1) {
		memset(dst, pattern[0], len);
		return;
	}
	done = plen < len ? plen : len;
	memcpy(dst, pattern, done);
	while (done < len) { /* double the filled prefix */
		size_t n = done < len - done ? done : len - done;
		memcpy(dst + done, dst, n);
		done += n;
	}
}

/* util.inspect's escaped form of the string s[0..len) (CESU-8) inside
 * `quote`s, without the quotes: C0 controls, DEL, C1 controls (U+0080..
 * U+009F), the quote and the backslash as \n, \x0B, \\ ..., lone surrogates
 * as \ud800.  Writes it to out unless out is NULL; returns its length. */
static size_t dx__escape_string(const unsigned char *s, size_t len, unsigned quote, char *out) {
	static const char hex[] = "0123456789ABCDEF";
	size_t i = 0, n = 0;
	while (i < len) {
		unsigned b = s[i], take = 1, k;
		char esc[6];
		const char *piece = esc;
		size_t plen;
		if (b == 0xc2 && i + 1 < len && s[i + 1] <= 0x9f) {
			b = s[i + 1]; /* a C1 control: escaped as \x80..\x9F */
			take = 2;
		}
		esc[0] = '\\';
		if (b == 0xed && i + 2 < len && s[i + 1] >= 0xa0) {
			/* a surrogate: ED A0..BF xx; a high one then a low one is a pair */
			b = 0xd000 | ((s[i + 1] & 0x3fu) << 6) | (s[i + 2] & 0x3fu);
			take = 3;
			if (b < 0xdc00 && i + 5 < len && s[i + 3] == 0xed && s[i + 4] >= 0xb0) {
				take = 6;
			}
		}
		if (take == 6) {
			piece = (const char *) s + i;
			plen = 6;
		} else if (b >= 8 && b <= 13 && b != 11) {
			esc[1] = "btn?fr"[b - 8];
			plen = 2;
		} else if (b == quote || b == '\\') {
			esc[1] = (char) b;
			plen = 2;
		} else if (b < 0x20 || b == 0x7f || take > 1) {
			/* \xNN in upper case, a lone surrogate as \udNNN in lower case */
			unsigned digits = take == 3 ? 4 : 2, lower = take == 3 ? 0x20 : 0;
			esc[1] = take == 3 ? 'u' : 'x';
			for (k = 0; k < digits; k++) {
				esc[2 + k] = (char) (hex[(b >> (4 * (digits - 1 - k))) & 15] | lower);
			}
			plen = 2 + digits;
		} else {
			piece = (const char *) s + i;
			plen = 1;
		}
		if (out != NULL) {
			memcpy(out + n, piece, plen);
		}
		n += plen;
		i += take;
	}
	return n;
}

/* Whether a template literal could hold s: no backtick and no "${". */
static int dx__fits_backticks(const unsigned char *s, duk_size_t len) {
	const unsigned char *dollar = s;
	if (memchr(s, '`', len) != NULL) {
		return 0;
	}
	while ((dollar = memchr(dollar, '$', len - (duk_size_t) (dollar - s))) != NULL) {
		if (++dollar < s + len && *dollar == '{') {
			return 0;
		}
	}
	return 1;
}

/* Pushes Node's util.inspect for a string: single quotes, or when the string
 * holds one, double quotes, else backticks (when it holds no backtick and no
 * "${"), else single quotes again, escaped; control characters and lone
 * surrogates escaped. */
static void dx__push_inspected_string(duk_context *ctx, duk_idx_t idx) {
	duk_size_t len, n;
	const unsigned char *s = (const unsigned char *) duk_get_lstring(ctx, idx, &len);
	unsigned quote = '\'';
	char *out;
	if (memchr(s, '\'', len) != NULL) {
		quote = memchr(s, '"', len) == NULL ? '"' : (dx__fits_backticks(s, len) ? '`' : '\'');
	}
	n = dx__escape_string(s, len, quote, NULL);
	out = (char *) duk_push_fixed_buffer(ctx, n + 2);
	out[0] = out[n + 1] = (char) quote;
	(void) dx__escape_string(s, len, quote, out + 1);
	duk_buffer_to_string(ctx, -1);
}

/* ERR_INVALID_ARG_VALUE for a fill value with no bytes. */
static void dx__throw_fill_value(duk_context *ctx, duk_idx_t value_idx) {
	if (dx_is_text(ctx, value_idx)) {
		dx__push_inspected_string(ctx, value_idx);
	} else {
		dx_push_inspected(ctx, value_idx);
	}
	(void) dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_VALUE", "The argument 'value' is invalid. Received %s",
	                     duk_get_string(ctx, -1));
}

void dx_node_fill(duk_context *ctx, duk_idx_t buf_idx, duk_idx_t value_idx, size_t start, size_t end, dx_encoding enc) {
	duk_ext_view target, source;
	const uint8_t *pattern;
	uint8_t byte;
	duk_size_t plen = 1;
	buf_idx = duk_normalize_index(ctx, buf_idx);
	value_idx = duk_normalize_index(ctx, value_idx);
	if (duk_is_number(ctx, value_idx)) {
		byte = dx_to_uint8(duk_get_number(ctx, value_idx));
		pattern = &byte;
	} else if (dx_is_text(ctx, value_idx)) {
		if (duk_get_length(ctx, value_idx) == 0) {
			byte = 0; /* '' fills zeros */
			pattern = &byte;
		} else {
			dx_push_encoded(ctx, value_idx, enc);
			pattern = (const uint8_t *) duk_get_buffer(ctx, -1, &plen);
		}
	} else if (duk_ext_get_view(ctx, value_idx, &source) && source.kind != DUK_EXT_KIND_ARRAYBUFFER) {
		/* a private copy: the value may be the target itself */
		pattern = (const uint8_t *) duk_push_fixed_buffer(ctx, source.byte_length);
		if (source.byte_length > 0) {
			memcpy((void *) pattern, source.data, source.byte_length);
		}
		plen = source.byte_length;
	} else {
		byte = (uint8_t) (duk_to_uint32(ctx, value_idx) & 0xff); /* may run valueOf */
		pattern = &byte;
	}
	duk_ext_get_view(ctx, buf_idx, &target);
	if (end > target.byte_length) {
		end = target.byte_length; /* user code shrank the buffer: fill what is left */
	}
	if (start >= end) {
		return;
	}
	if (plen == 0) {
		dx__throw_fill_value(ctx, value_idx);
	}
	dx__fill_pattern(target.data + start, end - start, pattern, plen);
}

dx_encoding dx_node_fill_encoding(duk_context *ctx, duk_idx_t idx) {
	if (duk_is_null_or_undefined(ctx, idx) || (dx_is_text(ctx, idx) && duk_get_length(ctx, idx) == 0)) {
		return DX_ENC_UTF8;
	}
	if (!dx_is_text(ctx, idx)) {
		(void) dx_throw_arg_type(ctx, "encoding", "of type string", idx);
	}
	return dx_require_encoding(ctx, idx, DX_ENC_UTF8);
}

/* duk_safe_call body: the encoding named by the string on top, or throws. */
static duk_ret_t dx__lookup_encoding(duk_context *ctx, void *udata) {
	*(dx_encoding *) udata = dx_require_encoding(ctx, -1, DX_ENC_UTF8);
	return 0;
}

duk_bool_t dx_lookup_encoding(duk_context *ctx, duk_idx_t idx, dx_encoding *out) {
	duk_int_t rc;
	duk_dup(ctx, idx);
	duk_to_primitive(ctx, -1, DUK_HINT_NONE); /* `encoding + ''`: valueOf first */
	duk_to_string(ctx, -1);
	rc = duk_safe_call(ctx, dx__lookup_encoding, (void *) out, 1, 1);
	duk_pop(ctx);
	return rc == DUK_EXEC_SUCCESS;
}
