/*
 * fuzz_base64: libFuzzer harness for the base64 codecs (duk_ext/dx_base64.c
 * and Node's lenient decoder, duk_ext/dx_lenient.c).
 * The first byte picks the alphabet, lastChunkHandling and an output limit;
 * the rest is the input string.  Properties: the strict decoder never
 * writes past its limit and reports read <= length, written <= limit; the
 * lenient decoder never produces more than Node's length estimate;
 * encoding any bytes and decoding them strictly gives them back; the lenient
 * decoder's output re-encodes to text it decodes back unchanged.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_base64.h"
#include "dx_lenient.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	uint8_t *out, *out2, *text;
	size_t cap, read, written, n, n2, est;
	int url;
	dx_b64_last_chunk last;
	if (size < 1) {
		return 0;
	}
	url = data[0] & 1;
	last = (dx_b64_last_chunk) ((data[0] >> 1) % 3);
	data++;
	size--;
	cap = (data[-1] >> 3) == 31 ? size : (size_t) (data[-1] >> 3);
	out = (uint8_t *) malloc(size + 4);
	out2 = (uint8_t *) malloc(size + 4);
	text = (uint8_t *) malloc(size / 3 * 4 + 8);
	if (out == NULL || out2 == NULL || text == NULL) {
		abort();
	}
	memset(out, 0xee, size + 4);
	(void) dx_base64_decode_strict(data, size, url, last, out, cap, &read, &written);
	if (read > size || written > cap || (cap < size + 4 && out[cap] != 0xee)) {
		abort();
	}
	est = dx_base64_lenient_length(data, size, size);
	n = dx_base64_decode_lenient(data, size, out, size + 4);
	if (n > est) {
		abort();
	}
	/* What the lenient decoder produced re-encodes (canonically) to text it
	 * decodes back unchanged. */
	n2 = dx_base64_encode(out, n, text, url, 1);
	if (n2 > size / 3 * 4 + 8 || dx_base64_decode_lenient(text, n2, out2, size + 4) != n || memcmp(out, out2, n) != 0) {
		abort();
	}
	n = dx_base64_encode(data, size, text, url, last != DX_B64_LOOSE);
	if (n != dx_base64_encoded_length(size, last != DX_B64_LOOSE)) {
		abort();
	}
	if (dx_base64_decode_strict(text, n, url, DX_B64_STRICT == last ? DX_B64_STRICT : DX_B64_LOOSE, out, size + 4, &read,
	                            &written) != 0 ||
	    written != size || read != n || memcmp(out, data, size) != 0) {
		abort();
	}
	free(out);
	free(out2);
	free(text);
	return 0;
}
