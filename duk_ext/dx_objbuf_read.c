/*
 * dx_objbuf_read: the object-buffer cursor (duk_ext_objbuf.h): open a
 * document, load slots into nodes, index arrays, look keys up (binary search
 * on a sorted index), iterate.  Allocates nothing; checks every offset and
 * length it follows against the document's end.
 */
#include <string.h>

#include "dx_objbuf_format.h"

static DX_OB_NOINLINE int dx__fail(duk_ext_ob_error *err, int code, uint32_t offset) {
	if (err != NULL) {
		err->code = code;
		err->offset = offset;
	}
	return code;
}

const char *duk_ext_ob_strerror(int code) {
	static const char *const names[] = {
		"ok", "not found", "truncated", "bad magic", "unsupported version", "unknown flags",
		"offset out of range", "bad tag", "bad immediate value", "reference to a container not reached before",
		"container reached twice outside a reference", "overlapping nodes", "nesting too deep",
		"malformed string", "bad key index", "bad binary value", "wrong node type", "index out of range",
		"out of memory", "too big"
	};
	if (code < 0 || (size_t) code >= sizeof names / sizeof names[0]) {
		return "unknown error";
	}
	return names[code];
}

int duk_ext_ob_open(duk_ext_ob_doc *doc, const uint8_t *buf, size_t len, duk_ext_ob_error *err) {
	uint32_t end;
	memset(doc, 0, sizeof *doc);
	/* a buffer that is not a prefix of the magic is no object-buffer,
	 * however short (an empty one is a truncated object-buffer) */
	if (len != 0 && memcmp(buf, DX_OB_MAGIC, len < 4 ? len : 4) != 0) {
		return dx__fail(err, DUK_EXT_OB_E_MAGIC, len < DUK_EXT_OB_HEADER_SIZE ? (uint32_t) len : 0);
	}
	if (len < DUK_EXT_OB_HEADER_SIZE) {
		return dx__fail(err, DUK_EXT_OB_E_TRUNCATED, (uint32_t) len);
	}
	/* version, flags 0, reserved 0 */
	if (dx_ob_u32(buf + DX_OB_HDR_VERSION) != DUK_EXT_OB_VERSION) {
		return buf[DX_OB_HDR_VERSION] != DUK_EXT_OB_VERSION ? dx__fail(err, DUK_EXT_OB_E_VERSION, DX_OB_HDR_VERSION)
		                                                      : dx__fail(err, DUK_EXT_OB_E_FLAGS, DX_OB_HDR_FLAGS);
	}
	end = dx_ob_u32(buf + DX_OB_HDR_END);
	if (end > len || end > DUK_EXT_OB_MAX_SIZE) {
		return dx__fail(err, DUK_EXT_OB_E_TRUNCATED, DX_OB_HDR_END);
	}
	if (end < DUK_EXT_OB_HEADER_SIZE) {
		return dx__fail(err, DUK_EXT_OB_E_OFFSET, DX_OB_HDR_END);
	}
	doc->data = buf;
	doc->end = end;
	doc->root = dx_ob_u32(buf + DX_OB_HDR_ROOT);
	return DUK_EXT_OB_OK;
}

/* 1 when `need` bytes from off lie inside the document. */
static int dx__fits(const duk_ext_ob_doc *doc, uint32_t off, uint64_t need) {
	return (uint64_t) off + need <= doc->end;
}

/* Shape of each node tag (index: tag 1..3, tags 0x10..0x1a at 4..14): the
 * node type, the head size (bytes before the payload), where its count is
 * (byte position; DX__C32: a u32, else a u8; 0: no count field) and the
 * payload bytes per counted element (0: worked out from the node). */
#define DX__C32 0x10
static const uint8_t dx__shapes[15][4] = {
	{ 0, 0, 0, 0 },
	{ DUK_EXT_OB_NUMBER, 9, 0, 0 },             /* DOUBLE */
	{ DUK_EXT_OB_STRING, 2, 1, 1 },             /* STR8 */
	{ DUK_EXT_OB_STRING, 5, 1 | DX__C32, 1 },   /* STR32 */
	{ DUK_EXT_OB_ARRAY, 5, 1 | DX__C32, 4 },    /* ARRAY */
	{ DUK_EXT_OB_ARRAY, 6, 2 | DX__C32, 0 },    /* NUMARRAY */
	{ DUK_EXT_OB_OBJECT, 5, 0, 4 },             /* OBJECT: count from the layout */
	{ DX_OB_TYPE_KEYS, 6, 2 | DX__C32, 0 },     /* KEYS */
	{ DUK_EXT_OB_DATE, 9, 0, 0 },               /* DATE */
	{ DUK_EXT_OB_BINARY, 7, 3 | DX__C32, 1 },   /* BINARY */
	{ DUK_EXT_OB_ARRAY, 2, 1, 4 },              /* ARRAY8 */
	{ DUK_EXT_OB_ARRAY, 3, 2, 0 },              /* NUMARRAY8 */
	{ DUK_EXT_OB_OBJECT, 1, 0, 0 },             /* EMPTY_OBJECT */
	{ DUK_EXT_OB_ARRAY, 7, 2 | DX__C32, 0 },    /* MATRIX */
	{ DUK_EXT_OB_ARRAY, 9, 5 | DX__C32, 0 }     /* TABLE: count = rows */
};

int dx_ob_parse_node(const duk_ext_ob_doc *doc, uint32_t off, duk_ext_ob_node *out, uint32_t *size,
                     duk_ext_ob_error *err) {
	const uint8_t *p, *shape;
	unsigned tag, k, head, cpos;
	uint32_t count = 0, unit;
	uint64_t extent;
	memset(out, 0, sizeof *out);
	if (off < DUK_EXT_OB_HEADER_SIZE || off >= doc->end) {
		return dx__fail(err, DUK_EXT_OB_E_OFFSET, off);
	}
	p = doc->data + off;
	tag = p[0];
	/* tags 1..3 and 0x10..0x1a; 0 and 4..0x0f are unassigned */
	k = tag <= DX_OB_TAG_STR32 ? tag : tag >= DX_OB_TAG_ARRAY ? tag - (DX_OB_TAG_ARRAY - 4) : 0;
	if (k == 0 || k >= 15) {
		return dx__fail(err, DUK_EXT_OB_E_TAG, off);
	}
	shape = dx__shapes[k];
	head = shape[1];
	cpos = shape[2];
	unit = shape[3];
	out->offset = off;
	out->type = shape[0];
	out->body = off + head;
	if (!dx__fits(doc, off, head)) {
		goto truncated;
	}
	if (cpos != 0) {
		count = (cpos & DX__C32) ? dx_ob_u32(p + (cpos & 0xf)) : p[cpos];
	}
	switch (tag) {
	case DX_OB_TAG_DOUBLE:
	case DX_OB_TAG_DATE:
		out->number = dx_ob_f64(p + 1);
		out->body = off + 1; /* the f64 (the head is the whole node) */
		break;
	case DX_OB_TAG_NUMARRAY:
	case DX_OB_TAG_NUMARRAY8:
	case DX_OB_TAG_MATRIX:
		unit = dx_ob_num_field(p[1]).width;
		if (unit == 0 || p[1] == 0 || (tag == DX_OB_TAG_MATRIX && p[6] == 0)) {
			return dx__fail(err, DUK_EXT_OB_E_TAG, off + 1);
		}
		out->sub = p[1];
		if (tag == DX_OB_TAG_MATRIX) {
			out->elem = p[6];
			unit *= p[6];
		}
		break;
	case DX_OB_TAG_KEYS:
		if ((p[1] & ~DX_OB_KEYS_INDEXED) != 0) {
			return dx__fail(err, DUK_EXT_OB_E_FLAGS, off + 1);
		}
		out->sub = p[1];
		unit = (p[1] & DX_OB_KEYS_INDEXED) ? 8 : 4;
		break;
	case DX_OB_TAG_BINARY: {
		unsigned esize = dx_ob_elem_size(p[2]);
		out->sub = p[1];
		out->elem = p[2];
		if (p[1] > DUK_EXT_OB_BIN_NODEBUFFER || esize == 0 ||
		    (p[1] != DUK_EXT_OB_BIN_TYPEDARRAY && p[2] != 0) || count % esize != 0) {
			return dx__fail(err, DUK_EXT_OB_E_BINARY, off + 1);
		}
		break;
	}
	case DX_OB_TAG_OBJECT:
	case DX_OB_TAG_TABLE: {
		duk_ext_ob_node keys;
		uint32_t keys_size;
		int rc;
		out->keys = dx_ob_u32(p + 1);
		/* Only a KEYS node may follow: checked before parsing it, so that an
		 * OBJECT whose keys field points at an OBJECT cannot recurse forever. */
		if (out->keys >= DUK_EXT_OB_HEADER_SIZE && out->keys < doc->end && doc->data[out->keys] != DX_OB_TAG_KEYS) {
			return dx__fail(err, DUK_EXT_OB_E_TAG, out->keys);
		}
		rc = dx_ob_parse_node(doc, out->keys, &keys, &keys_size, err);
		if (rc == DUK_EXT_OB_E_OFFSET && err != NULL) {
			err->offset = off + 1; /* report the field, not the wild value */
		}
		if (rc != DUK_EXT_OB_OK) {
			return rc;
		}
		if (tag == DX_OB_TAG_OBJECT) {
			count = keys.length;
		} else {
			/* a table: an array of `rows` objects of this layout (1..255 keys) */
			if (keys.length == 0 || keys.length > 0xff) {
				return dx__fail(err, DUK_EXT_OB_E_TAG, off + 1);
			}
			out->elem = (uint8_t) keys.length;
			unit = 4 * keys.length;
		}
		break;
	}
	default:
		break;
	}
	out->length = count;
	extent = head + (uint64_t) unit * count;
	if (!dx__fits(doc, off, extent)) {
		goto truncated;
	}
	*size = (uint32_t) extent;
	return DUK_EXT_OB_OK;
truncated:
	return dx__fail(err, DUK_EXT_OB_E_TRUNCATED, off);
}

int duk_ext_ob_load(const duk_ext_ob_doc *doc, uint32_t slot, duk_ext_ob_node *out, duk_ext_ob_error *err) {
	uint32_t payload = DX_OB_SLOT_PAYLOAD(slot);
	uint32_t size;
	int rc;
	if (DX_OB_SLOT_KIND(slot) >= DX_OB_SLOT_INT) {
		if (DX_OB_SLOT_KIND(slot) == DX_OB_SLOT_SPECIAL && payload > 3) {
			return dx__fail(err, DUK_EXT_OB_E_SLOT, 0);
		}
		memset(out, 0, sizeof *out);
		if (DX_OB_SLOT_KIND(slot) == DX_OB_SLOT_INT) {
			out->type = DUK_EXT_OB_NUMBER;
			out->number = (payload & 0x20000000u) ? (double) payload - 1073741824.0 : (double) payload;
		} else {
			/* undefined, null, false, true */
			out->type = (uint8_t) "\0\1\2\2"[payload];
			out->sub = payload == 3;
			out->number = payload == 3;
		}
		return DUK_EXT_OB_OK;
	}
	rc = dx_ob_parse_node(doc, payload, out, &size, err);
	if (rc != DUK_EXT_OB_OK) {
		return rc;
	}
	if (out->type == DX_OB_TYPE_KEYS) {
		return dx__fail(err, DUK_EXT_OB_E_TAG, payload);
	}
	if (DX_OB_SLOT_KIND(slot) == DX_OB_SLOT_REF) {
		if (!dx_ob_has_identity(out->type)) {
			return dx__fail(err, DUK_EXT_OB_E_REF, payload);
		}
		out->is_ref = 1;
	}
	return DUK_EXT_OB_OK;
}

int duk_ext_ob_root(const duk_ext_ob_doc *doc, duk_ext_ob_node *out, duk_ext_ob_error *err) {
	int rc = duk_ext_ob_load(doc, doc->root, out, err);
	if (rc != DUK_EXT_OB_OK && err != NULL && (err->offset == 0 || err->offset >= doc->end)) {
		err->offset = DX_OB_HDR_ROOT;
	}
	return rc;
}

/* Loads the slot stored at byte offset pos, reporting slot errors at pos. */
static int dx__load_at(const duk_ext_ob_doc *doc, uint32_t pos, duk_ext_ob_node *out, duk_ext_ob_error *err) {
	int rc = duk_ext_ob_load(doc, dx_ob_u32(doc->data + pos), out, err);
	if ((rc == DUK_EXT_OB_E_SLOT || (rc == DUK_EXT_OB_E_OFFSET && err != NULL && err->offset >= doc->end)) &&
	    err != NULL) {
		err->offset = pos;
	}
	return rc;
}

int duk_ext_ob_index(const duk_ext_ob_doc *doc, const duk_ext_ob_node *array, uint32_t i,
                     duk_ext_ob_node *out, duk_ext_ob_error *err) {
	dx_field f;
	if (array->type != DUK_EXT_OB_ARRAY) {
		return dx__fail(err, DUK_EXT_OB_E_TYPE, array->offset);
	}
	if (i >= array->length) {
		return dx__fail(err, DUK_EXT_OB_E_RANGE, array->offset);
	}
	if (array->sub == 0 && array->keys != 0) {
		/* row i of a table: an OBJECT of the table's layout */
		memset(out, 0, sizeof *out);
		out->type = DUK_EXT_OB_OBJECT;
		out->is_row = 1;
		out->keys = array->keys;
		out->length = array->elem;
		out->body = array->body + 4 * (uint32_t) array->elem * i;
		out->offset = out->body;
		return DUK_EXT_OB_OK;
	}
	if (array->sub == 0) {
		return dx__load_at(doc, array->body + 4 * i, out, err);
	}
	f = dx_ob_num_field(array->sub);
	memset(out, 0, sizeof *out);
	if (array->elem != 0) {
		/* row i of a number matrix */
		out->type = DUK_EXT_OB_ARRAY;
		out->sub = array->sub;
		out->is_row = 1;
		out->length = array->elem;
		out->body = array->body + (uint32_t) f.width * array->elem * i;
		out->offset = out->body;
		return DUK_EXT_OB_OK;
	}
	out->type = DUK_EXT_OB_NUMBER;
	out->number = dx_field_read(doc->data + array->body + (size_t) f.width * i, f);
	return DUK_EXT_OB_OK;
}

/* Loads key slot i of a layout: it must point at a STRING node. */
static int dx__key_at(const duk_ext_ob_doc *doc, uint32_t keys_body, uint32_t i, duk_ext_ob_node *out,
                      duk_ext_ob_error *err) {
	uint32_t pos = keys_body + 4 * i;
	uint32_t slot = dx_ob_u32(doc->data + pos);
	uint32_t size;
	int rc;
	if (DX_OB_SLOT_KIND(slot) != DX_OB_SLOT_NODE) {
		return dx__fail(err, DUK_EXT_OB_E_TAG, pos);
	}
	rc = dx_ob_parse_node(doc, slot, out, &size, err);
	if (rc == DUK_EXT_OB_OK && out->type != DUK_EXT_OB_STRING) {
		return dx__fail(err, DUK_EXT_OB_E_TAG, slot);
	}
	return rc;
}

int duk_ext_ob_entry(const duk_ext_ob_doc *doc, const duk_ext_ob_node *object, uint32_t i,
                     duk_ext_ob_node *key, duk_ext_ob_node *value, duk_ext_ob_error *err) {
	int rc;
	if (object->type != DUK_EXT_OB_OBJECT) {
		return dx__fail(err, DUK_EXT_OB_E_TYPE, object->offset);
	}
	if (i >= object->length) {
		return dx__fail(err, DUK_EXT_OB_E_RANGE, object->offset);
	}
	if (key != NULL) {
		/* parse_node checked the layout's extent when it parsed the object */
		rc = dx__key_at(doc, object->keys + 6, i, key, err);
		if (rc != DUK_EXT_OB_OK) {
			return rc;
		}
	}
	return value != NULL ? dx__load_at(doc, object->body + 4 * i, value, err) : DUK_EXT_OB_OK;
}

int duk_ext_ob_key_compare(const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len) {
	int c = memcmp(a, b, a_len < b_len ? a_len : b_len);
	if (c != 0) {
		return c < 0 ? -1 : 1;
	}
	return a_len < b_len ? -1 : a_len > b_len;
}

/* The bytes of key slot i of a layout (the lookup's inner step): read in
 * place when the slot points at a well-formed STRING node, otherwise
 * through dx__key_at, which reports the error. */
static int dx__key_bytes(const duk_ext_ob_doc *doc, uint32_t keys_body, uint32_t i, const uint8_t **bytes,
                         uint32_t *len, duk_ext_ob_error *err) {
	uint32_t slot = dx_ob_u32(doc->data + keys_body + 4 * i);
	duk_ext_ob_node k;
	int rc;
	if (DX_OB_SLOT_KIND(slot) == DX_OB_SLOT_NODE && slot >= DUK_EXT_OB_HEADER_SIZE && slot < doc->end) {
		const uint8_t *p = doc->data + slot;
		unsigned head = p[0] == DX_OB_TAG_STR8 ? 2 : 5;
		if ((p[0] == DX_OB_TAG_STR8 || p[0] == DX_OB_TAG_STR32) && dx__fits(doc, slot, head)) {
			*len = head == 2 ? p[1] : dx_ob_u32(p + 1);
			*bytes = p + head;
			if (dx__fits(doc, slot, head + (uint64_t) *len)) {
				return DUK_EXT_OB_OK;
			}
		}
	}
	rc = dx__key_at(doc, keys_body, i, &k, err);
	*bytes = doc->data + k.body;
	*len = k.length;
	return rc;
}

/* Finds the position of key in the layout: a binary search of the sorted
 * index, or without one a scan from the last key (the last duplicate
 * wins); DUK_EXT_OB_NOT_FOUND if absent. */
static int dx__find_ordinal(const duk_ext_ob_doc *doc, uint32_t keys_off, const uint8_t *key, size_t key_len,
                            uint32_t *ordinal, duk_ext_ob_error *err) {
	const uint8_t *p = doc->data + keys_off;
	uint32_t lo = 0, hi = dx_ob_u32(p + 2), body = keys_off + 6, index = body + 4 * hi, count = hi;
	int indexed = p[1] & DX_OB_KEYS_INDEXED;
	const uint8_t *k;
	uint32_t k_len, mid = 0, ord;
	int rc, c;
	while (lo < hi) {
		if (indexed) {
			mid = lo + (hi - lo) / 2;
			ord = dx_ob_u32(doc->data + index + 4 * mid);
			if (ord >= count) {
				return dx__fail(err, DUK_EXT_OB_E_INDEX, index + 4 * mid);
			}
		} else {
			ord = --hi;
		}
		rc = dx__key_bytes(doc, body, ord, &k, &k_len, err);
		if (rc != DUK_EXT_OB_OK) {
			return rc;
		}
		c = duk_ext_ob_key_compare(k, k_len, key, key_len);
		if (c == 0) {
			*ordinal = ord;
			return DUK_EXT_OB_OK;
		}
		if (indexed) {
			if (c < 0) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
	}
	return DUK_EXT_OB_NOT_FOUND;
}

int duk_ext_ob_find(const duk_ext_ob_doc *doc, const duk_ext_ob_node *object, const uint8_t *key,
                    size_t key_len, uint32_t *ordinal, duk_ext_ob_node *value, duk_ext_ob_error *err) {
	uint32_t ord = 0;
	int rc;
	if (object->type != DUK_EXT_OB_OBJECT) {
		return dx__fail(err, DUK_EXT_OB_E_TYPE, object->offset);
	}
	if (object->length == 0) {
		return DUK_EXT_OB_NOT_FOUND; /* an empty object may have no layout */
	}
	rc = dx__find_ordinal(doc, object->keys, key, key_len, &ord, err);
	if (rc != DUK_EXT_OB_OK) {
		return rc;
	}
	if (ordinal != NULL) {
		*ordinal = ord;
	}
	return value != NULL ? dx__load_at(doc, object->body + 4 * ord, value, err) : DUK_EXT_OB_OK;
}

void duk_ext_ob_iter_init(duk_ext_ob_iter *it, const duk_ext_ob_doc *doc, const duk_ext_ob_node *container) {
	it->doc = doc;
	it->container = *container;
	it->next = 0;
}

int duk_ext_ob_iter_next(duk_ext_ob_iter *it, duk_ext_ob_node *key, duk_ext_ob_node *value, duk_ext_ob_error *err) {
	int rc;
	if ((it->container.type != DUK_EXT_OB_ARRAY && it->container.type != DUK_EXT_OB_OBJECT)) {
		return dx__fail(err, DUK_EXT_OB_E_TYPE, it->container.offset);
	}
	if (it->next >= it->container.length) {
		return DUK_EXT_OB_NOT_FOUND;
	}
	if (it->container.type == DUK_EXT_OB_ARRAY) {
		rc = duk_ext_ob_index(it->doc, &it->container, it->next, value, err);
	} else {
		rc = duk_ext_ob_entry(it->doc, &it->container, it->next, key, value, err);
	}
	if (rc == DUK_EXT_OB_OK) {
		it->next++;
	}
	return rc;
}

const uint8_t *duk_ext_ob_bytes(const duk_ext_ob_doc *doc, const duk_ext_ob_node *node) {
	if (node->type == DUK_EXT_OB_STRING || node->type == DUK_EXT_OB_BINARY ||
	    (node->type == DUK_EXT_OB_ARRAY && node->sub != 0)) {
		return doc->data + node->body;
	}
	return NULL;
}
