/*
 * dx_field: one read and one write routine for every fixed-width numeric
 * field (see dx_field.h).  Bytes are assembled into a 64-bit integer in the
 * field's byte order, then interpreted per kind, so host byte order never
 * matters.
 */
#include "dx_field.h"

#include <math.h>
#include <string.h>

static double dx__bits_to_double(uint64_t bits) {
	double v;
	memcpy(&v, &bits, sizeof v);
	return v;
}

static uint64_t dx__double_to_bits(double v) {
	uint64_t bits;
	memcpy(&bits, &v, sizeof bits);
	return bits;
}

double dx_half_to_double(uint16_t h) {
	/* The half's exponent and mantissa bits placed at the top of a double's
	 * give its value times 2^-1008 (a double subnormal for a half one), so
	 * one exact multiplication rebases the exponent. */
	double magnitude = dx__bits_to_double((uint64_t) (h & 0x7fff) << 42) * 0x1p1008;
	if ((h & 0x7c00) == 0x7c00) {
		magnitude = (h & 0x3ff) ? NAN : INFINITY;
	}
	return (h & 0x8000) ? -magnitude : magnitude;
}

uint16_t dx_double_to_half(double v) {
	uint64_t bits = dx__double_to_bits(v);
	unsigned sign = (unsigned) (bits >> 48) & 0x8000, shift = 42, field = 0;
	int exponent = (int) ((bits >> 52) & 0x7ff) - 1023;
	uint64_t mantissa = (bits & 0xfffffffffffffu) | ((uint64_t) 1 << 52);
	if (exponent > 15) { /* from 2^16 on: infinity (NaN: the quiet one) */
		return isnan(v) ? 0x7e00 : (uint16_t) (sign | 0x7c00);
	}
	/* The value in units of the half's ulp: 2^(exponent - 10) for a normal,
	 * whose exponent field is written below the units; 2^-24 below 2^-14
	 * (subnormals; doubles that small round to 0, which the shift limit
	 * keeps). */
	if (exponent < -14) {
		shift = exponent < -35 ? 63 : (unsigned) (28 - exponent);
	} else {
		field = (unsigned) (exponent + 14) << 10;
	}
	/* rounded to nearest, ties to even: adding half a unit less one, plus
	 * the lowest kept bit, carries exactly when the rest is above half or is
	 * half with an odd result */
	mantissa += ((uint64_t) 1 << (shift - 1)) - 1 + ((mantissa >> shift) & 1);
	/* A normal's units are 1024..2048 with the leading bit, which adds one
	 * to the exponent field (2048: the next binade, up to infinity from
	 * 65520 on). */
	return (uint16_t) (sign | (field + (unsigned) (mantissa >> shift)));
}

double dx_field_read(const uint8_t *p, dx_field f) {
	uint64_t bits = 0;
	unsigned i, n = f.width;
	for (i = 0; i < n; i++) {
		bits = (bits << 8) | p[f.little_endian ? n - 1 - i : i];
	}
	if (f.kind == DX_FIELD_FLOAT) {
		float single;
		uint32_t bits32 = (uint32_t) bits;
		if (n == 2) {
			return dx_half_to_double((uint16_t) bits);
		}
		if (n == 4) {
			memcpy(&single, &bits32, sizeof single);
			return single;
		}
		return dx__bits_to_double(bits);
	}
	if (f.kind == DX_FIELD_INT && n < 8) {
		int64_t sign_bit = (int64_t) 1 << (8 * n - 1);
		return (double) ((int64_t) (bits ^ (uint64_t) sign_bit) - sign_bit);
	}
	return (double) bits;
}

/* Integer field bits: the low 32 bits are ToUint32(v) (truncation toward
 * zero, modulo 2^32; NaN and infinities give 0); the bits past 32 are
 * floor(v / 2^32), which is how Node's 40- and 48-bit writers split a value.
 * Below 2^63 that is the two's complement of trunc(v), less 2^32 for a
 * negative non-integer whose truncation is a multiple of 2^32 (-0.5: low 0,
 * high -1). */
static uint64_t dx__integer_bits(double v) {
	int64_t t;
	if (!(fabs(v) < 9223372036854775808.0)) {
		/* an integer (or infinity, NaN): the low 64 bits of its two's
		 * complement, the mantissa shifted up by exponent - 52 (0 from 64) */
		uint64_t bits = dx__double_to_bits(v), magnitude = (bits & 0xfffffffffffffu) | ((uint64_t) 1 << 52);
		unsigned shift = (unsigned) ((bits >> 52) & 0x7ff) - 1075;
		magnitude = shift < 64 ? magnitude << shift : 0;
		return bits >> 63 ? 0 - magnitude : magnitude;
	}
	t = (int64_t) v;
	/* Node's floor(v * 2^-32) as it computes it: -0 when that underflows */
	return (uint64_t) t - ((uint32_t) t == 0 && v * 0x1p-32 < (double) t * 0x1p-32 ? (uint64_t) 1 << 32 : 0);
}

void dx_field_write(uint8_t *p, dx_field f, double v) {
	uint64_t bits;
	unsigned i, n = f.width;
	if (f.kind != DX_FIELD_FLOAT) {
		bits = dx__integer_bits(v);
	} else if (n == 2) {
		bits = dx_double_to_half(v);
	} else if (n == 4) {
		float single = (float) v;
		uint32_t bits32;
		memcpy(&bits32, &single, sizeof bits32);
		bits = bits32;
	} else {
		bits = dx__double_to_bits(v);
	}
	for (i = 0; i < n; i++) {
		p[f.little_endian ? i : n - 1 - i] = (uint8_t) bits;
		bits >>= 8;
	}
}
