/*
 * fuzz_field: libFuzzer harness for the merged field codec.  The first byte
 * picks a descriptor (width, kind, byte order); the rest is a field.
 * Properties: integer fields read then written give back the same bytes;
 * float fields do too unless they hold a NaN (NaN payloads may be
 * canonicalised); binary16 conversion of any double is idempotent.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_field.h"

static const uint8_t dx__int_widths[] = { 1, 2, 3, 4, 5, 6 };
static const uint8_t dx__float_widths[] = { 2, 4, 8 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	dx_field f;
	uint8_t out[8];
	double v;
	if (size < 9) {
		return 0;
	}
	f.little_endian = data[0] & 1;
	f.kind = (uint8_t) ((data[0] >> 1) % 3);
	f.width = f.kind == DX_FIELD_FLOAT ? dx__float_widths[(data[0] >> 3) % 3] : dx__int_widths[(data[0] >> 3) % 6];
	v = dx_field_read(data + 1, f);
	dx_field_write(out, f, v);
	if (!isnan(v) && memcmp(out, data + 1, f.width) != 0) {
		abort();
	}
	/* Any double: half(v) == half(double(half(v))). */
	memcpy(&v, data + 1, sizeof v);
	{
		uint16_t h = dx_double_to_half(v);
		if (!isnan(v) && dx_double_to_half(dx_half_to_double(h)) != h) {
			abort();
		}
	}
	return 0;
}
