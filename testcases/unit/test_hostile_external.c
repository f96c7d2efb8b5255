/*
 * test_hostile_external: user code shrinks a host (external) buffer in the
 * middle of every method that calls user code.  The script's shrink(n)
 * moves the bytes to a new malloc'd block of n bytes and frees the old one,
 * so any binding that keeps a data pointer or length across user code reads
 * or writes freed memory: AddressSanitizer (make check-asan) or valgrind
 * reports it.  Each snippet must end in a value or a thrown error, and the
 * views must stay usable afterwards.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "duk_ext.h"

#define DX_EXT_SIZE 64

static duk_context *ctx;
static uint8_t *dx__mem;

/* shrink(n): the host moves its buffer to n fresh bytes (n <= current size). */
static duk_ret_t dx__shrink(duk_context *c) {
	duk_size_t old_len, n = (duk_size_t) duk_require_uint(c, 0);
	uint8_t *p;
	duk_push_global_stash(c);
	duk_get_prop_string(c, -1, "ext");
	(void) duk_get_buffer(c, -1, &old_len);
	if (n > old_len) {
		n = old_len;
	}
	p = malloc(n + 1);
	ck_assert_ptr_nonnull(p);
	memcpy(p, dx__mem, n);
	duk_config_buffer(c, -1, p, n);
	free(dx__mem);
	dx__mem = p;
	return 0;
}

static void setup(void) {
	size_t i;
	ctx = duk_create_heap_default();
	ck_assert_ptr_nonnull(ctx);
	duk_ext_init(ctx, DUK_EXT_ALL);
	dx__mem = malloc(DX_EXT_SIZE);
	ck_assert_ptr_nonnull(dx__mem);
	for (i = 0; i < DX_EXT_SIZE; i++) {
		dx__mem[i] = (uint8_t) (0x40 + i);
	}
	duk_push_global_stash(ctx);
	duk_push_external_buffer(ctx);
	duk_config_buffer(ctx, -1, dx__mem, DX_EXT_SIZE);
	duk_dup(ctx, -1);
	duk_put_prop_string(ctx, -3, "ext");
	duk_dup(ctx, -1);
	duk_put_global_string(ctx, "plain");
	duk_push_buffer_object(ctx, -1, 0, DX_EXT_SIZE, DUK_BUFOBJ_ARRAYBUFFER);
	duk_put_global_string(ctx, "ab");
	duk_pop_2(ctx);
	duk_push_c_function(ctx, dx__shrink, 1);
	duk_put_global_string(ctx, "shrink");
	duk_eval_string_noresult(ctx,
	                         "var u8 = new Uint8Array(ab), u32 = new Uint32Array(ab, 8), dv = new DataView(ab),"
	                         " buf = typeof Buffer === 'function' ? Buffer.from(ab) : new Uint8Array(ab), f64 = new Float64Array(ab);"
	                         "function v(x) { return { valueOf: function () { shrink(3); return x; } }; }"
	                         "function once(f) { var first = true; return function (a, b, c) {"
	                         " if (first) { first = false; shrink(3); } return f(a, b, c); }; }");
}

static void teardown(void) {
	duk_destroy_heap(ctx);
	free(dx__mem);
}

/* Every snippet runs on a fresh 64-byte host buffer that user code in its
 * middle moves to 3 fresh bytes. */
static const char *const dx__snippets[] = {
	"u8.fill(v(7))", "u8.fill(1, v(0))", "u8.fill(1, 0, v(60))", "u32.fill(v(0x01020304))", "f64.fill(v(1.5))",
	"u8.set([1, v(2), 3, 4, 5, 6])", "u8.set([1, 2], v(40))", "u32.set(new Uint8Array([1, 2, 3]), v(2))",
	"u8.set(new Proxy([1, 2, 3, 4], { get: function (t, k) { if (String(k) === '2') shrink(3); return t[k]; } }))",
	"u8.copyWithin(v(0), 8)", "u8.copyWithin(0, v(8))", "u8.copyWithin(0, 8, v(60))", "u32.copyWithin(0, v(4))",
	"u8.slice(v(1))", "u8.slice(0, v(60))", "f64.slice(v(1))", "u8.subarray(v(1))", "u32.subarray(0, v(8))",
	"u8.indexOf(0x70, v(0))", "u8.lastIndexOf(0x41, v(63))", "u8.includes(undefined, v(0))", "u32.indexOf(0, v(0))",
	"u8.at(v(50))", "u8.with(v(50), 1)", "u8.with(1, v(9))", "u8.join({ toString: function () { shrink(3); return ','; } })",
	"u8.map(once(function (x) { return x + 1; }))", "u32.map(once(function (x) { return x; }))",
	"u8.filter(once(function (x) { return x & 1; }))", "u8.forEach(once(function (x, i, a) { a[i] = x + 1; }))",
	"u8.every(once(function () { return true; }))", "u8.some(once(function () { return false; }))",
	"u8.find(once(function () { return false; }))", "u8.findLastIndex(once(function () { return false; }))",
	"u8.reduce(once(function (a, x) { return a + x; }), 0)", "f64.reduceRight(once(function (a, x) { return a + x; }), 0)",
	"u8.sort(once(function (a, b) { return b - a; }))", "u32.sort(once(function (a, b) { return a - b; }))",
	"u8.toSorted(once(function (a, b) { return b - a; }))", "Uint16Array.from(u8, once(function (x) { return x * 3; }))",
	"var it = u8.values(); it.next(); shrink(3); [it.next(), it.next(), it.next(), it.next()]",
	"dv.setUint32(v(60), 1)", "dv.setFloat64(8, v(2.5))", "dv.getFloat64(v(56))", "dv.setFloat16(v(1), 1)",
	"dv.getInt32(v(0), true)",
	"buf.writeUInt32LE(v(1), 8)", "buf.writeDoubleBE(v(2.5), 56)", "buf.writeIntLE(v(-5), 1, 6)", "buf.fill(v(9))",
	"buf.fill('ab', 0, 64, { toString: function () { shrink(3); return 'latin1'; } })",
	"buf.toString({ toString: function () { shrink(3); return 'hex'; } })",
	"buf.write('hello world', { toString: function () { shrink(3); return 'utf8'; } })",
	"buf.copy(Buffer.alloc(64), v(0))", "Buffer.alloc(64).copy(buf, v(0))", "Buffer.from(ab, v(8), 16)",
	"u8.setFromBase64('QUJDREVGR0hJSktMTU5PUA==', { get alphabet() { shrink(3); return 'base64'; } })",
	"u8.setFromHex('00112233445566778899', undefined)",
	"u8.toBase64({ get alphabet() { shrink(3); return 'base64url'; } })",
	"u8.toBase64({ get omitPadding() { shrink(3); return true; } })",
	"new TextDecoder().decode(u8, { get stream() { shrink(3); return false; } })",
	"new TextEncoder().encodeInto({ toString: function () { shrink(3); return 'abcdef'; } }, u8)",
	"ObjectBuffer.encode({ a: u8, get b() { shrink(3); return 1; }, c: u32 })",
	"Uint8Array.prototype.fill.call(plain, v(3))", "Uint8Array.prototype.map.call(plain, once(function (x) { return x; }))",
	"Buffer.prototype.writeUInt16BE.call(plain, v(0x1234), 30)",
	NULL
};

START_TEST(test_shrink_in_user_code) {
	/* A value or an error: both fine; a crash or a sanitizer report is not. */
	(void) duk_peval_string(ctx, dx__snippets[_i]);
	duk_pop(ctx);
	/* Every element and byte, read and written through the views: Duktape
	 * itself keeps those accesses inside the 3 bytes left. */
	ck_assert_int_eq(duk_peval_string(ctx, "var s = 0; for (var i = 0; i < 70; i++) {"
	                                       " s += (u8[i] | 0) + (buf[i] | 0) + (u32[i >> 2] | 0); u8[i] = 1; } s"),
	                 0);
	duk_pop(ctx);
	ck_assert_int_eq(duk_peval_string(ctx, "new Uint8Array(ab).fill(2).length + u8.subarray(0).length"), 0);
	duk_pop(ctx);
}
END_TEST

int main(void) {
	Suite *s = suite_create("hostile_external");
	TCase *tc = tcase_create("shrink");
	SRunner *sr;
	int failed, n = 0;
	while (dx__snippets[n] != NULL) {
		n++;
	}
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_shrink_in_user_code, 0, n);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
