/*
 * dx_search: typed element search (see dx_search.h).  The Number is stored
 * once as an element of the type; a value the type cannot hold exactly
 * matches nothing.  Every scan then compares element bits as unsigned
 * integers (under a mask that lets +0 match -0), which is exact for
 * integers and, NaN aside, for IEEE floats too.  Builds optimised for
 * size (DUK_EXT_OPTIMIZE_SIZE) instead read each element as a double and
 * compare it with the Number (the same matches: reading is exact and
 * one-to-one, NaN aside, and +0 == -0).
 */
#define _GNU_SOURCE /* memrchr, where the C library has it */
#include "dx_search.h"

#include <math.h>
#include <string.h>

#include "dx_elem.h"

#if !defined(DUK_EXT_OPTIMIZE_SIZE)
/* Scans elements of unsigned type T for `match` (an expression of v_).
 * Blocks of DX__BLOCK elements are tested with one branch; the block
 * holding a hit is then scanned element by element. */
#define DX__BLOCK 8
#define DX__SCAN(T, match)                                                         \
	do {                                                                       \
		size_t i_, j_;                                                     \
		T v_, blk_[DX__BLOCK];                                             \
		unsigned any_;                                                     \
		if (!backward) {                                                   \
			for (i_ = from; to - i_ >= DX__BLOCK; i_ += DX__BLOCK) {   \
				memcpy(blk_, data + i_ * sizeof(T), sizeof blk_);  \
				for (any_ = 0, j_ = 0; j_ < DX__BLOCK; j_++) {     \
					v_ = blk_[j_];                             \
					any_ |= (unsigned) (match);                \
				}                                                  \
				if (any_) {                                        \
					break;                                     \
				}                                                  \
			}                                                          \
			for (; i_ < to; i_++) {                                    \
				memcpy(&v_, data + i_ * sizeof(T), sizeof(T));     \
				if (match) {                                       \
					return i_;                                 \
				}                                                  \
			}                                                          \
		} else {                                                           \
			for (i_ = to; i_ - from >= DX__BLOCK; i_ -= DX__BLOCK) {   \
				memcpy(blk_, data + (i_ - DX__BLOCK) * sizeof(T), sizeof blk_); \
				for (any_ = 0, j_ = 0; j_ < DX__BLOCK; j_++) {     \
					v_ = blk_[j_];                             \
					any_ |= (unsigned) (match);                \
				}                                                  \
				if (any_) {                                        \
					break;                                     \
				}                                                  \
			}                                                          \
			while (i_-- > from) {                                      \
				memcpy(&v_, data + i_ * sizeof(T), sizeof(T));     \
				if (match) {                                       \
					return i_;                                 \
				}                                                  \
			}                                                          \
		}                                                                  \
		return DX_SEARCH_NOT_FOUND;                                        \
	} while (0)
#endif

#if !defined(DUK_EXT_OPTIMIZE_SIZE)
/* memchr forward; backward memrchr (glibc) or else 32 then 8 bytes per
 * step with the exact "has a zero byte" test on each word XOR the byte. */
static size_t dx__search_byte(const uint8_t *data, size_t from, size_t to, uint8_t b, int backward) {
	const uint8_t *hit;
	if (!backward) {
		hit = (const uint8_t *) memchr(data + from, b, to - from);
		return hit != NULL ? (size_t) (hit - data) : DX_SEARCH_NOT_FOUND;
	}
#if defined(__GLIBC__)
	hit = (const uint8_t *) memrchr(data + from, b, to - from);
	return hit != NULL ? (size_t) (hit - data) : DX_SEARCH_NOT_FOUND;
#else
	{
		const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
		(void) hit;
		while (to - from >= 32) { /* four words per step while nothing matches */
			uint64_t w[4], hits = 0;
			unsigned j;
			memcpy(w, data + to - 32, 32);
			for (j = 0; j < 4; j++) {
				uint64_t x = w[j] ^ (ones * b);
				hits |= (x - ones) & ~x & highs;
			}
			if (hits != 0) {
				break;
			}
			to -= 32;
		}
		while (to - from >= 8) {
			uint64_t w;
			memcpy(&w, data + to - 8, 8);
			w ^= ones * b;
			if (((w - ones) & ~w & highs) != 0) {
				break; /* the hit is in these eight bytes */
			}
			to -= 8;
		}
		while (to > from) {
			if (data[--to] == b) {
				return to;
			}
		}
		return DX_SEARCH_NOT_FOUND;
	}
#endif
}
#endif

#if !defined(DUK_EXT_OPTIMIZE_SIZE)
/* The element of 1 << shift bytes at p as an unsigned integer. */
static uint64_t dx__load_bits(const uint8_t *p, unsigned shift) {
	uint16_t h;
	uint32_t w;
	uint64_t d;
	switch (shift) {
	case 0:
		return p[0];
	case 1:
		memcpy(&h, p, 2);
		return h;
	case 2:
		memcpy(&w, p, 4);
		return w;
	default:
		memcpy(&d, p, 8);
		return d;
	}
}

/* Elements whose bits under `mask` equal key, or are greater than key when
 * above is set (any NaN: key is then the infinity): one loop for every
 * width, for NaN (a rare search). */
static size_t dx__search_loop(const uint8_t *data, unsigned shift, size_t from, size_t to, uint64_t key, uint64_t mask,
                              int above, int backward) {
	size_t i;
	for (i = 0; i < to - from; i++) {
		size_t k = backward ? to - 1 - i : from + i;
		uint64_t v = dx__load_bits(data + (k << shift), shift) & mask;
		if (above ? v > key : v == key) {
			return k;
		}
	}
	return DX_SEARCH_NOT_FOUND;
}

/* Elements whose bits under `mask` equal key: memchr for bytes (which never
 * need a mask), else one unrolled scan per width. */
static size_t dx__search_equal(const uint8_t *data, unsigned shift, size_t from, size_t to, uint64_t key,
                               uint64_t mask, int backward) {
	switch (shift) {
	case 0:
		return dx__search_byte(data, from, to, (uint8_t) key, backward);
	case 1:
		DX__SCAN(uint16_t, (uint16_t) (v_ & mask) == key);
	case 2:
		DX__SCAN(uint32_t, (uint32_t) (v_ & mask) == key);
	default:
		DX__SCAN(uint64_t, (v_ & mask) == key);
	}
}
#endif

#if !defined(DUK_EXT_OPTIMIZE_SIZE)
size_t dx_search_elem(const uint8_t *data, unsigned elem_type, size_t from, size_t to, double value,
                      int match_nan, int backward) {
	unsigned shift = dx_elem_shift(elem_type);
	uint8_t stored[8];
	uint64_t mask = shift == 3 ? ~(uint64_t) 0 : ((uint64_t) 1 << (8u << shift)) - 1;
	int nan = isnan(value), is_float = elem_type == DUK_EXT_ELEM_FLOAT32 || elem_type == DUK_EXT_ELEM_FLOAT64 ||
	                                   elem_type == DUK_EXT_ELEM_FLOAT16;
	if (from >= to) {
		return DX_SEARCH_NOT_FOUND;
	}
	if (nan) {
		if (!match_nan || !is_float) {
			return DX_SEARCH_NOT_FOUND;
		}
		value = INFINITY; /* NaNs are the bit patterns above it, either sign */
	}
	dx_elem_write(stored, elem_type, value);
	if (dx_elem_read(stored, elem_type) != value) {
		return DX_SEARCH_NOT_FOUND; /* the type cannot hold it: nothing equals it */
	}
	if (is_float && (nan || value == 0)) {
		mask >>= 1; /* without the sign bit: +0 matches -0 */
	}
	if (!nan) {
		return dx__search_equal(data, shift, from, to, dx__load_bits(stored, shift) & mask, mask, backward);
	}
	return dx__search_loop(data, shift, from, to, dx__load_bits(stored, shift) & mask, mask, nan, backward);
}
#else
size_t dx_search_elem(const uint8_t *data, unsigned elem_type, size_t from, size_t to, double value,
                      int match_nan, int backward) {
	unsigned shift = dx_elem_shift(elem_type);
	match_nan = match_nan && isnan(value); /* then any NaN element matches */
	while (from < to) {
		size_t k = backward ? --to : from++;
		double v = dx_elem_read(data + (k << shift), elem_type);
		if (v == value || (match_nan && isnan(v))) {
			return k;
		}
	}
	return DX_SEARCH_NOT_FOUND;
}
#endif
