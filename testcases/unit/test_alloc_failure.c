/*
 * test_alloc_failure: runs representative scripts (the .js files in testcases/alloc) in
 * heaps whose allocator fails the N-th allocation, for N = 1, 2, 3, ... until
 * a run sees no failure.  Each failure must surface as a thrown error (or a
 * heap that cannot be created), never a fatal error or crash, and once the
 * heap is destroyed every block must have been freed (the allocator counts
 * live blocks).  Two modes: the N-th allocation fails once (the engine's
 * emergency GC may recover), or every allocation from the N-th on fails.
 * In the persistent mode counting starts once the heap exists: Duktape 2.7
 * itself recurses without end when every allocation fails while it builds
 * its built-in objects, before any error can be caught.
 * Run from the repository root.
 */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "duk_ext.h"

typedef struct {
	int armed;       /* count (and fail) allocations only when set */
	long count;      /* allocations made so far */
	long fail_at;    /* the allocation number that fails */
	int persistent;  /* fail every allocation from fail_at on */
	long failures;   /* how many were failed */
	long live;       /* blocks not yet freed */
} dx_alloc_state;

static int dx__should_fail(dx_alloc_state *st) {
	if (!st->armed) {
		return 0;
	}
	st->count++;
	if (st->count == st->fail_at || (st->persistent && st->count > st->fail_at)) {
		st->failures++;
		return 1;
	}
	return 0;
}

static void *dx__alloc(void *udata, duk_size_t size) {
	dx_alloc_state *st = udata;
	void *p;
	if (dx__should_fail(st)) {
		return NULL;
	}
	p = malloc(size ? size : 1);
	if (p != NULL) {
		st->live++;
	}
	return p;
}

static void *dx__realloc(void *udata, void *ptr, duk_size_t size) {
	dx_alloc_state *st = udata;
	void *p;
	if (ptr == NULL) {
		return dx__alloc(udata, size);
	}
	if (size == 0) {
		free(ptr);
		st->live--;
		return NULL;
	}
	if (dx__should_fail(st)) {
		return NULL;
	}
	p = realloc(ptr, size);
	return p;
}

static void dx__free(void *udata, void *ptr) {
	dx_alloc_state *st = udata;
	if (ptr != NULL) {
		free(ptr);
		st->live--;
	}
}

static void dx__fatal(void *udata, const char *msg) {
	(void) udata;
	fprintf(stderr, "fatal error under allocation failure: %s\n", msg ? msg : "");
	abort(); /* Check reports the crash as a failed test */
}

static duk_ret_t dx__init_and_run(duk_context *ctx, void *udata) {
	const char *src = udata;
	duk_ext_init(ctx, DUK_EXT_ALL);
	duk_eval_string(ctx, src);
	return 1;
}

/* One run: returns 1 when the script completed, 0 when an error surfaced. */
static int dx__run_once(const char *src, dx_alloc_state *st) {
	duk_context *ctx;
	int completed;
	st->armed = !st->persistent;
	ctx = duk_create_heap(dx__alloc, dx__realloc, dx__free, st, dx__fatal);
	if (ctx == NULL) {
		return 0;
	}
	st->armed = 1;
	completed = duk_safe_call(ctx, dx__init_and_run, (void *) src, 0, 1) == DUK_EXEC_SUCCESS;
	duk_destroy_heap(ctx);
	return completed;
}

static char *dx__read_file(const char *path) {
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;
	ck_assert_msg(f != NULL, "cannot open %s (run from the repository root)", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	ck_assert_ptr_nonnull(buf);
	ck_assert_uint_eq(fread(buf, 1, (size_t) n, f), (size_t) n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void dx__sweep_script(const char *path, int persistent) {
	char *src = dx__read_file(path);
	long n;
	for (n = 1;; n++) {
		dx_alloc_state st;
		int completed;
		memset(&st, 0, sizeof st);
		st.fail_at = n;
		st.persistent = persistent;
		completed = dx__run_once(src, &st);
		ck_assert_msg(st.live == 0, "%s: %ld blocks leaked when allocation %ld failed", path, st.live, n);
		if (st.failures == 0) {
			ck_assert_msg(completed, "%s failed with no allocation failure", path);
			break;
		}
	}
	fprintf(stderr, "%s (%s): %ld allocation points checked\n", path, persistent ? "persistent" : "single", n - 1);
	free(src);
}

/* 1 when this build has every feature that the script's testcase metadata
 * names (its "features" list, as in the testcases), compared with the
 * DUK_EXT_FEATURES list of the build profile (duk_ext_config.h). */
static int dx__script_applies(const char *src) {
	const char *p = strstr(src, "\"features\"");
	const char *end = p != NULL ? strchr(p, ']') : NULL;
	char want[64];
	if (p == NULL || end == NULL) {
		return 1;
	}
	for (p = strchr(p + 10, '"'); p != NULL && p < end; p = strchr(p + 1, '"')) {
		const char *q = strchr(p + 1, '"');
		if (q == NULL || q > end || (size_t) (q - p) + 2 > sizeof want) {
			return 0;
		}
		snprintf(want, sizeof want, ",%.*s,", (int) (q - p - 1), p + 1);
		if (strstr("," DUK_EXT_FEATURES ",", want) == NULL) {
			return 0;
		}
		p = q;
	}
	return 1;
}

static void dx__sweep_all(int persistent) {
	DIR *dir = opendir("testcases/alloc");
	struct dirent *e;
	int scripts = 0;
	ck_assert_msg(dir != NULL, "testcases/alloc not found (run from the repository root)");
	while ((e = readdir(dir)) != NULL) {
		char path[512], *src;
		size_t len = strlen(e->d_name);
		if (len < 3 || strcmp(e->d_name + len - 3, ".js") != 0) {
			continue;
		}
		snprintf(path, sizeof path, "testcases/alloc/%s", e->d_name);
		scripts++;
		src = dx__read_file(path);
		if (dx__script_applies(src)) {
			dx__sweep_script(path, persistent);
		} else {
			fprintf(stderr, "%s: skipped (needs features this build lacks)\n", path);
		}
		free(src);
	}
	closedir(dir);
	ck_assert_int_gt(scripts, 0);
}

START_TEST(test_single_failure) {
	dx__sweep_all(0);
}
END_TEST

START_TEST(test_persistent_failure) {
	dx__sweep_all(1);
}
END_TEST

int main(void) {
	Suite *s = suite_create("alloc_failure");
	TCase *tc = tcase_create("sweep");
	SRunner *sr;
	int failed;
	/* A whole sweep under ASan on a busy 2-core machine takes minutes: the
	 * timeout only catches a hang. */
	tcase_set_timeout(tc, 1800);
	tcase_add_test(tc, test_single_failure);
	tcase_add_test(tc, test_persistent_failure);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
