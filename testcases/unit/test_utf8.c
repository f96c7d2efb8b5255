/*
 * test_utf8: Check unit tests of the UTF-8 codec (duk_ext/dx_utf8.c) against
 * Unicode examples: Duktape's internal form keeps non-BMP characters as two 3-byte
 * surrogates (CESU-8), UTF-8 has them as one 4-byte sequence; invalid UTF-8
 * becomes one U+FFFD per maximal subpart (Unicode 15, section 3.9, table
 * 3-8).
 */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_utf8.h"

#define FFFD "\xef\xbf\xbd"

static const uint8_t *u(const char *s) {
	return (const uint8_t *) s;
}

/* Decodes UTF-8 src and compares with the expected internal bytes. */
static void check_decode(const char *src, size_t len, const char *want, size_t want_len) {
	uint8_t out[64];
	ck_assert_uint_eq(dx_utf8_decode(u(src), len, NULL), want_len);
	ck_assert_uint_eq(dx_utf8_decode(u(src), len, out), want_len);
	ck_assert(memcmp(out, want, want_len) == 0);
}

START_TEST(test_encode_joins_pairs) {
	/* U+1F600 as a surrogate pair D83D DE00 in internal form */
	const char *s = "a\xed\xa0\xbd\xed\xb8\x80" "b";
	uint8_t out[16];
	size_t units;
	ck_assert_uint_eq(dx_utf8_encode(u(s), 8, out, sizeof out, &units), 6);
	ck_assert(memcmp(out, "a\xf0\x9f\x98\x80" "b", 6) == 0);
	ck_assert_uint_eq(units, 4);
}
END_TEST

START_TEST(test_encode_lone_surrogates) {
	uint8_t out[16];
	/* lone high, lone low, high high low */
	ck_assert_uint_eq(dx_utf8_encode(u("\xed\xa0\x80"), 3, out, 16, NULL), 3);
	ck_assert(memcmp(out, FFFD, 3) == 0);
	ck_assert_uint_eq(dx_utf8_encode(u("\xed\xb0\x80x"), 4, out, 16, NULL), 4);
	ck_assert(memcmp(out, FFFD "x", 4) == 0);
	ck_assert_uint_eq(dx_utf8_encode(u("\xed\xa0\x80\xed\xa0\xbd\xed\xb8\x80"), 9, out, 16, NULL), 7);
	ck_assert(memcmp(out, FFFD "\xf0\x9f\x98\x80", 7) == 0);
}
END_TEST

START_TEST(test_encode_overlong_internal) {
	/* Strings pushed from C may hold overlong sequences, which the internal
	 * reader takes as the character (C1 AF: 'o', E0 80 80: U+0000); UTF-8
	 * has its shortest form, and counting agrees with writing. */
	uint8_t out[16];
	size_t units;
	memset(out, 0xee, sizeof out);
	ck_assert_uint_eq(dx_utf8_encode(u("a\xc1\xaf" "b\xe0\x80\x80"), 7, out, sizeof out, &units), 4);
	ck_assert(memcmp(out, "aob\0\xee", 5) == 0);
	ck_assert_uint_eq(units, 4);
	ck_assert_uint_eq(dx_utf8_encode(u("a\xc1\xaf" "b\xe0\x80\x80"), 7, NULL, SIZE_MAX, NULL), 4);
	ck_assert_uint_eq(dx_utf8_encode(u("\xc1\xaf" "b"), 3, out, 1, &units), 1);
	ck_assert_uint_eq(units, 1);
}
END_TEST

START_TEST(test_encode_whole_characters) {
	const char *s = "a\xc3\xa9\xe2\x82\xac\xed\xa0\xbd\xed\xb8\x80"; /* a e-acute euro U+1F600 */
	static const size_t caps[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
	static const size_t bytes[] = { 0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10 };
	static const size_t units[] = { 0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 5 };
	uint8_t out[16];
	size_t i, n;
	for (i = 0; i < 11; i++) {
		ck_assert_uint_eq(dx_utf8_encode(u(s), 12, out, caps[i], &n), bytes[i]);
		ck_assert_uint_eq(n, units[i]);
	}
	ck_assert_uint_eq(dx_utf8_encode(u(s), 12, NULL, SIZE_MAX, NULL), 10);
}
END_TEST

START_TEST(test_decode_valid) {
	check_decode("abc", 3, "abc", 3);
	check_decode("\xc2\x80\xdf\xbf", 4, "\xc2\x80\xdf\xbf", 4);
	check_decode("\xef\xbf\xbf", 3, "\xef\xbf\xbf", 3);
	check_decode("\xf0\x90\x80\x80", 4, "\xed\xa0\x80\xed\xb0\x80", 6);   /* U+10000 */
	check_decode("\xf4\x8f\xbf\xbf", 4, "\xed\xaf\xbf\xed\xbf\xbf", 6);   /* U+10FFFF */
}
END_TEST

START_TEST(test_decode_maximal_subparts) {
	/* Unicode 15 table 3-8: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64 */
	check_decode("\x61\xf1\x80\x80\xe1\x80\xc2\x62\x80\x63\x80\xbf\x64", 13,
	             "a" FFFD FFFD FFFD "b" FFFD "c" FFFD FFFD "d", 22);
	check_decode("\xc0\x80", 2, FFFD FFFD, 6);                  /* overlong */
	check_decode("\xe0\x80\x80", 3, FFFD FFFD FFFD, 9);         /* overlong */
	check_decode("\xed\xa0\x80", 3, FFFD FFFD FFFD, 9);         /* surrogate in UTF-8 */
	check_decode("\xf4\x90\x80\x80", 4, FFFD FFFD FFFD FFFD, 12); /* above U+10FFFF */
	check_decode("\xf5\xff", 2, FFFD FFFD, 6);
	check_decode("\xe2\x82", 2, FFFD, 3);                       /* truncated */
	check_decode("\xf0\x9f\x98" "A", 4, FFFD "A", 4);
}
END_TEST

START_TEST(test_scan_and_tail) {
	int astral;
	ck_assert_uint_eq(dx_utf8_scan(u("abc\xc3\xa9"), 5, &astral), 5);
	ck_assert_int_eq(astral, 0);
	ck_assert_uint_eq(dx_utf8_scan(u("a\xf0\x9f\x98\x80"), 5, &astral), 5);
	ck_assert_int_eq(astral, 1);
	ck_assert_uint_eq(dx_utf8_scan(u("ab\xc0\x80"), 4, &astral), 2);
	ck_assert_uint_eq(dx_utf8_scan(u("ab\xe2\x82"), 4, &astral), 2);
	ck_assert_uint_eq(dx_utf8_incomplete_tail(u("ab\xe2\x82"), 4), 2);
	ck_assert_uint_eq(dx_utf8_incomplete_tail(u("ab\xf0\x9f\x98"), 5), 3);
	ck_assert_uint_eq(dx_utf8_incomplete_tail(u("ab\xe2\x82\xac"), 5), 0);
	ck_assert_uint_eq(dx_utf8_incomplete_tail(u("ab\xe2\x41"), 4), 0);
	ck_assert_uint_eq(dx_utf8_incomplete_tail(u("\xed\xa0"), 2), 0);   /* can never complete */
}
END_TEST

int main(void) {
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("codec");
	SRunner *sr;
	int failed;
	tcase_add_test(tc, test_encode_joins_pairs);
	tcase_add_test(tc, test_encode_lone_surrogates);
	tcase_add_test(tc, test_encode_overlong_internal);
	tcase_add_test(tc, test_encode_whole_characters);
	tcase_add_test(tc, test_decode_valid);
	tcase_add_test(tc, test_decode_maximal_subparts);
	tcase_add_test(tc, test_scan_and_tail);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
