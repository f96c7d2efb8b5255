/*
 * dx_objbuf_verify: the object-buffer verifier (duk_ext_ob_verify).  Walks
 * the document from the root depth first in slot order with an explicit
 * stack, and checks every rule of objbuf_format.md: bounds, tags, extended
 * UTF-8 strings, sorted key indexes, no overlapping nodes, each container
 * reached once outside references, references only to containers reached
 * before, bounded nesting.  Three bitmaps in caller-provided scratch (node
 * starts, covered bytes, nodes reached more than once) keep the work linear
 * in the size.
 */
#include <string.h>

#include "dx_objbuf_format.h"

/* A container being walked: its slots are body + 4 * [next, count). */
typedef struct {
	uint32_t next;
	uint32_t count;
	uint32_t body;
} dx__frame;

typedef struct {
	duk_ext_ob_doc doc;
	uint8_t *starts;    /* bit per byte: a node starts here and was checked */
	uint8_t *covered;   /* bit per byte: inside a checked node */
	uint8_t *shared;    /* bit per byte: reached more than once (see duk_ext_ob_is_shared) */
	uint8_t *stack;     /* dx__frame entries */
	uint32_t depth;
	uint64_t budget;    /* bytes the index checks may still compare */
	duk_ext_ob_error *err;
} dx__verifier;

static DX_OB_NOINLINE int dx__fail(dx__verifier *v, int code, uint32_t offset) {
	if (v->err != NULL) {
		v->err->code = code;
		v->err->offset = offset;
	}
	return code;
}

static size_t dx__bitmap_bytes(size_t len) {
	return (len + 7) / 8;
}

size_t duk_ext_ob_scratch_size(size_t len) {
	return 3 * dx__bitmap_bytes(len) + sizeof(dx__frame) * (size_t) (DUK_EXT_OB_MAX_DEPTH + 1);
}

static int dx__bit(const uint8_t *bits, uint32_t i) {
	return (bits[i >> 3] >> (i & 7)) & 1;
}

static void dx__set_bit(uint8_t *bits, uint32_t i) {
	bits[i >> 3] = (uint8_t) (bits[i >> 3] | (1u << (i & 7)));
}

int duk_ext_ob_is_shared(const uint8_t *scratch, size_t len, uint32_t offset) {
	return offset < len && dx__bit(scratch + 2 * dx__bitmap_bytes(len), offset);
}

/* Marks bytes [a, a + n) covered (n >= 1); 0 when one of them already
 * was.  One bitmap byte (eight document bytes) per step. */
static int dx__cover(uint8_t *bits, uint32_t a, uint32_t n) {
	uint32_t e = a + n - 1, i = a >> 3;
	unsigned mask = 0xffu << (a & 7);
	for (; i < e >> 3; i++, mask = 0xff) {
		if (bits[i] & mask) {
			return 0;
		}
		bits[i] = (uint8_t) (bits[i] | mask);
	}
	mask &= 0xffu >> (7 - (e & 7));
	if (bits[i] & mask) {
		return 0;
	}
	bits[i] = (uint8_t) (bits[i] | mask);
	return 1;
}

/* Offset of the first byte that breaks extended UTF-8 (UTF-8 that also
 * allows the surrogate code points U+D800..U+DFFF), or len when none does. */
static uint32_t dx__utf8_error(const uint8_t *s, uint32_t len) {
	uint32_t i = 0;
	while (i < len) {
		uint8_t c = s[i];
		unsigned n, lo = 0x80, hi = 0xbf, k;
		if (c < 0x80) {
			uint64_t eight;
			i++;
			while (len - i >= 8) { /* ASCII runs eight bytes at a time */
				memcpy(&eight, s + i, 8);
				if (eight & 0x8080808080808080ull) {
					break;
				}
				i += 8;
			}
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			lo = c == 0xe0 ? 0xa0 : 0x80;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			lo = c == 0xf0 ? 0x90 : 0x80;
			hi = c == 0xf4 ? 0x8f : 0xbf;
		} else {
			return i;
		}
		if (len - i <= n) {
			return i;
		}
		for (k = 1; k <= n; k++) { /* lo..hi for the first continuation byte only */
			if (s[i + k] < lo || s[i + k] > hi) {
				return i + k;
			}
			lo = 0x80;
			hi = 0xbf;
		}
		i += n + 1;
	}
	return len;
}

/* Parses and claims a node reached for the first time at offset o. */
static int dx__claim(dx__verifier *v, uint32_t o, duk_ext_ob_node *node) {
	uint32_t size;
	int rc;
	if (dx__bit(v->covered, o)) {
		return dx__fail(v, DUK_EXT_OB_E_OVERLAP, o);
	}
	rc = dx_ob_parse_node(&v->doc, o, node, &size, v->err);
	if (rc != DUK_EXT_OB_OK) {
		return rc;
	}
	if (!dx__cover(v->covered, o, size)) {
		return dx__fail(v, DUK_EXT_OB_E_OVERLAP, o);
	}
	dx__set_bit(v->starts, o);
	if (node->type == DUK_EXT_OB_STRING) {
		uint32_t bad = dx__utf8_error(v->doc.data + node->body, node->length);
		if (bad != node->length) {
			return dx__fail(v, DUK_EXT_OB_E_STRING, node->body + bad);
		}
	}
	return DUK_EXT_OB_OK;
}

static int dx__check_range(dx__verifier *v, uint32_t o, uint32_t pos) {
	if (o < DUK_EXT_OB_HEADER_SIZE || o >= v->doc.end) {
		return dx__fail(v, DUK_EXT_OB_E_OFFSET, pos);
	}
	return DUK_EXT_OB_OK;
}

/* The key string at key slot position pos, claimed when first seen. */
static int dx__key(dx__verifier *v, uint32_t pos, duk_ext_ob_node *key) {
	uint32_t slot = dx_ob_u32(v->doc.data + pos), size;
	int rc;
	if (DX_OB_SLOT_KIND(slot) != DX_OB_SLOT_NODE) {
		return dx__fail(v, DUK_EXT_OB_E_TAG, pos);
	}
	rc = dx__check_range(v, slot, pos);
	if (rc == DUK_EXT_OB_OK) {
		if (dx__bit(v->starts, slot)) {
			dx__set_bit(v->shared, slot);
			rc = dx_ob_parse_node(&v->doc, slot, key, &size, v->err);
		} else {
			rc = dx__claim(v, slot, key);
		}
	}
	if (rc == DUK_EXT_OB_OK && key->type != DUK_EXT_OB_STRING) {
		return dx__fail(v, DUK_EXT_OB_E_TAG, slot);
	}
	return rc;
}

/* 1 when key b sorts strictly after key a; the bytes compared (common
 * prefix plus one) are charged to the work budget (0 when it runs out). */
static int dx__key_after(dx__verifier *v, const duk_ext_ob_node *a, const duk_ext_ob_node *b) {
	const uint8_t *x = v->doc.data + a->body, *y = v->doc.data + b->body;
	uint32_t n = a->length < b->length ? a->length : b->length, i = 0;
	while (i < n && x[i] == y[i]) {
		i++;
	}
	if ((uint64_t) i + 1 > v->budget) {
		return 0;
	}
	v->budget -= (uint64_t) i + 1;
	return i < n ? x[i] < y[i] : a->length < b->length;
}

/* Checks a key layout the first time an object uses it. */
static int dx__check_keys(dx__verifier *v, uint32_t o) {
	duk_ext_ob_node keys, key, prev;
	memset(&prev, 0, sizeof prev);
	uint32_t i, index;
	int rc;
	if (dx__bit(v->starts, o)) {
		dx__set_bit(v->shared, o);
		return DUK_EXT_OB_OK; /* shared layout, checked already (its tag too) */
	}
	rc = dx__claim(v, o, &keys);
	if (rc != DUK_EXT_OB_OK) {
		return rc;
	}
	for (i = 0; i < keys.length; i++) {
		rc = dx__key(v, keys.body + 4 * i, &key);
		if (rc != DUK_EXT_OB_OK) {
			return rc;
		}
	}
	if (!(keys.sub & DX_OB_KEYS_INDEXED)) {
		return DUK_EXT_OB_OK;
	}
	index = keys.body + 4 * keys.length;
	for (i = 0; i < keys.length; i++) {
		uint32_t pos = index + 4 * i, ord = dx_ob_u32(v->doc.data + pos);
		if (ord >= keys.length) {
			return dx__fail(v, DUK_EXT_OB_E_INDEX, pos);
		}
		rc = dx__key(v, keys.body + 4 * ord, &key);
		if (rc != DUK_EXT_OB_OK) {
			return rc;
		}
		if (i > 0 && !dx__key_after(v, &prev, &key)) {
			return dx__fail(v, DUK_EXT_OB_E_INDEX, pos);
		}
		prev = key;
	}
	return DUK_EXT_OB_OK;
}


/* Checks the slot stored at pos (the header's root field or a container's
 * slot); a container seen for the first time is pushed on the stack. */
static int dx__visit(dx__verifier *v, uint32_t slot, uint32_t pos) {
	uint32_t o = DX_OB_SLOT_PAYLOAD(slot), kind = DX_OB_SLOT_KIND(slot);
	duk_ext_ob_node node;
	int rc;
	if (kind == DX_OB_SLOT_INT) {
		return DUK_EXT_OB_OK;
	}
	if (kind == DX_OB_SLOT_SPECIAL) {
		return o <= 3 ? DUK_EXT_OB_OK : dx__fail(v, DUK_EXT_OB_E_SLOT, pos);
	}
	rc = dx__check_range(v, o, pos);
	if (rc != DUK_EXT_OB_OK) {
		return rc;
	}
	if (dx__bit(v->starts, o)) {
		/* a node checked before: its tag is valid; a container has
		 * identity, a leaf is a value, KEYS nodes are neither */
		unsigned tag = v->doc.data[o];
		int container = tag > DX_OB_TAG_STR32 && tag != DX_OB_TAG_KEYS;
		if (kind == DX_OB_SLOT_REF ? !container : tag == DX_OB_TAG_KEYS) {
			return dx__fail(v, kind == DX_OB_SLOT_REF ? DUK_EXT_OB_E_REF : DUK_EXT_OB_E_TAG, pos);
		}
		if (kind == DX_OB_SLOT_NODE && container) {
			return dx__fail(v, DUK_EXT_OB_E_SHARED, pos);
		}
		dx__set_bit(v->shared, o);
		return DUK_EXT_OB_OK;
	}
	if (kind == DX_OB_SLOT_REF) {
		return dx__fail(v, DUK_EXT_OB_E_REF, pos);
	}
	rc = dx__claim(v, o, &node);
	if (rc != DUK_EXT_OB_OK) {
		return rc;
	}
	if (node.type == DX_OB_TYPE_KEYS) {
		return dx__fail(v, DUK_EXT_OB_E_TAG, o);
	}
	if (node.keys != 0) {
		rc = dx__check_keys(v, node.keys);
		if (rc != DUK_EXT_OB_OK) {
			return rc;
		}
	}
	if ((node.type == DUK_EXT_OB_ARRAY && node.sub == 0) || node.type == DUK_EXT_OB_OBJECT) {
		/* a table is an array of objects: two levels of nesting, walked
		 * as one run of rows x keys slots under an empty frame */
		uint32_t levels = node.type == DUK_EXT_OB_ARRAY && node.keys != 0 ? 2 : 1;
		dx__frame f;
		if (v->depth + levels > DUK_EXT_OB_MAX_DEPTH) {
			return dx__fail(v, DUK_EXT_OB_E_DEPTH, o);
		}
		f.next = 0;
		f.count = 0;
		f.body = node.body;
		if (levels == 2) {
			dx__set_bit(v->shared, node.keys); /* every row uses the layout */
			/* the parser bounded length x keys by the node's extent */
			node.length *= node.elem;
		}
		while (levels-- > 0) {
			f.count = levels == 0 ? node.length : 0;
			memcpy(v->stack + sizeof f * v->depth++, &f, sizeof f);
		}
	}
	return DUK_EXT_OB_OK;
}

int duk_ext_ob_verify(const uint8_t *buf, size_t len, uint8_t *scratch, duk_ext_ob_error *err) {
	dx__verifier v;
	size_t nb = dx__bitmap_bytes(len);
	int rc;
	memset(&v, 0, sizeof v);
	v.err = err;
	rc = duk_ext_ob_open(&v.doc, buf, len, err);
	if (rc != DUK_EXT_OB_OK) {
		return rc;
	}
	memset(scratch, 0, 3 * nb);
	v.starts = scratch;
	v.covered = scratch + nb;
	v.shared = scratch + 2 * nb;
	v.stack = scratch + 3 * nb;
	v.budget = 4 * (uint64_t) v.doc.end + 65536;
	rc = dx__visit(&v, v.doc.root, DX_OB_HDR_ROOT);
	while (rc == DUK_EXT_OB_OK && v.depth > 0) {
		uint8_t *top = v.stack + sizeof(dx__frame) * (v.depth - 1);
		dx__frame f;
		uint32_t pos;
		memcpy(&f, top, sizeof f);
		if (f.next >= f.count) {
			v.depth--;
			continue;
		}
		pos = f.body + 4 * f.next++;
		memcpy(top, &f, sizeof f);
		rc = dx__visit(&v, dx_ob_u32(v.doc.data + pos), pos);
	}
	return rc;
}
