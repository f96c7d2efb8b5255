/*
 * node_buffer_proto: Buffer.prototype methods with Node.js v26 semantics
 * where Node differs from %TypedArray% (compare, copy, equals, fill,
 * indexOf/lastIndexOf/includes, slice/subarray, swap16/32/64, toJSON,
 * toString/toLocaleString, write, inspect), the per-encoding utf8Slice,
 * hexWrite, ... family and the parent/offset getters.  entries/keys/values are
 * inherited from the typed array prototype; read and write fields live in
 * node_buffer_fields.c.  `this` may be any Buffer, Uint8Array or plain buffer.
 */
#include <math.h>
#include <string.h>

#include "dx_bindings.h"
#include "dx_bytesearch.h"
#include "dx_init.h"
#include "dx_node_buffer.h"


static void dx__push_this_buffer(duk_context *ctx, duk_ext_view *view) {
	duk_push_this(ctx);
	dx_require_view(ctx, -1, view, "this");
}

/* buf.compare(target, targetStart, targetEnd, sourceStart, sourceEnd) */
static duk_ret_t dx__proto_compare(duk_context *ctx) {
	static const char *const names[4] = { "targetStart", "targetEnd", "sourceStart", "sourceEnd" };
	duk_ext_view src, dst;
	double pos[4]; /* ts, te, ss, se */
	duk_idx_t i;
	dx_require_uint8_view(ctx, 0, &dst, "target");
	dx_node_this(ctx, &src);
	pos[0] = pos[2] = 0;
	pos[1] = DX_DOUBLE_OF(dst.byte_length);
	pos[3] = DX_DOUBLE_OF(src.byte_length);
	for (i = 0; i < 4; i++) {
		if (!duk_is_undefined(ctx, i + 1)) {
			/* a start up to 2^53 - 1, an end up to its buffer's length */
			pos[i] = dx_check_integer(ctx, i + 1, names[i], 0, (i & 1) ? pos[i] : DX_NODE_MAX_SAFE_INTEGER);
		}
	}
	if (pos[2] >= pos[3]) {
		duk_push_int(ctx, pos[0] >= pos[1] ? 0 : -1);
	} else if (pos[0] >= pos[1]) {
		duk_push_int(ctx, 1);
	} else { /* ss < se <= source length and ts < te <= target length: in range */
		duk_push_int(ctx, dx_compare_bytes(src.data + DX_SIZE_OF(pos[2]), DX_SIZE_OF(pos[3] - pos[2]), dst.data + DX_SIZE_OF(pos[0]),
		                                   DX_SIZE_OF(pos[1] - pos[0])));
	}
	return 1;
}

/* buf.equals(otherBuffer) */
static duk_ret_t dx__proto_equals(duk_context *ctx) {
	duk_ext_view a, b;
	dx_require_uint8_view(ctx, 0, &b, "otherBuffer");
	dx_node_this(ctx, &a);
	duk_push_boolean(ctx, dx_compare_bytes(a.data, a.byte_length, b.data, b.byte_length) == 0);
	return 1;
}

/* Node's copyImpl() position argument: integers as they are, anything else
 * through toInteger(n, 0). */
static double dx__copy_position(duk_context *ctx, duk_idx_t idx, double fallback) {
	double d;
	if (duk_is_undefined(ctx, idx)) {
		return fallback;
	}
	d = duk_to_number(ctx, idx); /* may run valueOf */
	if (isfinite(d) && floor(d) == d) {
		return d;
	}
	if (!isnan(d) && d >= -DX_NODE_MAX_SAFE_INTEGER && d <= DX_NODE_MAX_SAFE_INTEGER) {
		return floor(d);
	}
	return 0;
}

static duk_ret_t dx__copy_range_error(duk_context *ctx, const char *name, const char *range, double value, double max) {
	duk_push_number(ctx, value);
	return dx_throw_out_of_range(ctx, name, -1, range, max, 0);
}

/* buf.copy(target, targetStart, sourceStart, sourceEnd) */
static duk_ret_t dx__proto_copy(duk_context *ctx) {
	duk_ext_view src, dst;
	double ts, ss, se, nb;
	duk_push_this(ctx);
	if (!duk_ext_get_view(ctx, -1, &src) || src.kind == DUK_EXT_KIND_ARRAYBUFFER) {
		return dx_throw_arg_type(ctx, "source", "an instance of Buffer or Uint8Array", -1);
	}
	if (!duk_ext_get_view(ctx, 0, &dst) || dst.kind == DUK_EXT_KIND_ARRAYBUFFER) {
		return dx_throw_arg_type(ctx, "target", "an instance of Buffer or Uint8Array", 0);
	}
	ts = dx__copy_position(ctx, 1, 0);
	if (ts < 0) {
		return dx__copy_range_error(ctx, "targetStart", ">= 0", ts, 0);
	}
	ss = dx__copy_position(ctx, 2, 0);
	duk_ext_get_view(ctx, -1, &src);
	if (ss < 0 || ss > DX_DOUBLE_OF(src.byte_length)) {
		return dx__copy_range_error(ctx, "sourceStart", ">= 0 && <= %.0f", ss, DX_DOUBLE_OF(src.byte_length));
	}
	se = dx__copy_position(ctx, 3, DX_DOUBLE_OF(src.byte_length));
	if (se < 0) {
		return dx__copy_range_error(ctx, "sourceEnd", ">= 0", se, 0);
	}
	duk_ext_get_view(ctx, -1, &src); /* after all user code */
	duk_ext_get_view(ctx, 0, &dst);
	if (ts >= DX_DOUBLE_OF(dst.byte_length) || ss >= se) {
		duk_push_int(ctx, 0);
		return 1;
	}
	if (se - ss > DX_DOUBLE_OF(dst.byte_length) - ts) {
		se = ss + DX_DOUBLE_OF(dst.byte_length) - ts;
	}
	nb = se - ss;
	if (nb > DX_DOUBLE_OF(src.byte_length) - ss) {
		nb = DX_DOUBLE_OF(src.byte_length) - ss;
	}
	if (nb <= 0) {
		duk_push_int(ctx, 0);
		return 1;
	}
	memmove(dst.data + DX_SIZE_OF(ts), src.data + DX_SIZE_OF(ss), DX_SIZE_OF(nb));
	duk_push_number(ctx, nb);
	return 1;
}

/* buf.fill(value, offset, end, encoding) */
static duk_ret_t dx__proto_fill(duk_context *ctx) {
	duk_ext_view view;
	duk_idx_t off_idx = 1, end_idx = 2, enc_idx = 3;
	dx_encoding enc = DX_ENC_UTF8;
	double offset = 0, end;
	int whole = 0;
	dx_node_this(ctx, &view);
	end = DX_DOUBLE_OF(view.byte_length);
	if (dx_is_text(ctx, 0)) {
		if (duk_is_undefined(ctx, 1) || dx_is_text(ctx, 1)) {
			enc_idx = 1;
			whole = 1;
		} else if (dx_is_text(ctx, 2)) {
			enc_idx = 2;
			end_idx = -1;
		}
		enc = dx_node_fill_encoding(ctx, enc_idx);
	}
	if (!whole && !duk_is_undefined(ctx, off_idx)) {
		offset = dx_check_integer(ctx, off_idx, "offset", 0, DX_NODE_MAX_SAFE_INTEGER);
		if (end_idx >= 0 && !duk_is_undefined(ctx, end_idx)) {
			end = dx_check_integer(ctx, end_idx, "end", 0, DX_DOUBLE_OF(view.byte_length));
		}
		if (offset >= end) {
			duk_push_this(ctx);
			return 1;
		}
	}
	if (view.flags & (DUK_EXT_VIEW_DETACHED | DUK_EXT_VIEW_OUT_OF_BOUNDS)) {
		return duk_type_error(ctx, "Cannot perform %%TypedArray%%.prototype.fill on a detached or out-of-bounds ArrayBuffer");
	}
	duk_push_this(ctx);
	dx_node_fill(ctx, -1, 0, DX_SIZE_OF(offset), DX_SIZE_OF(end), enc);
	duk_push_this(ctx);
	return 1;
}

/* ---- search ---- */

#define DX__SEARCH_FORWARD 0
#define DX__SEARCH_BACKWARD 1
#define DX__SEARCH_INCLUDES 2

/* Node's IndexOfOffset(): where a search of a needle of nlen bytes in hlen
 * bytes starts for the given byteOffset, or -1 when nothing can match. */
static int64_t dx__search_start(int64_t hlen, int64_t offset, int64_t nlen, int forward) {
	if (offset < 0) {
		if (offset + hlen >= 0) {
			return hlen + offset;
		}
		return (forward || nlen == 0) ? 0 : -1;
	}
	if (offset <= hlen - nlen) { /* offset + nlen could pass INT64_MAX */
		return offset;
	}
	if (nlen == 0) {
		return hlen;
	}
	return forward ? -1 : hlen - 1;
}

/* Searches h[0..hlen) for needle[0..nlen) from `start`; `unit` 2 keeps only
 * matches at even offsets (utf16le searches in code units).  -1: none. */
static int64_t dx__search(const uint8_t *h, size_t hlen, const uint8_t *needle, size_t nlen, size_t start, int forward, size_t unit) {
	size_t pos;
	if (unit == 2) {
		hlen &= ~(size_t) 1;
		nlen &= ~(size_t) 1;
		start &= ~(size_t) 1;
	}
	pos = forward ? dx_bytes_find(h, hlen, needle, nlen, start) : dx_bytes_rfind(h, hlen, needle, nlen, start);
	while (pos != DX_BYTES_NOT_FOUND && (pos % unit) != 0) {
		if (forward) {
			pos = dx_bytes_find(h, hlen, needle, nlen, pos + 1);
		} else {
			pos = pos == 0 ? DX_BYTES_NOT_FOUND : dx_bytes_rfind(h, hlen, needle, nlen, pos - 1);
		}
	}
	return pos == DX_BYTES_NOT_FOUND ? -1 : (int64_t) pos;
}

/* ToNumber of the value at idx, which stays as it is: Node compares some
 * arguments more than once, and an object's valueOf runs each time. */
static double dx__compare_number(duk_context *ctx, duk_idx_t idx) {
	double d;
	duk_dup(ctx, idx);
	d = duk_to_number(ctx, -1);
	duk_pop(ctx);
	return d;
}

/* The search's `end` as node's binding reads it (an int64: NaN is 0,
 * infinities and values past 2**63 wrap to negative), clamped to [0, len]. */
static int64_t dx__search_end(duk_context *ctx, duk_idx_t idx, int64_t len) {
	double end = duk_to_number(ctx, idx);
	if (!(end >= 0 && end < 9223372036854775808.0)) { /* NaN too */
		return 0;
	}
	return end < (double) len ? (int64_t) end : len;
}

/* indexOf(value, byteOffset, end, encoding), lastIndexOf and includes
 * (magic DX__SEARCH_*), in the order of Node's bidirectionalIndexOf().
 * Lengths are below 2^31 and the offset an int64 (clamped to +-2^31 unless
 * its valueOf changes its mind): int64 arithmetic holds every sum exactly.
 * The search sees the buffer's length from before the arguments ran user
 * code, cut to what is left if that code shrank it (node; a typed array's
 * indexOf does the same). */
static duk_ret_t dx__proto_index_of(duk_context *ctx) {
	duk_int_t mode = duk_get_current_magic(ctx);
	int forward = mode != DX__SEARCH_BACKWARD;
	duk_ext_view view, needle_view;
	duk_idx_t enc_idx = 3, end_idx = 2;
	dx_encoding enc = DX_ENC_UTF8;
	double offset;
	int64_t before, full, hlen, start, result, nlen;
	const uint8_t *needle;
	uint8_t byte;
	duk_size_t needle_len;
	int known = 1, is_view = 0, is_number = duk_is_number(ctx, 0);
	dx_node_this(ctx, &view); /* validateBuffer(this) before anything */
	before = (int64_t) view.byte_length;
	if (dx_is_text(ctx, 2)) {
		enc_idx = 2;
		end_idx = -1;
	} else if (duk_is_undefined(ctx, 2)) {
		end_idx = -1;
	}
	if (dx_is_text(ctx, 1)) {
		enc_idx = 1;
		offset = NAN;
	} else if (dx__compare_number(ctx, 1) > 2147483647.0) {
		offset = 2147483647.0;
	} else if (dx__compare_number(ctx, 1) < -2147483648.0) {
		offset = -2147483648.0;
	} else {
		/* a third valueOf may give anything: the binding's int64 takes a
		 * value out of its range (infinities too) as INT64_MIN, as V8 does */
		offset = dx__compare_number(ctx, 1);
		if (fabs(offset) >= 9223372036854775808.0) {
			offset = -9223372036854775808.0;
		}
	}
	if (is_number) {
		byte = (uint8_t) (duk_to_uint32(ctx, 0) & 0xff); /* Node: val >>> 0, then a byte */
		needle = &byte;
		needle_len = 1;
	} else {
		if (!duk_is_undefined(ctx, enc_idx)) {
			if (dx_is_text(ctx, 0)) {
				enc = dx_require_encoding(ctx, enc_idx, DX_ENC_UTF8); /* `encoding + ''`; ERR_UNKNOWN_ENCODING */
			} else {
				known = dx_lookup_encoding(ctx, enc_idx, &enc);
			}
		}
		if (dx_is_text(ctx, 0)) {
			dx_push_encoded(ctx, 0, enc);
			needle = (const uint8_t *) duk_get_buffer(ctx, -1, &needle_len);
		} else if (dx_get_uint8_view(ctx, 0, &needle_view)) {
			enc = known ? enc : DX_ENC_UTF8; /* Node searches a Buffer with an unknown encoding as utf8 */
			is_view = 1;
		} else {
			return dx_throw_arg_type(ctx, "value", "one of type number or string or an instance of Buffer or Uint8Array", 0);
		}
	}
	hlen = end_idx < 0 ? before : dx__search_end(ctx, end_idx, before);
	dx_node_this(ctx, &view); /* after all user code (end's valueOf) */
	if (is_view) {
		(void) dx_get_uint8_view(ctx, 0, &needle_view);
		needle = needle_view.data;
		needle_len = needle_view.byte_length;
	}
	nlen = (int64_t) needle_len;
	full = (int64_t) view.byte_length < before ? (int64_t) view.byte_length : before;
	hlen = hlen < full ? hlen : full;
	if (enc == DX_ENC_UTF16LE && !is_number) {
		/* Node searches UTF-16 in whole code units: the haystack is even and,
		 * for a string needle, so is the length a negative byteOffset counts from */
		hlen &= ~(int64_t) 1;
		if (dx_is_text(ctx, 0)) {
			full &= ~(int64_t) 1;
		}
	}
	/* a negative byteOffset counts from the end of the buffer, not of `end` */
	start = dx__search_start(full, isnan(offset) ? (forward ? 0 : full) : (int64_t) offset, nlen, forward);
	if (is_number) {
		result = (start < 0 || hlen == 0) ? -1 : dx__search(view.data, (size_t) hlen, needle, 1, (size_t) start, forward, 1);
	} else if (nlen == 0) {
		result = start < hlen ? start : hlen;
	} else if (hlen == 0 || start < 0 || (forward && nlen + start > hlen) || nlen > hlen) {
		result = -1;
	} else if (enc == DX_ENC_UTF16LE && (hlen < 2 || nlen < 2)) {
		result = -1;
	} else {
		if (enc == DX_ENC_UTF16LE && forward && dx_is_text(ctx, 0)) {
			start = (start + 1) & ~(int64_t) 1; /* Node: a string needle from the next whole unit, a Buffer from this one */
		}
		result = dx__search(view.data, (size_t) hlen, needle, (size_t) nlen, (size_t) start, forward, enc == DX_ENC_UTF16LE ? 2 : 1);
	}
	if (mode == DX__SEARCH_INCLUDES) {
		duk_push_boolean(ctx, result != -1);
	} else {
		duk_push_number(ctx, (double) result);
	}
	return 1;
}

/* ---- views and conversions ---- */

/* Node's adjustOffset(): Math.trunc, negative from the end, clamped. */
static size_t dx__adjust_offset(double d, size_t length) {
	d = trunc(d);
	if (isnan(d) || d == 0) {
		return 0;
	}
	if (d < 0) {
		d += DX_DOUBLE_OF(length);
		return d > 0 ? DX_SIZE_OF(d) : 0;
	}
	return d < DX_DOUBLE_OF(length) ? DX_SIZE_OF(d) : length;
}

/* buf.subarray(start, end): a Buffer sharing this buffer's memory.  As in
 * Node, start and end are clamped to the length the buffer had before they
 * were converted (their valueOf can resize or detach it), and the new view
 * must fit the buffer as it is afterwards; a view that no longer fits its
 * buffer counts from offset 0, as its byteOffset reads then. */
static duk_ret_t dx__proto_subarray(duk_context *ctx) {
	duk_ext_view view, ab;
	size_t src_length, start, end, length, offset;
	double start_arg, end_arg;
	int whole_end = duk_is_undefined(ctx, 1);
	dx__push_this_buffer(ctx, &view);
	src_length = view.length;
	start_arg = duk_to_number(ctx, 0);
	end_arg = whole_end ? NAN : duk_to_number(ctx, 1);
	duk_get_prop_string(ctx, -1, "buffer");
	dx__push_this_buffer(ctx, &view); /* after all user code */
	start = dx__adjust_offset(start_arg, src_length);
	end = whole_end ? src_length : dx__adjust_offset(end_arg, src_length);
	length = end > start ? end - start : 0;
	if (!duk_ext_get_view(ctx, -2, &ab) || ab.kind != DUK_EXT_KIND_ARRAYBUFFER) {
		return duk_type_error(ctx, "this has no ArrayBuffer");
	}
	offset = (view.flags & DUK_EXT_VIEW_OUT_OF_BOUNDS) ? start : view.byte_offset - ab.byte_offset + start;
	if (!(ab.flags & DUK_EXT_VIEW_DETACHED) && (offset > ab.byte_length || length > ab.byte_length - offset)) {
		return duk_range_error(ctx, "Invalid typed array length: %lu", (unsigned long) length);
	}
	dx_push_node_buffer_view(ctx, -2, offset, length, 0);
	return 1;
}

/* buf.slice(start, end): this.subarray(start, end), as Node does it */
static duk_ret_t dx__proto_slice(duk_context *ctx) {
	duk_push_this(ctx);
	duk_push_string(ctx, "subarray");
	duk_dup(ctx, 0);
	duk_dup(ctx, 1);
	duk_call_prop(ctx, -4, 2);
	return 1;
}

/* buf.swap16(), swap32(), swap64() (magic: bytes per unit) */
static duk_ret_t dx__proto_swap(duk_context *ctx) {
	size_t width = (size_t) duk_get_current_magic(ctx), i, j;
	duk_ext_view view;
	dx__push_this_buffer(ctx, &view);
	if (view.byte_length % width != 0) {
		return dx_throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_INVALID_BUFFER_SIZE", "Buffer size must be a multiple of %d-bits",
		                     (int) (width * 8));
	}
	for (i = 0; i < view.byte_length; i += width) {
		uint8_t *p = view.data + i;
		for (j = 0; j < width / 2; j++) {
			uint8_t t = p[j];
			p[j] = p[width - 1 - j];
			p[width - 1 - j] = t;
		}
	}
	return 1;
}

/* buf.toJSON(): { type: 'Buffer', data: [bytes] } */
static duk_ret_t dx__proto_to_json(duk_context *ctx) {
	duk_ext_view view;
	size_t i;
	dx_node_this(ctx, &view);
	duk_push_object(ctx);
	duk_push_string(ctx, "Buffer");
	duk_put_prop_string(ctx, -2, "type");
	duk_push_array(ctx);
	for (i = 0; i < view.byte_length; i++) {
		duk_push_uint(ctx, view.data[i]);
		duk_put_prop_index(ctx, -2, (duk_uarridx_t) i);
	}
	duk_put_prop_string(ctx, -2, "data");
	return 1;
}

/* Node's StringSlice() tail, after user code ran: nothing from an empty
 * (detached, out-of-bounds) buffer, ERR_OUT_OF_RANGE when `end` lies past
 * the bytes left, else the bytes of [start, end) decoded. */
static duk_ret_t dx__push_slice(duk_context *ctx, const duk_ext_view *view, double start, double end, dx_encoding enc) {
	if (view->byte_length == 0) {
		duk_push_string(ctx, "");
		return 1;
	}
	if (end > DX_DOUBLE_OF(view->byte_length)) {
		return dx_throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE", "Index out of range");
	}
	if (start >= end) {
		duk_push_string(ctx, "");
		return 1;
	}
	dx_push_decoded(ctx, view->data + DX_SIZE_OF(start), DX_SIZE_OF(end - start), enc);
	return 1;
}

/* buf.toString(encoding, start, end) and toLocaleString, in Node's order:
 * the length first, then start, end and the encoding (`encoding + ''`). */
static duk_ret_t dx__proto_to_string(duk_context *ctx) {
	duk_ext_view view;
	double start, end, len;
	dx_encoding enc;
	dx_node_this(ctx, &view);
	len = DX_DOUBLE_OF(view.length);
	if (dx__compare_number(ctx, 1) <= 0) {
		start = 0;
	} else if (dx__compare_number(ctx, 1) >= len) {
		duk_push_string(ctx, "");
		return 1;
	} else {
		start = trunc(dx__compare_number(ctx, 1));
		start = isnan(start) ? 0 : start;
	}
	if (duk_is_undefined(ctx, 2) || dx__compare_number(ctx, 2) > len) {
		end = len;
	} else {
		end = trunc(dx__compare_number(ctx, 2));
		end = isnan(end) ? 0 : end;
	}
	if (end <= start) {
		duk_push_string(ctx, "");
		return 1;
	}
	enc = dx_require_encoding(ctx, 0, DX_ENC_UTF8);
	dx_node_this(ctx, &view); /* after all user code */
	return dx__push_slice(ctx, &view, start, end, enc);
}

/* Writes the string argument (index 0) in `enc` to [offset, offset + length)
 * of the view, clipped to its bytes, and pushes the count written. */
static duk_ret_t dx__write_string(duk_context *ctx, const duk_ext_view *view, double offset, double length, dx_encoding enc) {
	double len = DX_DOUBLE_OF(view->byte_length);
	if (!dx_is_text(ctx, 0)) {
		return dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "argument must be a string");
	}
	offset = offset < len ? offset : len;
	length = length < len - offset ? length : len - offset;
	duk_push_number(ctx, DX_DOUBLE_OF(dx_write_encoded(ctx, 0, enc, view->data + DX_SIZE_OF(offset), DX_SIZE_OF(length))));
	return 1;
}

/* buf.write(string, offset, length, encoding) */
static duk_ret_t dx__proto_write(duk_context *ctx) {
	duk_ext_view view;
	duk_idx_t enc_idx = 3;
	double offset = 0, length, len;
	dx_encoding enc = DX_ENC_UTF8;
	dx_node_this(ctx, &view);
	len = DX_DOUBLE_OF(view.byte_length);
	length = len;
	if (!duk_is_undefined(ctx, 1)) {
		if (duk_is_undefined(ctx, 2) && dx_is_text(ctx, 1)) {
			enc_idx = 1;
		} else {
			offset = dx_check_integer(ctx, 1, "offset", 0, len);
			length = len - offset;
			if (dx_is_text(ctx, 2)) {
				enc_idx = 2;
			} else if (!duk_is_undefined(ctx, 2)) {
				double l = dx_check_integer(ctx, 2, "length", 0, len);
				length = l < length ? l : length;
			}
		}
		enc = dx_node_encoding(ctx, enc_idx);
	}
	dx_node_this(ctx, &view); /* after all user code */
	return dx__write_string(ctx, &view, offset, length, enc);
}

/* ---- the per-encoding slice and write methods (buf.hexSlice, buf.utf8Write, ...) ---- */

/* Node's ParseArrayIndex(): undefined gives `fallback`; otherwise an integer
 * (NaN is 0) that must not be negative. */
static double dx__array_index(duk_context *ctx, duk_idx_t idx, double fallback) {
	double d;
	if (duk_is_undefined(ctx, idx)) {
		return fallback;
	}
	d = duk_to_number(ctx, idx);
	d = isnan(d) ? 0 : trunc(d);
	if (d < 0) {
		(void) dx_throw_node(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE", "Index out of range");
	}
	return d;
}

/* The bytes of `this` for the per-encoding methods: any ArrayBufferView. */
static void dx__codec_this(duk_context *ctx, duk_ext_view *view) {
	duk_push_this(ctx);
	if (!duk_ext_get_view(ctx, -1, view) || view->kind == DUK_EXT_KIND_ARRAYBUFFER) {
		(void) dx_throw_node(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "argument must be a buffer");
	}
	duk_pop(ctx);
}

/* buf.utf8Slice(start, end), hexSlice, ... (magic: dx_encoding) */
static duk_ret_t dx__proto_codec_slice(duk_context *ctx) {
	duk_ext_view view;
	double start, end;
	dx__codec_this(ctx, &view);
	if (view.byte_length == 0) {
		duk_push_string(ctx, "");
		return 1;
	}
	start = dx__array_index(ctx, 0, 0);
	end = dx__array_index(ctx, 1, DX_DOUBLE_OF(view.byte_length));
	dx__codec_this(ctx, &view); /* after valueOf */
	return dx__push_slice(ctx, &view, start, end, (dx_encoding) duk_get_current_magic(ctx));
}

/* buf.utf8Write(string, offset, length), hexWrite, ... (magic: dx_encoding) */
static duk_ret_t dx__proto_codec_write(duk_context *ctx) {
	duk_ext_view view;
	double offset = 0, length, byte_length = NAN; /* this.byteLength: undefined for a non-view */
	duk_push_this(ctx);
	if (duk_ext_get_view(ctx, -1, &view) && view.kind != DUK_EXT_KIND_ARRAYBUFFER) {
		byte_length = DX_DOUBLE_OF(view.byte_length);
	}
	if (!duk_is_undefined(ctx, 1)) {
		offset = duk_to_number(ctx, 1);
	}
	length = duk_is_undefined(ctx, 2) ? byte_length - offset : duk_to_number(ctx, 2);
	if (offset < 0 || offset > byte_length) {
		return dx_throw_named_out_of_bounds(ctx, "offset");
	}
	if (length < 0 || length > byte_length - offset) {
		return dx_throw_named_out_of_bounds(ctx, "length");
	}
	dx__codec_this(ctx, &view); /* after valueOf */
	return dx__write_string(ctx, &view, isnan(offset) ? 0 : trunc(offset), isnan(length) ? 0 : trunc(length),
	                        (dx_encoding) duk_get_current_magic(ctx));
}

/* buf.parent (this.buffer for a Buffer) and buf.offset (this.byteOffset):
 * Node's deprecated getters (magic 0 and 1). */
static duk_ret_t dx__proto_legacy_getter(duk_context *ctx) {
	duk_ext_view view;
	duk_push_this(ctx);
	if (!duk_ext_get_view(ctx, -1, &view) || view.kind != DUK_EXT_KIND_NODE_BUFFER) {
		return 0;
	}
	duk_get_prop_string(ctx, -1, duk_get_current_magic(ctx) ? "byteOffset" : "buffer");
	return 1;
}

/* buf.inspect(): Node's "<Buffer 68 69 ... 3 more bytes>", showing at most
 * require('buffer').INSPECT_MAX_BYTES bytes. */
static duk_ret_t dx__proto_inspect(duk_context *ctx) {
	static const char hex[] = "0123456789abcdef";
	duk_ext_view view;
	double max = dx_node_inspect_max_bytes(ctx), remaining;
	size_t i, shown, o = 0;
	char *text;
	dx__push_this_buffer(ctx, &view);
	shown = DX_SIZE_OF(max < DX_DOUBLE_OF(view.byte_length) ? max : DX_DOUBLE_OF(view.byte_length));
	text = (char *) duk_push_fixed_buffer(ctx, shown * 3 + 1);
	for (i = 0; i < shown; i++) {
		if (i > 0) {
			text[o++] = ' ';
		}
		text[o++] = hex[view.data[i] >> 4];
		text[o++] = hex[view.data[i] & 15];
	}
	duk_push_string(ctx, "<");
	duk_get_prop_string(ctx, -3, "constructor"); /* may run a getter: the bytes are copied already */
	if (!duk_is_function(ctx, -1) || !duk_has_prop_string(ctx, -1, "name")) {
		duk_push_string(ctx, "Buffer");
	} else {
		duk_get_prop_string(ctx, -1, "name");
		duk_to_string(ctx, -1);
	}
	duk_remove(ctx, -2);
	duk_push_string(ctx, " ");
	duk_push_lstring(ctx, text, o);
	remaining = DX_DOUBLE_OF(view.byte_length) - max;
	if (remaining > 0) {
		duk_push_number(ctx, remaining);
		duk_push_sprintf(ctx, " ... %s more byte%s>", duk_to_string(ctx, -1), remaining > 1 ? "s" : "");
		duk_remove(ctx, -2);
	} else {
		duk_push_string(ctx, ">");
	}
	duk_concat(ctx, 5);
	return 1;
}

static const dx_method dx__buffer_proto_methods[] = {
	{ "compare", dx__proto_compare, 5, 0 },
	{ "copy", dx__proto_copy, 4, 0 },
	{ "equals", dx__proto_equals, 1, 0 },
	{ "fill", dx__proto_fill, 4, 0 },
	{ "indexOf", dx__proto_index_of, 4, DX__SEARCH_FORWARD },
	{ "lastIndexOf", dx__proto_index_of, 4, DX__SEARCH_BACKWARD },
	{ "includes", dx__proto_index_of, 4, DX__SEARCH_INCLUDES },
	{ "subarray", dx__proto_subarray, 2, 0 },
	{ "slice", dx__proto_slice, 2, 0 },
	{ "swap16", dx__proto_swap, 0, 2 },
	{ "swap32", dx__proto_swap, 0, 4 },
	{ "swap64", dx__proto_swap, 0, 8 },
	{ "toJSON", dx__proto_to_json, 0, 0 },
	{ "toString", dx__proto_to_string, 3, 0 },
	{ "toLocaleString", dx__proto_to_string, 3, 0 },
	{ "write", dx__proto_write, 4, 0 },
	{ "inspect", dx__proto_inspect, 2, 0 },
	{ "utf8Slice", dx__proto_codec_slice, 2, DX_ENC_UTF8 },
	{ "ucs2Slice", dx__proto_codec_slice, 2, DX_ENC_UTF16LE },
	{ "latin1Slice", dx__proto_codec_slice, 2, DX_ENC_LATIN1 },
	{ "asciiSlice", dx__proto_codec_slice, 2, DX_ENC_ASCII },
	{ "hexSlice", dx__proto_codec_slice, 2, DX_ENC_HEX },
	{ "base64Slice", dx__proto_codec_slice, 2, DX_ENC_BASE64 },
	{ "base64urlSlice", dx__proto_codec_slice, 2, DX_ENC_BASE64URL },
	{ "utf8Write", dx__proto_codec_write, 3, DX_ENC_UTF8 },
	{ "ucs2Write", dx__proto_codec_write, 3, DX_ENC_UTF16LE },
	{ "latin1Write", dx__proto_codec_write, 3, DX_ENC_LATIN1 },
	{ "asciiWrite", dx__proto_codec_write, 3, DX_ENC_ASCII },
	{ "hexWrite", dx__proto_codec_write, 3, DX_ENC_HEX },
	{ "base64Write", dx__proto_codec_write, 3, DX_ENC_BASE64 },
	{ "base64urlWrite", dx__proto_codec_write, 3, DX_ENC_BASE64URL },
	{ NULL, NULL, 0, 0 }
};

/* Node's deprecated accessors, enumerable as in Node. */
static const char *const dx__legacy_getters[] = { "parent", "offset", NULL };

void dx_init_node_buffer_proto(duk_context *ctx) {
	int i;
	dx_push_global_prototype(ctx, "Buffer");
	dx_put_methods(ctx, -1, dx__buffer_proto_methods);
	for (i = 0; dx__legacy_getters[i] != NULL; i++) {
		duk_push_string(ctx, dx__legacy_getters[i]);
		duk_push_c_function(ctx, dx__proto_legacy_getter, 0);
		duk_set_magic(ctx, -1, i);
		duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_SET_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
	}
	duk_pop(ctx);
}
