/*
 * objectbuffer_rx: ObjectBuffer.decodeRX(text), a reader for the RX text
 * format written by the npm package @creationix/rx (0.9.x; format described
 * in its README and docs/rx-format.md).  RX is read right to left: each value
 * is [body][tag][base-64 varint]; tags: + integer (zigzag), * decimal (base
 * is the integer to its left, varint the zigzag exponent), , string (varint =
 * UTF-8 byte length), ' literal (t f n u inf nif nan), ; array and : object
 * (varint = body length; children right to left, objects key then value; an
 * optional # index and, for objects, a schema reference as rightmost
 * children), ^ pointer (varint = distance back from the tag to the target's
 * right edge), . chain (string segments concatenated).
 *
 * The text is UTF-8: a string argument is first converted from the engine's
 * surrogate-pair form, a buffer is taken as is (snapshot).  Decoded strings
 * get surrogate pairs for characters above U+FFFF, as JSON.parse gives them.
 * Pointers only go left, so no cycles; pointer targets are memoised by
 * offset; chains may expand at most 16 bytes per input byte (plus 1 MiB);
 * nesting is limited to 1000; a child must lie inside its container's body
 * (bytes are read again only for a pointer target's subtree).  Malformed
 * text is a SyntaxError naming the byte offset.
 */
#include <math.h>
#include <string.h>

#include "dx_bindings.h"
#include "dx_bridge.h"
#include "dx_objectbuffer.h"

#define DX__RX_MAX_DEPTH 1000

typedef struct {
	duk_context *ctx;
	const uint8_t *p;
	size_t n;
	duk_idx_t memo_idx;   /* target right edge -> value, for pointer targets */
	unsigned depth;
	double budget;        /* bytes chains may still produce */
} dx__rx;

typedef struct {
	uint8_t tag;
	size_t tagpos;   /* position of the tag byte */
	size_t left;     /* first byte of the value (body included) */
	double val;      /* the varint (unsigned) */
} dx__rxnode;

static duk_ret_t dx__rx_fail(dx__rx *rx, size_t pos, const char *what) {
	return duk_syntax_error(rx->ctx, "ObjectBuffer.decodeRX: %s at byte %lu", what, (unsigned long) pos);
}

static int dx__b64(uint8_t c) {
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'z') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'Z') {
		return c - 'A' + 36;
	}
	return c == '-' ? 62 : c == '_' ? 63 : -1;
}

static double dx__unzigzag(double v) {
	return fmod(v, 2) == 0 ? v / 2 : (v + 1) / -2;
}

/* Reads the tag and varint of the value ending at right. */
static void dx__rx_peek(dx__rx *rx, size_t right, dx__rxnode *nd) {
	size_t i = right;
	double v = 0;
	while (i > 0 && dx__b64(rx->p[i - 1]) >= 0) {
		i--;
	}
	if (i == 0) {
		(void) dx__rx_fail(rx, right, "no tag");
	}
	nd->tagpos = i - 1;
	nd->tag = rx->p[i - 1];
	nd->left = nd->tagpos;
	for (; i < right; i++) {
		v = v * 64 + dx__b64(rx->p[i]);
	}
	nd->val = v;
	switch (nd->tag) {
	case ',':
	case ';':
	case ':':
	case '.':
		if (v > (double) nd->tagpos) {
			(void) dx__rx_fail(rx, nd->tagpos, "length past the start");
		}
		nd->left = nd->tagpos - (size_t) v;
		break;
	case '^':
		if (v > (double) nd->tagpos) {
			(void) dx__rx_fail(rx, nd->tagpos, "pointer past the start");
		}
		break;
	default:
		break;
	}
}

/* Pushes the UTF-8 bytes [a, a + len) as a string, characters above U+FFFF
 * as surrogate pairs; malformed UTF-8 is a SyntaxError. */
static void dx__rx_push_utf8(dx__rx *rx, size_t a, size_t len) {
	const uint8_t *s = rx->p + a;
	uint8_t *out = NULL;
	size_t i = 0, o = 0;
	while (i < len) {
		uint8_t c = s[i];
		uint32_t cp;
		size_t k, need;
		if (c < 0x80) {
			if (out != NULL) {
				out[o++] = c;
			}
			i++;
			continue;
		}
		need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
		if (need == 0 || len - i <= need) {
			(void) dx__rx_fail(rx, a + i, "malformed UTF-8");
		}
		cp = c & (0x3fu >> need);
		for (k = 1; k <= need; k++) {
			if ((s[i + k] & 0xc0) != 0x80) {
				(void) dx__rx_fail(rx, a + i + k, "malformed UTF-8");
			}
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if ((need == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff))) {
			(void) dx__rx_fail(rx, a + i, "malformed UTF-8");
		}
		if (need == 3 && out == NULL) {
			/* first supplementary character: switch to a converted copy
			 * (at most 6 bytes out per 4 in) */
			out = (uint8_t *) duk_push_fixed_buffer(rx->ctx, len / 2 * 3 + 4);
			s = rx->p + a; /* the text is a private snapshot: still valid */
			memcpy(out, s, i);
			o = i;
		}
		if (need == 3) {
			uint32_t hi = 0xd800 + ((cp - 0x10000) >> 10), lo = 0xdc00 + ((cp - 0x10000) & 0x3ff);
			out[o++] = 0xed;
			out[o++] = (uint8_t) (0x80 | ((hi >> 6) & 0x3f));
			out[o++] = (uint8_t) (0x80 | (hi & 0x3f));
			out[o++] = 0xed;
			out[o++] = (uint8_t) (0x80 | ((lo >> 6) & 0x3f));
			out[o++] = (uint8_t) (0x80 | (lo & 0x3f));
		} else if (out != NULL) {
			memcpy(out + o, s + i, need + 1);
			o += need + 1;
		}
		i += need + 1;
	}
	if (out == NULL) {
		duk_push_lstring(rx->ctx, (const char *) s, len);
	} else {
		duk_push_lstring(rx->ctx, (const char *) out, o);
		duk_remove(rx->ctx, -2);
	}
}

static size_t dx__rx_value(dx__rx *rx, size_t right);

/* Pushes the child value of a container whose body starts at left, the
 * child ending at right; returns its first byte.  A child that runs past
 * the body's start is malformed: its parent would read those bytes again,
 * which nesting could repeat exponentially. */
static size_t dx__rx_child(dx__rx *rx, size_t right, size_t left) {
	size_t first = dx__rx_value(rx, right);
	if (first < left) {
		(void) dx__rx_fail(rx, first, "value runs past its container");
	}
	return first;
}

/* Pushes the value a pointer at nd leads to (memoised by target). */
static void dx__rx_pointer(dx__rx *rx, const dx__rxnode *nd) {
	size_t target = nd->tagpos - (size_t) nd->val;
	if (duk_get_prop_index(rx->ctx, rx->memo_idx, (duk_uarridx_t) target)) {
		return;
	}
	duk_pop(rx->ctx);
	(void) dx__rx_value(rx, target);
	duk_dup_top(rx->ctx);
	duk_put_prop_index(rx->ctx, rx->memo_idx, (duk_uarridx_t) target);
}

/* Start of the children of a container whose body is [left, tagpos): past
 * an index (#) at the right end, if any. */
static size_t dx__rx_skip_index(dx__rx *rx, size_t left, size_t right) {
	dx__rxnode ix;
	double width, count;
	if (right <= left) {
		return right;
	}
	dx__rx_peek(rx, right, &ix);
	if (ix.tag != '#') {
		return right;
	}
	width = fmod(ix.val, 8) + 1;
	count = floor(ix.val / 8);
	/* the tag search may have run past the body's left end */
	if (ix.tagpos < left || width * count > (double) (ix.tagpos - left)) {
		(void) dx__rx_fail(rx, ix.tagpos, "index past the container");
	}
	return ix.tagpos - (size_t) (width * count);
}

/* Replaces the schema value on the stack top (an array of keys, or an
 * object whose keys are reused) by an array of its keys. */
static void dx__rx_schema_keys(dx__rx *rx, size_t pos) {
	duk_context *ctx = rx->ctx;
	duk_uarridx_t i = 0;
	duk_idx_t keys;
	if (duk_is_array(ctx, -1)) {
		return;
	}
	if (!duk_is_object(ctx, -1)) {
		(void) dx__rx_fail(rx, pos, "bad schema");
	}
	keys = duk_push_array(ctx);
	duk_enum(ctx, -2, DUK_ENUM_OWN_PROPERTIES_ONLY);
	while (duk_next(ctx, -1, 0)) {
		duk_put_prop_index(ctx, keys, i++);
	}
	duk_pop(ctx);
	duk_remove(ctx, -2);
}

static void dx__rx_object(dx__rx *rx, const dx__rxnode *nd) {
	duk_context *ctx = rx->ctx;
	size_t r = nd->tagpos, left = nd->left;
	duk_idx_t obj, keys = 0;
	duk_uarridx_t i = 0;
	dx__rxnode ch;
	if (r > left) {
		dx__rx_peek(rx, r, &ch);
		if (ch.tag == '\'' || ch.tag == '^') {
			int schema = 1;
			if (ch.tag == '^') {
				dx__rxnode target;
				dx__rx_peek(rx, ch.tagpos - (size_t) ch.val, &target);
				schema = target.tag == ';' || target.tag == ':';
			}
			if (schema) {
				if (ch.tag == '\'') {
					(void) dx__rx_fail(rx, ch.tagpos, "external schema");
				}
				dx__rx_pointer(rx, &ch);
				dx__rx_schema_keys(rx, ch.tagpos);
				keys = duk_get_top_index(ctx);
				r = ch.tagpos;
			}
		}
	}
	r = dx__rx_skip_index(rx, left, r);
	obj = duk_push_object(ctx);
	while (r > left) {
		if (keys != 0) {
			if (!duk_get_prop_index(ctx, keys, i++) || !duk_is_string(ctx, -1)) {
				(void) dx__rx_fail(rx, r, "more values than schema keys");
			}
		} else {
			r = dx__rx_child(rx, r, left);
			if (!duk_is_string(ctx, -1) || r <= left) {
				(void) dx__rx_fail(rx, r, "bad object key");
			}
		}
		r = dx__rx_child(rx, r, left);
		dx_bridge_def_wec(ctx, obj);
	}
	if (keys != 0) {
		duk_remove(ctx, keys);
	}
}

static void dx__rx_array(dx__rx *rx, const dx__rxnode *nd) {
	duk_context *ctx = rx->ctx;
	size_t r = dx__rx_skip_index(rx, nd->left, nd->tagpos);
	duk_idx_t arr = duk_push_array(ctx);
	duk_uarridx_t i = 0;
	while (r > nd->left) {
		r = dx__rx_child(rx, r, nd->left);
		dx_bridge_def_index_wec(ctx, arr, i++);
	}
	duk_set_length(ctx, arr, i);
}

static void dx__rx_chain(dx__rx *rx, const dx__rxnode *nd) {
	duk_context *ctx = rx->ctx;
	size_t r = nd->tagpos;
	duk_idx_t base = duk_get_top(ctx);
	while (r > nd->left) {
		duk_size_t len;
		r = dx__rx_child(rx, r, nd->left);
		if (!duk_is_string(ctx, -1)) {
			(void) dx__rx_fail(rx, r, "chain segment is not a string");
		}
		(void) duk_get_lstring(ctx, -1, &len);
		rx->budget -= (double) len;
		if (rx->budget < 0) {
			(void) duk_range_error(ctx, "ObjectBuffer.decodeRX: chains expand too much");
		}
		duk_require_stack(ctx, 2);
	}
	duk_concat(ctx, duk_get_top(ctx) - base);
}

static void dx__rx_literal(dx__rx *rx, const dx__rxnode *nd, size_t right) {
	static const char names[7][4] = { "t", "f", "n", "u", "inf", "nif", "nan" };
	static const double numbers[3] = { INFINITY, -INFINITY, NAN };
	duk_context *ctx = rx->ctx;
	const char *name = (const char *) rx->p + nd->tagpos + 1;
	size_t len = right - nd->tagpos - 1;
	int k;
	for (k = 0; k < 7 && !(len == strlen(names[k]) && memcmp(name, names[k], len) == 0); k++) {
	}
	if (k < 2) {
		duk_push_boolean(ctx, k == 0);
	} else if (k == 2) {
		duk_push_null(ctx);
	} else if (k == 3) {
		duk_push_undefined(ctx);
	} else if (k < 7) {
		duk_push_number(ctx, numbers[k - 4]);
	} else {
		(void) dx__rx_fail(rx, nd->tagpos, "unknown reference");
	}
}

/* base * 10^exp, rounded as parsing the decimal would round it. */
static void dx__rx_decimal(dx__rx *rx, double base, double exp) {
	static const double pow10[23] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		                              1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
	if (fabs(base) <= 9007199254740992.0 && fabs(exp) <= 22) {
		/* both exact: one correctly rounded operation */
		duk_push_number(rx->ctx, exp >= 0 ? base * pow10[(int) exp] : base / pow10[(int) -exp]);
		return;
	}
	duk_push_sprintf(rx->ctx, "%.17ge%.17g", base, exp);
	duk_to_number(rx->ctx, -1);
}

/* Pushes the value whose last byte is right - 1; returns its first byte. */
static size_t dx__rx_value(dx__rx *rx, size_t right) {
	duk_context *ctx = rx->ctx;
	dx__rxnode nd, base;
	dx__rx_peek(rx, right, &nd);
	if (++rx->depth > DX__RX_MAX_DEPTH) {
		(void) duk_range_error(ctx, "ObjectBuffer.decodeRX: nesting deeper than %d", DX__RX_MAX_DEPTH);
	}
	duk_require_stack(ctx, 8);
	switch (nd.tag) {
	case '+':
		duk_push_number(ctx, dx__unzigzag(nd.val));
		break;
	case '*':
		dx__rx_peek(rx, nd.tagpos, &base);
		if (base.tag != '+') {
			(void) dx__rx_fail(rx, nd.tagpos, "decimal without an integer base");
		}
		dx__rx_decimal(rx, dx__unzigzag(base.val), dx__unzigzag(nd.val));
		nd.left = base.left;
		break;
	case ',':
		dx__rx_push_utf8(rx, nd.left, (size_t) nd.val);
		break;
	case '\'':
		dx__rx_literal(rx, &nd, right);
		break;
	case '^':
		dx__rx_pointer(rx, &nd);
		break;
	case ';':
		dx__rx_array(rx, &nd);
		break;
	case ':':
		dx__rx_object(rx, &nd);
		break;
	case '.':
		dx__rx_chain(rx, &nd);
		break;
	default:
		(void) dx__rx_fail(rx, nd.tagpos, "unknown tag");
	}
	rx->depth--;
	return nd.left;
}

/* Pushes the UTF-8 form of the string at idx (the engine keeps characters
 * above U+FFFF as surrogate pairs; RX lengths count UTF-8 bytes). */
static const uint8_t *dx__rx_utf8_of(duk_context *ctx, duk_idx_t idx, size_t *n) {
	duk_size_t len, i, o = 0;
	const uint8_t *s = (const uint8_t *) duk_get_lstring(ctx, idx, &len);
	uint8_t *out = (uint8_t *) duk_push_fixed_buffer(ctx, len);
	for (i = 0; i < len; i++) {
		if (s[i] == 0xed && len - i >= 6 && s[i + 1] >= 0xa0 && s[i + 1] <= 0xaf && s[i + 3] == 0xed &&
		    s[i + 4] >= 0xb0 && s[i + 4] <= 0xbf) {
			uint32_t hi = ((uint32_t) (s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f);
			uint32_t lo = ((uint32_t) (s[i + 4] & 0x3f) << 6) | (s[i + 5] & 0x3f);
			uint32_t cp = 0x10000 + (((hi & 0x3ff) << 10) | (lo & 0x3ff));
			out[o++] = (uint8_t) (0xf0 | (cp >> 18));
			out[o++] = (uint8_t) (0x80 | ((cp >> 12) & 0x3f));
			out[o++] = (uint8_t) (0x80 | ((cp >> 6) & 0x3f));
			out[o++] = (uint8_t) (0x80 | (cp & 0x3f));
			i += 5;
		} else {
			out[o++] = s[i];
		}
	}
	*n = o;
	return out;
}

/* decodeRX(text) -> value; text is a string or a buffer of UTF-8 bytes */
duk_ret_t dx_ob_decode_rx(duk_context *ctx) {
	dx__rx rx;
	size_t end;
	duk_set_top(ctx, 1);
	rx.ctx = ctx;
	if (dx_is_text(ctx, 0)) {
		rx.p = dx__rx_utf8_of(ctx, 0, &rx.n);
	} else {
		duk_ext_view view;
		uint8_t *copy;
		dx_require_view(ctx, 0, &view, "ObjectBuffer.decodeRX: argument");
		copy = (uint8_t *) duk_push_fixed_buffer(ctx, view.byte_length);
		(void) duk_ext_get_view(ctx, 0, &view); /* allocation can run finalizers */
		rx.n = view.byte_length < duk_get_length(ctx, -1) ? view.byte_length : duk_get_length(ctx, -1);
		if (rx.n > 0) {
			memcpy(copy, view.data, rx.n);
		}
		rx.p = copy;
	}
	rx.memo_idx = duk_push_bare_object(ctx);
	rx.depth = 0;
	rx.budget = 16.0 * (double) rx.n + 1048576.0;
	end = rx.n;
	while (end > 0 && (rx.p[end - 1] == '\n' || rx.p[end - 1] == '\r' || rx.p[end - 1] == ' ')) {
		end--;
	}
	if (end == 0) {
		return duk_syntax_error(ctx, "ObjectBuffer.decodeRX: empty input");
	}
	/* bytes left of the root value are earlier revisions pointers may use */
	(void) dx__rx_value(&rx, end);
	return 1;
}
