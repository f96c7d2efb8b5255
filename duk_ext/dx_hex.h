/*
 * dx_hex.h: hexadecimal (base16) codec: lowercase encoder and the strict
 * decoder of Uint8Array.fromHex / setFromHex (ECMAScript 2026), which Node's
 * lenient decoder (dx_lenient.h) also runs on.  Input strings are bytes, one per character; callers
 * map non-ASCII characters to bytes that are not hex digits.  No engine types.
 */
#ifndef DX_HEX_H
#define DX_HEX_H

#include <stddef.h>
#include <stdint.h>

/* Writes 2 * len lowercase hex digits of src to dst; returns 2 * len. */
size_t dx_hex_encode(const uint8_t *src, size_t len, uint8_t *dst);

/* The spec's FromHex(string, maxLength) after its even-length check: decodes
 * pairs into dst until the input or cap runs out.  Sets *read (characters
 * consumed) and *written, and returns 0, or -1 on a pair that is not two hex
 * digits (a SyntaxError; the bytes before it stay written). */
int dx_hex_decode_strict(const uint8_t *s, size_t slen, uint8_t *dst, size_t cap, size_t *read, size_t *written);

#endif
