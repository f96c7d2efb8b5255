/*
 * fuzz_utf8: libFuzzer harness for the UTF-8 and UTF-16LE codecs
 * (duk_ext/dx_utf8.c, dx_utf16.c).  Properties: counting and writing agree;
 * decoded output is at most 3x the input; valid UTF-8 survives a round trip
 * through Duktape's internal form; encoding with a limit writes a prefix of
 * the full encoding and never passes the limit; a streaming tail is at most
 * 3 bytes and decoding the bytes before it and then it gives the same as
 * decoding all at once; UTF-16LE
 * round-trips the internal form code unit by code unit; for any input,
 * encode(decode(x)) is valid UTF-8 that decodes to decode(x) again.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_utf16.h"
#include "dx_utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	uint8_t *internal, *utf8, *part, *u16, *back;
	size_t n, m, k, tail, units, cap;
	int astral;
	internal = (uint8_t *) malloc(3 * size + 1);
	utf8 = (uint8_t *) malloc(3 * size + 1);
	part = (uint8_t *) malloc(3 * size + 1);
	if (internal == NULL || utf8 == NULL || part == NULL) {
		abort();
	}
	n = dx_utf8_decode(data, size, internal);
	if (n != dx_utf8_decode(data, size, NULL) || n > 3 * size) {
		abort();
	}
	m = dx_utf8_encode(internal, n, utf8, 3 * size + 1, &units);
	if (m != dx_utf8_encode(internal, n, NULL, SIZE_MAX, NULL)) {
		abort();
	}
	if (dx_utf8_scan(data, size, &astral) == size && (m != size || memcmp(utf8, data, size) != 0)) {
		abort();
	}
	/* Any input: what the encoder writes is valid UTF-8, and decoding it
	 * again gives the same internal string (a fixed point). */
	if (dx_utf8_scan(utf8, m, &astral) != m || dx_utf8_decode(utf8, m, part) != n || memcmp(part, internal, n) != 0) {
		abort();
	}
	cap = size > 0 ? data[0] % (m + 1) : 0;
	k = dx_utf8_encode(internal, n, part, cap, NULL);
	if (k > cap || memcmp(part, utf8, k) != 0) {
		abort();
	}
	tail = dx_utf8_incomplete_tail(data, size);
	k = dx_utf8_decode(data, size - tail, part);
	if (tail > 3 || k + dx_utf8_decode(data + size - tail, tail, part + k) != n || memcmp(part, internal, n) != 0) {
		abort();
	}
	u16 = (uint8_t *) malloc(2 * units + 2);
	back = (uint8_t *) malloc(3 * units + 1);
	if (u16 == NULL || back == NULL) {
		abort();
	}
	if (dx_utf16_units(internal, n) != units || dx_utf16le_encode(internal, n, u16, 2 * units) != 2 * units) {
		abort();
	}
	k = dx_utf16le_decode(u16, 2 * units, back, 0, NULL);
	if (k != n || memcmp(back, internal, n) != 0) {
		abort();
	}
	free(internal);
	free(utf8);
	free(part);
	free(u16);
	free(back);
	return 0;
}
