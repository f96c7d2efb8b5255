/*
 * fuzz_hex: libFuzzer harness for the hex codec (dx_hex.h) and Node's lenient
 * hex decoder (dx_lenient.h).
 * The first byte is an output cap; the rest is the input string.
 * Properties: both decoders write within the cap and read within the input;
 * the strict decoder consumes two characters per byte and its bytes encode
 * back to the characters it read (lowercased), as do the lenient decoder's
 * on ASCII input; its bytes encode to a string both decoders give back
 * unchanged.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_hex.h"
#include "dx_lenient.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	const uint8_t *s;
	size_t slen, cap, n, i, read = 0, written = 0;
	uint8_t *out, *enc, *back;
	int rc, ascii = 1;

	if (size < 1) {
		return 0;
	}
	s = data + 1;
	slen = size - 1;
	cap = data[0] == 255 ? slen : data[0];
	out = malloc(slen / 2 + cap + 1);
	enc = malloc(slen + 2 * cap + 1);
	back = malloc(slen / 2 + cap + 1);
	FUZZ_CHECK(out != NULL && enc != NULL && back != NULL);

	n = dx_hex_decode_lenient(s, slen, out, cap);
	FUZZ_CHECK(n <= cap && n <= slen / 2);
	dx_hex_encode(out, n, enc);
	FUZZ_CHECK(dx_hex_decode_lenient(enc, 2 * n, back, n) == n && memcmp(back, out, n) == 0);
	FUZZ_CHECK(dx_hex_decode_strict(enc, 2 * n, back, n, &read, &written) == 0);
	FUZZ_CHECK(read == 2 * n && written == n && memcmp(back, out, n) == 0);
	for (i = 0; i < slen; i++) {
		ascii &= s[i] < 0x80;
	}
	for (i = 0; ascii && i < 2 * n; i++) {
		FUZZ_CHECK(tolower(s[i]) == enc[i]);
	}

	rc = dx_hex_decode_strict(s, slen, out, cap, &read, &written);
	FUZZ_CHECK(rc == 0 || rc == -1);
	FUZZ_CHECK(written <= cap);
	if (rc == 0) {
		FUZZ_CHECK(read <= slen && read == 2 * written);
		dx_hex_encode(out, written, enc);
		for (i = 0; i < read; i++) {
			FUZZ_CHECK(tolower(s[i]) == enc[i]);
		}
	}
	free(out);
	free(enc);
	free(back);
	return 0;
}
