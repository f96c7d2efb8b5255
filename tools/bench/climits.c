/*
 * climits: the C library limit for the duk_ext benchmarks (tools/bench.py).
 * `climits OP [-t MS]` times OP on the same workload as the matching script in
 * tools/bench/ for at least MS milliseconds (default 200) and prints
 * "RESULT <ms per op> <iterations>"; `climits OP N` runs OP exactly N times
 * (for instruction counts under callgrind) and prints "DONE <checksum>".  `climits list` names the operations.  Workloads: 1 MiB
 * buffers, 100k-element sorts, the same xorshift32 data as tools/bench/harness.js.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MIB (1u << 20)
#define NSORT 100000u

static uint8_t *bx__a, *bx__b, *bx__text;
static double *bx__f64, *bx__f64_src;
static int32_t *bx__i32, *bx__i32_src;
static size_t bx__text_len;
static uint64_t bx__sink;

static uint32_t bx__rng = 2463534242u;
static uint32_t bx__next(void) {
	bx__rng ^= bx__rng << 13;
	bx__rng ^= bx__rng >> 17;
	bx__rng ^= bx__rng << 5;
	return bx__rng;
}

static const char bx__b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char bx__hexd[] = "0123456789abcdef";
static uint8_t bx__b64_rev[256], bx__hex_rev[256];

/* Scalar base64: 3 bytes to 4 characters, with padding. */
static size_t bx__b64_encode(const uint8_t *src, size_t n, uint8_t *dst) {
	size_t i = 0, o = 0;
	for (; i + 3 <= n; i += 3) {
		uint32_t v = (uint32_t) src[i] << 16 | (uint32_t) src[i + 1] << 8 | src[i + 2];
		dst[o++] = (uint8_t) bx__b64[v >> 18];
		dst[o++] = (uint8_t) bx__b64[(v >> 12) & 63];
		dst[o++] = (uint8_t) bx__b64[(v >> 6) & 63];
		dst[o++] = (uint8_t) bx__b64[v & 63];
	}
	if (i < n) {
		uint32_t v = (uint32_t) src[i] << 16 | (i + 1 < n ? (uint32_t) src[i + 1] << 8 : 0);
		dst[o++] = (uint8_t) bx__b64[v >> 18];
		dst[o++] = (uint8_t) bx__b64[(v >> 12) & 63];
		dst[o++] = i + 1 < n ? (uint8_t) bx__b64[(v >> 6) & 63] : '=';
		dst[o++] = '=';
	}
	return o;
}

/* Scalar base64 decode of well-formed padded input. */
static size_t bx__b64_decode(const uint8_t *src, size_t n, uint8_t *dst) {
	size_t i, o = 0;
	while (n > 0 && src[n - 1] == '=') {
		n--;
	}
	for (i = 0; i + 4 <= n; i += 4) {
		uint32_t v = (uint32_t) bx__b64_rev[src[i]] << 18 | (uint32_t) bx__b64_rev[src[i + 1]] << 12 |
		             (uint32_t) bx__b64_rev[src[i + 2]] << 6 | bx__b64_rev[src[i + 3]];
		dst[o++] = (uint8_t) (v >> 16);
		dst[o++] = (uint8_t) (v >> 8);
		dst[o++] = (uint8_t) v;
	}
	if (n - i >= 2) {
		uint32_t v = (uint32_t) bx__b64_rev[src[i]] << 18 | (uint32_t) bx__b64_rev[src[i + 1]] << 12 |
		             (n - i == 3 ? (uint32_t) bx__b64_rev[src[i + 2]] << 6 : 0);
		dst[o++] = (uint8_t) (v >> 16);
		if (n - i == 3) {
			dst[o++] = (uint8_t) (v >> 8);
		}
	}
	return o;
}

static int bx__cmp_f64(const void *a, const void *b) {
	double x = *(const double *) a, y = *(const double *) b;
	return (x > y) - (x < y);
}

static int bx__cmp_i32(const void *a, const void *b) {
	int32_t x = *(const int32_t *) a, y = *(const int32_t *) b;
	return (x > y) - (x < y);
}

static void op_memset(void) {
	memset(bx__a, 7, MIB);
	bx__sink += bx__a[MIB / 2];
}
static void op_memcpy(void) {
	memcpy(bx__b, bx__a, MIB);
	bx__sink += bx__b[MIB / 2];
}
static void op_memmove(void) {
	memmove(bx__a + 1, bx__a, MIB - 1);
	bx__sink += bx__a[MIB / 2];
}
static void op_memchr(void) {
	bx__sink += (uintptr_t) memchr(bx__b, 1, MIB);
}
static void op_memrchr(void) {
	bx__sink += (uintptr_t) memrchr(bx__b, 1, MIB);
}
static void op_memcmp(void) {
	bx__sink += (uint64_t) memcmp(bx__a, bx__b, MIB);
}
static void op_memmem(void) {
	bx__sink += (uintptr_t) memmem(bx__a, MIB, bx__a + MIB - 8, 8);
}
static void op_qsort_f64(void) {
	memcpy(bx__f64, bx__f64_src, NSORT * sizeof(double));
	qsort(bx__f64, NSORT, sizeof(double), bx__cmp_f64);
	bx__sink += (uint64_t) bx__f64[NSORT / 2];
}
static void op_qsort_i32(void) {
	memcpy(bx__i32, bx__i32_src, NSORT * sizeof(int32_t));
	qsort(bx__i32, NSORT, sizeof(int32_t), bx__cmp_i32);
	bx__sink += (uint64_t) bx__i32[NSORT / 2];
}
static void op_b64enc(void) {
	bx__sink += bx__b64_encode(bx__a, MIB, bx__text);
}
static void op_b64dec(void) {
	bx__sink += bx__b64_decode(bx__text, bx__text_len, bx__b);
}
static void op_hexenc(void) {
	size_t i;
	for (i = 0; i < MIB; i++) {
		bx__text[2 * i] = (uint8_t) bx__hexd[bx__a[i] >> 4];
		bx__text[2 * i + 1] = (uint8_t) bx__hexd[bx__a[i] & 15];
	}
	bx__sink += bx__text[MIB];
}
static void op_hexdec(void) {
	size_t i;
	for (i = 0; i < MIB; i++) {
		bx__b[i] = (uint8_t) (bx__hex_rev[bx__text[2 * i]] << 4 | bx__hex_rev[bx__text[2 * i + 1]]);
	}
	bx__sink += bx__b[MIB / 2];
}

/* Prepares what each operation reads: a = random bytes, b = zeros (memchr
 * finds nothing) or a copy of a (memcmp compares equal), text = encoded a.
 * Every page is written first so that none is the shared zero page. */
static void prep_random(void) {
	size_t i;
	for (i = 0; i < MIB; i++) {
		bx__a[i] = (uint8_t) bx__next();
	}
	memset(bx__b, 0, MIB);
	memset(bx__text, 0, 2 * MIB + 8);
}
static void prep_equal(void) {
	prep_random();
	memcpy(bx__b, bx__a, MIB);
}
static void prep_b64(void) {
	prep_random();
	bx__text_len = bx__b64_encode(bx__a, MIB, bx__text);
}
static void prep_hex(void) {
	prep_random();
	op_hexenc();
}
static void prep_sort(void) {
	size_t i;
	for (i = 0; i < NSORT; i++) {
		bx__f64_src[i] = bx__next() / 4294967296.0 * 2e6 - 1e6;
	}
	bx__rng = 2463534242u; /* each type's script starts from the seed */
	for (i = 0; i < NSORT; i++) {
		bx__i32_src[i] = (int32_t) bx__next();
	}
}

static const struct {
	const char *name;
	void (*prep)(void);
	void (*op)(void);
} bx__ops[] = {
	{"memset", prep_random, op_memset},     {"memcpy", prep_random, op_memcpy},
	{"memmove", prep_random, op_memmove}, {"memchr", prep_random, op_memchr},
	{"memrchr", prep_random, op_memrchr},   {"memcmp", prep_equal, op_memcmp},
	{"memmem", prep_random, op_memmem},   {"qsort_f64", prep_sort, op_qsort_f64},
	{"qsort_i32", prep_sort, op_qsort_i32}, {"b64enc", prep_random, op_b64enc},
	{"b64dec", prep_b64, op_b64dec},      {"hexenc", prep_random, op_hexenc},
	{"hexdec", prep_hex, op_hexdec},
};

static double bx__now_ms(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
	size_t k, i, nops = sizeof bx__ops / sizeof bx__ops[0];
	double target = 200.0;
	if (argc < 2 || strcmp(argv[1], "list") == 0) {
		for (k = 0; k < nops; k++) {
			printf("%s\n", bx__ops[k].name);
		}
		return argc < 2;
	}
	for (k = 0; k < nops && strcmp(bx__ops[k].name, argv[1]) != 0; k++) {
	}
	if (k == nops) {
		fprintf(stderr, "climits: unknown operation %s\n", argv[1]);
		return 2;
	}
	bx__a = calloc(MIB, 1);
	bx__b = calloc(MIB, 1);
	bx__text = calloc(2 * MIB + 8, 1);
	bx__f64 = calloc(NSORT, sizeof(double));
	bx__f64_src = calloc(NSORT, sizeof(double));
	bx__i32 = calloc(NSORT, sizeof(int32_t));
	bx__i32_src = calloc(NSORT, sizeof(int32_t));
	if (!bx__a || !bx__b || !bx__text || !bx__f64 || !bx__f64_src || !bx__i32 || !bx__i32_src) {
		fprintf(stderr, "climits: out of memory\n");
		return 1;
	}
	for (i = 0; i < 64; i++) {
		bx__b64_rev[(uint8_t) bx__b64[i]] = (uint8_t) i;
	}
	for (i = 0; i < 16; i++) {
		bx__hex_rev[(uint8_t) bx__hexd[i]] = (uint8_t) i;
	}
	bx__ops[k].prep();
	bx__ops[k].op(); /* warm-up: pages faulted in, caches filled */
	if (argc >= 3 && strcmp(argv[2], "-t") != 0) {
		long n = strtol(argv[2], NULL, 10);
		for (i = 0; i < (size_t) n; i++) {
			bx__ops[k].op();
		}
		printf("DONE %llu\n", (unsigned long long) bx__sink);
		return 0;
	}
	if (argc >= 4) {
		target = strtod(argv[3], NULL);
	}
	{
		size_t n = 1;
		double t;
		for (;;) {
			double t0 = bx__now_ms();
			for (i = 0; i < n; i++) {
				bx__ops[k].op();
			}
			t = bx__now_ms() - t0;
			if (t >= target || n >= ((size_t) 1 << 30)) {
				break;
			}
			n = t < target / 64 ? n * 64 : (size_t) (n * (target * 1.2 / t)) + 1;
		}
		printf("RESULT %.9g %zu\n", t / n, n);
		fprintf(stderr, "(checksum %llu)\n", (unsigned long long) bx__sink);
	}
	return 0;
}
