/*
 * dx_search: typed element search (see dx_search.h).  The Number is turned
 * into the element's own representation once; a value the type cannot hold
 * exactly matches nothing, so the scan compares native values only.
 */
#include "dx_search.h"

#include <math.h>
#include <string.h>

#include "dx_elem.h"
#include "dx_field.h"

/* Scans for the native value `key` of type T (loads via memcpy).  Blocks of
 * DX__BLOCK elements are tested with one branch (a loop compilers
 * vectorize); the block holding a hit is then scanned element by element. */
#define DX__BLOCK 16
#define DX__SCAN(T, key)                                                                   \
	do {                                                                               \
		size_t i_, j_;                                                             \
		T v_;                                                                      \
		if (!backward) {                                                           \
			for (i_ = from; to - i_ >= DX__BLOCK; i_ += DX__BLOCK) {           \
				int any_ = 0;                                              \
				for (j_ = 0; j_ < DX__BLOCK; j_++) {                       \
					memcpy(&v_, data + (i_ + j_) * sizeof(T), sizeof(T)); \
					any_ |= v_ == (key);                               \
				}                                                          \
				if (any_) {                                                \
					break;                                             \
				}                                                          \
			}                                                                  \
			for (; i_ < to; i_++) {                                            \
				memcpy(&v_, data + i_ * sizeof(T), sizeof(T));             \
				if (v_ == (key)) {                                         \
					return i_;                                         \
				}                                                          \
			}                                                                  \
		} else {                                                                   \
			for (i_ = to; i_ - from >= DX__BLOCK; i_ -= DX__BLOCK) {           \
				int any_ = 0;                                              \
				for (j_ = 1; j_ <= DX__BLOCK; j_++) {                      \
					memcpy(&v_, data + (i_ - j_) * sizeof(T), sizeof(T)); \
					any_ |= v_ == (key);                               \
				}                                                          \
				if (any_) {                                                \
					break;                                             \
				}                                                          \
			}                                                                  \
			while (i_-- > from) {                                              \
				memcpy(&v_, data + i_ * sizeof(T), sizeof(T));             \
				if (v_ == (key)) {                                         \
					return i_;                                         \
				}                                                          \
			}                                                                  \
		}                                                                          \
	} while (0)

/* NaN elements: any NaN bit pattern of the float type. */
#define DX__SCAN_NAN(T)                                                        \
	do {                                                                   \
		size_t i_;                                                     \
		T v_;                                                          \
		if (!backward) {                                               \
			for (i_ = from; i_ < to; i_++) {                       \
				memcpy(&v_, data + i_ * sizeof(T), sizeof(T)); \
				if (v_ != v_) {                                \
					return i_;                             \
				}                                              \
			}                                                      \
		} else {                                                       \
			for (i_ = to; i_-- > from;) {                          \
				memcpy(&v_, data + i_ * sizeof(T), sizeof(T)); \
				if (v_ != v_) {                                \
					return i_;                             \
				}                                              \
			}                                                      \
		}                                                              \
	} while (0)

/* memchr forward; backward, eight bytes per step with the exact "has a
 * zero byte" test on the word XOR the repeated byte. */
static size_t dx__search_byte(const uint8_t *data, size_t from, size_t to, uint8_t b, int backward) {
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	const uint8_t *hit;
	if (!backward) {
		hit = (const uint8_t *) memchr(data + from, b, to - from);
		return hit != NULL ? (size_t) (hit - data) : DX_SEARCH_NOT_FOUND;
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

/* Float16: values compared as binary16 bit patterns; both zeros match 0. */
static size_t dx__search_half(const uint8_t *data, size_t from, size_t to, double value, int match_nan, int backward) {
	size_t n = to - from, k;
	uint16_t key, mask = 0xffff;
	if (isnan(value)) {
		if (!match_nan) {
			return DX_SEARCH_NOT_FOUND;
		}
	} else if (dx_half_to_double(dx_double_to_half(value)) != value) {
		return DX_SEARCH_NOT_FOUND;
	}
	key = dx_double_to_half(value);
	if (value == 0) {
		key = 0;
		mask = 0x7fff;
	}
	for (k = 0; k < n; k++) {
		size_t i = backward ? to - 1 - k : from + k;
		uint16_t h;
		memcpy(&h, data + 2 * i, 2);
		if (isnan(value) ? ((h & 0x7c00) == 0x7c00 && (h & 0x03ff) != 0) : ((h & mask) == key)) {
			return i;
		}
	}
	return DX_SEARCH_NOT_FOUND;
}

size_t dx_search_elem(const uint8_t *data, unsigned elem_type, size_t from, size_t to, double value,
                      int match_nan, int backward) {
	if (from >= to) {
		return DX_SEARCH_NOT_FOUND;
	}
	if (elem_type == DUK_EXT_ELEM_FLOAT16) {
		return dx__search_half(data, from, to, value, match_nan, backward);
	}
	if (isnan(value)) {
		if (match_nan) {
			if (elem_type == DUK_EXT_ELEM_FLOAT32) {
				DX__SCAN_NAN(float);
			} else if (elem_type == DUK_EXT_ELEM_FLOAT64) {
				DX__SCAN_NAN(double);
			}
		}
		return DX_SEARCH_NOT_FOUND;
	}
	switch (elem_type) {
	case DUK_EXT_ELEM_FLOAT64:
		DX__SCAN(double, value);
		return DX_SEARCH_NOT_FOUND;
	case DUK_EXT_ELEM_FLOAT32: {
		float key = (float) value;
		if ((double) key != value) {
			return DX_SEARCH_NOT_FOUND;
		}
		DX__SCAN(float, key);
		return DX_SEARCH_NOT_FOUND;
	}
	default:
		break;
	}
	/* Integer types: the value must be an integer in the type's range. */
	if (trunc(value) != value) {
		return DX_SEARCH_NOT_FOUND;
	}
	switch (elem_type) {
	case DUK_EXT_ELEM_INT8:
		return value >= -128 && value <= 127 ? dx__search_byte(data, from, to, (uint8_t) (int8_t) value, backward)
		                                     : DX_SEARCH_NOT_FOUND;
	case DUK_EXT_ELEM_UINT16:
		if (value >= 0 && value <= 65535) {
			uint16_t key = (uint16_t) value;
			DX__SCAN(uint16_t, key);
		}
		return DX_SEARCH_NOT_FOUND;
	case DUK_EXT_ELEM_INT16:
		if (value >= -32768 && value <= 32767) {
			int16_t key = (int16_t) value;
			DX__SCAN(int16_t, key);
		}
		return DX_SEARCH_NOT_FOUND;
	case DUK_EXT_ELEM_UINT32:
		if (value >= 0 && value <= 4294967295.0) {
			uint32_t key = (uint32_t) value;
			DX__SCAN(uint32_t, key);
		}
		return DX_SEARCH_NOT_FOUND;
	case DUK_EXT_ELEM_INT32:
		if (value >= -2147483648.0 && value <= 2147483647.0) {
			int32_t key = (int32_t) value;
			DX__SCAN(int32_t, key);
		}
		return DX_SEARCH_NOT_FOUND;
	default: /* Uint8, Uint8Clamped */
		return value >= 0 && value <= 255 ? dx__search_byte(data, from, to, (uint8_t) value, backward)
		                                  : DX_SEARCH_NOT_FOUND;
	}
}
