/*
 * test_objbuf: Check unit tests of the object-buffer builder, cursor and
 * verifier (duk_ext/dx_objbuf_*.c): builder -> cursor round trips, sorted
 * index lookups, every truncation of a valid encoding, seeded random bit
 * flips, and hand-made hostile documents (each rule of objbuf_format.md).
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "duk_ext_objbuf.h"
#include "dx_objbuf_format.h"

static void *test_realloc(void *udata, void *ptr, size_t size) {
	(void) udata;
	return realloc(ptr, size);
}

static uint32_t put_str(duk_ext_ob_builder *b, const char *s) {
	return duk_ext_ob_put_string(b, (const uint8_t *) s, strlen(s));
}

/* A document with every value kind:
 * { name: "objbuf", n: 42, pi: 3.25, neg0: -0, list: [null, true, false, undefined, <ref to list>],
 *   nums: packed [1, -2, 300], when: Date(1e12), bin: Uint16Array bytes, big: object with 40 keys (indexed),
 *   self: <ref to root> } */
static void build_sample(duk_ext_ob_builder *b) {
	static const char *const keys[] = { "name", "n", "pi", "neg0", "list", "nums", "when", "bin", "big", "self" };
	uint32_t key_slots[40], k, root, list, big, bigkeys;
	const double nums[3] = { 1, -2, 300 };
	uint8_t *payload;
	char name[16];
	size_t i;
	duk_ext_ob_builder_init(b, test_realloc, NULL);
	for (i = 0; i < 10; i++) {
		key_slots[i] = put_str(b, keys[i]);
	}
	k = duk_ext_ob_put_keys(b, key_slots, 10, 0);
	root = duk_ext_ob_begin_object(b, k);
	duk_ext_ob_set_slot(b, root, 0, put_str(b, "objbuf"));
	duk_ext_ob_set_slot(b, root, 1, duk_ext_ob_put_number(b, 42));
	duk_ext_ob_set_slot(b, root, 2, duk_ext_ob_put_number(b, 3.25));
	duk_ext_ob_set_slot(b, root, 3, duk_ext_ob_put_number(b, -0.0));
	list = duk_ext_ob_begin_array(b, 5);
	duk_ext_ob_set_slot(b, root, 4, list);
	duk_ext_ob_set_slot(b, list, 0, duk_ext_ob_slot_null());
	duk_ext_ob_set_slot(b, list, 1, duk_ext_ob_slot_bool(1));
	duk_ext_ob_set_slot(b, list, 2, duk_ext_ob_slot_bool(0));
	duk_ext_ob_set_slot(b, list, 3, duk_ext_ob_slot_undefined());
	duk_ext_ob_set_slot(b, list, 4, duk_ext_ob_slot_ref(list));
	duk_ext_ob_set_slot(b, root, 5, duk_ext_ob_put_numbers(b, nums, 3));
	duk_ext_ob_set_slot(b, root, 6, duk_ext_ob_put_date(b, 1e12));
	duk_ext_ob_set_slot(b, root, 7, duk_ext_ob_put_binary(b, 2, 3, 4, &payload));
	memcpy(payload, "\x01\x00\x02\x00", 4);
	for (i = 0; i < 40; i++) {
		snprintf(name, sizeof name, "k%02u", (unsigned) (39 - i));
		key_slots[i] = put_str(b, name);
	}
	bigkeys = duk_ext_ob_put_keys(b, key_slots, 40, 1);
	big = duk_ext_ob_begin_object(b, bigkeys);
	duk_ext_ob_set_slot(b, root, 8, big);
	for (i = 0; i < 40; i++) {
		duk_ext_ob_set_slot(b, big, i, duk_ext_ob_put_number(b, (double) (39 - i) * 1000));
	}
	duk_ext_ob_set_slot(b, root, 9, duk_ext_ob_slot_ref(root));
	ck_assert_int_eq(duk_ext_ob_finish(b, root), DUK_EXT_OB_OK);
}

static int verify(const uint8_t *buf, size_t len, duk_ext_ob_error *err) {
	uint8_t *scratch = malloc(duk_ext_ob_scratch_size(len));
	int rc = duk_ext_ob_verify(buf, len, scratch, err);
	free(scratch);
	return rc;
}

static void find(const duk_ext_ob_doc *doc, const duk_ext_ob_node *obj, const char *key, duk_ext_ob_node *out) {
	duk_ext_ob_error err;
	ck_assert_int_eq(duk_ext_ob_find(doc, obj, (const uint8_t *) key, strlen(key), NULL, out, &err), DUK_EXT_OB_OK);
}

START_TEST(test_round_trip) {
	duk_ext_ob_builder b;
	duk_ext_ob_doc doc;
	duk_ext_ob_node root, v, e, key;
	duk_ext_ob_error err;
	duk_ext_ob_iter it;
	unsigned n = 0;
	build_sample(&b);
	ck_assert_int_eq(verify(b.buf, b.len, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_open(&doc, b.buf, b.len, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_root(&doc, &root, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(root.type, DUK_EXT_OB_OBJECT);
	ck_assert_uint_eq(root.length, 10);
	find(&doc, &root, "name", &v);
	ck_assert_int_eq(v.type, DUK_EXT_OB_STRING);
	ck_assert_uint_eq(v.length, 6);
	ck_assert(memcmp(duk_ext_ob_bytes(&doc, &v), "objbuf", 6) == 0);
	find(&doc, &root, "n", &v);
	ck_assert_double_eq(v.number, 42);
	ck_assert_uint_eq(v.offset, 0); /* immediate */
	find(&doc, &root, "pi", &v);
	ck_assert_double_eq(v.number, 3.25);
	ck_assert_uint_eq(v.body, v.offset + 1); /* the payload: the f64 after the tag */
	ck_assert(memcmp(b.buf + v.body, "\0\0\0\0\0\0\x0a\x40", 8) == 0);
	find(&doc, &root, "neg0", &v);
	ck_assert(v.number == 0 && signbit(v.number));
	find(&doc, &root, "list", &v);
	ck_assert_int_eq(v.type, DUK_EXT_OB_ARRAY);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &v, 1, &e, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(e.type, DUK_EXT_OB_BOOLEAN);
	ck_assert_int_eq(e.sub, 1);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &v, 3, &e, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(e.type, DUK_EXT_OB_UNDEFINED);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &v, 4, &e, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(e.is_ref, 1);
	ck_assert_uint_eq(e.offset, v.offset);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &v, 5, &e, &err), DUK_EXT_OB_E_RANGE);
	find(&doc, &root, "nums", &v);
	ck_assert_int_eq(v.sub, DUK_EXT_OB_NUM_INT16);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &v, 2, &e, &err), DUK_EXT_OB_OK);
	ck_assert_double_eq(e.number, 300);
	find(&doc, &root, "when", &v);
	ck_assert_int_eq(v.type, DUK_EXT_OB_DATE);
	ck_assert_double_eq(v.number, 1e12);
	ck_assert_uint_eq(v.body, v.offset + 1);
	find(&doc, &root, "bin", &v);
	ck_assert_int_eq(v.type, DUK_EXT_OB_BINARY);
	ck_assert_int_eq(v.sub, DUK_EXT_OB_BIN_TYPEDARRAY);
	ck_assert_int_eq(v.elem, 3);
	ck_assert_uint_eq(v.length, 4);
	find(&doc, &root, "self", &v);
	ck_assert_uint_eq(v.offset, root.offset);
	find(&doc, &root, "big", &v);
	ck_assert_uint_eq(v.length, 40);
	find(&doc, &v, "k07", &e);
	ck_assert_double_eq(e.number, 7000);
	find(&doc, &v, "k39", &e);
	ck_assert_double_eq(e.number, 39000);
	find(&doc, &v, "k00", &e);
	ck_assert_double_eq(e.number, 0);
	ck_assert_int_eq(duk_ext_ob_find(&doc, &v, (const uint8_t *) "k4", 2, NULL, &e, &err), DUK_EXT_OB_NOT_FOUND);
	ck_assert_int_eq(duk_ext_ob_find(&doc, &root, (const uint8_t *) "nope", 4, NULL, &e, &err), DUK_EXT_OB_NOT_FOUND);
	duk_ext_ob_iter_init(&it, &doc, &v);
	while (duk_ext_ob_iter_next(&it, &key, &e, &err) == DUK_EXT_OB_OK) {
		ck_assert_uint_eq(key.length, 3);
		ck_assert_double_eq(e.number, (double) (39 - n) * 1000);
		n++;
	}
	ck_assert_uint_eq(n, 40);
	free(b.buf);
}
END_TEST

/* Every prefix of a valid document fails; so does every prefix whose end
 * field is patched to its length (nodes cut short).  The cursor survives both. */
START_TEST(test_every_truncation) {
	duk_ext_ob_builder b;
	duk_ext_ob_error err;
	size_t len;
	build_sample(&b);
	for (len = 0; len < b.len; len++) {
		uint8_t *copy = malloc(len + 1);
		memcpy(copy, b.buf, len);
		ck_assert_int_ne(verify(copy, len, &err), DUK_EXT_OB_OK);
		ck_assert_uint_le(err.offset, len > 16 ? len : 16);
		if (len >= 16) {
			copy[8] = (uint8_t) len;
			copy[9] = (uint8_t) (len >> 8);
			copy[10] = copy[11] = 0;
			ck_assert_int_ne(verify(copy, len, &err), DUK_EXT_OB_OK);
			ck_assert_uint_lt(err.offset, len);
		}
		free(copy);
	}
	free(b.buf);
}
END_TEST

static volatile uint8_t walk_sink; /* keeps the byte reads of walk() */

/* Walks every node reachable from n (bounded depth and work): the cursor
 * must never read out of bounds, whatever the bytes (ASan checks). */
static void walk(const duk_ext_ob_doc *doc, const duk_ext_ob_node *n, int depth, unsigned *budget) {
	duk_ext_ob_iter it;
	duk_ext_ob_node k, v;
	duk_ext_ob_error err;
	const uint8_t *bytes = duk_ext_ob_bytes(doc, n);
	uint32_t i;
	if (bytes != NULL && n->type != DUK_EXT_OB_ARRAY) {
		for (i = 0; i < n->length; i++) {
			walk_sink ^= bytes[i];
		}
	}
	if (depth > 20 || (n->type != DUK_EXT_OB_ARRAY && n->type != DUK_EXT_OB_OBJECT) || n->is_ref) {
		return;
	}
	duk_ext_ob_iter_init(&it, doc, n);
	while (*budget > 0 && duk_ext_ob_iter_next(&it, &k, &v, &err) == DUK_EXT_OB_OK) {
		(*budget)--;
		if (n->type == DUK_EXT_OB_OBJECT) {
			(void) duk_ext_ob_find(doc, n, duk_ext_ob_bytes(doc, &k), k.length, NULL, &v, &err);
		}
		walk(doc, &v, depth + 1, budget);
	}
}

START_TEST(test_random_bit_flips) {
	duk_ext_ob_builder b;
	duk_ext_ob_error err;
	duk_ext_ob_doc doc;
	duk_ext_ob_node root;
	unsigned seed = 12345, round, ok = 0, bad = 0;
	uint8_t *copy;
	build_sample(&b);
	copy = malloc(b.len);
	for (round = 0; round < 20000; round++) {
		unsigned flips = 1 + round % 3, f, budget = 10000;
		memcpy(copy, b.buf, b.len);
		for (f = 0; f < flips; f++) {
			seed = seed * 1103515245u + 12345u;
			copy[(seed >> 8) % b.len] ^= (uint8_t) (1u << ((seed >> 4) & 7));
		}
		if (verify(copy, b.len, &err) == DUK_EXT_OB_OK) {
			ok++;
		} else {
			ck_assert_uint_lt(err.offset, b.len);
			bad++;
		}
		if (duk_ext_ob_open(&doc, copy, b.len, &err) == DUK_EXT_OB_OK &&
		    duk_ext_ob_root(&doc, &root, &err) == DUK_EXT_OB_OK) {
			walk(&doc, &root, 0, &budget);
		}
	}
	ck_assert_uint_gt(bad, 10000);
	ck_assert_uint_gt(ok, 0); /* flips in numbers and string bytes stay valid */
	free(copy);
	free(b.buf);
}
END_TEST

/* ---- hostile documents, written byte by byte ---- */

static uint8_t doc_buf[65536];
static size_t doc_len;

static void emit(const void *p, size_t n) {
	memcpy(doc_buf + doc_len, p, n);
	doc_len += n;
}

static void emit_u8(unsigned v) {
	uint8_t b = (uint8_t) v;
	emit(&b, 1);
}

static void emit_u32(uint32_t v) {
	uint8_t b[4] = { (uint8_t) v, (uint8_t) (v >> 8), (uint8_t) (v >> 16), (uint8_t) (v >> 24) };
	emit(b, 4);
}

static void begin_doc(uint32_t root) {
	doc_len = 0;
	emit("DXOB\x01\x00\x00\x00", 8);
	emit_u32(0);
	emit_u32(root);
}

static int end_doc(duk_ext_ob_error *err) {
	doc_buf[8] = (uint8_t) doc_len;
	doc_buf[9] = (uint8_t) (doc_len >> 8);
	return verify(doc_buf, doc_len, err);
}

#define REF(o) (0x40000000u | (o))

static void expect(int code, uint32_t offset) {
	duk_ext_ob_error err;
	ck_assert_int_eq(end_doc(&err), code);
	if (code != DUK_EXT_OB_OK) {
		ck_assert_uint_eq(err.offset, offset);
	}
}

START_TEST(test_hostile_header) {
	duk_ext_ob_error err;
	begin_doc(0xc0000001u);
	ck_assert_int_eq(end_doc(&err), DUK_EXT_OB_OK);
	doc_buf[0] = 'X';
	ck_assert_int_eq(verify(doc_buf, doc_len, &err), DUK_EXT_OB_E_MAGIC);
	begin_doc(0xc0000001u);
	doc_buf[4] = 2;
	expect(DUK_EXT_OB_E_VERSION, 4);
	begin_doc(0xc0000001u);
	doc_buf[5] = 1;
	expect(DUK_EXT_OB_E_FLAGS, 5);
	begin_doc(0xc0000001u);
	doc_buf[7] = 1; /* reserved bytes must be 0 (format rule 1) */
	expect(DUK_EXT_OB_E_FLAGS, 5);
	begin_doc(0xc0000001u);
	doc_buf[4] = 2;
	doc_buf[6] = 1; /* the version is checked first */
	expect(DUK_EXT_OB_E_VERSION, 4);
	/* shorter than a header: truncated when it could be the start of one */
	ck_assert_int_eq(verify((const uint8_t *) "DXO", 3, &err), DUK_EXT_OB_E_TRUNCATED);
	ck_assert_int_eq(verify((const uint8_t *) "DXOB\x01", 5, &err), DUK_EXT_OB_E_TRUNCATED);
	ck_assert_int_eq(verify((const uint8_t *) "DXA", 3, &err), DUK_EXT_OB_E_MAGIC);
	ck_assert_int_eq(verify((const uint8_t *) "", 0, &err), DUK_EXT_OB_E_TRUNCATED);
	begin_doc(0xc0000009u);
	expect(DUK_EXT_OB_E_SLOT, 12);
	begin_doc(100);
	expect(DUK_EXT_OB_E_OFFSET, 12);
	begin_doc(4);
	expect(DUK_EXT_OB_E_OFFSET, 12);
	begin_doc(REF(16));
	emit_u8(0x10);
	emit_u32(0);
	expect(DUK_EXT_OB_E_REF, 12);
}
END_TEST

START_TEST(test_hostile_nodes) {
	static const uint8_t unassigned[] = { 0x00, 0x04, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x1b, 0x7f, 0xff };
	size_t t;
	for (t = 0; t < sizeof unassigned; t++) { /* unknown tags, a DOUBLE's worth of bytes after them */
		begin_doc(16);
		emit_u8(unassigned[t]);
		emit("\0\0\0\0\0\0\0\0", 8);
		expect(DUK_EXT_OB_E_TAG, 16);
	}
	begin_doc(16); /* string length past the end */
	emit_u8(0x03);
	emit_u32(0xfffffff0u);
	expect(DUK_EXT_OB_E_TRUNCATED, 16);
	begin_doc(16); /* array count past the end */
	emit_u8(0x10);
	emit_u32(0x3fffffffu);
	expect(DUK_EXT_OB_E_TRUNCATED, 16);
	begin_doc(16); /* short array count past the end */
	emit_u8(0x16);
	emit_u8(200);
	expect(DUK_EXT_OB_E_TRUNCATED, 16);
	begin_doc(16); /* short packed array past the end */
	emit_u8(0x17);
	emit_u8(5);
	emit_u8(2);
	emit("abcdefghijklmno", 15);
	expect(DUK_EXT_OB_E_TRUNCATED, 16);
	begin_doc(16); /* lone continuation byte */
	emit_u8(0x02);
	emit_u8(3);
	emit("a\x80z", 3);
	expect(DUK_EXT_OB_E_STRING, 19);
	begin_doc(16); /* overlong form */
	emit_u8(0x02);
	emit_u8(2);
	emit("\xc0\x80", 2);
	expect(DUK_EXT_OB_E_STRING, 18);
	begin_doc(16); /* a lone surrogate is fine (extended UTF-8) */
	emit_u8(0x02);
	emit_u8(3);
	emit("\xed\xa0\x80", 3);
	expect(DUK_EXT_OB_OK, 0);
	begin_doc(16); /* typed array length not a multiple of the element size */
	emit_u8(0x15);
	emit_u8(2);
	emit_u8(5);
	emit_u32(3);
	emit("abc", 3);
	expect(DUK_EXT_OB_E_BINARY, 17);
	begin_doc(16); /* bad packed element code */
	emit_u8(0x11);
	emit_u8(9);
	emit_u32(0);
	expect(DUK_EXT_OB_E_TAG, 17);
	begin_doc(16); /* a key layout is not a value */
	emit_u8(0x13);
	emit_u8(0);
	emit_u32(0);
	expect(DUK_EXT_OB_E_TAG, 16);
}
END_TEST

START_TEST(test_hostile_graph) {
	begin_doc(16); /* array containing itself outside a reference: a cycle */
	emit_u8(0x10);
	emit_u32(1);
	emit_u32(16);
	expect(DUK_EXT_OB_E_SHARED, 21);
	begin_doc(16); /* the same container twice outside a reference */
	emit_u8(0x10);
	emit_u32(2);
	emit_u32(29);
	emit_u32(29);
	emit_u8(0x10);
	emit_u32(0);
	expect(DUK_EXT_OB_E_SHARED, 25);
	begin_doc(16); /* reference forward to a container not reached yet */
	emit_u8(0x10);
	emit_u32(2);
	emit_u32(REF(29));
	emit_u32(29);
	emit_u8(0x10);
	emit_u32(0);
	expect(DUK_EXT_OB_E_REF, 21);
	begin_doc(16); /* reference to a string */
	emit_u8(0x10);
	emit_u32(2);
	emit_u32(29);
	emit_u32(REF(29));
	emit_u8(0x02);
	emit_u8(0);
	expect(DUK_EXT_OB_E_REF, 25);
	begin_doc(16); /* the same string twice is fine (dedup) */
	emit_u8(0x10);
	emit_u32(2);
	emit_u32(29);
	emit_u32(29);
	emit_u8(0x02);
	emit_u8(0);
	expect(DUK_EXT_OB_OK, 0);
	begin_doc(16); /* a slot pointing into the middle of its own array */
	emit_u8(0x10);
	emit_u32(2);
	emit_u32(21);
	emit_u32(0xc0000000u);
	expect(DUK_EXT_OB_E_OVERLAP, 21);
	begin_doc(16); /* a string overlapping its array */
	emit_u8(0x10);
	emit_u32(1);
	emit_u32(20);
	expect(DUK_EXT_OB_E_OVERLAP, 20);
}
END_TEST

START_TEST(test_hostile_nesting_bomb) {
	uint32_t i, n = 1500;
	begin_doc(16);
	for (i = 0; i < n; i++) {
		emit_u8(0x10);
		emit_u32(1);
		emit_u32(16 + 9 * (i + 1));
	}
	emit_u8(0x10);
	emit_u32(0);
	expect(DUK_EXT_OB_E_DEPTH, 16 + 9 * DUK_EXT_OB_MAX_DEPTH);
}
END_TEST

START_TEST(test_hostile_keys) {
	/* object at 16 -> layout at 29 (indexed, 2 keys) -> strings "b" at 51, "a" at 54 */
	static const uint32_t good_index[2] = { 1, 0 };
	static const uint32_t bad_index[2] = { 0, 1 };
	static const uint32_t range_index[2] = { 1, 7 };
	const uint32_t *indexes[3] = { good_index, bad_index, range_index };
	static const int codes[3] = { DUK_EXT_OB_OK, DUK_EXT_OB_E_INDEX, DUK_EXT_OB_E_INDEX };
	static const uint32_t offsets[3] = { 0, 47, 47 };
	int t;
	for (t = 0; t < 3; t++) {
		begin_doc(16);
		emit_u8(0x12);
		emit_u32(29);
		emit_u32(0x80000001u);
		emit_u32(0x80000002u);
		emit_u8(0x13);
		emit_u8(1);
		emit_u32(2);
		emit_u32(51);
		emit_u32(54);
		emit_u32(indexes[t][0]);
		emit_u32(indexes[t][1]);
		emit("\x02\x01" "b", 3);
		emit("\x02\x01" "a", 3);
		expect(codes[t], offsets[t]);
	}
	begin_doc(16); /* a key that is not a string */
	emit_u8(0x12);
	emit_u32(25);
	emit_u32(0x80000001u);
	emit_u8(0x13);
	emit_u8(0);
	emit_u32(1);
	emit_u32(0x80000001u);
	expect(DUK_EXT_OB_E_TAG, 31);
	begin_doc(16); /* object whose layout field points at a string */
	emit_u8(0x12);
	emit_u32(21);
	emit("\x02\x01" "a", 3);
	expect(DUK_EXT_OB_E_TAG, 21);
}
END_TEST

/* The index checks' work budget (format: the bytes compared, common prefix
 * plus one per pair of neighbours, are capped at 4 * end + 65536).  n objects
 * each have their own indexed layout of the same two keys A < B (L bytes,
 * differing in the last one): L bytes compared per layout.  Unreachable
 * padding sets end so that the total is exactly the cap (verifies), then
 * one budget unit short of it (a bad index). */
static void emit_budget_doc(uint32_t n, uint32_t L, size_t pad) {
	uint32_t g, groups = 16 + 5 + 4 * n, a = groups + 35 * n, b = a + 5 + L;
	begin_doc(16);
	emit_u8(0x10);
	emit_u32(n);
	for (g = 0; g < n; g++) {
		emit_u32(groups + 35 * g);
	}
	for (g = 0; g < n; g++) {
		uint32_t o = groups + 35 * g;
		emit_u8(0x12); /* OBJECT: layout, two values */
		emit_u32(o + 13);
		emit_u32(0x80000001u);
		emit_u32(0x80000002u);
		emit_u8(0x13); /* KEYS, indexed: A, B; index 0, 1 */
		emit_u8(1);
		emit_u32(2);
		emit_u32(a);
		emit_u32(b);
		emit_u32(0);
		emit_u32(1);
	}
	emit_u8(0x03);
	emit_u32(L);
	memset(doc_buf + doc_len, 'k', L - 1);
	doc_len += L - 1;
	emit_u8('a');
	emit_u8(0x03);
	emit_u32(L);
	memset(doc_buf + doc_len, 'k', L - 1);
	doc_len += L - 1;
	emit_u8('b');
	memset(doc_buf + doc_len, 0xff, pad);
	doc_len += pad;
}

START_TEST(test_index_budget_boundary) {
	const uint32_t n = 100, L = 1000;
	size_t end = 16 + 5 + 4 * n + 35 * n + 2 * (5 + L), pad = ((size_t) n * L - 65536) / 4 - end;
	emit_budget_doc(n, L, pad); /* n * L == 4 * end + 65536 */
	ck_assert_uint_eq(doc_len, ((size_t) n * L - 65536) / 4);
	expect(DUK_EXT_OB_OK, 0);
	emit_budget_doc(n, L, pad - 1); /* one byte less of end: 4 units short, at the last */
	expect(DUK_EXT_OB_E_INDEX, 16 + 5 + 4 * n + 35 * (n - 1) + 13 + 18); /* layout's second index entry */
}
END_TEST

/* Shared layouts and shared keys verify; lookups use the index. */
START_TEST(test_shared_layouts) {
	duk_ext_ob_builder b;
	duk_ext_ob_error err;
	duk_ext_ob_doc doc;
	duk_ext_ob_node root, o, v;
	uint32_t keys[2], layout, arr, obj;
	size_t i;
	duk_ext_ob_builder_init(&b, test_realloc, NULL);
	keys[0] = put_str(&b, "y");
	keys[1] = put_str(&b, "x");
	layout = duk_ext_ob_put_keys(&b, keys, 2, 1);
	arr = duk_ext_ob_begin_array(&b, 100);
	for (i = 0; i < 100; i++) {
		obj = duk_ext_ob_begin_object(&b, layout);
		duk_ext_ob_set_slot(&b, arr, i, obj);
		duk_ext_ob_set_slot(&b, obj, 0, duk_ext_ob_put_number(&b, (double) i));
		duk_ext_ob_set_slot(&b, obj, 1, keys[0]);
	}
	ck_assert_int_eq(duk_ext_ob_finish(&b, arr), DUK_EXT_OB_OK);
	ck_assert_int_eq(verify(b.buf, b.len, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_open(&doc, b.buf, b.len, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_root(&doc, &root, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &root, 77, &o, &err), DUK_EXT_OB_OK);
	find(&doc, &o, "y", &v);
	ck_assert_double_eq(v.number, 77);
	find(&doc, &o, "x", &v);
	ck_assert_int_eq(v.type, DUK_EXT_OB_STRING);
	free(b.buf);
}
END_TEST

/* Short and long forms: arrays of up to 255 elements use one count byte,
 * longer ones four; an object without keys has no layout. */
START_TEST(test_container_forms) {
	duk_ext_ob_builder b;
	duk_ext_ob_error err;
	duk_ext_ob_doc doc;
	duk_ext_ob_node root, v, e;
	uint32_t arr, big, empty;
	double nums[300];
	size_t i;
	for (i = 0; i < 300; i++) {
		nums[i] = (double) i * 0.5;
	}
	duk_ext_ob_builder_init(&b, test_realloc, NULL);
	arr = duk_ext_ob_begin_array(&b, 4);
	duk_ext_ob_set_slot(&b, arr, 0, duk_ext_ob_put_numbers(&b, nums, 3));
	duk_ext_ob_set_slot(&b, arr, 1, duk_ext_ob_put_numbers(&b, nums, 300));
	big = duk_ext_ob_begin_array(&b, 256);
	duk_ext_ob_set_slot(&b, arr, 2, big);
	for (i = 0; i < 256; i++) {
		duk_ext_ob_set_slot(&b, big, i, duk_ext_ob_put_number(&b, (double) i));
	}
	empty = duk_ext_ob_begin_object(&b, 0);
	duk_ext_ob_set_slot(&b, arr, 3, empty);
	duk_ext_ob_set_slot(&b, empty, 0, 0); /* no slots */
	ck_assert_int_eq(b.status, DUK_EXT_OB_E_RANGE);
	b.status = DUK_EXT_OB_OK;
	ck_assert_int_eq(duk_ext_ob_finish(&b, arr), DUK_EXT_OB_OK);
	ck_assert_int_eq(verify(b.buf, b.len, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(b.buf[arr], DX_OB_TAG_ARRAY8);
	ck_assert_int_eq(b.buf[big], DX_OB_TAG_ARRAY);
	ck_assert_int_eq(duk_ext_ob_open(&doc, b.buf, b.len, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_root(&doc, &root, &err), DUK_EXT_OB_OK);
	ck_assert_uint_eq(root.length, 4);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &root, 1, &v, &err), DUK_EXT_OB_OK);
	ck_assert_uint_eq(v.length, 300);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &v, 299, &e, &err), DUK_EXT_OB_OK);
	ck_assert_double_eq(e.number, 149.5);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &root, 0, &v, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(doc.data[v.offset], DX_OB_TAG_NUMARRAY8);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &v, 2, &e, &err), DUK_EXT_OB_OK);
	ck_assert_double_eq(e.number, 1.0);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &root, 2, &v, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &v, 255, &e, &err), DUK_EXT_OB_OK);
	ck_assert_double_eq(e.number, 255);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &root, 3, &v, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(v.type, DUK_EXT_OB_OBJECT);
	ck_assert_uint_eq(v.length, 0);
	ck_assert_int_eq(duk_ext_ob_find(&doc, &v, (const uint8_t *) "a", 1, NULL, &e, &err), DUK_EXT_OB_NOT_FOUND);
	free(b.buf);
}
END_TEST

/* A number matrix: rows are packed arrays without nodes of their own. */
START_TEST(test_matrix) {
	static const double v[6] = { 1, 2, 3, 4, 5, 6.5 };
	duk_ext_ob_builder b;
	duk_ext_ob_error err;
	duk_ext_ob_doc doc;
	duk_ext_ob_node root, row, e;
	duk_ext_ob_builder_init(&b, test_realloc, NULL);
	ck_assert_int_eq(duk_ext_ob_finish(&b, duk_ext_ob_put_number_matrix(&b, v, 3, 2)), DUK_EXT_OB_OK);
	ck_assert_int_eq(verify(b.buf, b.len, &err), DUK_EXT_OB_OK);
	ck_assert_uint_eq(b.len, 16 + 7 + 6 * 4); /* float32 keeps 6.5 */
	ck_assert_int_eq(duk_ext_ob_open(&doc, b.buf, b.len, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_root(&doc, &root, &err), DUK_EXT_OB_OK);
	ck_assert_uint_eq(root.length, 3);
	ck_assert_uint_eq(root.elem, 2);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &root, 2, &row, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(row.is_row, 1);
	ck_assert_uint_eq(row.length, 2);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &row, 1, &e, &err), DUK_EXT_OB_OK);
	ck_assert_double_eq(e.number, 6.5);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &row, 2, &e, &err), DUK_EXT_OB_E_RANGE);
	free(b.buf);
	duk_ext_ob_builder_init(&b, test_realloc, NULL);
	ck_assert_uint_eq(duk_ext_ob_put_number_matrix(&b, v, 1, 0), 0);
	ck_assert_int_eq(b.status, DUK_EXT_OB_E_RANGE);
	free(b.buf);
	begin_doc(16); /* zero columns */
	emit_u8(0x19);
	emit_u8(1);
	emit_u32(1);
	emit_u8(0);
	expect(DUK_EXT_OB_E_TAG, 17);
	begin_doc(16); /* rows past the end */
	emit_u8(0x19);
	emit_u8(1);
	emit_u32(1000);
	emit_u8(2);
	emit("ab", 2);
	expect(DUK_EXT_OB_E_TRUNCATED, 16);
}
END_TEST

/* Packed arrays take the narrowest exact element type. */
START_TEST(test_packed_numbers) {
	static const struct {
		double v[3];
		int code;
	} cases[] = {
		{ { 1, -128, 127 }, DUK_EXT_OB_NUM_INT8 },    { { 1, 128, 0 }, DUK_EXT_OB_NUM_INT16 },
		{ { 1, 70000, 0 }, DUK_EXT_OB_NUM_INT32 },    { { 0.5, 1, 1267650600228229401496703205376.0 }, DUK_EXT_OB_NUM_FLOAT32 },
		{ { 0.1, 1, 2 }, DUK_EXT_OB_NUM_FLOAT64 },    { { -0.0, 1, 2 }, DUK_EXT_OB_NUM_FLOAT32 },
		{ { 16777217.0, 0.5, 0 }, DUK_EXT_OB_NUM_FLOAT64 }, { { 1e300, 0, 0 }, DUK_EXT_OB_NUM_FLOAT64 },
	};
	size_t c, i;
	for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		duk_ext_ob_builder b;
		duk_ext_ob_doc doc;
		duk_ext_ob_node root, e;
		duk_ext_ob_error err;
		duk_ext_ob_builder_init(&b, test_realloc, NULL);
		ck_assert_int_eq(duk_ext_ob_finish(&b, duk_ext_ob_put_numbers(&b, cases[c].v, 3)), DUK_EXT_OB_OK);
		ck_assert_int_eq(duk_ext_ob_open(&doc, b.buf, b.len, &err), DUK_EXT_OB_OK);
		ck_assert_int_eq(duk_ext_ob_root(&doc, &root, &err), DUK_EXT_OB_OK);
		ck_assert_int_eq(root.sub, cases[c].code);
		for (i = 0; i < 3; i++) {
			ck_assert_int_eq(duk_ext_ob_index(&doc, &root, (uint32_t) i, &e, &err), DUK_EXT_OB_OK);
			ck_assert(e.number == cases[c].v[i] && signbit(e.number) == signbit(cases[c].v[i]));
		}
		free(b.buf);
	}
}
END_TEST

/* Nested tables, innermost first: each table has one row whose only value
 * is the next inner table. */
static uint32_t nested_tables(duk_ext_ob_builder *b, unsigned count) {
	uint32_t key = put_str(b, "t"), layout = duk_ext_ob_put_keys(b, &key, 1, 0), inner = duk_ext_ob_slot_null();
	unsigned i;
	for (i = 0; i < count; i++) {
		uint32_t t = duk_ext_ob_begin_table(b, layout, 1);
		duk_ext_ob_set_slot(b, t, 0, inner);
		inner = t;
	}
	return inner;
}

/* A table: rows are objects of one layout without nodes of their own. */
START_TEST(test_table) {
	duk_ext_ob_builder b;
	duk_ext_ob_error err;
	duk_ext_ob_doc doc;
	duk_ext_ob_node root, row, v, key;
	duk_ext_ob_iter it;
	uint32_t keys[2], layout, table, list, ord = 9, n;
	size_t cut;
	duk_ext_ob_builder_init(&b, test_realloc, NULL);
	keys[0] = put_str(&b, "x");
	keys[1] = put_str(&b, "y");
	layout = duk_ext_ob_put_keys(&b, keys, 2, 0);
	table = duk_ext_ob_begin_table(&b, layout, 3);
	duk_ext_ob_set_slot(&b, table, 0, duk_ext_ob_put_number(&b, 1));
	duk_ext_ob_set_slot(&b, table, 1, put_str(&b, "s"));
	duk_ext_ob_set_slot(&b, table, 2, duk_ext_ob_slot_ref(table)); /* row 1 refers to its table */
	list = duk_ext_ob_begin_array(&b, 1);
	duk_ext_ob_set_slot(&b, table, 3, list);
	duk_ext_ob_set_slot(&b, table, 4, duk_ext_ob_put_number(&b, 2.5));
	duk_ext_ob_set_slot(&b, table, 5, duk_ext_ob_slot_null());
	duk_ext_ob_set_slot(&b, table, 6, 0); /* past rows x keys */
	ck_assert_int_eq(b.status, DUK_EXT_OB_E_RANGE);
	b.status = DUK_EXT_OB_OK;
	ck_assert_int_eq(duk_ext_ob_finish(&b, table), DUK_EXT_OB_OK);
	ck_assert_int_eq(verify(b.buf, b.len, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_open(&doc, b.buf, b.len, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_root(&doc, &root, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(root.type, DUK_EXT_OB_ARRAY);
	ck_assert_uint_eq(root.length, 3);
	ck_assert_uint_eq(root.elem, 2);
	ck_assert_uint_eq(root.keys, layout);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &root, 1, &row, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(row.type, DUK_EXT_OB_OBJECT);
	ck_assert_int_eq(row.is_row, 1);
	ck_assert_uint_eq(row.length, 2);
	ck_assert_uint_eq(row.offset, table + 9 + 8); /* its first slot */
	find(&doc, &row, "x", &v);
	ck_assert_int_eq(v.is_ref, 1);
	ck_assert_uint_eq(v.offset, table);
	ck_assert_int_eq(duk_ext_ob_find(&doc, &row, (const uint8_t *) "y", 1, &ord, &v, &err), DUK_EXT_OB_OK);
	ck_assert_uint_eq(ord, 1);
	ck_assert_int_eq(v.type, DUK_EXT_OB_ARRAY);
	ck_assert_int_eq(duk_ext_ob_find(&doc, &row, (const uint8_t *) "z", 1, NULL, &v, &err), DUK_EXT_OB_NOT_FOUND);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &root, 0, &row, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(duk_ext_ob_entry(&doc, &row, 1, &key, &v, &err), DUK_EXT_OB_OK);
	ck_assert_int_eq(memcmp(duk_ext_ob_bytes(&doc, &key), "y", 1), 0);
	ck_assert_int_eq(memcmp(duk_ext_ob_bytes(&doc, &v), "s", 1), 0);
	ck_assert_int_eq(duk_ext_ob_index(&doc, &root, 3, &row, &err), DUK_EXT_OB_E_RANGE);
	duk_ext_ob_iter_init(&it, &doc, &root);
	for (n = 0; duk_ext_ob_iter_next(&it, NULL, &row, &err) == DUK_EXT_OB_OK; n++) {
		ck_assert_int_eq(row.is_row, 1);
	}
	ck_assert_uint_eq(n, 3);
	/* every truncation, with the end field patched to the cut, is rejected */
	for (cut = 16; cut < b.len; cut++) {
		uint8_t *copy = malloc(b.len);
		memcpy(copy, b.buf, b.len);
		copy[8] = (uint8_t) cut;
		copy[9] = (uint8_t) (cut >> 8);
		ck_assert_int_ne(verify(copy, cut, &err), DUK_EXT_OB_OK);
		free(copy);
	}
	free(b.buf);
	/* a table counts two levels of nesting */
	duk_ext_ob_builder_init(&b, test_realloc, NULL);
	ck_assert_int_eq(duk_ext_ob_finish(&b, nested_tables(&b, DUK_EXT_OB_MAX_DEPTH / 2)), DUK_EXT_OB_OK);
	ck_assert_int_eq(verify(b.buf, b.len, &err), DUK_EXT_OB_OK);
	free(b.buf);
	duk_ext_ob_builder_init(&b, test_realloc, NULL);
	ck_assert_int_eq(duk_ext_ob_finish(&b, nested_tables(&b, DUK_EXT_OB_MAX_DEPTH / 2 + 1)), DUK_EXT_OB_OK);
	ck_assert_int_eq(verify(b.buf, b.len, &err), DUK_EXT_OB_E_DEPTH);
	free(b.buf);
	/* the builder refuses a layout without keys */
	duk_ext_ob_builder_init(&b, test_realloc, NULL);
	ck_assert_uint_eq(duk_ext_ob_begin_table(&b, duk_ext_ob_put_keys(&b, keys, 0, 0), 1), 0);
	ck_assert_int_eq(b.status, DUK_EXT_OB_E_RANGE);
	free(b.buf);
	begin_doc(16 + 6); /* a layout without keys */
	emit_u8(0x13);
	emit_u8(0);
	emit_u32(0);
	emit_u8(0x1a);
	emit_u32(16);
	emit_u32(1);
	expect(DUK_EXT_OB_E_TAG, 23);
	begin_doc(16 + 3 + 10); /* a reference to a row */
	emit("\x02\x01x", 3);
	emit_u8(0x13);
	emit_u8(0);
	emit_u32(1);
	emit_u32(16);
	emit_u8(0x1a);
	emit_u32(19);
	emit_u32(2);
	emit_u32(0xc0000001u);
	emit_u32(REF(29 + 9));
	expect(DUK_EXT_OB_E_REF, 29 + 9 + 4);
	begin_doc(16 + 3 + 10); /* rows past the end */
	emit("\x02\x01x", 3);
	emit_u8(0x13);
	emit_u8(0);
	emit_u32(1);
	emit_u32(16);
	emit_u8(0x1a);
	emit_u32(19);
	emit_u32(3);
	emit_u32(0xc0000001u);
	emit_u32(0xc0000001u);
	expect(DUK_EXT_OB_E_TRUNCATED, 29);
}
END_TEST

/* The inlined u32 reader and writer agree with the field codec they stand in for. */
START_TEST(test_u32_matches_field_codec) {
	static const dx_field u32le = { 4, DX_FIELD_UINT, 1 };
	uint8_t b[4], w[4];
	unsigned seed = 7, i;
	for (i = 0; i < 10000; i++) {
		seed = seed * 1103515245u + 12345u;
		b[0] = (uint8_t) (seed >> 3);
		b[1] = (uint8_t) (seed >> 11);
		b[2] = (uint8_t) (seed >> 19);
		b[3] = (uint8_t) (i < 5000 ? seed >> 24 : 0xff - (seed >> 27));
		ck_assert_uint_eq(dx_ob_u32(b), (uint32_t) dx_field_read(b, u32le));
		memcpy(w, b, 4);
		dx_ob_put_u32(b, seed);
		dx_field_write(w, u32le, (double) seed);
		ck_assert_int_eq(memcmp(b, w, 4), 0);
	}
}
END_TEST

static void *failing_realloc(void *udata, void *ptr, size_t size) {
	(void) udata;
	(void) ptr;
	(void) size;
	return NULL;
}

START_TEST(test_builder_errors) {
	duk_ext_ob_builder b;
	duk_ext_ob_builder_init(&b, failing_realloc, NULL);
	ck_assert_uint_eq(put_str(&b, "x"), 0);
	ck_assert_int_eq(duk_ext_ob_finish(&b, 0), DUK_EXT_OB_E_NOMEM);
	duk_ext_ob_builder_init(&b, test_realloc, NULL);
	ck_assert_uint_eq(duk_ext_ob_begin_object(&b, 16), 0); /* not a layout */
	ck_assert_int_eq(duk_ext_ob_finish(&b, 0), DUK_EXT_OB_E_TAG);
	free(b.buf);
	ck_assert_str_eq(duk_ext_ob_strerror(DUK_EXT_OB_E_DEPTH), "nesting too deep");
}
END_TEST

int main(void) {
	Suite *s = suite_create("objbuf");
	TCase *tc = tcase_create("format");
	SRunner *sr;
	int failed;
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_every_truncation);
	tcase_add_test(tc, test_random_bit_flips);
	tcase_add_test(tc, test_hostile_header);
	tcase_add_test(tc, test_hostile_nodes);
	tcase_add_test(tc, test_hostile_graph);
	tcase_add_test(tc, test_hostile_nesting_bomb);
	tcase_add_test(tc, test_hostile_keys);
	tcase_add_test(tc, test_index_budget_boundary);
	tcase_add_test(tc, test_shared_layouts);
	tcase_add_test(tc, test_packed_numbers);
	tcase_add_test(tc, test_container_forms);
	tcase_add_test(tc, test_matrix);
	tcase_add_test(tc, test_table);
	tcase_add_test(tc, test_builder_errors);
	tcase_add_test(tc, test_u32_matches_field_codec);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
