/*
 * dx_lenient.h: Node's forgiving decoders of base64 and hex strings
 * (Buffer.from(s, enc), buf.write, Buffer.byteLength): junk is skipped or
 * ends the input instead of raising an error.  Input strings are Duktape
 * internal strings (dx_xutf8.h); like Node with a two-byte string, each
 * UTF-16 code unit reads as its low byte.  No engine types.
 */
#ifndef DX_LENIENT_H
#define DX_LENIENT_H

#include <stddef.h>
#include <stdint.h>

/* Node's Buffer.byteLength(s, 'base64'): 3/4 of the string's length in
 * characters (`chars`; slen for ASCII) without up to two trailing '='. */
size_t dx_base64_lenient_length(const uint8_t *s, size_t slen, size_t chars);

/* Node's base64 decoding: characters of either alphabet are decoded, other
 * characters skipped, '=' ends the input, a last partial group gives the
 * bytes it completes; at most cap bytes.  Returns the bytes written. */
size_t dx_base64_decode_lenient(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap);

/* Node's hex decoding: decodes pairs until the first pair that is not two
 * hex digits, an odd last digit, or cap bytes; returns the bytes written. */
size_t dx_hex_decode_lenient(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap);

#endif
