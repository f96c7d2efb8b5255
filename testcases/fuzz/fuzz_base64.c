/*
 * fuzz_base64: libFuzzer harness for the base64 codec (dx_base64.h), both
 * decoders.  The first byte picks the alphabet, padding, last-chunk mode and
 * an output cap; the rest is the input string.
 * Properties: Node's lenient decoder writes within the cap and what it
 * writes re-encodes to a string it decodes back unchanged; the strict decoder
 * reads within the input and writes within the cap (also on error), and on
 * success its bytes re-encode to a string the strict decoder accepts whole
 * and decodes to the same bytes; encoded lengths match the encoder.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_base64.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Encodes src (n bytes) and checks that both decoders give it back. */
static void fuzz__round_trip(const uint8_t *src, size_t n, int url, int pad) {
	size_t elen = dx_base64_encoded_length(n, pad), read, written;
	uint8_t *enc = malloc(elen + 1), *dec = malloc(n + 1);
	FUZZ_CHECK(enc != NULL && dec != NULL);
	FUZZ_CHECK(dx_base64_encode(src, n, enc, url, pad) == elen);
	FUZZ_CHECK(dx_base64_decode_lenient(enc, elen, dec, n) == n);
	FUZZ_CHECK(memcmp(dec, src, n) == 0);
	FUZZ_CHECK(dx_base64_lenient_length(enc, elen, elen) >= n);
	FUZZ_CHECK(dx_base64_decode_strict(enc, elen, url, DX_B64_STRICT, dec, n, &read, &written) == 0 || !pad);
	FUZZ_CHECK(dx_base64_decode_strict(enc, elen, url, DX_B64_LOOSE, dec, n, &read, &written) == 0);
	FUZZ_CHECK(read == elen && written == n && memcmp(dec, src, n) == 0);
	free(enc);
	free(dec);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	static const dx_b64_last_chunk modes[] = { DX_B64_LOOSE, DX_B64_STRICT, DX_B64_STOP_BEFORE_PARTIAL };
	const uint8_t *s;
	size_t slen, full, cap, n, read = 0, written = 0;
	uint8_t *out;
	int url, pad, rc;
	dx_b64_last_chunk mode;

	if (size < 1) {
		return 0;
	}
	url = data[0] & 1;
	pad = (data[0] >> 1) & 1;
	mode = modes[((data[0] >> 2) & 3) % 3];
	s = data + 1;
	slen = size - 1;
	full = slen / 4 * 3 + 3;
	cap = (data[0] >> 4) == 15 ? full : (size_t) (data[0] >> 4);
	out = malloc(full + 1);
	FUZZ_CHECK(out != NULL);

	n = dx_base64_decode_lenient(s, slen, out, cap);
	FUZZ_CHECK(n <= cap);
	n = dx_base64_decode_lenient(s, slen, out, full);
	FUZZ_CHECK(n <= full);
	fuzz__round_trip(out, n, url, pad);

	rc = dx_base64_decode_strict(s, slen, url, mode, out, cap, &read, &written);
	FUZZ_CHECK(rc == 0 || rc == -1);
	FUZZ_CHECK(written <= cap);
	if (rc == 0) {
		FUZZ_CHECK(read <= slen);
	}
	rc = dx_base64_decode_strict(s, slen, url, mode, out, full, &read, &written);
	FUZZ_CHECK(written <= full);
	if (rc == 0) {
		FUZZ_CHECK(read <= slen);
		fuzz__round_trip(out, written, url, 1);
	}
	free(out);
	return 0;
}
