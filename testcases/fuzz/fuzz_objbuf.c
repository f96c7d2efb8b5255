/*
 * fuzz_objbuf: libFuzzer harness for the object-buffer verifier and cursor
 * (duk_ext_objbuf.h) on arbitrary bytes.
 * Properties: the cursor never reads outside the buffer, verified or not
 * (ASan; every payload it hands out is also checked to lie inside the
 * document and read byte by byte); when the verifier accepts, a full cursor
 * walk succeeds: every element and entry loads, iteration yields the same
 * nodes as indexing, every key is found again by duk_ext_ob_find, and
 * strings and payloads are in bounds.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "duk_ext_objbuf.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
	const duk_ext_ob_doc *doc;
	const uint8_t *buf;
	size_t len;
	int verified;
	long budget;   /* nodes left to visit: shared subtrees can be reached many times */
	unsigned sum;  /* payload bytes read, so that ASan sees every access */
} fuzz__walk;

static const uint8_t fuzz__num_width[] = { 0, 1, 2, 4, 4, 8 };

static int fuzz__same(const duk_ext_ob_node *a, const duk_ext_ob_node *b) {
	return a->type == b->type && a->offset == b->offset && a->length == b->length && a->body == b->body &&
	       a->sub == b->sub;
}

/* The payload of a node lies in the document and in the buffer. */
static void fuzz__payload(fuzz__walk *w, const duk_ext_ob_node *n) {
	const uint8_t *p = duk_ext_ob_bytes(w->doc, n);
	size_t bytes, i;
	if (p == NULL) {
		FUZZ_CHECK(n->type != DUK_EXT_OB_STRING && n->type != DUK_EXT_OB_BINARY);
		return;
	}
	if (n->type == DUK_EXT_OB_ARRAY) {
		FUZZ_CHECK(n->sub >= 1 && n->sub <= 5);
		bytes = (size_t) n->length * fuzz__num_width[n->sub];
	} else {
		bytes = n->length;
	}
	FUZZ_CHECK(p >= w->buf && (size_t) (p - w->buf) <= w->doc->end && bytes <= w->doc->end - (size_t) (p - w->buf));
	for (i = 0; i < bytes; i++) {
		w->sum += p[i];
	}
}

static void fuzz__walk_node(fuzz__walk *w, const duk_ext_ob_node *n, int depth) {
	duk_ext_ob_node child, key, key2, found;
	duk_ext_ob_error err;
	duk_ext_ob_iter it;
	uint32_t i, ordinal;
	int rc;

	if (--w->budget < 0) {
		return;
	}
	fuzz__payload(w, n);
	if ((n->type != DUK_EXT_OB_ARRAY && n->type != DUK_EXT_OB_OBJECT) || depth > (w->verified ? DUK_EXT_OB_MAX_DEPTH : 64)) {
		return;
	}
	duk_ext_ob_iter_init(&it, w->doc, n);
	for (i = 0; i < n->length && w->budget > 0; i++) {
		if (n->type == DUK_EXT_OB_ARRAY) {
			rc = duk_ext_ob_index(w->doc, n, i, &child, &err);
		} else {
			rc = duk_ext_ob_entry(w->doc, n, i, &key, &child, &err);
		}
		FUZZ_CHECK(!w->verified || rc == DUK_EXT_OB_OK);
		if (rc != DUK_EXT_OB_OK) {
			FUZZ_CHECK(rc >= DUK_EXT_OB_E_TRUNCATED);
			return;
		}
		if (w->verified) {
			duk_ext_ob_node v2;
			FUZZ_CHECK(duk_ext_ob_iter_next(&it, &key2, &v2, &err) == DUK_EXT_OB_OK);
			FUZZ_CHECK(fuzz__same(&child, &v2));
		}
		if (n->type == DUK_EXT_OB_OBJECT) {
			fuzz__payload(w, &key);
			FUZZ_CHECK(!w->verified || key.type == DUK_EXT_OB_STRING);
			if (key.type == DUK_EXT_OB_STRING) {
				rc = duk_ext_ob_find(w->doc, n, duk_ext_ob_bytes(w->doc, &key), key.length, &ordinal, &found, &err);
				FUZZ_CHECK(!w->verified || (rc == DUK_EXT_OB_OK && ordinal < n->length));
			}
		}
		if (!child.is_ref) {
			fuzz__walk_node(w, &child, depth + 1);
		}
	}
	if (w->verified && w->budget > 0) {
		FUZZ_CHECK(duk_ext_ob_iter_next(&it, &key2, &child, &err) == DUK_EXT_OB_NOT_FOUND);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	duk_ext_ob_doc doc;
	duk_ext_ob_node root;
	duk_ext_ob_error err;
	fuzz__walk w;
	uint8_t *scratch = malloc(duk_ext_ob_scratch_size(size) + 1);
	int verified;

	FUZZ_CHECK(scratch != NULL);
	verified = duk_ext_ob_verify(data, size, scratch, &err) == DUK_EXT_OB_OK;
	if (!verified) {
		FUZZ_CHECK(err.code >= DUK_EXT_OB_E_TRUNCATED && duk_ext_ob_strerror(err.code) != NULL);
	}
	if (duk_ext_ob_open(&doc, data, size, &err) == DUK_EXT_OB_OK) {
		FUZZ_CHECK(doc.end <= size);
		if (duk_ext_ob_root(&doc, &root, &err) == DUK_EXT_OB_OK) {
			w.doc = &doc;
			w.buf = data;
			w.len = size;
			w.verified = verified;
			w.budget = 20000;
			w.sum = 0;
			fuzz__walk_node(&w, &root, 0);
			if (verified && root.offset != 0) {
				(void) duk_ext_ob_is_shared(scratch, size, root.offset);
			}
		} else {
			FUZZ_CHECK(!verified);
		}
	} else {
		FUZZ_CHECK(!verified);
	}
	free(scratch);
	return 0;
}
