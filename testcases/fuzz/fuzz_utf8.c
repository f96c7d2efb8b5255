/*
 * fuzz_utf8: libFuzzer harness for the UTF-8 codec (dx_utf8.h).
 * Properties: the counting pass agrees with the writing pass and stays within
 * 3 bytes per input byte; decoding then encoding valid UTF-8 gives the input
 * back; for any input, encode(decode(x)) is valid UTF-8 and decoding it again
 * is a fixed point; a capped encode writes whole characters only, within the
 * cap; the streaming tail is at most 3 bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_utf8.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	uint8_t *internal, *utf8, *again;
	size_t n, m, k, cap, units, valid, tail;
	int astral;

	internal = malloc(3 * size + 1);
	utf8 = malloc(3 * size + 1);
	again = malloc(3 * size + 1);
	FUZZ_CHECK(internal != NULL && utf8 != NULL && again != NULL);

	n = dx_utf8_decode(data, size, NULL);
	FUZZ_CHECK(n <= 3 * size);
	FUZZ_CHECK(dx_utf8_decode(data, size, internal) == n);

	m = dx_utf8_encode(internal, n, utf8, (size_t) -1, &units);
	FUZZ_CHECK(m <= 3 * size);
	FUZZ_CHECK(dx_utf8_encode(internal, n, NULL, (size_t) -1, NULL) == m);
	FUZZ_CHECK(dx_utf8_scan(utf8, m, &astral) == m);

	valid = dx_utf8_scan(data, size, &astral);
	FUZZ_CHECK(valid <= size);
	if (valid == size) {
		FUZZ_CHECK(m == size && memcmp(utf8, data, size) == 0);
	}

	/* The encoded form decodes to the same internal string. */
	k = dx_utf8_decode(utf8, m, again);
	FUZZ_CHECK(k == n && memcmp(again, internal, n) == 0);

	/* A cap taken from the input: whole characters only, within the cap, and
	 * a prefix of the uncapped output. */
	cap = size > 0 ? data[0] % (m + 1) : 0;
	k = dx_utf8_encode(internal, n, again, cap, NULL);
	FUZZ_CHECK(k <= cap && memcmp(again, utf8, k) == 0);
	FUZZ_CHECK(dx_utf8_scan(again, k, &astral) == k);

	tail = dx_utf8_incomplete_tail(data, size);
	FUZZ_CHECK(tail <= 3 && tail <= size);

	free(internal);
	free(utf8);
	free(again);
	return 0;
}
