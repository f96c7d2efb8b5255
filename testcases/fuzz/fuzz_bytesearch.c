/*
 * fuzz_bytesearch: libFuzzer harness for duk_ext/dx_bytesearch.c.  The
 * first byte gives the needle length and the second the start position; the
 * needle and then the haystack follow.  Property: dx_bytes_find and
 * dx_bytes_rfind agree with a naive search (and never read out of bounds).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_bytesearch.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t dx__naive(const uint8_t *h, size_t hl, const uint8_t *n, size_t nl, size_t from, int forward) {
	size_t i, best = DX_BYTES_NOT_FOUND;
	for (i = 0; i + nl <= hl; i++) {
		if (memcmp(h + i, n, nl) != 0) {
			continue;
		}
		if (forward && i >= from) {
			return i;
		}
		if (!forward && i <= from) {
			best = i;
		}
	}
	return best;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	size_t nl, from, hl;
	uint8_t *needle, *hay;
	if (size < 2) {
		return 0;
	}
	nl = data[0] % 40;
	from = data[1];
	if (size - 2 < nl) {
		return 0;
	}
	hl = size - 2 - nl;
	/* private copies so ASan sees the exact bounds */
	needle = malloc(nl + 1);
	hay = malloc(hl + 1);
	if (needle == NULL || hay == NULL) {
		abort();
	}
	memcpy(needle, data + 2, nl);
	memcpy(hay, data + 2 + nl, hl);
	if (dx_bytes_find(hay, hl, needle, nl, from) != (from > hl ? DX_BYTES_NOT_FOUND : dx__naive(hay, hl, needle, nl, from, 1))) {
		abort();
	}
	if (dx_bytes_rfind(hay, hl, needle, nl, from) != dx__naive(hay, hl, needle, nl, from, 0)) {
		abort();
	}
	free(needle);
	free(hay);
	return 0;
}
