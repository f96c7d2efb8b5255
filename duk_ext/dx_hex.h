/*
 * dx_hex.h: hexadecimal (base16) codec: lowercase encoder, Node's lenient
 * decoder and the strict decoder of Uint8Array.fromHex / setFromHex
 * (ECMAScript 2026).  Input strings are bytes, one per character; callers
 * map non-ASCII characters to bytes that are not hex digits.  No engine types.
 */
#ifndef DX_HEX_H
#define DX_HEX_H

#include <stddef.h>
#include <stdint.h>

/* Writes 2 * len lowercase hex digits of src to dst. */
void dx_hex_encode(const uint8_t *src, size_t len, uint8_t *dst);

/* Node's hex decoding: decodes pairs until the first pair that is not two
 * hex digits, an odd last digit, or cap bytes; returns the bytes written. */
size_t dx_hex_decode_lenient(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap);

/* The same for a Duktape internal string (dx_xutf8.h) with non-ASCII
 * characters: like Node with a two-byte string, each UTF-16 code unit reads
 * as its low byte. */
size_t dx_hex_decode_lenient_units(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap);

/* The spec's FromHex(string, maxLength) after its even-length check: decodes
 * pairs into dst until the input or cap runs out.  Sets *read (characters
 * consumed) and *written, and returns 0, or -1 on a pair that is not two hex
 * digits (a SyntaxError; the bytes before it stay written). */
int dx_hex_decode_strict(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap, size_t *read, size_t *written);

#endif
