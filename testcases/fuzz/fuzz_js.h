/*
 * fuzz_js.h: the core shared by the libFuzzer harnesses that check a
 * binding from JavaScript.  One Duktape heap (every feature registered)
 * serves every input; a check function, compiled once from its source,
 * gets the input as a Uint8Array and returns '' when every property holds,
 * otherwise what failed (the harness then aborts, and libFuzzer saves the
 * input).  After each input the heap's garbage is collected: libFuzzer runs
 * a slow leak check after any input that leaves more allocations than it
 * found.
 */
#ifndef FUZZ_JS_H
#define FUZZ_JS_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "duk_ext.h"
#include "fuzz_check.h"

static duk_context *fuzz__ctx;

static void fuzz_js_check(const char *check_src, const uint8_t *data, size_t size) {
	duk_context *ctx;
	void *p;
	if (fuzz__ctx == NULL) {
		fuzz__ctx = duk_create_heap_default();
		FUZZ_CHECK(fuzz__ctx != NULL);
		duk_ext_init(fuzz__ctx, DUK_EXT_ALL);
		duk_push_string(fuzz__ctx, check_src);
		FUZZ_CHECK(duk_peval(fuzz__ctx) == 0);
		duk_put_global_string(fuzz__ctx, "fuzzCheck");
	}
	ctx = fuzz__ctx;
	duk_get_global_string(ctx, "fuzzCheck");
	/* One spare byte: Duktape computes NULL + 0 on an empty fixed buffer's
	 * data pointer, which clang's UBSan reports (an engine quirk, not ours). */
	p = duk_push_fixed_buffer(ctx, size + 1);
	if (size > 0) {
		memcpy(p, data, size);
	}
	duk_push_buffer_object(ctx, -1, 0, size, DUK_BUFOBJ_UINT8ARRAY);
	duk_remove(ctx, -2);
	if (duk_pcall(ctx, 1) != 0) {
		fprintf(stderr, "fuzzCheck threw: %s\n", duk_safe_to_string(ctx, -1));
		FUZZ_CHECK(0);
	}
	if (duk_get_length(ctx, -1) != 0) {
		fprintf(stderr, "property failed: %s\n", duk_safe_to_string(ctx, -1));
		FUZZ_CHECK(0);
	}
	duk_pop(ctx);
	duk_gc(ctx, 0);
	duk_gc(ctx, 0);
}

/* The libFuzzer entry point of a harness whose whole check is the
 * JavaScript function source check_src. */
#define FUZZ_JS_HARNESS(check_src) \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size); \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { \
		fuzz_js_check(check_src, data, size); \
		return 0; \
	}

#endif
