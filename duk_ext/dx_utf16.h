/*
 * dx_utf16.h: UTF-16LE to and from Duktape's internal string form (see
 * dx_xutf8.h), code unit by code unit as Node's 'utf16le'/'ucs2' does, plus
 * the WHATWG UTF-16LE decoder (lone surrogates become U+FFFD).  No engine
 * types.
 */
#ifndef DX_UTF16_H
#define DX_UTF16_H

#include <stddef.h>
#include <stdint.h>

/* UTF-16 code units in internal string s (len bytes). */
size_t dx_utf16_units(const uint8_t *s, size_t len);

/* Writes the UTF-16LE code units of s to dst, whole units only, at most cap
 * bytes; returns the bytes written.  Lone surrogates are kept. */
size_t dx_utf16le_encode(const uint8_t *s, size_t len, uint8_t *dst, size_t cap);

/* Decodes the whole code units of src (an odd last byte is ignored) into
 * internal form at dst; with dst NULL only counts.  With `wellformed` set,
 * lone surrogates become U+FFFD and *errors (when not NULL) counts them;
 * otherwise they are kept as Node's ucs2 decoding does.  Returns the bytes
 * written; output is at most 3/2 * len bytes. */
size_t dx_utf16le_decode(const uint8_t *src, size_t len, uint8_t *dst, int wellformed, size_t *errors);

/* Trailing bytes a streaming WHATWG decoder keeps for the next chunk: an odd
 * last byte and a high surrogate just before it (0..3). */
size_t dx_utf16le_incomplete_tail(const uint8_t *src, size_t len);

#endif
