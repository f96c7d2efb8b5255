/*
 * dx_sort: default numeric radix sort and comparator merge sort (see
 * dx_sort.h).
 *
 * Radix sort: each element becomes an unsigned key whose integer order is
 * the numeric order (signed integers: flip the sign bit; floats: flip all
 * bits of negatives, the sign bit of positives, which puts -0 before +0;
 * every NaN becomes the largest key).  One pass counts all byte histograms,
 * then one stable scatter per byte that is not constant over the keys.
 */
#include "dx_sort.h"

#include <string.h>

#include "dx_elem.h"

/* Key of the element at p: the raw bits (little-endian-independent, as an
 * integer) transformed so that unsigned order is numeric order. */
static uint64_t dx__key(const uint8_t *p, unsigned elem_type) {
	switch (elem_type) {
	case DUK_EXT_ELEM_INT8:
		return (uint64_t) (uint8_t) (p[0] ^ 0x80u);
	case DUK_EXT_ELEM_UINT16: {
		uint16_t v;
		memcpy(&v, p, 2);
		return v;
	}
	case DUK_EXT_ELEM_INT16: {
		uint16_t v;
		memcpy(&v, p, 2);
		return (uint16_t) (v ^ 0x8000u);
	}
	case DUK_EXT_ELEM_UINT32: {
		uint32_t v;
		memcpy(&v, p, 4);
		return v;
	}
	case DUK_EXT_ELEM_INT32: {
		uint32_t v;
		memcpy(&v, p, 4);
		return v ^ 0x80000000u;
	}
	case DUK_EXT_ELEM_FLOAT16: {
		uint16_t v;
		memcpy(&v, p, 2);
		if ((v & 0x7c00u) == 0x7c00u && (v & 0x03ffu) != 0) {
			return 0xffffu;
		}
		return (v & 0x8000u) ? (uint16_t) ~v : (uint16_t) (v | 0x8000u);
	}
	case DUK_EXT_ELEM_FLOAT32: {
		uint32_t v;
		memcpy(&v, p, 4);
		if ((v & 0x7f800000u) == 0x7f800000u && (v & 0x007fffffu) != 0) {
			return 0xffffffffu;
		}
		return (v & 0x80000000u) ? ~v : (v | 0x80000000u);
	}
	case DUK_EXT_ELEM_FLOAT64: {
		uint64_t v;
		memcpy(&v, p, 8);
		if ((v & 0x7ff0000000000000ull) == 0x7ff0000000000000ull && (v & 0x000fffffffffffffull) != 0) {
			return ~(uint64_t) 0;
		}
		return (v & 0x8000000000000000ull) ? ~v : (v | 0x8000000000000000ull);
	}
	default: /* Uint8, Uint8Clamped */
		return p[0];
	}
}

/* Inverse of dx__key (a NaN key gives a quiet NaN). */
static void dx__unkey(uint8_t *p, unsigned elem_type, uint64_t k) {
	switch (elem_type) {
	case DUK_EXT_ELEM_INT8:
		p[0] = (uint8_t) (k ^ 0x80u);
		break;
	case DUK_EXT_ELEM_UINT16:
	case DUK_EXT_ELEM_INT16: {
		uint16_t v = (uint16_t) (elem_type == DUK_EXT_ELEM_INT16 ? k ^ 0x8000u : k);
		memcpy(p, &v, 2);
		break;
	}
	case DUK_EXT_ELEM_UINT32:
	case DUK_EXT_ELEM_INT32: {
		uint32_t v = (uint32_t) (elem_type == DUK_EXT_ELEM_INT32 ? k ^ 0x80000000u : k);
		memcpy(p, &v, 4);
		break;
	}
	case DUK_EXT_ELEM_FLOAT16: {
		uint16_t v = (uint16_t) ((k & 0x8000u) ? k ^ 0x8000u : ~k);
		memcpy(p, &v, 2);
		break;
	}
	case DUK_EXT_ELEM_FLOAT32: {
		uint32_t v = (uint32_t) ((k & 0x80000000u) ? k ^ 0x80000000u : ~k);
		memcpy(p, &v, 4);
		break;
	}
	case DUK_EXT_ELEM_FLOAT64: {
		uint64_t v = (k & 0x8000000000000000ull) ? k ^ 0x8000000000000000ull : ~k;
		memcpy(p, &v, 8);
		break;
	}
	default:
		p[0] = (uint8_t) k;
		break;
	}
}

/* Keys of width 1 << shift bytes, stored natively in a and b. */
static uint64_t dx__load_key(const uint8_t *buf, size_t i, unsigned shift) {
	switch (shift) {
	case 0:
		return buf[i];
	case 1: {
		uint16_t v;
		memcpy(&v, buf + 2 * i, 2);
		return v;
	}
	case 2: {
		uint32_t v;
		memcpy(&v, buf + 4 * i, 4);
		return v;
	}
	default: {
		uint64_t v;
		memcpy(&v, buf + 8 * i, 8);
		return v;
	}
	}
}

static void dx__store_key(uint8_t *buf, size_t i, unsigned shift, uint64_t k) {
	switch (shift) {
	case 0:
		buf[i] = (uint8_t) k;
		break;
	case 1: {
		uint16_t v = (uint16_t) k;
		memcpy(buf + 2 * i, &v, 2);
		break;
	}
	case 2: {
		uint32_t v = (uint32_t) k;
		memcpy(buf + 4 * i, &v, 4);
		break;
	}
	default:
		memcpy(buf + 8 * i, &k, 8);
		break;
	}
}

/* One-byte elements: a counting sort straight into data. */
static void dx__counting_sort_bytes(uint8_t *data, unsigned elem_type, size_t count) {
	size_t hist[256];
	size_t i, out = 0;
	unsigned k;
	memset(hist, 0, sizeof hist);
	for (i = 0; i < count; i++) {
		hist[dx__key(data + i, elem_type)]++;
	}
	for (k = 0; k < 256; k++) {
		uint8_t b;
		dx__unkey(&b, elem_type, k);
		memset(data + out, b, hist[k]);
		out += hist[k];
	}
}

/* One stable scatter pass on digit `byte` for keys of type T. */
#define DX__PASS(T)                                                                   \
	do {                                                                          \
		for (i = 0; i < count; i++) {                                         \
			T k_;                                                         \
			memcpy(&k_, src + i * sizeof(T), sizeof(T));                  \
			memcpy(dst + offs[(unsigned) (k_ >> (8 * byte)) & 0xffu]++ * sizeof(T), &k_, sizeof(T)); \
		}                                                                     \
	} while (0)

void dx_sort_numeric(uint8_t *data, unsigned elem_type, size_t count, uint8_t *scratch) {
	unsigned shift = dx_elem_shift(elem_type), width = 1u << shift, byte;
	size_t i;
	uint8_t *a = scratch, *b = scratch + ((size_t) count << shift), *src, *dst;
	if (count < 2) {
		return;
	}
	if (shift == 0) {
		dx__counting_sort_bytes(data, elem_type, count);
		return;
	}
	{
		size_t counts[8][256];
		memset(counts, 0, sizeof counts[0] * width);
		for (i = 0; i < count; i++) {
			uint64_t k = dx__key(data + (i << shift), elem_type);
			unsigned j;
			dx__store_key(a, i, shift, k);
			for (j = 0; j < width; j++) {
				counts[j][(k >> (8 * j)) & 0xff]++;
			}
		}
		src = a;
		dst = b;
		for (byte = 0; byte < width; byte++) {
			size_t offs[256], sum = 0;
			unsigned d;
			int trivial = 0;
			for (d = 0; d < 256; d++) {
				if (counts[byte][d] == count) {
					trivial = 1;
				}
				offs[d] = sum;
				sum += counts[byte][d];
			}
			if (trivial) {
				continue; /* every key has the same digit here */
			}
			switch (shift) {
			case 1:
				DX__PASS(uint16_t);
				break;
			case 2:
				DX__PASS(uint32_t);
				break;
			default:
				DX__PASS(uint64_t);
				break;
			}
			src = dst;
			dst = (src == a) ? b : a;
		}
	}
	for (i = 0; i < count; i++) {
		dx__unkey(data + (i << shift), elem_type, dx__load_key(src, i, shift));
	}
}

/* ---- comparator merge sort ---- */

/* Merges the sorted runs v[lo, mid) and v[mid, hi) into out[lo, hi);
 * the left element wins ties (stability). */
static void dx__merge(const double *v, double *out, size_t lo, size_t mid, size_t hi, dx_sort_compare_fn compare,
                      void *udata) {
	size_t i = lo, j = mid, k = lo;
	while (i < mid && j < hi) {
		if (compare(udata, v[j], v[i]) < 0) {
			out[k++] = v[j++];
		} else {
			out[k++] = v[i++];
		}
	}
	while (i < mid) {
		out[k++] = v[i++];
	}
	while (j < hi) {
		out[k++] = v[j++];
	}
}

/* Insertion sort of short runs before merging (fewer comparator calls). */
static void dx__insertion_sort(double *v, size_t lo, size_t hi, dx_sort_compare_fn compare, void *udata) {
	size_t i, j;
	for (i = lo + 1; i < hi; i++) {
		double x = v[i];
		for (j = i; j > lo && compare(udata, x, v[j - 1]) < 0; j--) {
			v[j] = v[j - 1];
		}
		v[j] = x;
	}
}

#define DX__RUN 8

void dx_sort_merge(double *v, double *tmp, size_t count, dx_sort_compare_fn compare, void *udata) {
	size_t width, lo;
	double *src = v, *dst = tmp;
	for (lo = 0; lo < count; lo += DX__RUN) {
		dx__insertion_sort(v, lo, lo + DX__RUN < count ? lo + DX__RUN : count, compare, udata);
	}
	for (width = DX__RUN; width < count; width *= 2) {
		double *t;
		for (lo = 0; lo < count; lo += 2 * width) {
			size_t mid = lo + width < count ? lo + width : count;
			size_t hi = mid + width < count ? mid + width : count;
			dx__merge(src, dst, lo, mid, hi, compare, udata);
		}
		t = src;
		src = dst;
		dst = t;
	}
	if (src != v) {
		memcpy(v, src, count * sizeof *v);
	}
}
