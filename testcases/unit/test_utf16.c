/*
 * test_utf16: Check unit tests of the UTF-16LE codec (duk_ext/dx_utf16.c): code
 * units of Duktape's internal form (surrogates as 3-byte sequences) to and
 * from UTF-16LE, lone surrogates kept (Node) or replaced (WHATWG).
 */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dx_utf16.h"

#define FFFD "\xef\xbf\xbd"

static const uint8_t *u(const char *s) {
	return (const uint8_t *) s;
}

START_TEST(test_utf16le) {
	const char *s = "A\xc3\xa9\xed\xa0\xbd\xed\xb8\x80\xed\xa0\x80"; /* A e-acute U+1F600 lone D800 */
	uint8_t out[16], back[32];
	size_t errors;
	ck_assert_uint_eq(dx_utf16_units(u(s), 12), 5);
	ck_assert_uint_eq(dx_utf16le_encode(u(s), 12, out, 16), 10);
	ck_assert(memcmp(out, "A\0\xe9\0\x3d\xd8\x00\xde\x00\xd8", 10) == 0);
	ck_assert_uint_eq(dx_utf16le_encode(u(s), 12, out, 5), 4);   /* whole units */
	ck_assert_uint_eq(dx_utf16le_decode(out, 10, back, 0, NULL), 12);
	ck_assert(memcmp(back, s, 12) == 0);                          /* lone surrogate kept */
	ck_assert_uint_eq(dx_utf16le_decode(out, 10, back, 1, &errors), 12);
	ck_assert_uint_eq(errors, 1);
	ck_assert(memcmp(back + 9, FFFD, 3) == 0);
	ck_assert_uint_eq(dx_utf16le_decode(u("A\0B"), 3, back, 0, NULL), 1);   /* odd byte ignored */
	ck_assert_uint_eq(dx_utf16le_incomplete_tail(u("A\0\x3d\xd8"), 4), 2);
	ck_assert_uint_eq(dx_utf16le_incomplete_tail(u("A\0\x3d\xd8\x00"), 5), 3);
	ck_assert_uint_eq(dx_utf16le_incomplete_tail(u("A\0B"), 3), 1);
}
END_TEST

int main(void) {
	Suite *s = suite_create("utf16");
	TCase *tc = tcase_create("codec");
	SRunner *sr;
	int failed;
	tcase_add_test(tc, test_utf16le);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
