/*
 * dx_encoding_api.h: the bridge between JS strings and bytes in Node's
 * encodings, used by every binding that takes or returns encoded text
 * (Buffer, Uint8Array base64/hex, TextEncoder/TextDecoder).  Implemented in
 * bindings/encoding_api.c on top of the engine-free codecs in duk_ext/.
 */
#ifndef DX_ENCODING_API_H
#define DX_ENCODING_API_H

#include "duk_ext.h"

typedef enum {
	DX_ENC_UTF8 = 0,
	DX_ENC_UTF16LE,
	DX_ENC_LATIN1,
	DX_ENC_ASCII,
	DX_ENC_HEX,
	DX_ENC_BASE64,
	DX_ENC_BASE64URL,
	DX_ENC_COUNT
} dx_encoding;

/* The encoding named by the value at idx (Node's names and aliases, case
 * insensitive); undefined gives `fallback`.  Anything else throws Node's
 * TypeError ERR_UNKNOWN_ENCODING. */
dx_encoding dx_require_encoding(duk_context *ctx, duk_idx_t idx, dx_encoding fallback);

/* Pushes a fixed plain buffer holding the string at str_idx encoded as `enc`
 * (Node's Buffer.from(string, enc) bytes: lenient hex and base64). */
void dx_push_encoded(duk_context *ctx, duk_idx_t str_idx, dx_encoding enc);

/* Pushes the string that `len` bytes at p decode to in `enc` (Node's
 * buf.toString(enc): invalid UTF-8 becomes U+FFFD). */
void dx_push_decoded(duk_context *ctx, const uint8_t *p, size_t len, dx_encoding enc);

/* Writes the string at str_idx encoded as `enc` into dst[0..cap): whole
 * characters only (a character that does not fit is not split).  Returns the
 * byte count written (Node's buf.write). */
size_t dx_write_encoded(duk_context *ctx, duk_idx_t str_idx, dx_encoding enc, uint8_t *dst, size_t cap);

/* The byte length of the string at str_idx encoded as `enc` (Node's
 * Buffer.byteLength). */
size_t dx_encoded_length(duk_context *ctx, duk_idx_t str_idx, dx_encoding enc);

#endif
