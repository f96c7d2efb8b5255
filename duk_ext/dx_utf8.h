/*
 * dx_utf8.h: UTF-8 to and from Duktape's internal string form (see
 * dx_xutf8.h).  Encoding joins surrogate pairs and turns lone surrogates into
 * U+FFFD; decoding replaces each maximal invalid subpart with U+FFFD as the
 * WHATWG Encoding standard (and Node) do, and emits surrogate pairs for
 * non-BMP characters.  No engine types.
 */
#ifndef DX_UTF8_H
#define DX_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Writes the UTF-8 form of internal string s (len bytes) to dst, whole
 * characters only, at most cap bytes; returns the bytes written.  With dst
 * NULL nothing is written (pass cap SIZE_MAX to get the full length).  When
 * units_read is not NULL it receives the UTF-16 code units consumed. */
size_t dx_utf8_encode(const uint8_t *s, size_t len, uint8_t *dst, size_t cap, size_t *units_read);

/* Returns the length of the longest valid UTF-8 prefix of src (len when all
 * of it is valid) and sets *astral when that prefix holds a 4-byte sequence.
 * Valid UTF-8 without 4-byte sequences is already Duktape's internal form. */
size_t dx_utf8_scan(const uint8_t *src, size_t len, int *astral);

/* Decodes UTF-8 src into internal form at dst and returns the bytes written;
 * with dst NULL only counts them.  Output is at most 3 * len bytes. */
size_t dx_utf8_decode(const uint8_t *src, size_t len, uint8_t *dst);

/* The number of trailing bytes of src (0..3) that start a valid but
 * unfinished sequence: what a streaming decoder keeps for the next chunk. */
size_t dx_utf8_incomplete_tail(const uint8_t *src, size_t len);

#endif
