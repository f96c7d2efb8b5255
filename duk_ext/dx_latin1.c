/*
 * dx_latin1: single-byte encodings <-> Duktape internal strings
 * (dx_latin1.h).
 */

#include "dx_latin1.h"
#include "dx_xutf8.h"

/* WHATWG index-windows-1252 for bytes 0x80..0x9f (the rest is latin1). */
static const uint16_t dx__cp1252[32] = {
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
	0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
};

size_t dx_latin1_encode(const uint8_t *s, size_t len, uint8_t *dst, size_t cap) {
	dx_xutf8_units it;
	uint32_t unit;
	size_t o = 0;
	dx_xutf8_units_init(&it, s, len);
	while (o < cap && dx_xutf8_next_unit(&it, &unit)) {
		dst[o++] = (uint8_t) unit;
	}
	return o;
}

/* Unicode's Default_Ignorable_Code_Point ranges that ICU's substituting
 * callback skips instead of writing '?' (first, last). */
static const uint32_t dx__ignorables[][2] = {
	{ 0x00ad, 0x00ad },   { 0x034f, 0x034f },   { 0x061c, 0x061c },   { 0x115f, 0x1160 },  { 0x17b4, 0x17b5 },
	{ 0x180b, 0x180f },   { 0x200b, 0x200f },   { 0x202a, 0x202e },   { 0x2060, 0x206f },  { 0x3164, 0x3164 },
	{ 0xfe00, 0xfe0f },   { 0xfeff, 0xfeff },   { 0xffa0, 0xffa0 },   { 0xfff0, 0xfff8 },  { 0x1bca0, 0x1bca3 },
	{ 0x1d173, 0x1d17a }, { 0xe0000, 0xe0fff }
};

static int dx__is_default_ignorable(uint32_t cp) {
	size_t i;
	for (i = 0; i < sizeof dx__ignorables / sizeof dx__ignorables[0] && cp >= dx__ignorables[i][0]; i++) {
		if (cp <= dx__ignorables[i][1]) {
			return 1;
		}
	}
	return 0;
}

size_t dx_latin1_encode_substituting(const uint8_t *s, size_t len, uint8_t *dst, uint32_t max) {
	const uint8_t *p = s, *end = s + len;
	size_t o = 0;
	while (p < end) {
		uint32_t cp;
		p += dx_xutf8_next_cp(p, end, &cp);
		if (cp <= max) {
			dst[o++] = (uint8_t) cp;
		} else if (!dx__is_default_ignorable(cp)) {
			dst[o++] = (uint8_t) '?';
		}
	}
	return o;
}

size_t dx_latin1_decode(const uint8_t *src, size_t len, uint8_t *dst, dx_single_byte kind) {
	size_t i, o = 0;
	for (i = 0; i < len; i++) {
		uint32_t cp = src[i];
		if (cp >= 0x80) {
			if (kind == DX_SB_ASCII) {
				cp &= 0x7f;
			} else if (kind == DX_SB_US_ASCII) {
				cp = DX_REPLACEMENT_CHAR;
			} else if (kind == DX_SB_WINDOWS1252 && cp < 0xa0) {
				cp = dx__cp1252[cp - 0x80];
			}
		}
		if (cp < 0x80) {
			if (dst != NULL) {
				dst[o] = (uint8_t) cp;
			}
			o++;
		} else {
			o += dst != NULL ? dx_xutf8_put(dst + o, cp) : dx_xutf8_size(cp);
		}
	}
	return o;
}
