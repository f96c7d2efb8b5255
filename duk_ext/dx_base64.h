/*
 * dx_base64.h: base64 and base64url (RFC 4648) codec: encoder with or
 * without padding and the strict decoder of Uint8Array.fromBase64 /
 * setFromBase64 (ECMAScript 2026 FromBase64), which also serves WHATWG forgiving-base64 (atob) as its
 * 'loose' mode.  Input strings are bytes, one per character; callers map
 * non-ASCII characters to bytes outside the alphabet.  Node's lenient decoder
 * is dx_lenient.h.  No engine types.
 */
#ifndef DX_BASE64_H
#define DX_BASE64_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
	DX_B64_LOOSE = 0,
	DX_B64_STRICT,
	DX_B64_STOP_BEFORE_PARTIAL
} dx_b64_last_chunk;

/* Characters dx_base64_encode() writes for n bytes. */
size_t dx_base64_encoded_length(size_t n, int pad);

/* Encodes n bytes of src to dst in the standard or URL alphabet, with or
 * without '=' padding; returns the characters written. */
size_t dx_base64_encode(const uint8_t *src, size_t n, uint8_t *dst, int url, int pad);

/* The initializer of a 256-entry decoding table: the sextet of each character
 * of the two alphabets, `no` for every other character; '+' and '/' (only in
 * the standard alphabet) or-ed with not_url, '-' and '_' (only in the URL
 * one) with not_std. */
#define DX_BASE64_NO16(no) no, no, no, no, no, no, no, no, no, no, no, no, no, no, no, no
#define DX_BASE64_DECODE_TABLE(no, not_url, not_std) { \
	DX_BASE64_NO16(no), DX_BASE64_NO16(no), \
	/* 0x20: ' ' .. '/' */ \
	no, no, no, no, no, no, no, no, no, no, no, 62 | (not_url), no, 62 | (not_std), no, 63 | (not_url), \
	/* 0x30: '0' .. '9' */ \
	52, 53, 54, 55, 56, 57, 58, 59, 60, 61, no, no, no, no, no, no, \
	/* 0x40: 'A' .. 'O' */ \
	no, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, \
	/* 0x50: 'P' .. 'Z', '_' */ \
	15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, no, no, no, no, 63 | (not_std), \
	/* 0x60: 'a' .. 'o' */ \
	no, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, \
	/* 0x70: 'p' .. 'z' */ \
	41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, no, no, no, no, no, \
	DX_BASE64_NO16(no), DX_BASE64_NO16(no), DX_BASE64_NO16(no), DX_BASE64_NO16(no), \
	DX_BASE64_NO16(no), DX_BASE64_NO16(no), DX_BASE64_NO16(no), DX_BASE64_NO16(no) \
}

/* Decodes whole groups of four characters at s[*i] while 3 bytes fit in
 * cap, with table t (t[c] & 63: the sextet of character c; t[c] & bad
 * nonzero: c is not in the alphabet); stops before the first group holding
 * anything else, advancing *i.  Returns the bytes written at dst.  The fast
 * loop of every decoder; builds optimised for size (DUK_EXT_OPTIMIZE_SIZE)
 * have none. */
size_t dx_base64_decode_groups(const uint8_t *t, unsigned bad, const uint8_t *s, size_t slen, size_t *i, uint8_t *dst,
                               size_t cap);

/* The spec's FromBase64(string, alphabet, lastChunkHandling, maxLength = cap)
 * as node v26 runs it (when the output is full, the next chunk is still read
 * and checked before decoding stops).  Sets *read (characters consumed) and
 * *written and returns 0, or returns -1 for a SyntaxError (the bytes written
 * before it stay). */
int dx_base64_decode_strict(const uint8_t *s, size_t slen, int url, dx_b64_last_chunk last, uint8_t *dst, size_t cap,
                            size_t *read, size_t *written);

#endif
