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
