/*
 * test_field: Check unit tests of the merged field codec (duk_ext/dx_field.c)
 * against values fixed by IEEE 754 and two's complement, independent of any
 * engine.  The full node-generated vectors run through the JS bindings in
 * testcases/field-vectors-*.js.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dx_field.h"

static dx_field field(unsigned width, unsigned kind, unsigned le) {
	return dx_field_unpack(DX_FIELD_PACK(width, kind, le));
}

START_TEST(test_uint_byte_orders) {
	uint8_t b[6] = { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06 };
	ck_assert_double_eq(dx_field_read(b, field(2, DX_FIELD_UINT, 1)), 0x0201);
	ck_assert_double_eq(dx_field_read(b, field(2, DX_FIELD_UINT, 0)), 0x0102);
	ck_assert_double_eq(dx_field_read(b, field(6, DX_FIELD_UINT, 0)), 1108152157446.0);
	ck_assert_double_eq(dx_field_read(b, field(6, DX_FIELD_UINT, 1)), 6618611909121.0);
}
END_TEST

START_TEST(test_signed_extension) {
	uint8_t b[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0x80 };
	ck_assert_double_eq(dx_field_read(b, field(1, DX_FIELD_INT, 0)), -1);
	ck_assert_double_eq(dx_field_read(b, field(6, DX_FIELD_INT, 1)), -139637976727553.0);
	ck_assert_double_eq(dx_field_read(b + 5, field(1, DX_FIELD_INT, 0)), -128);
}
END_TEST

START_TEST(test_integer_write_wraps) {
	uint8_t b[4];
	dx_field_write(b, field(1, DX_FIELD_UINT, 0), 257);
	ck_assert_uint_eq(b[0], 1);
	dx_field_write(b, field(1, DX_FIELD_INT, 0), -1.9);
	ck_assert_uint_eq(b[0], 0xff);
	dx_field_write(b, field(4, DX_FIELD_UINT, 1), -1);
	ck_assert_uint_eq(b[0] & b[1] & b[2] & b[3], 0xff);
	dx_field_write(b, field(2, DX_FIELD_UINT, 1), NAN);
	ck_assert_uint_eq(b[0] | b[1], 0);
	dx_field_write(b, field(2, DX_FIELD_UINT, 1), INFINITY);
	ck_assert_uint_eq(b[0] | b[1], 0);
}
END_TEST

/* Values from 2^63 on (the mantissa-and-exponent path): ToUint32/ToInt32
 * take them modulo 2^32 (ECMA-262 7.1.6/7.1.7). */
START_TEST(test_integer_write_beyond_2_63) {
	uint8_t b[4];
	dx_field_write(b, field(4, DX_FIELD_UINT, 1), 18446744073709555712.0); /* 2^64 + 2^12 */
	ck_assert(b[0] == 0x00 && b[1] == 0x10 && b[2] == 0x00 && b[3] == 0x00);
	dx_field_write(b, field(4, DX_FIELD_UINT, 1), -18446744073709555712.0); /* 2^32 - 2^12 */
	ck_assert(b[0] == 0x00 && b[1] == 0xf0 && b[2] == 0xff && b[3] == 0xff);
	dx_field_write(b, field(4, DX_FIELD_INT, 0), 9223372036854777856.0); /* 2^63 + 2^11 */
	ck_assert(b[0] == 0x00 && b[1] == 0x00 && b[2] == 0x08 && b[3] == 0x00);
	dx_field_write(b, field(4, DX_FIELD_INT, 0), -9223372036854775808.0);
	ck_assert_uint_eq(b[0] | b[1] | b[2] | b[3], 0);
	dx_field_write(b, field(2, DX_FIELD_UINT, 1), 1e300);
	ck_assert_uint_eq(b[0] | b[1], 0);
	dx_field_write(b, field(2, DX_FIELD_INT, 1), -INFINITY);
	ck_assert_uint_eq(b[0] | b[1], 0);
}
END_TEST

/* binary16 overflow, NaN and underflow (IEEE 754 round to nearest even). */
START_TEST(test_half_extremes) {
	ck_assert_uint_eq(dx_double_to_half(-65520.0), 0xfc00);
	ck_assert_uint_eq(dx_double_to_half(131072.0), 0x7c00);
	ck_assert_uint_eq(dx_double_to_half(-INFINITY), 0xfc00);
	ck_assert_uint_eq(dx_double_to_half(-NAN), 0x7e00);
	ck_assert_uint_eq(dx_double_to_half(ldexp(1.0, -40)), 0x0000);
	ck_assert_uint_eq(dx_double_to_half(-ldexp(1.0, -40)), 0x8000);
	ck_assert_uint_eq(dx_double_to_half(ldexp(5.0, -25)), 0x0002); /* 2.5 units of 2^-24: even */
	ck_assert_uint_eq(dx_double_to_half(2049.0), 0x6800);          /* tie between 2048 and 2050: even */
	ck_assert_uint_eq(dx_double_to_half(2051.0), 0x6802);          /* tie between 2050 and 2052: even */
}
END_TEST

START_TEST(test_half_known_values) {
	/* binary16 encodings from IEEE 754-2008 */
	ck_assert_uint_eq(dx_double_to_half(1.0), 0x3c00);
	ck_assert_uint_eq(dx_double_to_half(-2.0), 0xc000);
	ck_assert_uint_eq(dx_double_to_half(65504.0), 0x7bff);
	ck_assert_uint_eq(dx_double_to_half(65520.0), 0x7c00);
	ck_assert_uint_eq(dx_double_to_half(65519.99), 0x7bff);
	ck_assert_uint_eq(dx_double_to_half(ldexp(1.0, -24)), 0x0001);
	ck_assert_uint_eq(dx_double_to_half(ldexp(1.0, -25)), 0x0000);          /* tie to even: 0 */
	ck_assert_uint_eq(dx_double_to_half(ldexp(3.0, -25)), 0x0002);          /* tie to even: 2 */
	ck_assert_uint_eq(dx_double_to_half(ldexp(1.0, -25) * 1.0000001), 0x0001);
	ck_assert_uint_eq(dx_double_to_half(-0.0), 0x8000);
	ck_assert_uint_eq(dx_double_to_half(1.0 + ldexp(1.0, -11)), 0x3c00);  /* tie to even */
	ck_assert_uint_eq(dx_double_to_half(1.0 + 3 * ldexp(1.0, -11)), 0x3c02);
	ck_assert_uint_eq(dx_double_to_half(ldexp(1.0, -14) - ldexp(1.0, -25)), 0x0400); /* rounds up to min normal */
	ck_assert(isnan(dx_half_to_double(0x7e00)));
	ck_assert_double_eq(dx_half_to_double(0x7c00), INFINITY);
	ck_assert_double_eq(dx_half_to_double(0x0001), ldexp(1.0, -24));
	ck_assert_double_eq(dx_half_to_double(0x3555), 0.333251953125);
}
END_TEST

START_TEST(test_float_round_trip_bytes) {
	uint8_t b[8];
	dx_field_write(b, field(8, DX_FIELD_FLOAT, 0), 1.0);
	ck_assert_uint_eq(b[0], 0x3f);
	ck_assert_uint_eq(b[1], 0xf0);
	dx_field_write(b, field(4, DX_FIELD_FLOAT, 1), 1.0);
	ck_assert_uint_eq(b[3], 0x3f);
	ck_assert_uint_eq(b[2], 0x80);
	ck_assert_double_eq(dx_field_read(b, field(4, DX_FIELD_FLOAT, 1)), 1.0);
}
END_TEST

int main(void) {
	Suite *s = suite_create("field");
	TCase *tc = tcase_create("codec");
	SRunner *sr;
	int failed;
	tcase_add_test(tc, test_uint_byte_orders);
	tcase_add_test(tc, test_signed_extension);
	tcase_add_test(tc, test_integer_write_wraps);
	tcase_add_test(tc, test_integer_write_beyond_2_63);
	tcase_add_test(tc, test_half_extremes);
	tcase_add_test(tc, test_half_known_values);
	tcase_add_test(tc, test_float_round_trip_bytes);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
