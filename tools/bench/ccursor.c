/*
 * ccursor: the object-buffer C cursor benchmark for tools/bench.py (issue 5),
 * no engine: builds an object of N string keys "k0".."k<N-1>" (values 0..N-1,
 * with a key index, as ob_lookup.js encodes it) with the C builder, then times
 * duk_ext_ob_open + duk_ext_ob_root + one duk_ext_ob_find of the key
 * "k<floor(N * 0.618)>", every operation opening the bytes anew.
 *   ccursor lookup:N [-t MS]  five batches of at least MS ms each (default
 *                             200 in all); prints "RESULT <median ms per op> <n>"
 *   ccursor lookup:N COUNT    runs the operation COUNT times (callgrind counts)
 *                             and prints "DONE 1"
 * Compiled by bench.py with the engine-free sources it needs (duk_ext/).
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "duk_ext_objbuf.h"

#define BATCHES 5

static const uint8_t *cc__doc;
static size_t cc__len;
static char cc__key[16];
static size_t cc__key_len;
static double cc__sink;

static void *cc__realloc(void *udata, void *ptr, size_t size) {
	(void) udata;
	return realloc(ptr, size);
}

/* Builds the document of n keys into cc__doc; 0 on success. */
static int cc__build(uint32_t n) {
	duk_ext_ob_builder b;
	uint32_t *keys = malloc((size_t) n * sizeof *keys), i, layout, obj;
	char name[16];
	if (keys == NULL) {
		return -1;
	}
	duk_ext_ob_builder_init(&b, cc__realloc, NULL);
	for (i = 0; i < n; i++) {
		int len = snprintf(name, sizeof name, "k%lu", (unsigned long) i);
		keys[i] = duk_ext_ob_put_string(&b, (const uint8_t *) name, (size_t) len);
	}
	layout = duk_ext_ob_put_keys(&b, keys, n, 1);
	obj = duk_ext_ob_begin_object(&b, layout);
	for (i = 0; i < n; i++) {
		duk_ext_ob_set_slot(&b, obj, i, duk_ext_ob_put_number(&b, (double) i));
	}
	free(keys);
	if (duk_ext_ob_finish(&b, obj) != DUK_EXT_OB_OK) {
		fprintf(stderr, "ccursor: builder: %s\n", duk_ext_ob_strerror(b.status));
		free(b.buf);
		return -1;
	}
	cc__doc = b.buf;
	cc__len = b.len;
	return 0;
}

/* One operation: open, root, find; the value found goes to the sink. */
static int cc__op(void) {
	duk_ext_ob_doc doc;
	duk_ext_ob_node root, v;
	duk_ext_ob_error err;
	if (duk_ext_ob_open(&doc, cc__doc, cc__len, &err) != DUK_EXT_OB_OK ||
	    duk_ext_ob_root(&doc, &root, &err) != DUK_EXT_OB_OK ||
	    duk_ext_ob_find(&doc, &root, (const uint8_t *) cc__key, cc__key_len, NULL, &v, &err) != DUK_EXT_OB_OK) {
		return -1;
	}
	cc__sink += v.number;
	return 0;
}

static double cc__now_ms(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double cc__batch_ms(size_t n) {
	double t0 = cc__now_ms();
	size_t i;
	for (i = 0; i < n; i++) {
		(void) cc__op();
	}
	return cc__now_ms() - t0;
}

static int cc__cmp(const void *a, const void *b) {
	double x = *(const double *) a, y = *(const double *) b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
	unsigned long keys;
	double target = 200.0, per[BATCHES];
	size_t n = 1, i;
	if (argc < 2 || sscanf(argv[1], "lookup:%lu", &keys) != 1 || keys == 0 || keys > 10000000ul) {
		fprintf(stderr, "usage: ccursor lookup:N [-t MS | COUNT]\n");
		return 2;
	}
	if (cc__build((uint32_t) keys) != 0) {
		return 1;
	}
	cc__key_len = (size_t) snprintf(cc__key, sizeof cc__key, "k%lu", (unsigned long) (keys * 0.618));
	if (cc__op() != 0 || cc__sink != (double) (unsigned long) (keys * 0.618)) {
		fprintf(stderr, "ccursor: the lookup gives a wrong result\n");
		return 1;
	}
	if (argc >= 3 && strcmp(argv[2], "-t") != 0) {
		long count = strtol(argv[2], NULL, 10);
		for (i = 0; i < (size_t) count; i++) {
			(void) cc__op();
		}
		printf("DONE 1\n");
		return 0;
	}
	if (argc >= 4) {
		target = strtod(argv[3], NULL);
	}
	for (;;) { /* calibrate n so that one batch lasts `target` */
		double t = cc__batch_ms(n);
		if (t >= target || n >= ((size_t) 1 << 30)) {
			break;
		}
		n = t < target / 64 ? n * 64 : (size_t) (n * (target * 1.2 / t)) + 1;
	}
	for (i = 0; i < BATCHES; i++) {
		per[i] = cc__batch_ms(n) / (double) n;
	}
	qsort(per, BATCHES, sizeof per[0], cc__cmp);
	printf("RESULT %.9g %zu\n", per[BATCHES / 2], n);
	fprintf(stderr, "(checksum %.0f)\n", cc__sink);
	return 0;
}
