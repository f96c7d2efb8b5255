/*
 * dx_xutf8.h: reading Duktape's internal string form, one character at a
 * time.  Duktape stores strings as extended UTF-8: ECMAScript strings keep
 * each UTF-16 code unit as a 1..3 byte sequence (so a surrogate pair is two
 * 3-byte sequences and a lone surrogate is one), while strings pushed from C
 * may also hold 4-byte UTF-8 sequences for non-BMP code points.  Bytes that
 * do not form such a sequence read as U+FFFD, one byte at a time.
 */
#ifndef DX_XUTF8_H
#define DX_XUTF8_H

#include <stddef.h>
#include <stdint.h>

#define DX_REPLACEMENT_CHAR 0xfffdu

/* Decodes the character at p (p < end) into *cp and returns its byte length. */
static inline size_t dx_xutf8_next(const uint8_t *p, const uint8_t *end, uint32_t *cp) {
	uint32_t c = p[0];
	size_t avail = (size_t) (end - p);
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc0 && c < 0xe0 && avail >= 2 && (p[1] & 0xc0) == 0x80) {
		*cp = ((c & 0x1f) << 6) | (p[1] & 0x3fu);
		return 2;
	}
	if (c >= 0xe0 && c < 0xf0 && avail >= 3 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		*cp = ((c & 0x0f) << 12) | ((p[1] & 0x3fu) << 6) | (p[2] & 0x3fu);
		return 3;
	}
	if (c >= 0xf0 && c < 0xf5 && avail >= 4 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80) {
		uint32_t v = ((c & 0x07) << 18) | ((p[1] & 0x3fu) << 12) | ((p[2] & 0x3fu) << 6) | (p[3] & 0x3fu);
		if (v >= 0x10000 && v <= 0x10ffff) {
			*cp = v;
			return 4;
		}
	}
	*cp = DX_REPLACEMENT_CHAR;
	return 1;
}

/* Walks the UTF-16 code units of an internal string (a non-BMP code point
 * gives its two surrogates). */
typedef struct {
	const uint8_t *p, *end;
	uint32_t low; /* the low surrogate still to return, or 0 */
} dx_xutf8_units;

/* Sets *unit to the next code unit and returns 1, or returns 0 at the end. */
static inline int dx_xutf8_next_unit(dx_xutf8_units *it, uint32_t *unit) {
	uint32_t cp;
	if (it->low != 0) {
		*unit = it->low;
		it->low = 0;
		return 1;
	}
	if (it->p >= it->end) {
		return 0;
	}
	it->p += dx_xutf8_next(it->p, it->end, &cp);
	if (cp >= 0x10000) {
		it->low = 0xdc00 | (cp & 0x3ff);
		cp = 0xd800 | ((cp - 0x10000) >> 10);
	}
	*unit = cp;
	return 1;
}

/* Appends code unit or code point cp (< 0x110000) in Duktape's internal form:
 * non-BMP code points become two 3-byte surrogates.  Returns the bytes
 * written (at most 6). */
static inline size_t dx_xutf8_put(uint8_t *d, uint32_t cp) {
	if (cp < 0x80) {
		d[0] = (uint8_t) cp;
		return 1;
	}
	if (cp < 0x800) {
		d[0] = (uint8_t) (0xc0 | (cp >> 6));
		d[1] = (uint8_t) (0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		d[0] = (uint8_t) (0xe0 | (cp >> 12));
		d[1] = (uint8_t) (0x80 | ((cp >> 6) & 0x3f));
		d[2] = (uint8_t) (0x80 | (cp & 0x3f));
		return 3;
	}
	cp -= 0x10000;
	return dx_xutf8_put(d, 0xd800 | (cp >> 10)) + dx_xutf8_put(d + 3, 0xdc00 | (cp & 0x3ff));
}

/* Bytes dx_xutf8_put() writes for cp. */
static inline size_t dx_xutf8_size(uint32_t cp) {
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 6;
}

#endif
