/*
 * dx_elem: reads, writes and bulk operations on typed array elements in host
 * byte order (see dx_elem.h).  Loads and stores go through memcpy so views
 * at any address are safe; compilers turn them into plain moves.
 */
#include "dx_elem.h"

#include <math.h>
#include <string.h>

#include "dx_field.h"

static const uint8_t dx__shifts[DX_ELEM_TYPE_COUNT] = { 0, 0, 0, 1, 1, 2, 2, 2, 3, 1 };

unsigned dx_elem_shift(unsigned elem_type) {
	return elem_type < DX_ELEM_TYPE_COUNT ? dx__shifts[elem_type] : 0;
}

double dx_elem_read(const uint8_t *p, unsigned elem_type) {
	switch (elem_type) {
	case DUK_EXT_ELEM_INT8:
		return (double) (int8_t) p[0];
	case DUK_EXT_ELEM_UINT16: {
		uint16_t v;
		memcpy(&v, p, 2);
		return (double) v;
	}
	case DUK_EXT_ELEM_INT16: {
		int16_t v;
		memcpy(&v, p, 2);
		return (double) v;
	}
	case DUK_EXT_ELEM_UINT32: {
		uint32_t v;
		memcpy(&v, p, 4);
		return (double) v;
	}
	case DUK_EXT_ELEM_INT32: {
		int32_t v;
		memcpy(&v, p, 4);
		return (double) v;
	}
	case DUK_EXT_ELEM_FLOAT32: {
		float v;
		memcpy(&v, p, 4);
		return (double) v;
	}
	case DUK_EXT_ELEM_FLOAT64: {
		double v;
		memcpy(&v, p, 8);
		return v;
	}
	case DUK_EXT_ELEM_FLOAT16: {
		uint16_t v;
		memcpy(&v, p, 2);
		return dx_half_to_double(v);
	}
	default: /* Uint8, Uint8Clamped */
		return (double) p[0];
	}
}

/* ToUint32 (ToInt32 and the narrower ToIntN/ToUintN keep its low bits):
 * truncate toward zero, then reduce modulo 2^32; NaN and infinities give 0.
 * Below 2^63 in magnitude the 64-bit conversion truncates and the cast
 * reduces; larger doubles are integers already, brought below 2^32 in
 * magnitude first (fmod is exact and keeps the sign). */
static uint32_t dx__to_uint32(double v) {
	if (!(v > -9223372036854775808.0 && v < 9223372036854775808.0)) {
		v = isfinite(v) ? fmod(v, 4294967296.0) : 0;
	}
	return (uint32_t) (int64_t) v;
}

uint8_t dx_elem_uint8_clamp(double v) {
	if (!(v > 0)) { /* NaN too */
		return 0;
	}
	if (v >= 255) {
		return 255;
	}
	return (uint8_t) rint(v); /* the default rounding mode rounds half to even */
}

void dx_elem_write(uint8_t *p, unsigned elem_type, double v) {
	switch (elem_type) {
	case DUK_EXT_ELEM_UINT8CLAMPED:
		p[0] = dx_elem_uint8_clamp(v);
		break;
	case DUK_EXT_ELEM_UINT16:
	case DUK_EXT_ELEM_INT16: {
		uint16_t u = (uint16_t) dx__to_uint32(v);
		memcpy(p, &u, 2);
		break;
	}
	case DUK_EXT_ELEM_UINT32:
	case DUK_EXT_ELEM_INT32: {
		uint32_t u = dx__to_uint32(v);
		memcpy(p, &u, 4);
		break;
	}
	case DUK_EXT_ELEM_FLOAT32: {
		float f = (float) v;
		memcpy(p, &f, 4);
		break;
	}
	case DUK_EXT_ELEM_FLOAT64:
		memcpy(p, &v, 8);
		break;
	case DUK_EXT_ELEM_FLOAT16: {
		uint16_t h = dx_double_to_half(v);
		memcpy(p, &h, 2);
		break;
	}
	default: /* Uint8, Int8 */
		p[0] = (uint8_t) dx__to_uint32(v);
		break;
	}
}

/* Bit s of row d: elements of type s copy into type d as bytes (the same
 * type, or integers of the same size where modular conversion keeps the
 * bits; Int8 -> Uint8Clamped clamps negatives, so it does not). */
static const uint16_t dx__bytes_compatible[DX_ELEM_TYPE_COUNT] = {
	0x007, 0x003, 0x007, 0x018, 0x018, 0x060, 0x060, 0x080, 0x100, 0x200
};

int dx_elem_bytes_compatible(unsigned dst_type, unsigned src_type) {
	return (dx__bytes_compatible[dst_type] >> src_type) & 1;
}

void dx_elem_fill(uint8_t *p, size_t count, unsigned elem_type, double v) {
	unsigned shift = dx_elem_shift(elem_type);
	size_t total = count << shift, done;
	if (count == 0) {
		return;
	}
	dx_elem_write(p, elem_type, v);
#if !defined(DUK_EXT_OPTIMIZE_SIZE)
	if (shift == 0) { /* builds optimised for size double bytes too */
		memset(p + 1, p[0], count - 1);
		return;
	}
#endif
	for (done = (size_t) 1 << shift; done < total;) {
		size_t n = done <= total - done ? done : total - done;
		memcpy(p + done, p, n);
		done += n;
	}
}

#if !defined(DUK_EXT_OPTIMIZE_SIZE)
/* Reverses the order of the lanes of 1 << shift bytes (shift < 3) in a
 * 64-bit word; compilers turn the byte case into one bswap. */
static uint64_t dx__reverse_lanes(uint64_t x, unsigned shift) {
	if (shift < 1) {
		x = ((x & 0x00ff00ff00ff00ffull) << 8) | ((x >> 8) & 0x00ff00ff00ff00ffull);
	}
	if (shift < 2) {
		x = ((x & 0x0000ffff0000ffffull) << 16) | ((x >> 16) & 0x0000ffff0000ffffull);
	}
	return (x << 32) | (x >> 32);
}

/* Swaps lane-reversed 8-byte words from both ends of bytes [*lo, *hi) while
 * at least 16 bytes are left.  Called with a constant shift so that each
 * copy folds its lane reversal (a bswap for bytes). */
static void dx__reverse_words(uint8_t *p, size_t *lo_io, size_t *hi_io, unsigned shift) {
	size_t lo = *lo_io, hi = *hi_io; /* locals: stores through p may alias */
	while (hi - lo >= 16) {
		uint64_t a, b;
		memcpy(&a, p + lo, 8);
		memcpy(&b, p + hi - 8, 8);
		if (shift < 3) {
			a = dx__reverse_lanes(a, shift);
			b = dx__reverse_lanes(b, shift);
		}
		memcpy(p + lo, &b, 8);
		memcpy(p + hi - 8, &a, 8);
		lo += 8;
		hi -= 8;
	}
	*lo_io = lo;
	*hi_io = hi;
}
#endif

/* Builds optimised for size (DUK_EXT_OPTIMIZE_SIZE) swap element by element
 * only; the others first swap lane-reversed words from both ends. */
void dx_elem_reverse(uint8_t *p, size_t count, unsigned shift) {
	size_t size = (size_t) 1 << shift, lo = 0, hi = count << shift; /* bytes [lo, hi) left to reverse */
	uint8_t t[8];
#if !defined(DUK_EXT_OPTIMIZE_SIZE)
	switch (shift) {
	case 0:
		dx__reverse_words(p, &lo, &hi, 0);
		break;
	case 1:
		dx__reverse_words(p, &lo, &hi, 1);
		break;
	case 2:
		dx__reverse_words(p, &lo, &hi, 2);
		break;
	default:
		dx__reverse_words(p, &lo, &hi, 3);
		break;
	}
#endif
	while (hi - lo >= 2 * size) { /* the middle elements */
		memcpy(t, p + lo, size);
		memcpy(p + lo, p + hi - size, size);
		memcpy(p + hi - size, t, size);
		lo += size;
		hi -= size;
	}
}

void dx_elem_convert(uint8_t *dst, unsigned dst_type, const uint8_t *src, unsigned src_type, size_t count) {
	size_t i;
	unsigned ds = dx_elem_shift(dst_type), ss = dx_elem_shift(src_type);
	if (dx_elem_bytes_compatible(dst_type, src_type)) {
		if (count > 0) {
			memmove(dst, src, count << ds);
		}
		return;
	}
	for (i = 0; i < count; i++) {
		dx_elem_write(dst + (i << ds), dst_type, dx_elem_read(src + (i << ss), src_type));
	}
}
