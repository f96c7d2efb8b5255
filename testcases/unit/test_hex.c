/*
 * test_hex: Check unit tests of the hex codec (duk_ext/dx_hex.c): RFC 4648
 * section 10 base16 vectors and the strict decoding of Uint8Array.fromHex /
 * setFromHex.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "dx_hex.h"

static const uint8_t *u(const char *s) {
	return (const uint8_t *) s;
}

START_TEST(test_rfc4648_base16) {
	static const char *const plain[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar" };
	static const char *const hex[] = { "", "66", "666F", "666F6F", "666F6F62", "666F6F6261", "666F6F626172" };
	size_t i, j;
	for (i = 0; i < 7; i++) {
		uint8_t out[16], back[8];
		size_t n = strlen(plain[i]), r, w;
		dx_hex_encode(u(plain[i]), n, out);
		for (j = 0; j < 2 * n; j++) {
			ck_assert_int_eq(out[j], hex[i][j] >= 'A' ? hex[i][j] + 32 : hex[i][j]); /* lowercase */
		}
		ck_assert_int_eq(dx_hex_decode_strict(u(hex[i]), 2 * n, back, 8, &r, &w), 0);
		ck_assert_uint_eq(w, n);
		ck_assert_uint_eq(r, 2 * n);
	}
}
END_TEST

START_TEST(test_all_bytes) {
	uint8_t bytes[256], text[512], back[256];
	size_t i, r, w;
	for (i = 0; i < 256; i++) {
		bytes[i] = (uint8_t) i;
	}
	dx_hex_encode(bytes, 256, text);
	ck_assert(memcmp(text + 2 * 0xab, "ab", 2) == 0);
	ck_assert_int_eq(dx_hex_decode_strict(text, 512, back, 256, &r, &w), 0);
	ck_assert_uint_eq(w, 256);
	ck_assert(memcmp(back, bytes, 256) == 0);
}
END_TEST

START_TEST(test_strict) {
	uint8_t out[8];
	size_t r, w;
	ck_assert_int_eq(dx_hex_decode_strict(u("abcdzz"), 6, out, 8, &r, &w), -1);
	ck_assert_uint_eq(w, 2);   /* bytes before the error stay written */
	ck_assert_uint_eq(r, 4);
	ck_assert_int_eq(dx_hex_decode_strict(u("abcdzz"), 6, out, 2, &r, &w), 0);  /* stops when full */
	ck_assert_uint_eq(r, 4);
	ck_assert_int_eq(dx_hex_decode_strict(u("ABcd"), 4, out, 8, &r, &w), 0);
	ck_assert_uint_eq(out[0], 0xab);
	ck_assert_uint_eq(out[1], 0xcd);
}
END_TEST

int main(void) {
	Suite *s = suite_create("hex");
	TCase *tc = tcase_create("codec");
	SRunner *sr;
	int failed;
	tcase_add_test(tc, test_rfc4648_base16);
	tcase_add_test(tc, test_all_bytes);
	tcase_add_test(tc, test_strict);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
