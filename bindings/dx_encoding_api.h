/*
 * dx_encoding_api.h: the bridge between JS strings and bytes in Node's
 * encodings, used by every binding that takes or returns encoded text
 * (Buffer, Uint8Array base64/hex, TextEncoder/TextDecoder).  Implemented in
 * bindings/encoding_api.c on top of the engine-free codecs in duk_ext/.
 *
 * dx_write_encoded() writes dst without allocating.  dx_push_decoded() reads
 * p after allocating its output, which is sized for the worst case so that
 * bytes changed meanwhile (a finalizer run by the allocation) cannot make it
 * overflow; like Duktape's own built-ins it assumes no finalizer frees or
 * moves that memory.  Only dx_require_encoding() runs user code (toString).
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
 * insensitive); undefined gives `fallback`.  Anything else is coerced as
 * Node's `encoding + ''` (ToPrimitive: valueOf first, then ToString) and,
 * when it names no encoding, throws Node's TypeError ERR_UNKNOWN_ENCODING
 * "Unknown encoding: xyz". */
dx_encoding dx_require_encoding(duk_context *ctx, duk_idx_t idx, dx_encoding fallback);

/* Pushes a fixed plain buffer holding the string at str_idx encoded as `enc`
 * (Node's Buffer.from(string, enc) bytes: lenient hex and base64). */
void dx_push_encoded(duk_context *ctx, duk_idx_t str_idx, dx_encoding enc);

/* Writes the string at str_idx encoded as `enc` to dst, at most cap bytes
 * and whole characters only (Node's buf.write(string, offset, length, enc));
 * returns the bytes written. */
size_t dx_write_encoded(duk_context *ctx, duk_idx_t str_idx, dx_encoding enc, uint8_t *dst, size_t cap);

/* Node's Buffer.byteLength(string, enc): the exact length for utf8, utf16le,
 * latin1, ascii; length >>> 1 for hex; Node's 3/4 estimate for base64. */
size_t dx_encoded_length(duk_context *ctx, duk_idx_t str_idx, dx_encoding enc);

/* Pushes the string that `len` bytes at p decode to in `enc` (Node's
 * buf.toString(enc): invalid UTF-8 becomes U+FFFD). */
void dx_push_decoded(duk_context *ctx, const uint8_t *p, size_t len, dx_encoding enc);

/* Pushes a scratch buffer for decoding `len` bytes that expand at most
 * `factor` times, plus 3 bytes (a last U+FFFD), and returns it.  Sizing for
 * the worst case before decoding means a decoder can never write past it,
 * even if a finalizer run by the allocation changed the source bytes.
 * Throws a RangeError when the size does not fit a size_t. */
uint8_t *dx_push_decode_buffer(duk_context *ctx, size_t len, size_t factor);

/* Natives for require('buffer'), Node semantics and errors:
 * isUtf8(input), isAscii(input), isLatin1(string) (nargs 1) and
 * transcode(source, fromEnc, toEnc) (nargs 3, returns a Buffer). */
duk_ret_t dx_buffer_is_utf8(duk_context *ctx);
duk_ret_t dx_buffer_is_ascii(duk_context *ctx);
duk_ret_t dx_buffer_is_latin1(duk_context *ctx);
/* Buffer.stringLength(input, encoding) (nargs 2). */
duk_ret_t dx_buffer_string_length(duk_context *ctx);
duk_ret_t dx_buffer_transcode(duk_context *ctx);

#endif
