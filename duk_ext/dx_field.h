/*
 * dx_field: the merged field codec.
 *
 * One descriptor (width 1..8 bytes; unsigned, signed or IEEE float; little or
 * big endian) and one read + one write routine serve Node's Buffer
 * read/write, DataView get/set (Float16 included) and the fixed-width
 * fields of the object-buffer format.  Engine-free: plain C99.
 */
#ifndef DX_FIELD_H
#define DX_FIELD_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
	DX_FIELD_UINT = 0,
	DX_FIELD_INT = 1,
	DX_FIELD_FLOAT = 2
} dx_field_kind;

typedef struct {
	uint8_t width;          /* bytes: 1..6 for integers, 2/4/8 for floats */
	uint8_t kind;           /* dx_field_kind */
	uint8_t little_endian;  /* 1 = least significant byte first */
} dx_field;

/* A descriptor packed into the low 7 bits of an int, to travel as a native
 * function's magic: width (bits 0..3), kind (bits 4..5), little endian (bit 6). */
#define DX_FIELD_PACK(width, kind, le) ((int) ((width) | ((kind) << 4) | ((le) << 6)))
#define DX_FIELD_PACK_MASK 0x7f

static inline dx_field dx_field_unpack(int packed) {
	dx_field f;
	f.width = (uint8_t) (packed & 0x0f);
	f.kind = (uint8_t) ((packed >> 4) & 0x03);
	f.little_endian = (uint8_t) ((packed >> 6) & 0x01);
	return f;
}

/* Reads the field at p (f.width bytes, caller has bounds-checked) as a double.
 * Integers of up to 6 bytes are exact. */
double dx_field_read(const uint8_t *p, dx_field f);

/* Writes v at p.  Integer fields take v modulo 2^(8*width) after truncation
 * toward zero (NaN and infinities write 0), as ECMAScript's ToIntN/ToUintN do
 * (above 4 bytes the part past bit 32 is floor(v / 2^32), as Node splits it);
 * float fields round to nearest, ties to even. */
void dx_field_write(uint8_t *p, dx_field f, double v);

/* IEEE 754 binary16 conversions (round to nearest, ties to even). */
uint16_t dx_double_to_half(double v);
double dx_half_to_double(uint16_t h);

#endif
