/*
 * objectbuffer_read: the ObjectBuffer global and module object, and its
 * reading side: decode(bytes) -> value and verify(bytes) -> true; open(bytes)
 * is objectbuffer_open.c, encode objectbuffer_encode.c and decodeRX
 * objectbuffer_rx.c (each only in builds with its feature: objectbuffer_open,
 * objectbuffer, objectbuffer_rx).  The format is duk_ext/objbuf_format.md, read by the
 * engine-free cursor and verifier of duk_ext/dx_objbuf_*.c.
 *
 * Decode works on a private snapshot of the bytes (allocation may run
 * finalizers that change the caller's buffer), verifies it, then builds the
 * value the way JSON.parse does (own data properties, no setter runs).
 * Containers reached more than once are memoised by offset (identity,
 * cycles); strings used more than once are interned once (and held until
 * the end, so their pointers stay valid even if a duplicate key drops the
 * value that used them); the keys of a layout used by several objects are
 * read once and pushed by pointer for each object.
 */
#include <string.h>

#include "dx_bindings.h"
#include "dx_bridge.h"
#include "dx_objbuf_format.h"
#include "dx_init.h"
#include "dx_objectbuffer.h"
#include "dx_require.h"

#define DX__STASH_MODULE "dx:ObjectBufferModule"

/* ---- shared helpers --------------------------------------------------- */

duk_ret_t dx_ob_throw_format(duk_context *ctx, const duk_ext_ob_error *err) {
	duk_push_error_object(ctx, DUK_ERR_TYPE_ERROR, "ObjectBuffer: %s at byte %lu", duk_ext_ob_strerror(err->code),
	                      (unsigned long) err->offset);
	duk_push_uint(ctx, (duk_uint_t) err->offset);
	duk_put_prop_string(ctx, -2, "offset");
	return duk_throw(ctx);
}

void dx_ob_push_date(duk_context *ctx, double time_value) {
	duk_push_global_stash(ctx);
	duk_get_prop_string(ctx, -1, DX_OB_STASH_DATE);
	duk_remove(ctx, -2);
	duk_push_number(ctx, time_value);
	duk_new(ctx, 1);
}

uint8_t *dx_ob_push_binary(duk_context *ctx, const duk_ext_ob_node *node) {
	/* view flags of the binary kinds but plain buffers and typed arrays */
	static const duk_uint_t kind_flags[5] = {
		0, DUK_BUFOBJ_ARRAYBUFFER, 0, DUK_BUFOBJ_DATAVIEW, DUK_BUFOBJ_NODEJS_BUFFER
	};
	uint8_t *bytes = (uint8_t *) duk_push_fixed_buffer(ctx, node->length);
	duk_uint_t flags = kind_flags[node->sub];
	if (node->sub == DUK_EXT_OB_BIN_PLAIN) {
		return bytes;
	}
	if (node->sub == DUK_EXT_OB_BIN_TYPEDARRAY) {
		if (node->elem >= 9) {
			/* Float16Array: new Float16Array(new ArrayBuffer(bytes)) */
			duk_push_buffer_object(ctx, -1, 0, node->length, DUK_BUFOBJ_ARRAYBUFFER);
			if (!duk_get_global_string(ctx, "Float16Array")) {
				(void) duk_type_error(ctx, "ObjectBuffer: Float16Array is not available");
			}
			duk_swap_top(ctx, -2);
			duk_new(ctx, 1);
			duk_remove(ctx, -2);
			return bytes;
		}
		flags = dx_bufobj_of_elem[node->elem];
	}
	duk_push_buffer_object(ctx, -1, 0, node->length, flags);
	duk_remove(ctx, -2);
	return bytes;
}

void *dx_ob_new_table(duk_context *ctx, duk_idx_t idx, size_t entry_size, uint32_t cap) {
	void *p = duk_push_fixed_buffer(ctx, entry_size * cap);
	duk_replace(ctx, idx);
	return p;
}

/* ---- decode and verify ------------------------------------------------ */

typedef struct {
	uint32_t offset;
	void *str;
} dx__sentry;

typedef struct {
	duk_context *ctx;
	duk_ext_ob_doc doc;
	const uint8_t *scratch;  /* verifier scratch: which nodes are shared */
	size_t len;
	duk_idx_t memo_idx;      /* offset -> decoded container, for reference targets */
	duk_idx_t tab_idx;       /* buffer of dx__sentry: offset of a shared string -> the interned
	                          * string, of a shared layout -> its first key in kpool */
	duk_idx_t hold_idx;      /* array holding every string in tab */
	duk_idx_t kpool_idx;     /* dynamic buffer of key string pointers, layout after layout */
	dx__sentry *tab;
	void **kpool;
	uint32_t tab_cap, tab_n, hold_n, kpool_n;
} dx__dec;

/* Pushes a private copy of the buffer value at idx and verifies it; on
 * return the stack holds [copy, scratch] and *len their length. */
static const uint8_t *dx__snapshot_verified(duk_context *ctx, duk_idx_t idx, size_t *len, const uint8_t **scratch) {
	duk_ext_view view;
	duk_ext_ob_error err;
	uint8_t *copy, *sc;
	size_t n;
	dx_require_view(ctx, idx, &view, "ObjectBuffer: argument");
	n = view.byte_length;
	copy = (uint8_t *) duk_push_fixed_buffer(ctx, n);
	sc = (uint8_t *) duk_push_fixed_buffer(ctx, duk_ext_ob_scratch_size(n));
	(void) duk_ext_get_view(ctx, idx, &view); /* allocation can run finalizers */
	if (view.byte_length < n) {
		n = view.byte_length;
	}
	if (n > 0) {
		memcpy(copy, view.data, n);
	}
	if (duk_ext_ob_verify(copy, n, sc, &err) != DUK_EXT_OB_OK) {
		(void) dx_ob_throw_format(ctx, &err);
	}
	*len = n;
	*scratch = sc;
	return copy;
}

/* Throws the cursor's error unless rc is DUK_EXT_OB_OK. */
static void dx__dec_check(dx__dec *d, int rc, const duk_ext_ob_error *err) {
	if (rc != DUK_EXT_OB_OK) {
		(void) dx_ob_throw_format(d->ctx, err);
	}
}

/* The entry of node `offset` (a shared string or layout) in the open-
 * addressing table of dx__sentry (the empty one where it belongs when
 * absent), growing the table first when one more entry would fill it past
 * half.  The entry is valid until the next call. */
static dx__sentry *dx__slot(dx__dec *d, uint32_t offset) {
	uint32_t mask, i;
	if (2 * (d->tab_n + 1) > d->tab_cap) {
		uint32_t old_cap = d->tab_cap, j;
		dx__sentry *old;
		duk_dup(d->ctx, d->tab_idx);
		old = (dx__sentry *) duk_get_buffer(d->ctx, -1, NULL);
		d->tab_cap = old_cap * 2;
		d->tab = (dx__sentry *) dx_ob_new_table(d->ctx, d->tab_idx, sizeof(dx__sentry), d->tab_cap);
		mask = d->tab_cap - 1;
		for (j = 0; j < old_cap; j++) {
			if (old[j].offset != 0) {
				for (i = (old[j].offset * 2654435761u) & mask; d->tab[i].offset != 0; i = (i + 1) & mask) {
				}
				d->tab[i] = old[j];
			}
		}
		duk_pop(d->ctx);
	}
	mask = d->tab_cap - 1;
	for (i = (offset * 2654435761u) & mask; d->tab[i].offset != 0 && d->tab[i].offset != offset; i = (i + 1) & mask) {
	}
	return &d->tab[i];
}

/* Pushes the string node n; a string used more than once (as several values
 * or as the key of a shared layout) is interned once and pushed by pointer
 * from then on.  The decoded value holds each pushed string, so pointers
 * stay valid. */
static void dx__dec_string(dx__dec *d, const duk_ext_ob_node *n, int shared) {
	duk_context *ctx = d->ctx;
	dx__sentry *e = NULL;
	if (shared || duk_ext_ob_is_shared(d->scratch, d->len, n->offset)) {
		e = dx__slot(d, n->offset);
		if (e->offset != 0) {
			duk_push_heapptr(ctx, e->str);
			return;
		}
	}
	duk_push_lstring(ctx, (const char *) d->doc.data + n->body, n->length);
	if (e != NULL) {
		e->offset = n->offset;
		e->str = duk_get_heapptr(ctx, -1);
		d->tab_n++;
		duk_dup_top(ctx);
		duk_put_prop_index(ctx, d->hold_idx, d->hold_n++);
	}
}

/* Keys of an indexed layout are unique (verified); other layouts of up to
 * this many keys are checked for duplicates when first met. */
#define DX__UNIQUE_CHECK_MAX 32
/* dx__dec_layout's result: the layout's keys are known to be unique */
#define DX__UNIQUE_KEYS 0x80000000u

/* The key strings of object n's layout (shared by several objects), read
 * into kpool when the layout is first met, before any value is decoded (a
 * value may be an object of the same layout).  They are held through tab,
 * so kpool keeps plain pointers.  Returns the pool index of the first key,
 * with DX__UNIQUE_KEYS when no key repeats. */
static uint32_t dx__dec_layout(dx__dec *d, const duk_ext_ob_node *n) {
	dx__sentry *e = dx__slot(d, n->keys);
	duk_ext_ob_node key;
	duk_ext_ob_error err;
	duk_size_t have;
	uint32_t start = d->kpool_n, i;
	if (e->offset != 0) {
		return (uint32_t) (uintptr_t) e->str;
	}
	d->kpool = (void **) duk_get_buffer(d->ctx, d->kpool_idx, &have);
	if (have < (start + (duk_size_t) n->length) * sizeof(void *)) {
		d->kpool = (void **) duk_resize_buffer(d->ctx, d->kpool_idx, 2 * (start + (duk_size_t) n->length) * sizeof(void *));
	}
	d->kpool_n += n->length;
	for (i = 0; i < n->length; i++) {
		dx__dec_check(d, duk_ext_ob_entry(&d->doc, n, i, &key, NULL, &err), &err);
		dx__dec_string(d, &key, 1);
		d->kpool[start + i] = duk_get_heapptr(d->ctx, -1);
		duk_pop(d->ctx);
	}
	if (d->doc.data[n->keys + 1] & DX_OB_KEYS_INDEXED) {
		start |= DX__UNIQUE_KEYS;
	} else if (n->length <= DX__UNIQUE_CHECK_MAX) {
		uint32_t j, same = 0;
		for (i = 0; i < n->length; i++) {
			for (j = 0; j < i; j++) {
				same |= d->kpool[start + i] == d->kpool[start + j]; /* interned: equal keys, equal pointers */
			}
		}
		start |= same ? 0 : DX__UNIQUE_KEYS;
	}
	/* the key strings may have grown the table: look the layout up again */
	e = dx__slot(d, n->keys);
	e->offset = n->keys;
	e->str = (void *) (uintptr_t) start;
	d->tab_n++;
	return start;
}

static void dx__dec_node(dx__dec *d, const duk_ext_ob_node *n);

/* Pushes the object of an identity node, memoised when it is referenced. */
static void dx__dec_container(dx__dec *d, const duk_ext_ob_node *n) {
	duk_context *ctx = d->ctx;
	duk_ext_ob_node key, value;
	duk_ext_ob_error err;
	duk_idx_t obj = duk_get_top(ctx);
	uint32_t i, start = 0;
	int shared_keys = 0;
	switch (n->type) {
	case DUK_EXT_OB_DATE:
		dx_ob_push_date(ctx, n->number);
		break;
	case DUK_EXT_OB_BINARY:
		memcpy(dx_ob_push_binary(ctx, n), d->doc.data + n->body, n->length);
		break;
	case DUK_EXT_OB_ARRAY:
		dx_bridge_push_array_sized(ctx, n->length);
		break;
	default:
		dx_bridge_push_object_sized(ctx, n->length);
		shared_keys = duk_ext_ob_is_shared(d->scratch, d->len, n->keys);
		if (shared_keys) {
			start = dx__dec_layout(d, n);
		}
		break;
	}
	if (duk_ext_ob_is_shared(d->scratch, d->len, n->offset)) {
		duk_dup_top(ctx);
		duk_put_prop_index(ctx, d->memo_idx, n->offset);
	}
	duk_require_stack(ctx, 4);
	for (i = 0; n->type == DUK_EXT_OB_ARRAY && i < n->length; i++) {
		dx__dec_check(d, duk_ext_ob_index(&d->doc, n, i, &value, &err), &err);
		dx__dec_node(d, &value);
		dx_bridge_def_index_wec(ctx, obj, i);
	}
	for (i = 0; n->type == DUK_EXT_OB_OBJECT && i < n->length; i++) {
		if (shared_keys) {
			/* kpool moves only in dx__dec_layout */
			duk_push_heapptr(ctx, d->kpool[(start & ~DX__UNIQUE_KEYS) + i]);
		} else {
			dx__dec_check(d, duk_ext_ob_entry(&d->doc, n, i, &key, NULL, &err), &err);
			dx__dec_string(d, &key, 0);
		}
		dx__dec_check(d, duk_ext_ob_load(&d->doc, dx_ob_u32(d->doc.data + n->body + 4 * i), &value, &err), &err);
		dx__dec_node(d, &value);
		if (start & DX__UNIQUE_KEYS) {
			dx_bridge_def_new_wec(ctx, obj);
		} else {
			dx_bridge_def_wec(ctx, obj);
		}
	}
}

int dx_ob_push_leaf(duk_context *ctx, const duk_ext_ob_node *n) {
	switch (n->type) {
	case DUK_EXT_OB_UNDEFINED:
		duk_push_undefined(ctx);
		return 1;
	case DUK_EXT_OB_NULL:
		duk_push_null(ctx);
		return 1;
	case DUK_EXT_OB_BOOLEAN:
		duk_push_boolean(ctx, n->sub);
		return 1;
	case DUK_EXT_OB_NUMBER:
		duk_push_number(ctx, n->number);
		return 1;
	default:
		return 0;
	}
}

static void dx__dec_node(dx__dec *d, const duk_ext_ob_node *n) {
	duk_context *ctx = d->ctx;
	if (dx_ob_push_leaf(ctx, n)) {
		return;
	}
	switch (n->type) {
	case DUK_EXT_OB_STRING:
		dx__dec_string(d, n, 0);
		return;
	default:
		if (n->is_ref) {
			duk_get_prop_index(ctx, d->memo_idx, n->offset);
			return;
		}
		dx__dec_container(d, n);
		return;
	}
}

/* decode(bytes) -> value */
static duk_ret_t dx__ob_decode(duk_context *ctx) {
	dx__dec d;
	duk_ext_ob_node root;
	duk_ext_ob_error err;
	const uint8_t *bytes;
	duk_set_top(ctx, 1);
	d.ctx = ctx;
	bytes = dx__snapshot_verified(ctx, 0, &d.len, &d.scratch);
	d.memo_idx = duk_push_bare_object(ctx);
	d.tab_cap = 256;
	d.tab_n = 0;
	d.hold_n = 0;
	d.tab_idx = d.memo_idx + 1;
	d.tab = (dx__sentry *) duk_push_fixed_buffer(ctx, sizeof(dx__sentry) * d.tab_cap);
	d.hold_idx = duk_push_bare_array(ctx);
	d.kpool_n = 0;
	d.kpool_idx = d.hold_idx + 1;
	d.kpool = (void **) duk_push_dynamic_buffer(ctx, 0);
	if (duk_ext_ob_open(&d.doc, bytes, d.len, &err) != DUK_EXT_OB_OK ||
	    duk_ext_ob_root(&d.doc, &root, &err) != DUK_EXT_OB_OK) {
		return dx_ob_throw_format(ctx, &err);
	}
	dx__dec_node(&d, &root);
	return 1;
}

/* verify(bytes) -> true, or throws a TypeError with the byte offset */
static duk_ret_t dx__ob_verify(duk_context *ctx) {
	size_t len;
	const uint8_t *scratch;
	duk_set_top(ctx, 1);
	(void) dx__snapshot_verified(ctx, 0, &len, &scratch);
	duk_push_true(ctx);
	return 1;
}

static const dx_method dx__objectbuffer_methods[] = {
	{ "decode", dx__ob_decode, 1, 0 },
	{ "verify", dx__ob_verify, 1, 0 },
#if defined(DUK_EXT_USE_OBJECTBUFFER_OPEN)
	{ "open", dx_ob_open, 1, 0 },
#endif
#if defined(DUK_EXT_USE_OBJECTBUFFER)
	{ "encode", dx_ob_encode, 2, 0 },
#endif
#if defined(DUK_EXT_USE_OBJECTBUFFER_RX)
	{ "decodeRX", dx_ob_decode_rx, 1, 0 },
#endif
	{ NULL, NULL, 0, 0 }
};

duk_ret_t duk_ext_push_objectbuffer(duk_context *ctx) {
	duk_push_object(ctx);
	dx_put_methods(ctx, -1, dx__objectbuffer_methods);
	return 1;
}

#if defined(DUK_EXT_USE_REQUIRE)
/* require('objectbuffer'): the same object as the ObjectBuffer global, kept
 * in the stash so that replacing the global does not change the module. */
static duk_ret_t dx__objectbuffer_module(duk_context *ctx) {
	duk_push_global_stash(ctx);
	duk_get_prop_string(ctx, -1, DX__STASH_MODULE);
	return 1;
}
#endif

void dx_init_objectbuffer(duk_context *ctx) {
	duk_push_global_stash(ctx);
	duk_get_global_string(ctx, "Date");
	duk_put_prop_string(ctx, -2, DX_OB_STASH_DATE);
#if defined(DUK_EXT_USE_OBJECTBUFFER_OPEN)
	dx_ob_init_lazy(ctx);
#endif
	duk_ext_push_objectbuffer(ctx);
	duk_dup(ctx, -1);
	duk_put_prop_string(ctx, -3, DX__STASH_MODULE);
	duk_put_global_string(ctx, "ObjectBuffer");
	duk_pop(ctx);
#if defined(DUK_EXT_USE_REQUIRE)
	dx_require_register(ctx, "objectbuffer", dx__objectbuffer_module);
#endif
}
