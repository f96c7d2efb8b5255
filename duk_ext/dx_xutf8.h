/*
 * dx_xutf8.h: reading Duktape's internal string form, one character at a
 * time.  Duktape stores strings as extended UTF-8: ECMAScript strings keep
 * each UTF-16 code unit as a 1..3 byte sequence (so a surrogate pair is two
 * 3-byte sequences and a lone surrogate is one), while strings pushed from C
 * may also hold 4-byte UTF-8 sequences for non-BMP code points.  Bytes that
 * do not form such a sequence read as U+FFFD, one byte at a time.  The
 * functions are in dx_xutf8.c.
 */
#ifndef DX_XUTF8_H
#define DX_XUTF8_H

#include <stddef.h>
#include <stdint.h>

#define DX_REPLACEMENT_CHAR 0xfffdu

/* Decodes the character at p (p < end) into *cp and returns its byte length. */
size_t dx_xutf8_next(const uint8_t *p, const uint8_t *end, uint32_t *cp);

/* The same, joining a surrogate pair (two 3-byte sequences) into the code
 * point it stands for; a lone surrogate reads as itself. */
size_t dx_xutf8_next_cp(const uint8_t *p, const uint8_t *end, uint32_t *cp);

/* Walks the UTF-16 code units of an internal string (a non-BMP code point
 * gives its two surrogates). */
typedef struct {
	const uint8_t *p, *end;
	uint32_t low; /* the low surrogate still to return, or 0 */
} dx_xutf8_units;

/* Starts walking the len bytes at s. */
void dx_xutf8_units_init(dx_xutf8_units *it, const uint8_t *s, size_t len);

/* Sets *unit to the next code unit and returns 1, or returns 0 at the end. */
int dx_xutf8_next_unit(dx_xutf8_units *it, uint32_t *unit);

/* Appends code point cp (< 0x110000) as standard UTF-8 (1..4 bytes); returns
 * the bytes written. */
size_t dx_utf8_put(uint8_t *d, uint32_t cp);

/* Appends code unit or code point cp (< 0x110000) in Duktape's internal form:
 * non-BMP code points become two 3-byte surrogates.  Returns the bytes
 * written (at most 6). */
size_t dx_xutf8_put(uint8_t *d, uint32_t cp);

/* Bytes dx_utf8_put() writes for cp. */
static inline size_t dx_utf8_size(uint32_t cp) {
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Bytes dx_xutf8_put() writes for cp. */
static inline size_t dx_xutf8_size(uint32_t cp) {
	return cp < 0x10000 ? dx_utf8_size(cp) : 6;
}

#endif
