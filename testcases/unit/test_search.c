/*
 * test_search: Check unit tests of duk_ext/dx_search.c against a plain loop
 * that compares every element read as a double (strict equality, or
 * SameValueZero when NaN may match), on every element type, both
 * directions, all sub-ranges of a small array.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dx_elem.h"
#include "dx_search.h"

static size_t reference(const uint8_t *data, unsigned t, size_t from, size_t to, double value, int match_nan, int backward) {
	size_t k;
	unsigned shift = dx_elem_shift(t);
	for (k = 0; k < to - from && from < to; k++) {
		size_t i = backward ? to - 1 - k : from + k;
		double v = dx_elem_read(data + (i << shift), t);
		if (v == value || (match_nan && isnan(v) && isnan(value))) {
			return i;
		}
	}
	return DX_SEARCH_NOT_FOUND;
}

static const double values[] = { 0, -0.0, 1, -1, 2.5, 127, 128, -128, -129, 255, 256, 65535, 65536, -32768,
	                         4294967295.0, -2147483648.0, 0.1, 1e40, NAN, INFINITY, -INFINITY, 16777217 };
#define NVALUES (sizeof values / sizeof values[0])

START_TEST(test_against_reference) {
	unsigned t;
	for (t = 0; t < DX_ELEM_TYPE_COUNT; t++) {
		unsigned shift = dx_elem_shift(t);
		uint8_t data[NVALUES * 8];
		size_t i, from, to, q;
		for (i = 0; i < NVALUES; i++) {
			dx_elem_write(data + (i << shift), t, values[(i * 7) % NVALUES]);
		}
		for (q = 0; q < NVALUES; q++) {
			for (from = 0; from <= NVALUES; from += 3) {
				for (to = from; to <= NVALUES; to += 2) {
					int m, b;
					for (m = 0; m < 2; m++) {
						for (b = 0; b < 2; b++) {
							size_t want = reference(data, t, from, to, values[q], m, b);
							size_t got = dx_search_elem(data, t, from, to, values[q], m, b);
							ck_assert_msg(want == got, "type %u value %g [%zu,%zu) nan %d back %d: %zu != %zu", t,
							              values[q], from, to, m, b, got, want);
						}
					}
				}
			}
		}
	}
}
END_TEST

START_TEST(test_large_bytes) {
	static uint8_t big[1 << 20];
	memset(big, 0, sizeof big);
	big[12345] = 9;
	big[900000] = 9;
	ck_assert_uint_eq(dx_search_elem(big, DUK_EXT_ELEM_UINT8, 0, sizeof big, 9, 0, 0), 12345);
	ck_assert_uint_eq(dx_search_elem(big, DUK_EXT_ELEM_UINT8, 12346, sizeof big, 9, 0, 0), 900000);
	ck_assert_uint_eq(dx_search_elem(big, DUK_EXT_ELEM_UINT8, 0, sizeof big, 9, 0, 1), 900000);
	ck_assert_uint_eq(dx_search_elem(big, DUK_EXT_ELEM_INT8, 0, sizeof big, 9.5, 0, 0), DX_SEARCH_NOT_FOUND);
	ck_assert_uint_eq(dx_search_elem(big, DUK_EXT_ELEM_UINT8, 5, 5, 0, 0, 0), DX_SEARCH_NOT_FOUND);
}
END_TEST

int main(void) {
	Suite *s = suite_create("search");
	TCase *tc = tcase_create("search");
	SRunner *sr;
	int failed;
	tcase_add_test(tc, test_against_reference);
	tcase_add_test(tc, test_large_bytes);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
