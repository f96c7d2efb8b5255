/*
 * test_sort: Check unit tests of duk_ext/dx_sort.c: the default numeric
 * radix sort on every element type (checked against qsort with a reference
 * comparison that implements the spec's order: -0 before +0, NaN last) and
 * the comparator merge sort (order and stability).
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dx_elem.h"
#include "dx_sort.h"

/* The spec's default typed array comparison on doubles. */
static int ref_compare(const void *pa, const void *pb) {
	double a = *(const double *) pa, b = *(const double *) pb;
	if (isnan(a)) {
		return isnan(b) ? 0 : 1;
	}
	if (isnan(b)) {
		return -1;
	}
	if (a < b) {
		return -1;
	}
	if (a > b) {
		return 1;
	}
	if (a == 0 && b == 0) {
		return (signbit(b) ? 1 : 0) - (signbit(a) ? 1 : 0);
	}
	return 0;
}

static unsigned long rng_state = 12345;
static uint32_t rng(void) {
	rng_state = rng_state * 6364136223846793005ul + 1442695040888963407ul;
	return (uint32_t) (rng_state >> 33);
}

/* A random value, with specials sprinkled in, that every type can store
 * (after its own conversion). */
static double random_value(void) {
	switch (rng() % 12) {
	case 0:
		return NAN;
	case 1:
		return -0.0;
	case 2:
		return 0.0;
	case 3:
		return INFINITY;
	case 4:
		return -INFINITY;
	case 5:
		return (double) (int32_t) rng();
	case 6:
		return (double) rng() / 7.0 - 300000000.0;
	default:
		return (double) (rng() % 2000) - 1000.0 + (rng() % 4) * 0.25;
	}
}

/* Sorts n random elements of type t with dx_sort_numeric and compares the
 * values read back with qsort of the same values read as doubles. */
static void check_type(unsigned t, size_t n) {
	unsigned shift = dx_elem_shift(t);
	uint8_t *data = malloc((n << shift) + 1), *scratch = malloc(2 * (n << shift) + 1);
	double *expect = malloc(n * sizeof(double) + 1);
	size_t i;
	for (i = 0; i < n; i++) {
		dx_elem_write(data + (i << shift), t, random_value());
		expect[i] = dx_elem_read(data + (i << shift), t);
	}
	qsort(expect, n, sizeof(double), ref_compare);
	dx_sort_numeric(data, t, n, scratch);
	for (i = 0; i < n; i++) {
		double got = dx_elem_read(data + (i << shift), t);
		if (isnan(expect[i])) {
			ck_assert_msg(isnan(got), "type %u index %zu: expected NaN", t, i);
		} else {
			ck_assert_msg(got == expect[i] && signbit(got) == signbit(expect[i]), "type %u index %zu: %g != %g", t, i,
			              got, expect[i]);
		}
	}
	free(data);
	free(scratch);
	free(expect);
}

START_TEST(test_numeric_every_type) {
	unsigned t;
	for (t = 0; t < DX_ELEM_TYPE_COUNT; t++) {
		check_type(t, 0);
		check_type(t, 1);
		check_type(t, 2);
		check_type(t, 17);
		check_type(t, 1000);
		check_type(t, 70000);
	}
}
END_TEST

START_TEST(test_numeric_float_specials) {
	double v[] = { 3, NAN, -0.0, 0.0, -INFINITY, INFINITY, -0.0, 1e-310, -1e-310, -5, NAN };
	double want[] = { -INFINITY, -5, -1e-310, -0.0, -0.0, 0.0, 1e-310, 3, INFINITY };
	double scratch[22];
	size_t i;
	dx_sort_numeric((uint8_t *) v, DUK_EXT_ELEM_FLOAT64, 11, (uint8_t *) scratch);
	for (i = 0; i < 9; i++) {
		ck_assert(v[i] == want[i] && signbit(v[i]) == signbit(want[i]));
	}
	ck_assert(isnan(v[9]) && isnan(v[10]));
}
END_TEST

START_TEST(test_numeric_constant_digits) {
	/* Keys sharing most bytes: the radix passes over constant bytes are skipped. */
	int32_t v[5] = { 0x01000003, 0x01000001, 0x01000002, 0x01000001, 0x01000000 };
	int32_t scratch[10];
	dx_sort_numeric((uint8_t *) v, DUK_EXT_ELEM_INT32, 5, (uint8_t *) scratch);
	ck_assert_int_eq(v[0], 0x01000000);
	ck_assert_int_eq(v[1], 0x01000001);
	ck_assert_int_eq(v[2], 0x01000001);
	ck_assert_int_eq(v[4], 0x01000003);
}
END_TEST

static double by_integer_part(void *udata, double a, double b) {
	(*(int *) udata)++;
	return floor(a) - floor(b);
}

START_TEST(test_merge_stable) {
	double v[200], tmp[200];
	size_t i;
	int calls = 0;
	for (i = 0; i < 200; i++) {
		v[i] = (double) (rng() % 10) + (double) i / 1000.0; /* fraction = original position */
	}
	dx_sort_merge(v, tmp, 200, by_integer_part, &calls);
	for (i = 1; i < 200; i++) {
		ck_assert(floor(v[i - 1]) <= floor(v[i]));
		if (floor(v[i - 1]) == floor(v[i])) {
			ck_assert(v[i - 1] < v[i]); /* equal keys keep their order */
		}
	}
	ck_assert_int_gt(calls, 0);
	ck_assert_int_lt(calls, 200 * 9);
}
END_TEST

START_TEST(test_merge_small) {
	double v[3] = { 2, 1, 3 }, tmp[3];
	int calls = 0;
	dx_sort_merge(v, tmp, 0, by_integer_part, &calls);
	dx_sort_merge(v, tmp, 1, by_integer_part, &calls);
	ck_assert_int_eq(calls, 0);
	dx_sort_merge(v, tmp, 3, by_integer_part, &calls);
	ck_assert(v[0] == 1 && v[1] == 2 && v[2] == 3);
}
END_TEST

int main(void) {
	Suite *s = suite_create("sort");
	TCase *tc = tcase_create("sort");
	SRunner *sr;
	int failed;
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_numeric_every_type);
	tcase_add_test(tc, test_numeric_float_specials);
	tcase_add_test(tc, test_numeric_constant_digits);
	tcase_add_test(tc, test_merge_stable);
	tcase_add_test(tc, test_merge_small);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
