/*
 * test_latin1: Check unit tests of the single-byte codecs (duk_ext/dx_latin1.c):
 * latin1, Node's ascii, ICU's substitution, WHATWG windows-1252.
 */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_latin1.h"

#define FFFD "\xef\xbf\xbd"

static const uint8_t *u(const char *s) {
	return (const uint8_t *) s;
}

START_TEST(test_single_byte) {
	const char *s = "A\xc3\xa9\xc4\x80\xed\xa0\xbd\xed\xb8\x80"; /* A e-acute U+0100 U+1F600 */
	uint8_t out[16], back[32];
	ck_assert_uint_eq(dx_latin1_encode(u(s), 11, out, 16), 5);
	ck_assert(memcmp(out, "A\xe9\x00\x3d\x00", 5) == 0);
	ck_assert_uint_eq(dx_latin1_encode_substituting(u(s), 11, out, 0xff), 4);
	ck_assert(memcmp(out, "A\xe9??", 4) == 0);
	ck_assert_uint_eq(dx_latin1_encode_substituting(u(s), 11, out, 0x7f), 4);
	ck_assert(memcmp(out, "A???", 4) == 0);
	/* default-ignorables: soft hyphen (latin1 has it), BOM, U+E0001 (CESU-8 pair) */
	s = "\xc2\xad\xef\xbb\xbf\xed\xad\x80\xed\xb0\x81\xe2\x80\x8a";
	ck_assert_uint_eq(dx_latin1_encode_substituting(u(s), 14, out, 0xff), 2);
	ck_assert(memcmp(out, "\xad?", 2) == 0); /* U+200A (hair space) is not ignorable */
	ck_assert_uint_eq(dx_latin1_encode_substituting(u(s), 14, out, 0x7f), 1);
	ck_assert(memcmp(out, "?", 1) == 0);
	ck_assert_uint_eq(dx_latin1_decode(u("A\xe9"), 2, back, DX_SB_LATIN1), 3);
	ck_assert(memcmp(back, "A\xc3\xa9", 3) == 0);
	ck_assert_uint_eq(dx_latin1_decode(u("A\xe9"), 2, back, DX_SB_ASCII), 2);
	ck_assert(memcmp(back, "Ai", 2) == 0);
	ck_assert_uint_eq(dx_latin1_decode(u("\x80\x81"), 2, back, DX_SB_WINDOWS1252), 5);
	ck_assert(memcmp(back, "\xe2\x82\xac\xc2\x81", 5) == 0);           /* euro sign, U+0081 */
	ck_assert_uint_eq(dx_latin1_decode(u("\x80"), 1, back, DX_SB_US_ASCII), 3);
	ck_assert(memcmp(back, FFFD, 3) == 0);
}
END_TEST

int main(void) {
	Suite *s = suite_create("latin1");
	TCase *tc = tcase_create("codec");
	SRunner *sr;
	int failed;
	tcase_add_test(tc, test_single_byte);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
