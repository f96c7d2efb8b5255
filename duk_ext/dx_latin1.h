/*
 * dx_latin1.h: the single-byte encodings to and from Duktape's internal
 * string form: Node's 'latin1'/'binary' and 'ascii', and WHATWG's
 * windows-1252 (what TextDecoder's 'latin1'/'ascii' labels mean).  No engine
 * types.
 */
#ifndef DX_LATIN1_H
#define DX_LATIN1_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
	DX_SB_LATIN1 = 0,   /* byte b is U+00bb */
	DX_SB_ASCII,        /* Node's ascii decoding: b & 0x7f */
	DX_SB_WINDOWS1252,  /* WHATWG windows-1252: 0x80..0x9f differ from latin1 */
	DX_SB_US_ASCII      /* ICU's US-ASCII: bytes >= 0x80 are U+FFFD */
} dx_single_byte;

/* Writes the low byte of each UTF-16 code unit of internal string s to dst,
 * at most cap bytes (Node's latin1 and ascii encoding); returns the bytes
 * written. */
size_t dx_latin1_encode(const uint8_t *s, size_t len, uint8_t *dst, size_t cap);

/* Writes each character of internal string s as one byte when its code
 * point is <= max and as '?' otherwise (ICU's substitution, which Node's
 * transcode() to 'ascii' (max 0x7f) or 'latin1' (0xff) uses); a surrogate
 * pair is one character, and a default-ignorable character above max (soft
 * hyphen, zero-width space, BOM, ...) is dropped, as ICU does.  dst has room
 * for len bytes; returns the bytes written. */
size_t dx_latin1_encode_substituting(const uint8_t *s, size_t len, uint8_t *dst, uint32_t max);

/* Decodes src into internal form at dst (with dst NULL only counts); returns
 * the bytes written, at most 3 * len. */
size_t dx_latin1_decode(const uint8_t *src, size_t len, uint8_t *dst, dx_single_byte kind);

#endif
