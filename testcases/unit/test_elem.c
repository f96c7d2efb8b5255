/*
 * test_elem: Check unit tests of duk_ext/dx_elem.c: ECMAScript's element
 * conversions (ToInt8 ... ToUint32, ToUint8Clamp with ties to even, float
 * rounding), the fill, reverse and convert bulk operations.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dx_elem.h"

static double roundtrip(unsigned t, double v) {
	uint8_t b[8];
	dx_elem_write(b, t, v);
	return dx_elem_read(b, t);
}

START_TEST(test_integer_conversions) {
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_INT8, 255), -1);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_INT8, -129.9), 127);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_UINT8, -1), 255);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_UINT8, 256.7), 0);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_UINT16, -1.5), 65535);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_INT16, 32768), -32768);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_UINT32, -1), 4294967295.0);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_INT32, 2147483648.0), -2147483648.0);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_INT32, 1e20), 1661992960.0);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_UINT32, -1e20), 2632974336.0);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_INT32, NAN), 0);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_UINT16, INFINITY), 0);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_INT8, -0.9), 0);
}
END_TEST

START_TEST(test_clamp_and_floats) {
	ck_assert_uint_eq(dx_elem_uint8_clamp(0.5), 0);
	ck_assert_uint_eq(dx_elem_uint8_clamp(1.5), 2);
	ck_assert_uint_eq(dx_elem_uint8_clamp(2.5), 2);
	ck_assert_uint_eq(dx_elem_uint8_clamp(2.5000001), 3);
	ck_assert_uint_eq(dx_elem_uint8_clamp(254.5), 254);
	ck_assert_uint_eq(dx_elem_uint8_clamp(-3), 0);
	ck_assert_uint_eq(dx_elem_uint8_clamp(300), 255);
	ck_assert_uint_eq(dx_elem_uint8_clamp(NAN), 0);
	ck_assert_uint_eq(dx_elem_uint8_clamp(INFINITY), 255);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_FLOAT32, 0.1), (double) 0.1f);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_FLOAT32, 1e40), INFINITY);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_FLOAT16, 65504), 65504);
	ck_assert_double_eq(roundtrip(DUK_EXT_ELEM_FLOAT16, 1.0009765625 / 2 + 0.5), 1.0);
	ck_assert(isnan(roundtrip(DUK_EXT_ELEM_FLOAT64, NAN)));
	ck_assert(signbit(roundtrip(DUK_EXT_ELEM_FLOAT16, -0.0)));
}
END_TEST

START_TEST(test_fill_reverse) {
	uint8_t b[8 * 37];
	unsigned t;
	size_t i;
	for (t = 0; t < DX_ELEM_TYPE_COUNT; t++) {
		unsigned shift = dx_elem_shift(t);
		memset(b, 0xee, sizeof b);
		dx_elem_fill(b + (1u << shift), 35, t, 7);
		ck_assert_double_eq(dx_elem_read(b, t), dx_elem_read(b + (36u << shift), t)); /* untouched ends */
		for (i = 1; i <= 35; i++) {
			ck_assert_double_eq(dx_elem_read(b + (i << shift), t), 7);
		}
		for (i = 0; i < 37; i++) {
			dx_elem_write(b + (i << shift), t, (double) i);
		}
		dx_elem_reverse(b, 37, shift);
		for (i = 0; i < 37; i++) {
			ck_assert_double_eq(dx_elem_read(b + (i << shift), t), (double) (36 - i));
		}
		dx_elem_reverse(b, 0, shift);
	}
}
END_TEST

START_TEST(test_convert) {
	int8_t src[4] = { -1, 2, -128, 127 };
	uint8_t clamped[4], u8[4];
	float f[4];
	dx_elem_convert(clamped, DUK_EXT_ELEM_UINT8CLAMPED, (const uint8_t *) src, DUK_EXT_ELEM_INT8, 4);
	ck_assert(clamped[0] == 0 && clamped[1] == 2 && clamped[2] == 0 && clamped[3] == 127);
	dx_elem_convert(u8, DUK_EXT_ELEM_UINT8, (const uint8_t *) src, DUK_EXT_ELEM_INT8, 4);
	ck_assert(u8[0] == 255 && u8[2] == 128);
	dx_elem_convert((uint8_t *) f, DUK_EXT_ELEM_FLOAT32, (const uint8_t *) src, DUK_EXT_ELEM_INT8, 4);
	ck_assert(f[0] == -1.0f && f[3] == 127.0f);
	ck_assert(dx_elem_bytes_compatible(DUK_EXT_ELEM_UINT8CLAMPED, DUK_EXT_ELEM_UINT8));
	ck_assert(!dx_elem_bytes_compatible(DUK_EXT_ELEM_UINT8CLAMPED, DUK_EXT_ELEM_INT8));
	ck_assert(dx_elem_bytes_compatible(DUK_EXT_ELEM_INT32, DUK_EXT_ELEM_UINT32));
	ck_assert(!dx_elem_bytes_compatible(DUK_EXT_ELEM_FLOAT32, DUK_EXT_ELEM_INT32));
	ck_assert(!dx_elem_bytes_compatible(DUK_EXT_ELEM_FLOAT16, DUK_EXT_ELEM_UINT16));
}
END_TEST

int main(void) {
	Suite *s = suite_create("elem");
	TCase *tc = tcase_create("elem");
	SRunner *sr;
	int failed;
	tcase_add_test(tc, test_integer_conversions);
	tcase_add_test(tc, test_clamp_and_floats);
	tcase_add_test(tc, test_fill_reverse);
	tcase_add_test(tc, test_convert);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
