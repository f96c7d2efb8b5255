/*
 * fuzz_utf16: libFuzzer harness for the UTF-16LE codec (dx_utf16.h).
 * Properties: counting and writing passes agree and stay within 3 bytes per
 * code unit; Node's ucs2 decoding keeps every code unit, so encoding gives the
 * input back (without an odd last byte); the WHATWG decoding is well formed:
 * decoding its encoding again finds no error and changes nothing; the
 * streaming tail is at most 3 bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_utf16.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	size_t even = size & ~(size_t) 1;
	size_t bound = 3 * (size / 2) + 1;
	uint8_t *internal = malloc(bound), *bytes = malloc(size + 1), *again = malloc(bound);
	size_t n, m, k, errors, errors2;
	int wf;

	FUZZ_CHECK(internal != NULL && bytes != NULL && again != NULL);
	for (wf = 0; wf <= 1; wf++) {
		errors = 0;
		n = dx_utf16le_decode(data, size, NULL, wf, NULL);
		FUZZ_CHECK(n < bound);
		FUZZ_CHECK(dx_utf16le_decode(data, size, internal, wf, &errors) == n);
		FUZZ_CHECK(dx_utf16_units(internal, n) == size / 2);
		m = dx_utf16le_encode(internal, n, bytes, size);
		FUZZ_CHECK(m == even);
		if (!wf) {
			FUZZ_CHECK(errors == 0);
			FUZZ_CHECK(memcmp(bytes, data, even) == 0);
		} else {
			errors2 = 0;
			k = dx_utf16le_decode(bytes, m, again, 1, &errors2);
			FUZZ_CHECK(errors2 == 0 && k == n && memcmp(again, internal, n) == 0);
		}
		/* A capped encode writes whole code units only. */
		if (size > 0) {
			size_t cap = data[0] % (even + 1);
			k = dx_utf16le_encode(internal, n, again, cap);
			FUZZ_CHECK(k <= cap && k % 2 == 0 && k + 1 >= cap && memcmp(again, bytes, k) == 0);
		}
	}
	FUZZ_CHECK(dx_utf16le_incomplete_tail(data, size) <= 3);
	FUZZ_CHECK(dx_utf16le_incomplete_tail(data, size) <= size);
	free(internal);
	free(bytes);
	free(again);
	return 0;
}
