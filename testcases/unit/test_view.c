/*
 * test_view: Check unit tests of duk_ext_get_view(), the one view struct for
 * every buffer value: plain buffer, ArrayBuffer, each typed array, DataView,
 * Node Buffer, and an external buffer that the host shrinks under a view;
 * duk_ext_init() leaving the host's value stack as it found it; and the
 * address alignment of Buffer.allocUnsafe(size, alignment).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "duk_ext.h"

static duk_context *ctx;

static void setup(void) {
	ctx = duk_create_heap_default();
	ck_assert_ptr_nonnull(ctx);
}

static void teardown(void) {
	duk_destroy_heap(ctx);
}

/* Evaluates src and returns the view of its result (left on the stack). */
static duk_ext_view view_of(const char *src) {
	duk_ext_view v;
	duk_eval_string(ctx, src);
	ck_assert(duk_ext_get_view(ctx, -1, &v));
	return v;
}

START_TEST(test_plain_buffer) {
	duk_ext_view v;
	uint8_t *p = duk_push_fixed_buffer(ctx, 16);
	ck_assert(duk_ext_get_view(ctx, -1, &v));
	ck_assert_int_eq(v.kind, DUK_EXT_KIND_PLAIN_BUFFER);
	ck_assert_int_eq(v.elem_type, DUK_EXT_ELEM_UINT8);
	ck_assert_ptr_eq(v.data, p);
	ck_assert_uint_eq(v.byte_length, 16);
	ck_assert_uint_eq(v.length, 16);
	ck_assert_uint_eq(v.byte_offset, 0);
	ck_assert_uint_eq(v.flags, 0);
}
END_TEST

START_TEST(test_arraybuffer_and_dataview) {
	duk_ext_view v = view_of("new ArrayBuffer(8)");
	ck_assert_int_eq(v.kind, DUK_EXT_KIND_ARRAYBUFFER);
	ck_assert_uint_eq(v.byte_length, 8);
	v = view_of("new DataView(new ArrayBuffer(10), 2, 5)");
	ck_assert_int_eq(v.kind, DUK_EXT_KIND_DATAVIEW);
	ck_assert_uint_eq(v.byte_offset, 2);
	ck_assert_uint_eq(v.byte_length, 5);
}
END_TEST

START_TEST(test_every_typed_array) {
	static const struct {
		const char *ctor;
		int elem_type;
		int shift;
	} kinds[] = {
		{ "Uint8Array", DUK_EXT_ELEM_UINT8, 0 },     { "Uint8ClampedArray", DUK_EXT_ELEM_UINT8CLAMPED, 0 },
		{ "Int8Array", DUK_EXT_ELEM_INT8, 0 },       { "Uint16Array", DUK_EXT_ELEM_UINT16, 1 },
		{ "Int16Array", DUK_EXT_ELEM_INT16, 1 },     { "Uint32Array", DUK_EXT_ELEM_UINT32, 2 },
		{ "Int32Array", DUK_EXT_ELEM_INT32, 2 },     { "Float32Array", DUK_EXT_ELEM_FLOAT32, 2 },
		{ "Float64Array", DUK_EXT_ELEM_FLOAT64, 3 },
	};
	size_t i;
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		char src[96];
		duk_ext_view v;
		snprintf(src, sizeof src, "new %s(new ArrayBuffer(64), 8, 3)", kinds[i].ctor);
		v = view_of(src);
		ck_assert_int_eq(v.kind, DUK_EXT_KIND_TYPEDARRAY);
		ck_assert_int_eq(v.elem_type, kinds[i].elem_type);
		ck_assert_int_eq(v.shift, kinds[i].shift);
		ck_assert_uint_eq(v.byte_offset, 8);
		ck_assert_uint_eq(v.length, 3);
		ck_assert_uint_eq(v.byte_length, (size_t) 3 << kinds[i].shift);
		duk_pop(ctx);
	}
}
END_TEST

START_TEST(test_node_buffer) {
	duk_ext_view v = view_of("var b = new Buffer(5); b[4] = 9; b");
	ck_assert_int_eq(v.kind, DUK_EXT_KIND_NODE_BUFFER);
	ck_assert_uint_eq(v.byte_length, 5);
	ck_assert_uint_eq(v.data[4], 9);
}
END_TEST

START_TEST(test_not_a_buffer) {
	duk_ext_view v;
	duk_push_int(ctx, 5);
	ck_assert(!duk_ext_get_view(ctx, -1, &v));
	ck_assert_ptr_null(v.data);
	duk_eval_string(ctx, "({ length: 4 })");
	ck_assert(!duk_ext_get_view(ctx, -1, &v));
	ck_assert(!duk_ext_get_view(ctx, 100, &v)); /* invalid index */
}
END_TEST

START_TEST(test_external_buffer_shrinks_under_view) {
	uint8_t mem[64];
	duk_ext_view v;
	duk_idx_t ext;
	uint32_t last_word;
	size_t i;
	for (i = 0; i < sizeof mem; i++) {
		mem[i] = (uint8_t) i;
	}
	duk_push_external_buffer(ctx);
	ext = duk_get_top_index(ctx);
	duk_config_buffer(ctx, ext, mem, sizeof mem);
	duk_push_buffer_object(ctx, ext, 8, 32, DUK_BUFOBJ_UINT32ARRAY);
	ck_assert(duk_ext_get_view(ctx, -1, &v));
	ck_assert_uint_eq(v.flags, DUK_EXT_VIEW_EXTERNAL);
	ck_assert_ptr_eq(v.data, mem + 8);
	ck_assert_uint_eq(v.length, 8);

	/* The host shrinks its memory to 20 bytes: 12 bytes = 3 elements remain. */
	duk_config_buffer(ctx, ext, mem, 20);
	ck_assert(duk_ext_get_view(ctx, -1, &v));
	ck_assert(v.flags & DUK_EXT_VIEW_OUT_OF_BOUNDS);
	ck_assert_uint_eq(v.byte_length, 12);
	ck_assert_uint_eq(v.length, 3);
	ck_assert_ptr_eq(v.data, mem + 8);

	/* Duktape's own element access agrees: index 3 is past the memory and
	 * reads as 0 (the engine never reads past the current size). */
	memcpy(&last_word, mem + 16, sizeof last_word);
	duk_push_number(ctx, (double) last_word);
	duk_put_global_string(ctx, "lastWord");
	duk_dup(ctx, -1);
	duk_put_global_string(ctx, "v");
	duk_eval_string(ctx, "[v[2] === lastWord, v[3] === 0]");
	duk_get_prop_index(ctx, -1, 0);
	ck_assert(duk_get_boolean(ctx, -1));
	duk_get_prop_index(ctx, -2, 1);
	ck_assert(duk_get_boolean(ctx, -1));
	duk_pop_3(ctx);

	/* Shrunk below the view's offset: nothing is usable. */
	duk_config_buffer(ctx, ext, mem, 4);
	ck_assert(duk_ext_get_view(ctx, -1, &v));
	ck_assert_uint_eq(v.byte_length, 0);
	ck_assert_uint_eq(v.length, 0);
	ck_assert_ptr_null(v.data);
	ck_assert(v.flags & DUK_EXT_VIEW_OUT_OF_BOUNDS);

	/* Detached from host memory altogether. */
	duk_config_buffer(ctx, ext, NULL, 0);
	ck_assert(duk_ext_get_view(ctx, -1, &v));
	ck_assert_uint_eq(v.byte_length, 0);
	ck_assert_ptr_null(v.data);
}
END_TEST

/* A host's values stay where they were: each feature group, and all of them,
 * registers without leaving anything on (or taking anything off) the stack. */
START_TEST(test_init_keeps_the_stack) {
	static const duk_uint_t groups[] = { DUK_EXT_TYPEDARRAY, DUK_EXT_DATAVIEW, DUK_EXT_NODE_BUFFER,
	                                     DUK_EXT_ENCODING, DUK_EXT_OBJECTBUF, DUK_EXT_ALL };
	size_t i;
	for (i = 0; i < sizeof groups / sizeof groups[0]; i++) {
		duk_context *c = duk_create_heap_default();
		ck_assert_ptr_nonnull(c);
		duk_push_string(c, "host value");
		ck_assert_int_eq(duk_ext_init(c, groups[i]), 0);
		ck_assert_int_eq(duk_get_top(c), 1);
		ck_assert_str_eq(duk_get_string(c, 0), "host value");
		duk_destroy_heap(c);
	}
}
END_TEST

#if defined(DUK_EXT_USE_NODEBUFFER)
/* Buffer.allocUnsafe(size, alignment): the bytes start at an address that is
 * a multiple of the alignment (what Node promises; JS cannot see it). */
START_TEST(test_aligned_alloc_unsafe) {
	static const char *const calls[] = { "Buffer.allocUnsafe(5, 8)", "Buffer.allocUnsafe(3, 64)",
	                                     "Buffer.allocUnsafeSlow(100, 4096)", "Buffer.allocUnsafe(0, 256)" };
	static const uintptr_t aligns[] = { 8, 64, 4096, 256 };
	static const size_t lengths[] = { 5, 3, 100, 0 };
	size_t i;
	ck_assert_int_eq(duk_ext_init(ctx, DUK_EXT_NODE_BUFFER), 0);
	for (i = 0; i < sizeof aligns / sizeof aligns[0]; i++) {
		duk_ext_view v = view_of(calls[i]);
		ck_assert_int_eq(v.kind, DUK_EXT_KIND_NODE_BUFFER);
		ck_assert_uint_eq(v.byte_length, lengths[i]);
		ck_assert_uint_eq((uintptr_t) v.data % aligns[i], 0);
		duk_pop(ctx);
	}
}
END_TEST
#endif

int main(void) {
	Suite *s = suite_create("view");
	TCase *tc = tcase_create("kinds");
	SRunner *sr;
	int failed;
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_plain_buffer);
	tcase_add_test(tc, test_arraybuffer_and_dataview);
	tcase_add_test(tc, test_every_typed_array);
	tcase_add_test(tc, test_node_buffer);
	tcase_add_test(tc, test_not_a_buffer);
	tcase_add_test(tc, test_external_buffer_shrinks_under_view);
	tcase_add_test(tc, test_init_keeps_the_stack);
#if defined(DUK_EXT_USE_NODEBUFFER)
	tcase_add_test(tc, test_aligned_alloc_unsafe);
#endif
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
