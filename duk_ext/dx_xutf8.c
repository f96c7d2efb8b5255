/*
 * dx_xutf8: reading and writing Duktape's internal string form one
 * character at a time (dx_xutf8.h), shared by the text codecs.
 */
#include "dx_xutf8.h"

size_t dx_xutf8_next(const uint8_t *p, const uint8_t *end, uint32_t *cp) {
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

size_t dx_xutf8_next_cp(const uint8_t *p, const uint8_t *end, uint32_t *cp) {
	uint32_t lo;
	size_t n = dx_xutf8_next(p, end, cp);
	if (*cp >= 0xd800 && *cp <= 0xdbff && p + n < end) {
		size_t m = dx_xutf8_next(p + n, end, &lo);
		if (lo >= 0xdc00 && lo <= 0xdfff) {
			*cp = 0x10000 + ((*cp - 0xd800) << 10) + (lo - 0xdc00);
			n += m;
		}
	}
	return n;
}

void dx_xutf8_units_init(dx_xutf8_units *it, const uint8_t *s, size_t len) {
	it->p = s;
	it->end = s + len;
	it->low = 0;
}

int dx_xutf8_next_unit(dx_xutf8_units *it, uint32_t *unit) {
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

size_t dx_utf8_put(uint8_t *d, uint32_t cp) {
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
	d[0] = (uint8_t) (0xf0 | (cp >> 18));
	d[1] = (uint8_t) (0x80 | ((cp >> 12) & 0x3f));
	d[2] = (uint8_t) (0x80 | ((cp >> 6) & 0x3f));
	d[3] = (uint8_t) (0x80 | (cp & 0x3f));
	return 4;
}

size_t dx_xutf8_put(uint8_t *d, uint32_t cp) {
	if (cp < 0x10000) {
		return dx_utf8_put(d, cp);
	}
	cp -= 0x10000;
	return dx_utf8_put(d, 0xd800 | (cp >> 10)) + dx_utf8_put(d + 3, 0xdc00 | (cp & 0x3ff));
}
