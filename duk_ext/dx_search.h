/*
 * dx_search: find a Number among typed array elements without leaving C:
 * memchr for one-byte elements, native compares otherwise.  Serves
 * indexOf (strict equality), lastIndexOf and includes (SameValueZero: NaN
 * finds NaN).  Engine-free.
 */
#ifndef DX_SEARCH_H
#define DX_SEARCH_H

#include <stddef.h>
#include <stdint.h>

#define DX_SEARCH_NOT_FOUND ((size_t) -1)

/* Index of the first element in [from, to) of the elements at data (type
 * elem_type, host byte order) whose value equals value, or of the last one
 * when backward is set; DX_SEARCH_NOT_FOUND when none does.  +0 equals -0;
 * NaN equals NaN only when match_nan is set. */
size_t dx_search_elem(const uint8_t *data, unsigned elem_type, size_t from, size_t to, double value,
                      int match_nan, int backward);

#endif
