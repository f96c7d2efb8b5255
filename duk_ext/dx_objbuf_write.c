/*
 * dx_objbuf_write: the object-buffer builder (duk_ext_ob_builder): appends
 * nodes to a growable buffer through a caller-supplied realloc, reserves the
 * slots of containers for the caller to fill, writes key layouts with their
 * sorted index, and picks the narrowest exact element type for packed
 * number arrays.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "dx_objbuf_format.h"

/* Appends n bytes and returns them (NULL after an error). */
static uint8_t *dx__grow(duk_ext_ob_builder *b, size_t n) {
	size_t need;
	uint8_t *p;
	if (b->status != DUK_EXT_OB_OK) {
		return NULL;
	}
	if (n > DUK_EXT_OB_MAX_SIZE - b->len) {
		b->status = DUK_EXT_OB_E_TOO_BIG;
		return NULL;
	}
	need = b->len + n;
	if (need > b->cap) {
		size_t cap = b->cap < 256 ? 256 : b->cap * 2;
		if (cap < need) {
			cap = need;
		}
		p = (uint8_t *) b->realloc_fn(b->udata, b->buf, cap);
		if (p == NULL) {
			b->status = DUK_EXT_OB_E_NOMEM;
			return NULL;
		}
		b->buf = p;
		b->cap = cap;
	}
	p = b->buf + b->len;
	b->len = need;
	return p;
}

void duk_ext_ob_builder_init(duk_ext_ob_builder *b, duk_ext_ob_realloc_fn realloc_fn, void *udata) {
	uint8_t *hdr;
	memset(b, 0, sizeof *b);
	b->realloc_fn = realloc_fn;
	b->udata = udata;
	hdr = dx__grow(b, DUK_EXT_OB_HEADER_SIZE);
	if (hdr != NULL) {
		memset(hdr, 0, DUK_EXT_OB_HEADER_SIZE);
	}
}

uint32_t duk_ext_ob_slot_undefined(void) {
	return DX_OB_MAKE_SLOT(DX_OB_SLOT_SPECIAL, 0);
}

uint32_t duk_ext_ob_slot_null(void) {
	return DX_OB_MAKE_SLOT(DX_OB_SLOT_SPECIAL, 1);
}

uint32_t duk_ext_ob_slot_bool(int v) {
	return DX_OB_MAKE_SLOT(DX_OB_SLOT_SPECIAL, v ? 3 : 2);
}

uint32_t duk_ext_ob_slot_ref(uint32_t container_slot) {
	return DX_OB_MAKE_SLOT(DX_OB_SLOT_REF, container_slot);
}

int duk_ext_ob_is_small_int(double v) {
	return v >= -536870912.0 && v <= 536870911.0 && v == floor(v) && !(v == 0 && signbit(v));
}

/* Starts a node of n bytes with its tag; returns the node's first byte. */
static uint8_t *dx__node(duk_ext_ob_builder *b, uint8_t tag, size_t n, uint32_t *off) {
	uint8_t *p = dx__grow(b, n);
	if (p == NULL) {
		return NULL;
	}
	*off = (uint32_t) (b->len - n);
	p[0] = tag;
	return p;
}

static uint32_t dx__put_f64_node(duk_ext_ob_builder *b, uint8_t tag, double v) {
	uint32_t off = 0;
	uint8_t *p = dx__node(b, tag, 9, &off);
	if (p != NULL) {
		dx_ob_put_f64(p + 1, v);
	}
	return off;
}

uint32_t duk_ext_ob_put_number(duk_ext_ob_builder *b, double v) {
	if (duk_ext_ob_is_small_int(v)) {
		return DX_OB_MAKE_SLOT(DX_OB_SLOT_INT, (uint32_t) (int32_t) v);
	}
	return dx__put_f64_node(b, DX_OB_TAG_DOUBLE, v);
}

uint32_t duk_ext_ob_put_date(duk_ext_ob_builder *b, double time_value) {
	return dx__put_f64_node(b, DX_OB_TAG_DATE, time_value);
}

uint32_t duk_ext_ob_put_string(duk_ext_ob_builder *b, const uint8_t *bytes, size_t len) {
	uint32_t off = 0;
	size_t head = len <= 0xff ? 2 : 5;
	uint8_t *p;
	if (len > DUK_EXT_OB_MAX_SIZE) {
		b->status = b->status ? b->status : DUK_EXT_OB_E_TOO_BIG;
		return 0;
	}
	p = dx__node(b, len <= 0xff ? DX_OB_TAG_STR8 : DX_OB_TAG_STR32, head + len, &off);
	if (p == NULL) {
		return 0;
	}
	if (head == 2) {
		p[1] = (uint8_t) len;
	} else {
		dx_ob_put_u32(p + 1, (uint32_t) len);
	}
	if (len > 0) {
		memcpy(p + head, bytes, len);
	}
	return off;
}

uint32_t duk_ext_ob_put_binary(duk_ext_ob_builder *b, int kind, int elem, size_t len, uint8_t **payload) {
	uint32_t off = 0;
	uint8_t *p;
	*payload = NULL;
	if (len > DUK_EXT_OB_MAX_SIZE) {
		b->status = b->status ? b->status : DUK_EXT_OB_E_TOO_BIG;
		return 0;
	}
	p = dx__node(b, DX_OB_TAG_BINARY, 7 + len, &off);
	if (p == NULL) {
		return 0;
	}
	p[1] = (uint8_t) kind;
	p[2] = (uint8_t) elem;
	dx_ob_put_u32(p + 3, (uint32_t) len);
	*payload = p + 7;
	return off;
}

/* 1 when v is an integer in int32 range other than -0. */
static int dx__is_int32(double v) {
	return v == floor(v) && v >= -2147483648.0 && v <= 2147483647.0 && !(v == 0 && signbit(v));
}

static int dx__is_float32(double v) {
	return isnan(v) || isinf(v) || (fabs(v) <= FLT_MAX && (double) (float) v == v);
}

/* The narrowest packed element code that keeps every value exactly. */
static unsigned dx__num_code(const double *values, size_t count) {
	double lo = 0, hi = 0;
	size_t i;
	for (i = 0; i < count && dx__is_int32(values[i]); i++) {
		lo = values[i] < lo ? values[i] : lo;
		hi = values[i] > hi ? values[i] : hi;
	}
	if (i == count) {
		return lo >= -128 && hi <= 127 ? DUK_EXT_OB_NUM_INT8
		       : lo >= -32768 && hi <= 32767 ? DUK_EXT_OB_NUM_INT16 : DUK_EXT_OB_NUM_INT32;
	}
	for (i = 0; i < count && dx__is_float32(values[i]); i++) {
	}
	return i == count ? DUK_EXT_OB_NUM_FLOAT32 : DUK_EXT_OB_NUM_FLOAT64;
}

/* Writes count numbers at p in element code `code`, which keeps each one
 * exactly (dx__num_code): integers as two's complement, floats as their
 * IEEE bits, little endian.  The same bytes as the field codec writes, without
 * its per-value dispatch (round-trip tests read them back through it). */
static void dx__put_packed(uint8_t *p, unsigned code, const double *values, size_t count) {
	unsigned width = dx_ob_num_field(code).width, k;
	size_t i;
	for (i = 0; i < count; i++, p += width) {
		uint64_t bits;
		if (code == DUK_EXT_OB_NUM_FLOAT64) {
			memcpy(&bits, &values[i], 8);
		} else if (code == DUK_EXT_OB_NUM_FLOAT32) {
			float f = (float) values[i];
			uint32_t b32;
			memcpy(&b32, &f, 4);
			bits = b32;
		} else {
			bits = (uint64_t) (int64_t) values[i];
		}
		for (k = 0; k < width; k++) {
			p[k] = (uint8_t) (bits >> (8 * k));
		}
	}
}

uint32_t duk_ext_ob_put_numbers(duk_ext_ob_builder *b, const double *values, size_t count) {
	unsigned code = dx__num_code(values, count);
	size_t head = count <= 0xff ? 3 : 6, width = dx_ob_num_field(code).width;
	uint32_t off = 0;
	uint8_t *p;
	if (count > (DUK_EXT_OB_MAX_SIZE - 6) / width) {
		b->status = b->status ? b->status : DUK_EXT_OB_E_TOO_BIG;
		return 0;
	}
	p = dx__node(b, head == 3 ? DX_OB_TAG_NUMARRAY8 : DX_OB_TAG_NUMARRAY, head + count * width, &off);
	if (p == NULL) {
		return 0;
	}
	p[1] = (uint8_t) code;
	if (head == 3) {
		p[2] = (uint8_t) count;
	} else {
		dx_ob_put_u32(p + 2, (uint32_t) count);
	}
	dx__put_packed(p + head, code, values, count);
	return off;
}

uint32_t duk_ext_ob_put_number_matrix(duk_ext_ob_builder *b, const double *values, size_t rows, size_t cols) {
	unsigned code = dx__num_code(values, rows * cols);
	size_t width = dx_ob_num_field(code).width;
	uint32_t off = 0;
	uint8_t *p;
	if (cols == 0 || cols > 0xff || rows > (DUK_EXT_OB_MAX_SIZE - 7) / width / cols) {
		b->status = b->status ? b->status : (cols == 0 || cols > 0xff ? DUK_EXT_OB_E_RANGE : DUK_EXT_OB_E_TOO_BIG);
		return 0;
	}
	p = dx__node(b, DX_OB_TAG_MATRIX, 7 + rows * cols * width, &off);
	if (p == NULL) {
		return 0;
	}
	p[1] = (uint8_t) code;
	dx_ob_put_u32(p + 2, (uint32_t) rows);
	p[6] = (uint8_t) cols;
	dx__put_packed(p + 7, code, values, rows * cols);
	return off;
}

/* A container node: tag, a u8 (short form) or u32 head field, n reserved
 * slots (undefined). */
static uint32_t dx__container(duk_ext_ob_builder *b, uint8_t tag, int short_head, uint32_t head, size_t n) {
	size_t hs = short_head ? 2 : 5;
	uint32_t off = 0;
	size_t i;
	uint8_t *p;
	if (n > (DUK_EXT_OB_MAX_SIZE - 5) / 4) {
		b->status = b->status ? b->status : DUK_EXT_OB_E_TOO_BIG;
		return 0;
	}
	p = dx__node(b, tag, hs + 4 * n, &off);
	if (p == NULL) {
		return 0;
	}
	if (short_head) {
		p[1] = (uint8_t) head;
	} else {
		dx_ob_put_u32(p + 1, head);
	}
	for (i = 0; i < n; i++) {
		dx_ob_put_u32(p + hs + 4 * i, duk_ext_ob_slot_undefined());
	}
	return off;
}

uint32_t duk_ext_ob_begin_array(duk_ext_ob_builder *b, size_t count) {
	return count <= 0xff ? dx__container(b, DX_OB_TAG_ARRAY8, 1, (uint32_t) count, count)
	                     : dx__container(b, DX_OB_TAG_ARRAY, 0, (uint32_t) count, count);
}

uint32_t duk_ext_ob_begin_object(duk_ext_ob_builder *b, uint32_t keys_offset) {
	uint32_t count;
	if (b->status != DUK_EXT_OB_OK) {
		return 0;
	}
	if (keys_offset == 0) {
		uint32_t off = 0;
		return dx__node(b, DX_OB_TAG_EMPTY_OBJECT, 1, &off) != NULL ? off : 0;
	}
	if (keys_offset < DUK_EXT_OB_HEADER_SIZE || keys_offset + 6 > b->len || b->buf[keys_offset] != DX_OB_TAG_KEYS) {
		b->status = DUK_EXT_OB_E_TAG;
		return 0;
	}
	count = dx_ob_u32(b->buf + keys_offset + 2);
	return dx__container(b, DX_OB_TAG_OBJECT, 0, keys_offset, count);
}

uint32_t duk_ext_ob_begin_table(duk_ext_ob_builder *b, uint32_t keys_offset, size_t rows) {
	uint32_t count, off;
	if (b->status != DUK_EXT_OB_OK) {
		return 0;
	}
	if (keys_offset < DUK_EXT_OB_HEADER_SIZE || (size_t) keys_offset + 6 > b->len ||
	    b->buf[keys_offset] != DX_OB_TAG_KEYS) {
		b->status = DUK_EXT_OB_E_TAG;
		return 0;
	}
	count = dx_ob_u32(b->buf + keys_offset + 2);
	if (count == 0 || count > 0xff) {
		b->status = DUK_EXT_OB_E_RANGE;
		return 0;
	}
	if (rows > (DUK_EXT_OB_MAX_SIZE - 9) / 4 / count) {
		b->status = DUK_EXT_OB_E_TOO_BIG;
		return 0;
	}
	/* the container helper writes tag, keys and the undefined slots; the
	 * rows field goes in front of the slots */
	off = dx__container(b, DX_OB_TAG_TABLE, 0, keys_offset, rows * count + 1);
	if (off != 0) {
		dx_ob_put_u32(b->buf + off + 5, (uint32_t) rows);
	}
	return off;
}

void duk_ext_ob_set_slot(duk_ext_ob_builder *b, uint32_t container_slot, size_t i, uint32_t value_slot) {
	uint32_t n, body;
	if (b->status != DUK_EXT_OB_OK) {
		return;
	}
	if (container_slot < DUK_EXT_OB_HEADER_SIZE || container_slot >= b->len) {
		b->status = DUK_EXT_OB_E_OFFSET;
		return;
	}
	switch (b->buf[container_slot]) {
	case DX_OB_TAG_ARRAY:
		n = dx_ob_u32(b->buf + container_slot + 1);
		body = container_slot + 5;
		break;
	case DX_OB_TAG_ARRAY8:
		n = b->buf[container_slot + 1];
		body = container_slot + 2;
		break;
	case DX_OB_TAG_OBJECT:
		n = dx_ob_u32(b->buf + dx_ob_u32(b->buf + container_slot + 1) + 2);
		body = container_slot + 5;
		break;
	case DX_OB_TAG_TABLE:
		n = dx_ob_u32(b->buf + dx_ob_u32(b->buf + container_slot + 1) + 2) * dx_ob_u32(b->buf + container_slot + 5);
		body = container_slot + 9;
		break;
	default:
		n = 0; /* packed or empty: no slots */
		body = 0;
		break;
	}
	if (i >= n) {
		b->status = DUK_EXT_OB_E_RANGE;
		return;
	}
	dx_ob_put_u32(b->buf + body + 4 * i, value_slot);
}

/* Key bytes of the STRING node at off in the builder's buffer. */
static const uint8_t *dx__key_bytes(const duk_ext_ob_builder *b, uint32_t off, size_t *len) {
	if (b->buf[off] == DX_OB_TAG_STR8) {
		*len = b->buf[off + 1];
		return b->buf + off + 2;
	}
	*len = dx_ob_u32(b->buf + off + 1);
	return b->buf + off + 5;
}

static int dx__key_less(const duk_ext_ob_builder *b, const uint8_t *slots, uint32_t x, uint32_t y) {
	size_t xl, yl;
	const uint8_t *xs = dx__key_bytes(b, dx_ob_u32(slots + 4 * x), &xl);
	const uint8_t *ys = dx__key_bytes(b, dx_ob_u32(slots + 4 * y), &yl);
	return duk_ext_ob_key_compare(xs, xl, ys, yl) < 0;
}

/* Heap sort of the index (ordinals stored as u32 at idx) by key bytes: in
 * place, no allocation, n log n. */
static void dx__sort_index(const duk_ext_ob_builder *b, const uint8_t *slots, uint8_t *idx, size_t n) {
	size_t start = n / 2, end = n;
	while (end > 1) {
		size_t root, child;
		uint32_t tmp;
		if (start > 0) {
			start--;
		} else {
			end--;
			tmp = dx_ob_u32(idx);
			dx_ob_put_u32(idx, dx_ob_u32(idx + 4 * end));
			dx_ob_put_u32(idx + 4 * end, tmp);
		}
		root = start;
		while ((child = 2 * root + 1) < end) {
			if (child + 1 < end && dx__key_less(b, slots, dx_ob_u32(idx + 4 * child), dx_ob_u32(idx + 4 * (child + 1)))) {
				child++;
			}
			if (!dx__key_less(b, slots, dx_ob_u32(idx + 4 * root), dx_ob_u32(idx + 4 * child))) {
				break;
			}
			tmp = dx_ob_u32(idx + 4 * root);
			dx_ob_put_u32(idx + 4 * root, dx_ob_u32(idx + 4 * child));
			dx_ob_put_u32(idx + 4 * child, tmp);
			root = child;
		}
	}
}

uint32_t duk_ext_ob_put_keys(duk_ext_ob_builder *b, const uint32_t *key_slots, size_t count, int with_index) {
	uint32_t off = 0;
	size_t i, n = count * (with_index ? 2 : 1);
	uint8_t *p;
	if (count > (DUK_EXT_OB_MAX_SIZE - 6) / 8) {
		b->status = b->status ? b->status : DUK_EXT_OB_E_TOO_BIG;
		return 0;
	}
	for (i = 0; i < count && b->status == DUK_EXT_OB_OK; i++) {
		uint32_t k = key_slots[i];
		if (k < DUK_EXT_OB_HEADER_SIZE || k >= b->len ||
		    (b->buf[k] != DX_OB_TAG_STR8 && b->buf[k] != DX_OB_TAG_STR32)) {
			b->status = DUK_EXT_OB_E_TAG;
		}
	}
	p = dx__node(b, DX_OB_TAG_KEYS, 6 + 4 * n, &off);
	if (p == NULL) {
		return 0;
	}
	p[1] = with_index ? DX_OB_KEYS_INDEXED : 0;
	dx_ob_put_u32(p + 2, (uint32_t) count);
	for (i = 0; i < count; i++) {
		dx_ob_put_u32(p + 6 + 4 * i, key_slots[i]);
		if (with_index) {
			dx_ob_put_u32(p + 6 + 4 * (count + i), (uint32_t) i);
		}
	}
	if (with_index) {
		dx__sort_index(b, p + 6, p + 6 + 4 * count, count);
	}
	return off;
}

int duk_ext_ob_keys_match(const duk_ext_ob_builder *b, uint32_t keys_offset, const uint32_t *key_slots, size_t count) {
	size_t i;
	if (keys_offset < DUK_EXT_OB_HEADER_SIZE || (size_t) keys_offset + 6 > b->len ||
	    b->buf[keys_offset] != DX_OB_TAG_KEYS || dx_ob_u32(b->buf + keys_offset + 2) != count ||
	    (size_t) keys_offset + 6 + 4 * count > b->len) {
		return 0;
	}
	for (i = 0; i < count; i++) {
		if (dx_ob_u32(b->buf + keys_offset + 6 + 4 * i) != key_slots[i]) {
			return 0;
		}
	}
	return 1;
}

int duk_ext_ob_finish(duk_ext_ob_builder *b, uint32_t root_slot) {
	if (b->status != DUK_EXT_OB_OK) {
		return b->status;
	}
	memcpy(b->buf, DX_OB_MAGIC, 4);
	b->buf[DX_OB_HDR_VERSION] = DUK_EXT_OB_VERSION;
	b->buf[DX_OB_HDR_FLAGS] = 0;
	b->buf[DX_OB_HDR_RESERVED] = 0;
	b->buf[DX_OB_HDR_RESERVED + 1] = 0;
	dx_ob_put_u32(b->buf + DX_OB_HDR_END, (uint32_t) b->len);
	dx_ob_put_u32(b->buf + DX_OB_HDR_ROOT, root_slot);
	return DUK_EXT_OB_OK;
}
