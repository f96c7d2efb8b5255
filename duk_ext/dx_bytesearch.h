/*
 * dx_bytesearch.h: engine-free byte string search for Buffer indexOf,
 * lastIndexOf and includes: memchr for one byte, a naive scan for short
 * inputs, and the Two-Way algorithm (Crochemore-Perrin) with a Horspool skip
 * for the rest, so every search is linear in the haystack.
 */
#ifndef DX_BYTESEARCH_H
#define DX_BYTESEARCH_H

#include <stddef.h>
#include <stdint.h>

#define DX_BYTES_NOT_FOUND ((size_t) -1)

/* Index of the first occurrence of needle[0..nlen) in hay[0..hlen) that
 * starts at or after `from`, or DX_BYTES_NOT_FOUND.  An empty needle is found
 * at `from` when from <= hlen. */
size_t dx_bytes_find(const uint8_t *hay, size_t hlen, const uint8_t *needle, size_t nlen, size_t from);

/* Index of the last occurrence that starts at or before `from` (and ends
 * within hay), or DX_BYTES_NOT_FOUND.  An empty needle is found at
 * min(from, hlen). */
size_t dx_bytes_rfind(const uint8_t *hay, size_t hlen, const uint8_t *needle, size_t nlen, size_t from);

#endif
