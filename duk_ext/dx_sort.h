/*
 * dx_sort: the sorts behind %TypedArray%.prototype.sort and toSorted.
 * The default order (no comparator) is numeric with -0 before +0 and NaN
 * last; it is an LSD radix sort on the native element bits.  A comparator
 * sort is a stable bottom-up merge sort over doubles.  Engine-free.
 */
#ifndef DX_SORT_H
#define DX_SORT_H

#include <stddef.h>
#include <stdint.h>

/* Sorts count elements of type elem_type (duk_ext_elem_type, host byte
 * order) at data in the default numeric order.  scratch must hold
 * 2 * count elements (2 * count * element size bytes, any alignment).
 * NaN elements come out as one canonical quiet NaN. */
void dx_sort_numeric(uint8_t *data, unsigned elem_type, size_t count, uint8_t *scratch);

/* Comparison for dx_sort_merge: negative when a sorts before b, positive
 * when after, 0 when equal.  It may longjmp out (a thrown error): the sort
 * then stops with v and tmp partly permuted. */
typedef double (*dx_sort_compare_fn)(void *udata, double a, double b);

/* Stable sort of count doubles at v; tmp must hold count doubles. */
void dx_sort_merge(double *v, double *tmp, size_t count, dx_sort_compare_fn compare, void *udata);

#endif
