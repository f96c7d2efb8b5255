/*
 * test_lenient: Check unit tests of Node's forgiving base64 and hex decoders
 * (duk_ext/dx_lenient.c): RFC 4648 section 10 vectors, both base64 alphabets
 * at once, junk, '=', odd digits, limited output, and internal strings with
 * non-ASCII characters (each UTF-16 code unit reads as its low byte, as in
 * Node with a two-byte string).  The node-generated cases run in
 * testcases/nodebuffer-*.js.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "dx_lenient.h"

static const uint8_t *u(const char *s) {
	return (const uint8_t *) s;
}

START_TEST(test_rfc4648) {
	static const char *const plain[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar" };
	static const char *const b64[] = { "", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy" };
	static const char *const hex[] = { "", "66", "666F", "666F6F", "666F6F62", "666F6F6261", "666F6F626172" };
	size_t i;
	for (i = 0; i < 7; i++) {
		uint8_t out[16];
		size_t n = strlen(plain[i]);
		ck_assert_uint_eq(dx_base64_decode_lenient(u(b64[i]), strlen(b64[i]), out, sizeof out), n);
		ck_assert(memcmp(out, plain[i], n) == 0);
		ck_assert_uint_eq(dx_hex_decode_lenient(u(hex[i]), 2 * n, out, 8), n);
		ck_assert(memcmp(out, plain[i], n) == 0);
	}
}
END_TEST

START_TEST(test_base64_node_rules) {
	uint8_t out[16];
	/* Node accepts both alphabets at once */
	ck_assert_uint_eq(dx_base64_decode_lenient(u("+/-_"), 4, out, 8), 3);
	ck_assert_uint_eq(out[0], 0xfb);
	ck_assert_uint_eq(out[2], 0xbf);
	ck_assert_uint_eq(dx_base64_decode_lenient(u(" Z m 9\nv "), 9, out, 16), 3);
	ck_assert(memcmp(out, "foo", 3) == 0);
	ck_assert_uint_eq(dx_base64_decode_lenient(u("Zg==Zm9v"), 8, out, 16), 1);   /* '=' ends the input */
	ck_assert_uint_eq(dx_base64_decode_lenient(u("Zm9vY"), 5, out, 16), 3);      /* a lone sextet gives nothing */
	ck_assert_uint_eq(dx_base64_decode_lenient(u("Zm9vYg"), 6, out, 16), 4);
	ck_assert_uint_eq(dx_base64_decode_lenient(u("Z*m*9*v"), 7, out, 16), 3);
	ck_assert_uint_eq(dx_base64_decode_lenient(u("Zm9vYmFy"), 8, out, 2), 2);    /* cap */
	ck_assert_uint_eq(dx_base64_decode_lenient(u("Zm9vYmFy"), 8, out, 4), 4);
	ck_assert(memcmp(out, "foob", 4) == 0);
	/* internal strings: U+0141 is 'A', U+0100 is junk, U+D83D ('=' low byte) ends the input */
	ck_assert_uint_eq(dx_base64_decode_lenient(u("\xc5\x81" "BCD"), 5, out, 16), 3);
	ck_assert(memcmp(out, "\x00\x10\x83", 3) == 0);
	ck_assert_uint_eq(dx_base64_decode_lenient(u("QU\xc4\x80JD"), 6, out, 16), 3);
	ck_assert_uint_eq(dx_base64_decode_lenient(u("QUJD\xed\xa0\xbdQUJD"), 11, out, 16), 3);
	ck_assert_uint_eq(dx_base64_lenient_length(u("Zm9vYg=="), 8, 8), 4);
	ck_assert_uint_eq(dx_base64_lenient_length(u("Zm9vYg="), 7, 7), 4);
	ck_assert_uint_eq(dx_base64_lenient_length(u("a b c d"), 7, 7), 5);
	ck_assert_uint_eq(dx_base64_lenient_length(u("="), 1, 1), 0);
}
END_TEST

START_TEST(test_hex_stops) {
	uint8_t out[8];
	ck_assert_uint_eq(dx_hex_decode_lenient(u("abcdzz12"), 8, out, 8), 2);
	ck_assert_uint_eq(dx_hex_decode_lenient(u("abc"), 3, out, 8), 1);   /* odd digit dropped */
	ck_assert_uint_eq(dx_hex_decode_lenient(u("a bc"), 4, out, 8), 0);
	ck_assert_uint_eq(dx_hex_decode_lenient(u("abcdef"), 6, out, 2), 2);
	ck_assert_uint_eq(dx_hex_decode_lenient(u("ag"), 2, out, 8), 0);
	/* internal strings: U+0141 U+0142 read as "AB", as in Node */
	ck_assert_uint_eq(dx_hex_decode_lenient(u("\xc5\x81\xc5\x82"), 4, out, 8), 1);
	ck_assert_uint_eq(out[0], 0xab);
	ck_assert_uint_eq(dx_hex_decode_lenient(u("ab\xc4\x80" "cd"), 6, out, 8), 1);
	ck_assert_uint_eq(dx_hex_decode_lenient(u("\xc5\x81" "bcd"), 5, out, 8), 2);
	ck_assert(memcmp(out, "\xab\xcd", 2) == 0);
}
END_TEST

int main(void) {
	Suite *s = suite_create("lenient");
	TCase *tc = tcase_create("codec");
	SRunner *sr;
	int failed;
	tcase_add_test(tc, test_rfc4648);
	tcase_add_test(tc, test_base64_node_rules);
	tcase_add_test(tc, test_hex_stops);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
