/*
 * dx_hex: hexadecimal codec (dx_hex.h), table driven: a 256-entry table of
 * digit values for decoding and one of digit pairs for encoding four bytes
 * per step.  Builds optimised for size (DUK_EXT_OPTIMIZE_SIZE) encode a byte
 * per step from the 16 digits only.
 */
#include <string.h>

#include "duk_ext_config.h"
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

#if !defined(DUK_EXT_OPTIMIZE_SIZE)
/* The two lowercase digits of each byte value, back to back. */
static const char dx__pairs[513] =
	"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
	"202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"
	"404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f"
	"606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
	"808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"
	"a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf"
	"c0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf"
	"e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";


/* Whether the host stores integers little endian (folded at compile time). */
static int dx__little_endian(void) {
	const uint16_t one = 1;
	uint8_t first;
	memcpy(&first, &one, 1);
	return first == 1;
}

/* The digit pair of byte b as a 16-bit load (host order). */
static uint64_t dx__pair(uint8_t b) {
	uint16_t v;
	memcpy(&v, dx__pairs + 2 * b, 2);
	return v;
}
#endif

size_t dx_hex_encode(const uint8_t *src, size_t len, uint8_t *dst) {
	size_t i = 0;
#if !defined(DUK_EXT_OPTIMIZE_SIZE)
	if (dx__little_endian()) {
		/* four bytes in, one 8-byte store out */
		for (; i + 4 <= len; i += 4) {
			uint64_t w = dx__pair(src[i]) | (dx__pair(src[i + 1]) << 16) | (dx__pair(src[i + 2]) << 32) | (dx__pair(src[i + 3]) << 48);
			memcpy(dst + 2 * i, &w, 8);
		}
	}
#endif
	for (; i < len; i++) {
		dst[2 * i] = (uint8_t) dx__digits[src[i] >> 4];
		dst[2 * i + 1] = (uint8_t) dx__digits[src[i] & 15];
	}
	return 2 * len;
}

/* Decodes up to n pairs at s into dst; returns the pairs decoded before the
 * first invalid one.  Kept out of line: inlined, gcc -O2 spends an extra
 * instruction per pair on the caller's 2 * n. */
#if defined(__GNUC__) && !defined(DUK_EXT_OPTIMIZE_SIZE)
__attribute__((noinline))
#endif
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

int dx_hex_decode_strict(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap, size_t *read, size_t *written) {
	size_t pairs = slen / 2, want = pairs < cap ? pairs : cap;
	size_t n = dx__decode_pairs(s, want, dst);
	*read = 2 * n;
	*written = n;
	return n == want ? 0 : -1;
}
