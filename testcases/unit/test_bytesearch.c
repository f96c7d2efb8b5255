/*
 * test_bytesearch: Check unit tests of duk_ext/dx_bytesearch.c: fixed cases
 * (empty needle, bounds, periodic needles) and randomized agreement with a
 * naive reference search over small alphabets, forward and backward.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "dx_bytesearch.h"

static size_t naive_find(const uint8_t *h, size_t hl, const uint8_t *n, size_t nl, size_t from) {
	size_t i;
	if (from > hl) {
		return DX_BYTES_NOT_FOUND;
	}
	for (i = from; i + nl <= hl; i++) {
		if (memcmp(h + i, n, nl) == 0) {
			return i;
		}
	}
	return DX_BYTES_NOT_FOUND;
}

static size_t naive_rfind(const uint8_t *h, size_t hl, const uint8_t *n, size_t nl, size_t from) {
	size_t i;
	if (nl > hl) {
		return DX_BYTES_NOT_FOUND;
	}
	i = from > hl - nl ? hl - nl : from;
	for (;;) {
		if (memcmp(h + i, n, nl) == 0) {
			return i;
		}
		if (i == 0) {
			return DX_BYTES_NOT_FOUND;
		}
		i--;
	}
}

#define S(x) ((const uint8_t *) (x))

START_TEST(test_fixed_cases) {
	const char *h = "abcabcabd";
	ck_assert_uint_eq(dx_bytes_find(S(h), 9, S("abd"), 3, 0), 6);
	ck_assert_uint_eq(dx_bytes_find(S(h), 9, S("abc"), 3, 1), 3);
	ck_assert_uint_eq(dx_bytes_find(S(h), 9, S(""), 0, 4), 4);
	ck_assert_uint_eq(dx_bytes_find(S(h), 9, S(""), 0, 10), DX_BYTES_NOT_FOUND);
	ck_assert_uint_eq(dx_bytes_find(S(h), 9, S("c"), 1, 3), 5);
	ck_assert_uint_eq(dx_bytes_find(S(h), 9, S("abcabcabdx"), 10, 0), DX_BYTES_NOT_FOUND);
	ck_assert_uint_eq(dx_bytes_rfind(S(h), 9, S("abc"), 3, 100), 3);
	ck_assert_uint_eq(dx_bytes_rfind(S(h), 9, S("abc"), 3, 2), 0);
	ck_assert_uint_eq(dx_bytes_rfind(S(h), 9, S("bd"), 2, 8), 7);
	ck_assert_uint_eq(dx_bytes_rfind(S(h), 9, S(""), 0, 100), 9);
	ck_assert_uint_eq(dx_bytes_rfind(S(h), 9, S("x"), 1, 100), DX_BYTES_NOT_FOUND);
	ck_assert_uint_eq(dx_bytes_find(S("aaaaaaaab"), 9, S("aaab"), 4, 0), 5);
	ck_assert_uint_eq(dx_bytes_rfind(S("baaaaaaaa"), 9, S("baaa"), 4, 9), 0);
}
END_TEST

START_TEST(test_random_agreement) {
	uint8_t h[300], n[64];
	unsigned seed = 12345, round;
	for (round = 0; round < 40000; round++) {
		size_t hl, nl, from, i, alpha;
		seed = seed * 1103515245u + 12345u;
		alpha = 1 + (seed >> 8) % 4;
		hl = (seed >> 12) % 300;
		nl = (round % 8 == 0) ? (seed >> 4) % 64 : (seed >> 4) % 12;
		from = (seed >> 20) % 320;
		for (i = 0; i < hl; i++) {
			seed = seed * 1103515245u + 12345u;
			h[i] = (uint8_t) ('a' + (seed >> 16) % alpha);
		}
		for (i = 0; i < nl; i++) {
			seed = seed * 1103515245u + 12345u;
			n[i] = (uint8_t) ('a' + (seed >> 16) % alpha);
		}
		if (nl > 0 && hl > nl && (round & 1)) {
			memcpy(n, h + (seed >> 3) % (hl - nl), nl); /* make a hit likely */
		}
		ck_assert_uint_eq(dx_bytes_find(h, hl, n, nl, from), naive_find(h, hl, n, nl, from));
		ck_assert_uint_eq(dx_bytes_rfind(h, hl, n, nl, from), naive_rfind(h, hl, n, nl, from));
	}
}
END_TEST

START_TEST(test_long_needle) {
	static uint8_t h[5000], n[600];
	size_t i;
	for (i = 0; i < sizeof h; i++) {
		h[i] = (uint8_t) (i * 7 % 251);
	}
	memcpy(n, h + 3000, sizeof n);
	ck_assert_uint_eq(dx_bytes_find(h, sizeof h, n, sizeof n, 0), naive_find(h, sizeof h, n, sizeof n, 0));
	ck_assert_uint_eq(dx_bytes_rfind(h, sizeof h, n, sizeof n, 4999), naive_rfind(h, sizeof h, n, sizeof n, 4999));
	n[599] ^= 1;
	ck_assert_uint_eq(dx_bytes_find(h, sizeof h, n, sizeof n, 0), DX_BYTES_NOT_FOUND);
	ck_assert_uint_eq(dx_bytes_rfind(h, sizeof h, n, sizeof n, 4999), DX_BYTES_NOT_FOUND);
}
END_TEST

int main(void) {
	Suite *s = suite_create("bytesearch");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;
	tcase_add_test(tc, test_fixed_cases);
	tcase_add_test(tc, test_random_agreement);
	tcase_add_test(tc, test_long_needle);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
