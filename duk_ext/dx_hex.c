/*
 * dx_hex: hexadecimal codec (dx_hex.h), table driven: a 256-entry table of
 * digit values for decoding, one of the 16 digits for encoding.
 */
#include "dx_hex.h"

#define DX__NOT_HEX 0xff

/* Digit value of each byte, DX__NOT_HEX for non-digits. */
static const uint8_t dx__unhex[256] = {
#define DX__X16 DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, \
	DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX
	DX__X16, DX__X16, DX__X16,
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX,
	DX__NOT_HEX, 10, 11, 12, 13, 14, 15, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX,
	DX__X16,
	DX__NOT_HEX, 10, 11, 12, 13, 14, 15, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX, DX__NOT_HEX,
	DX__X16,
	DX__X16, DX__X16, DX__X16, DX__X16, DX__X16, DX__X16, DX__X16, DX__X16
#undef DX__X16
};

static const char dx__digits[] = "0123456789abcdef";

void dx_hex_encode(const uint8_t *src, size_t len, uint8_t *dst) {
	size_t i;
	for (i = 0; i < len; i++) {
		dst[2 * i] = (uint8_t) dx__digits[src[i] >> 4];
		dst[2 * i + 1] = (uint8_t) dx__digits[src[i] & 15];
	}
}

/* Decodes up to n pairs at s into dst; returns the pairs decoded before the
 * first invalid one. */
static size_t dx__decode_pairs(const uint8_t *s, size_t n, uint8_t *dst) {
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned hi = dx__unhex[s[2 * i]], lo = dx__unhex[s[2 * i + 1]];
		if ((hi | lo) > 15) {
			break;
		}
		dst[i] = (uint8_t) ((hi << 4) | lo);
	}
	return i;
}

size_t dx_hex_decode_lenient(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap) {
	size_t pairs = slen / 2;
	return dx__decode_pairs(s, pairs < cap ? pairs : cap, dst);
}

int dx_hex_decode_strict(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap, size_t *read, size_t *written) {
	size_t pairs = slen / 2, want = pairs < cap ? pairs : cap;
	size_t n = dx__decode_pairs(s, want, dst);
	*read = 2 * n;
	*written = n;
	return n == want ? 0 : -1;
}
