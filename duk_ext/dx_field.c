/*
 * dx_field: one read and one write routine for every fixed-width numeric
 * field (see dx_field.h).  Bytes are assembled into a 64-bit integer in the
 * field's byte order, then interpreted per kind, so host byte order never
 * matters.
 */
#include "dx_field.h"

#include <math.h>
#include <string.h>

dx_field dx_field_unpack(int packed) {
	dx_field f;
	f.width = (uint8_t) (packed & 0x0f);
	f.kind = (uint8_t) ((packed >> 4) & 0x03);
	f.little_endian = (uint8_t) ((packed >> 6) & 0x01);
	return f;
}

static uint64_t dx__load(const uint8_t *p, dx_field f) {
	uint64_t bits = 0;
	unsigned i;
	for (i = 0; i < f.width; i++) {
		unsigned idx = f.little_endian ? (unsigned) (f.width - 1 - i) : i;
		bits = (bits << 8) | p[idx];
	}
	return bits;
}

static void dx__store(uint8_t *p, dx_field f, uint64_t bits) {
	unsigned i;
	for (i = 0; i < f.width; i++) {
		unsigned idx = f.little_endian ? i : (unsigned) (f.width - 1 - i);
		p[idx] = (uint8_t) (bits & 0xff);
		bits >>= 8;
	}
}

static float dx__bits_to_float(uint32_t bits) {
	float v;
	memcpy(&v, &bits, sizeof v);
	return v;
}

static uint32_t dx__float_to_bits(float v) {
	uint32_t bits;
	memcpy(&bits, &v, sizeof bits);
	return bits;
}

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
	int exponent = (h >> 10) & 0x1f;
	double mantissa = (double) (h & 0x3ff);
	double magnitude;
	if (exponent == 0x1f) {
		magnitude = mantissa == 0 ? INFINITY : NAN;
	} else if (exponent == 0) {
		magnitude = ldexp(mantissa, -24);
	} else {
		magnitude = ldexp(mantissa + 1024.0, exponent - 25);
	}
	return (h & 0x8000) ? -magnitude : magnitude;
}

uint16_t dx_double_to_half(double v) {
	uint16_t sign = signbit(v) ? 0x8000 : 0;
	double a = fabs(v);
	int exponent;
	double scaled, rounded, frac;

	if (isnan(v)) {
		return 0x7e00;
	}
	if (a >= 65520.0) { /* 65504 + half an ulp rounds to infinity */
		return (uint16_t) (sign | 0x7c00);
	}
	/* Scale so the 10 mantissa bits (or the subnormal grid) are the integer
	 * part, then round half to even on the exact double. */
	if (a < ldexp(1.0, -14)) {
		scaled = ldexp(a, 24); /* subnormal grid: units of 2^-24 */
		exponent = 0;
	} else {
		(void) frexp(a, &exponent); /* a = m * 2^exponent, m in [0.5, 1) */
		exponent -= 1;              /* a in [2^exponent, 2^(exponent+1)) */
		scaled = ldexp(a, 10 - exponent);
		exponent += 15;
	}
	rounded = floor(scaled);
	frac = scaled - rounded;
	if (frac > 0.5 || (frac == 0.5 && fmod(rounded, 2.0) != 0.0)) {
		rounded += 1.0;
	}
	if (exponent == 0) {
		/* Subnormal: 1024 here means it rounded up to the smallest normal. */
		return (uint16_t) (sign | (uint16_t) rounded);
	}
	/* Normal: rounded is in [1024, 2048]; 2048 carries into the exponent. */
	if (rounded >= 2048.0) {
		rounded = 1024.0;
		exponent += 1;
	}
	return (uint16_t) (sign | (uint16_t) (exponent << 10) | ((uint16_t) rounded - 1024));
}

double dx_field_read(const uint8_t *p, dx_field f) {
	uint64_t bits = dx__load(p, f);
	if (f.kind == DX_FIELD_FLOAT) {
		switch (f.width) {
		case 2:
			return dx_half_to_double((uint16_t) bits);
		case 4:
			return (double) dx__bits_to_float((uint32_t) bits);
		default:
			return dx__bits_to_double(bits);
		}
	}
	if (f.kind == DX_FIELD_INT && f.width < 8) {
		uint64_t sign_bit = (uint64_t) 1 << (8 * f.width - 1);
		if (bits & sign_bit) {
			return (double) (int64_t) (bits | ~((sign_bit << 1) - 1));
		}
	}
	return (double) bits;
}

/* Integer field bits: the low 32 bits are ToUint32(v) (truncation toward
 * zero, modulo 2^32; NaN and infinities give 0); for fields wider than 4
 * bytes the high bits are floor(v / 2^32) modulo 2^(8*width - 32), which is
 * how Node's 40- and 48-bit writers split a value.  For integers this is
 * plain two's complement; every such integer is exact in a double. */
static uint64_t dx__integer_bits(double v, unsigned width) {
	double two32 = 4294967296.0, low, high, high_modulus;
	if (!isfinite(v)) {
		return 0;
	}
	low = fmod(trunc(v), two32);
	if (low < 0) {
		low += two32;
	}
	if (width <= 4) {
		return (uint64_t) low & ((((uint64_t) 1) << (8 * width)) - 1);
	}
	high_modulus = ldexp(1.0, (int) (8 * width - 32));
	high = fmod(floor(v / two32), high_modulus);
	if (high < 0) {
		high += high_modulus;
	}
	return ((uint64_t) high << 32) | (uint64_t) low;
}

void dx_field_write(uint8_t *p, dx_field f, double v) {
	uint64_t bits;
	if (f.kind == DX_FIELD_FLOAT) {
		switch (f.width) {
		case 2:
			bits = dx_double_to_half(v);
			break;
		case 4:
			bits = dx__float_to_bits((float) v);
			break;
		default:
			bits = dx__double_to_bits(v);
			break;
		}
	} else {
		bits = dx__integer_bits(v, f.width);
	}
	dx__store(p, f, bits);
}
