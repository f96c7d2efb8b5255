/*
 * dx_utf16: UTF-16LE <-> Duktape internal strings (dx_utf16.h).
 */
#include "dx_utf16.h"
#include "dx_xutf8.h"

size_t dx_utf16_units(const uint8_t *s, size_t len) {
	dx_xutf8_units it;
	uint32_t unit;
	size_t units = 0;
	dx_xutf8_units_init(&it, s, len);
	while (dx_xutf8_next_unit(&it, &unit)) {
		units++;
	}
	return units;
}

size_t dx_utf16le_encode(const uint8_t *s, size_t len, uint8_t *dst, size_t cap) {
	dx_xutf8_units it;
	uint32_t unit;
	size_t o = 0;
	dx_xutf8_units_init(&it, s, len);
	while (o + 2 <= cap && dx_xutf8_next_unit(&it, &unit)) {
		dst[o++] = (uint8_t) unit;
		dst[o++] = (uint8_t) (unit >> 8);
	}
	return o;
}

size_t dx_utf16le_decode(const uint8_t *src, size_t len, uint8_t *dst, int wellformed, size_t *errors) {
	size_t i, o = 0, bad = 0;
	len &= ~(size_t) 1;
	for (i = 0; i < len; i += 2) {
		uint32_t u = (uint32_t) src[i] | ((uint32_t) src[i + 1] << 8);
		if (u < 0x80) {
			if (dst != NULL) {
				dst[o] = (uint8_t) u;
			}
			o++;
			continue;
		}
		if (wellformed && u >= 0xd800 && u <= 0xdfff) {
			uint32_t next = i + 3 < len ? (uint32_t) src[i + 2] | ((uint32_t) src[i + 3] << 8) : 0;
			if (u <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
				o += dst != NULL ? dx_xutf8_put(dst + o, u) + dx_xutf8_put(dst + o + 3, next) : 6;
				i += 2;
				continue;
			}
			u = DX_REPLACEMENT_CHAR;
			bad++;
		}
		o += dst != NULL ? dx_xutf8_put(dst + o, u) : dx_xutf8_size(u);
	}
	if (errors != NULL) {
		*errors = bad;
	}
	return o;
}

size_t dx_utf16le_incomplete_tail(const uint8_t *src, size_t len) {
	size_t tail = len & 1, whole = len - tail;
	if (whole >= 2 && src[whole - 1] >= 0xd8 && src[whole - 1] <= 0xdb) {
		tail += 2;
	}
	return tail;
}
