/*
 * dx_utf8: UTF-8 <-> Duktape internal strings (dx_utf8.h).  ASCII runs are
 * handled eight bytes per step; everything else goes through one small
 * sequence decoder per direction.
 */
#include <string.h>

#include "dx_utf8.h"
#include "dx_xutf8.h"

#define DX__HIGH_BITS 0x8080808080808080ull
#define DX__INVALID   0x110000u /* dx__step() found an invalid subpart */

/* Length of the run of ASCII bytes at p, at most n. */
static size_t dx__ascii_run(const uint8_t *p, size_t n) {
	size_t i = 0;
	while (i + 8 <= n) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		if (w & DX__HIGH_BITS) {
			break;
		}
		i += 8;
	}
	while (i < n && p[i] < 0x80) {
		i++;
	}
	return i;
}

size_t dx_utf8_encode(const uint8_t *s, size_t len, uint8_t *dst, size_t cap, size_t *units_read) {
	const uint8_t *p = s, *end = s + len;
	size_t o = 0, units = 0;
	while (p < end && o < cap) {
		uint32_t cp;
		size_t n, need, u;
		if (*p < 0x80) {
			size_t room = cap - o, avail = (size_t) (end - p);
			size_t run = dx__ascii_run(p, avail < room ? avail : room);
			if (dst != NULL) {
				memcpy(dst + o, p, run);
			}
			o += run;
			units += run;
			p += run;
			continue;
		}
		n = dx_xutf8_next_cp(p, end, &cp);
		if (cp >= 0xd800 && cp <= 0xdfff) {
			cp = DX_REPLACEMENT_CHAR; /* a lone surrogate */
		}
		u = cp >= 0x10000 ? 2 : 1;
		/* as dx_utf8_put writes it: an overlong sequence of the internal
		 * string (C1 AF reads as 'o') gives the character's shortest form */
		need = dx_utf8_size(cp);
		if (need > cap - o) {
			break;
		}
		if (dst != NULL) {
			(void) dx_utf8_put(dst + o, cp);
		}
		o += need;
		units += u;
		p += n;
	}
	if (units_read != NULL) {
		*units_read = units;
	}
	return o;
}

/* Decodes the sequence at p (n > 0 bytes available) by the maximal subpart
 * rule: sets *cp to the code point or DX__INVALID, *truncated when the input ended
 * inside a sequence that was valid so far; returns the bytes consumed. */
static size_t dx__step(const uint8_t *p, size_t n, uint32_t *cp, int *truncated) {
	uint32_t c = p[0], v;
	uint8_t lo = 0x80, hi = 0xbf;
	size_t need, i;
	*truncated = 0;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		need = 1;
		v = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		need = 2;
		v = c & 0x0f;
		lo = c == 0xe0 ? 0xa0 : 0x80;
		hi = c == 0xed ? 0x9f : 0xbf;
	} else if (c >= 0xf0 && c <= 0xf4) {
		need = 3;
		v = c & 0x07;
		lo = c == 0xf0 ? 0x90 : 0x80;
		hi = c == 0xf4 ? 0x8f : 0xbf;
	} else {
		*cp = DX__INVALID;
		return 1;
	}
	for (i = 1; i <= need; i++) {
		if (i >= n) {
			*truncated = 1;
			*cp = DX__INVALID;
			return i;
		}
		if (p[i] < lo || p[i] > hi) {
			*cp = DX__INVALID;
			return i;
		}
		v = (v << 6) | (p[i] & 0x3fu);
		lo = 0x80;
		hi = 0xbf;
	}
	*cp = v;
	return need + 1;
}

size_t dx_utf8_scan(const uint8_t *src, size_t len, int *astral) {
	size_t i = 0;
	*astral = 0;
	while (i < len) {
		uint32_t cp;
		int truncated;
		size_t n;
		i += dx__ascii_run(src + i, len - i);
		if (i >= len) {
			break;
		}
		n = dx__step(src + i, len - i, &cp, &truncated);
		if (cp == DX__INVALID) {
			break;
		}
		if (n == 4) {
			*astral = 1;
		}
		i += n;
	}
	return i;
}

size_t dx_utf8_decode(const uint8_t *src, size_t len, uint8_t *dst) {
	size_t i = 0, o = 0;
	while (i < len) {
		uint32_t cp;
		int truncated;
		size_t run = dx__ascii_run(src + i, len - i);
		if (dst != NULL) {
			memcpy(dst + o, src + i, run);
		}
		i += run;
		o += run;
		if (i >= len) {
			break;
		}
		i += dx__step(src + i, len - i, &cp, &truncated);
		if (cp == DX__INVALID) {
			cp = DX_REPLACEMENT_CHAR;
		}
		o += dst != NULL ? dx_xutf8_put(dst + o, cp) : dx_xutf8_size(cp);
	}
	return o;
}

size_t dx_utf8_incomplete_tail(const uint8_t *src, size_t len) {
	size_t k = len > 3 ? len - 3 : 0;
	for (; k < len; k++) {
		uint32_t cp;
		int truncated;
		if (dx__step(src + k, len - k, &cp, &truncated) == len - k && truncated) {
			return len - k;
		}
	}
	return 0;
}
