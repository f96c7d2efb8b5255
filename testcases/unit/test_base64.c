/*
 * test_base64: Check unit tests of the base64 codec (duk_ext/dx_base64.c):
 * RFC 4648 section 10 vectors, both alphabets and the spec's strict decoding
 * with every lastChunkHandling mode and limited output.  The node-generated cases run in testcases/base64hex-*.js.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "dx_base64.h"

static const char *const rfc_plain[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar" };
static const char *const rfc_b64[] = { "", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy" };

static const uint8_t *u(const char *s) {
	return (const uint8_t *) s;
}

START_TEST(test_rfc4648_encode) {
	size_t i;
	for (i = 0; i < 7; i++) {
		uint8_t out[16];
		size_t n = strlen(rfc_plain[i]);
		size_t m = dx_base64_encode(u(rfc_plain[i]), n, out, 0, 1);
		ck_assert_uint_eq(m, strlen(rfc_b64[i]));
		ck_assert_uint_eq(m, dx_base64_encoded_length(n, 1));
		ck_assert(memcmp(out, rfc_b64[i], m) == 0);
		m = dx_base64_encode(u(rfc_plain[i]), n, out, 0, 0);
		ck_assert_uint_eq(m, dx_base64_encoded_length(n, 0));
		ck_assert(memcmp(out, rfc_b64[i], m) == 0);
		ck_assert(m == strlen(rfc_b64[i]) || out[m - 1] != '=');
	}
}
END_TEST

START_TEST(test_url_alphabet) {
	const uint8_t bytes[] = { 0xfb, 0xff, 0xbf };
	uint8_t out[8], back[8];
	size_t r, w;
	ck_assert_uint_eq(dx_base64_encode(bytes, 3, out, 0, 1), 4);
	ck_assert(memcmp(out, "+/+/", 4) == 0);
	ck_assert_uint_eq(dx_base64_encode(bytes, 3, out, 1, 1), 4);
	ck_assert(memcmp(out, "-_-_", 4) == 0);
	ck_assert_int_eq(dx_base64_decode_strict(u("-_-_"), 4, 1, DX_B64_LOOSE, back, 8, &r, &w), 0);
	ck_assert_uint_eq(w, 3);
	ck_assert(memcmp(back, bytes, 3) == 0);
	ck_assert_int_eq(dx_base64_decode_strict(u("+/+/"), 4, 1, DX_B64_LOOSE, back, 8, &r, &w), -1);
	ck_assert_int_eq(dx_base64_decode_strict(u("-_-_"), 4, 0, DX_B64_LOOSE, back, 8, &r, &w), -1);
}
END_TEST

START_TEST(test_rfc4648_decode) {
	size_t i;
	for (i = 0; i < 7; i++) {
		uint8_t out[16];
		size_t r, w, len = strlen(rfc_b64[i]);
		ck_assert_int_eq(dx_base64_decode_strict(u(rfc_b64[i]), len, 0, DX_B64_STRICT, out, sizeof out, &r, &w), 0);
		ck_assert_uint_eq(w, strlen(rfc_plain[i]));
		ck_assert_uint_eq(r, len);
		ck_assert(memcmp(out, rfc_plain[i], w) == 0);
	}
}
END_TEST

START_TEST(test_strict_last_chunk) {
	uint8_t out[16];
	size_t r, w;
	ck_assert_int_eq(dx_base64_decode_strict(u("Zm9vYg"), 6, 0, DX_B64_LOOSE, out, 16, &r, &w), 0);
	ck_assert_uint_eq(w, 4);
	ck_assert_uint_eq(r, 6);
	ck_assert_int_eq(dx_base64_decode_strict(u("Zm9vYg"), 6, 0, DX_B64_STRICT, out, 16, &r, &w), -1);
	ck_assert_uint_eq(w, 3);
	ck_assert_int_eq(dx_base64_decode_strict(u("Zm9vYg"), 6, 0, DX_B64_STOP_BEFORE_PARTIAL, out, 16, &r, &w), 0);
	ck_assert_uint_eq(w, 3);
	ck_assert_uint_eq(r, 4);
	ck_assert_int_eq(dx_base64_decode_strict(u("Zm9vYh=="), 8, 0, DX_B64_STRICT, out, 16, &r, &w), -1); /* extra bits */
	ck_assert_int_eq(dx_base64_decode_strict(u("Zm9vYh=="), 8, 0, DX_B64_LOOSE, out, 16, &r, &w), 0);
	ck_assert_int_eq(dx_base64_decode_strict(u("Zm9vY"), 5, 0, DX_B64_LOOSE, out, 16, &r, &w), -1);
	ck_assert_int_eq(dx_base64_decode_strict(u("Zg="), 3, 0, DX_B64_LOOSE, out, 16, &r, &w), -1);
	ck_assert_int_eq(dx_base64_decode_strict(u("Zg="), 3, 0, DX_B64_STOP_BEFORE_PARTIAL, out, 16, &r, &w), 0);
	ck_assert_uint_eq(r, 0);
	ck_assert_int_eq(dx_base64_decode_strict(u("Zg==Zg=="), 8, 0, DX_B64_LOOSE, out, 16, &r, &w), -1);
	ck_assert_int_eq(dx_base64_decode_strict(u(" Zg = = "), 8, 0, DX_B64_STRICT, out, 16, &r, &w), 0);
	ck_assert_uint_eq(w, 1);
	ck_assert_uint_eq(r, 8);
}
END_TEST

START_TEST(test_strict_limited_output) {
	uint8_t out[8];
	size_t r, w;
	ck_assert_int_eq(dx_base64_decode_strict(u("!!!"), 3, 0, DX_B64_LOOSE, out, 0, &r, &w), 0);
	ck_assert_uint_eq(r + w, 0);
	ck_assert_int_eq(dx_base64_decode_strict(u("Zm9vYmFy"), 8, 0, DX_B64_LOOSE, out, 4, &r, &w), 0);
	ck_assert_uint_eq(r, 4);
	ck_assert_uint_eq(w, 3);
	/* the next chunk is still read when the output is full */
	ck_assert_int_eq(dx_base64_decode_strict(u("Zm9vYm!"), 7, 0, DX_B64_LOOSE, out, 3, &r, &w), -1);
	ck_assert_int_eq(dx_base64_decode_strict(u("Zm9v "), 5, 0, DX_B64_LOOSE, out, 3, &r, &w), 0);
	ck_assert_uint_eq(r, 5);
	ck_assert_int_eq(dx_base64_decode_strict(u("Zm9vYg=="), 8, 0, DX_B64_LOOSE, out, 4, &r, &w), 0);
	ck_assert_uint_eq(r, 8);
	ck_assert_uint_eq(w, 4);
}
END_TEST

int main(void) {
	Suite *s = suite_create("base64");
	TCase *tc = tcase_create("codec");
	SRunner *sr;
	int failed;
	tcase_add_test(tc, test_rfc4648_encode);
	tcase_add_test(tc, test_url_alphabet);
	tcase_add_test(tc, test_rfc4648_decode);
	tcase_add_test(tc, test_strict_last_chunk);
	tcase_add_test(tc, test_strict_limited_output);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
