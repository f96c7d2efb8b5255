/*
 * objectbuffer_open: ObjectBuffer.open(bytes), a read-only view that looks
 * like the encoded value and decodes nothing until touched.
 *
 * Each container is a Proxy over an empty target of its kind ([] or {}); the
 * target carries the session (the bytes and a memo of views by node offset,
 * so o.a === o.a) and the node offset as hidden properties (a row of a
 * table, which has no node, as the table's offset and its row number).  Traps read the
 * bytes through the cursor (duk_ext_objbuf.h): `get`/`has` find a key (binary
 * search when the layout has an index) or an array index; `ownKeys` lists
 * keys and, once per container, defines them on the target as placeholders,
 * because Duktape 2.7 lets Object.keys, for-in and JSON.stringify keep only
 * keys the target itself has; writes throw (the Proxy object is sealed, as
 * Duktape has no defineProperty trap).  Other keys fall back to the target
 * (its prototype's methods).
 *
 * The bytes stay the caller's: every trap takes the view again and bounds
 * checks each node, and after any allocation (which can run finalizers that
 * resize or detach the buffer) the node is loaded again before its bytes are
 * copied.
 */
#include <string.h>

#include "dx_bindings.h"
#include "dx_objbuf_format.h"
#include "dx_objectbuffer.h"

#define DX__T_SESSION DUK_HIDDEN_SYMBOL("dxobSession")
#define DX__T_OFFSET DUK_HIDDEN_SYMBOL("dxobOffset")
#define DX__T_ROW DUK_HIDDEN_SYMBOL("dxobRow")
#define DX__T_KEYED DUK_HIDDEN_SYMBOL("dxobKeyed")
#define DX__SHORT_STRING 256

/* A trap's state: the session's stack index, the document as it is now and
 * where the view's container is (node offset; table row + 1, or 0). */
typedef struct {
	duk_context *ctx;
	duk_idx_t session;
	duk_ext_ob_doc doc;
	uint32_t offset;
	uint32_t row;
} dx__lazy;

/* Throws: a node read again is not what the view saw. */
static DUK_NORETURN(void dx__changed(duk_context *ctx));
static void dx__changed(duk_context *ctx) {
	(void) duk_type_error(ctx, "ObjectBuffer: the bytes changed under the view");
}

/* (Re)opens the session's bytes as they are now. */
static void dx__lazy_doc(dx__lazy *z) {
	duk_context *ctx = z->ctx;
	duk_ext_view view;
	duk_ext_ob_error err;
	duk_get_prop_string(ctx, z->session, "bytes");
	(void) duk_ext_get_view(ctx, -1, &view);
	duk_pop(ctx);
	if (duk_ext_ob_open(&z->doc, view.data, view.byte_length, &err) != DUK_EXT_OB_OK) {
		(void) dx_ob_throw_format(ctx, &err);
	}
}

/* Loads the node at offset (as reached by a plain slot) from the current bytes. */
static void dx__lazy_node(dx__lazy *z, uint32_t offset, duk_ext_ob_node *out) {
	duk_ext_ob_error err;
	if (duk_ext_ob_load(&z->doc, offset, out, &err) != DUK_EXT_OB_OK) {
		(void) dx_ob_throw_format(z->ctx, &err);
	}
}

static void dx__check(dx__lazy *z, int rc, const duk_ext_ob_error *err) {
	if (rc != DUK_EXT_OB_OK && rc != DUK_EXT_OB_NOT_FOUND) {
		(void) dx_ob_throw_format(z->ctx, err);
	}
}

/* Reloads the node at n->offset after an allocation and checks it is still
 * what the caller saw. */
static void dx__lazy_recheck(dx__lazy *z, duk_ext_ob_node *n) {
	duk_ext_ob_node again;
	dx__lazy_doc(z);
	dx__lazy_node(z, n->offset, &again);
	if (again.type != n->type || again.length != n->length) {
		dx__changed(z->ctx);
	}
	*n = again;
}

/* Pushes a string node's value; long strings go through a private copy. */
static void dx__push_string(dx__lazy *z, duk_ext_ob_node *n) {
	char tmp[DX__SHORT_STRING];
	uint8_t *copy;
	if (n->length <= DX__SHORT_STRING) {
		memcpy(tmp, z->doc.data + n->body, n->length);
		duk_push_lstring(z->ctx, tmp, n->length);
		return;
	}
	copy = (uint8_t *) duk_push_fixed_buffer(z->ctx, n->length);
	dx__lazy_recheck(z, n);
	memcpy(copy, z->doc.data + n->body, n->length);
	(void) duk_buffer_to_string(z->ctx, -1);
}

/* Pushes a view (Proxy) over the container n, element i of parent (NULL
 * for the root). */
static void dx__push_view(duk_context *ctx, duk_idx_t session, const duk_ext_ob_node *n,
                          const duk_ext_ob_node *parent, uint32_t i) {
	if (n->type == DUK_EXT_OB_ARRAY) {
		duk_push_array(ctx);
	} else {
		duk_push_object(ctx);
	}
	duk_dup(ctx, session);
	duk_put_prop_string(ctx, -2, DX__T_SESSION);
	if (n->is_row) {
		/* a table row: found again as row i of the table */
		duk_push_uint(ctx, parent->offset);
		duk_put_prop_string(ctx, -2, DX__T_OFFSET);
		duk_push_uint(ctx, i + 1);
		duk_put_prop_string(ctx, -2, DX__T_ROW);
	} else {
		duk_push_uint(ctx, n->offset);
		duk_put_prop_string(ctx, -2, DX__T_OFFSET);
	}
	duk_push_global_stash(ctx);
	duk_get_prop_string(ctx, -1, DX_OB_STASH_HANDLER);
	duk_remove(ctx, -2);
	duk_push_proxy(ctx, 0);
	/* Duktape 2.7 has no defineProperty trap: Object.defineProperty lands
	 * on the Proxy object itself; sealing it makes that a TypeError. */
	duk_seal(ctx, -1);
}

/* Pushes the value of node n, element i of parent (NULL for the root):
 * leaves by value, containers, dates and binaries memoised by offset.
 * Reloads the document. */
static void dx__push_value(dx__lazy *z, duk_ext_ob_node *n, const duk_ext_ob_node *parent, uint32_t i) {
	duk_context *ctx = z->ctx;
	if (dx_ob_push_leaf(ctx, n)) {
		return;
	}
	switch (n->type) {
	case DUK_EXT_OB_STRING:
		dx__push_string(z, n);
		return;
	default:
		break;
	}
	duk_get_prop_string(ctx, z->session, "memo");
	if (duk_get_prop_index(ctx, -1, n->offset)) {
		duk_remove(ctx, -2);
		return;
	}
	duk_pop(ctx);
	if (n->is_row && n->type == DUK_EXT_OB_ARRAY) {
		/* a row of a number matrix (at most 255 numbers) has no node to
		 * view: decode it, reading the bytes after the allocation */
		double vals[255];
		uint32_t len = n->length;
		duk_ext_ob_node e;
		duk_ext_ob_error err;
		duk_idx_t arr = duk_push_array(ctx);
		dx__lazy_doc(z);
		if (len > 255 || (uint64_t) n->body + (uint64_t) dx_ob_num_field(n->sub).width * len > z->doc.end) {
			dx__changed(ctx);
		}
		for (i = 0; i < len; i++) {
			dx__check(z, duk_ext_ob_index(&z->doc, n, i, &e, &err), &err);
			vals[i] = e.number;
		}
		for (i = 0; i < len; i++) {
			duk_push_number(ctx, vals[i]);
			duk_put_prop_index(ctx, arr, i);
		}
	} else if (n->type == DUK_EXT_OB_DATE) {
		dx_ob_push_date(ctx, n->number);
	} else if (n->type == DUK_EXT_OB_BINARY) {
		uint8_t *bytes = dx_ob_push_binary(ctx, n);
		dx__lazy_recheck(z, n);
		memcpy(bytes, z->doc.data + n->body, n->length);
	} else {
		dx__push_view(ctx, z->session, n, parent, i);
	}
	duk_dup_top(ctx);
	duk_put_prop_index(ctx, -3, n->offset);
	duk_remove(ctx, -2);
}

/* Opens the current bytes and loads the view's container into *n. */
static void dx__lazy_self(dx__lazy *z, duk_ext_ob_node *n) {
	duk_ext_ob_node table;
	duk_ext_ob_error err;
	dx__lazy_doc(z);
	if (z->row == 0) {
		dx__lazy_node(z, z->offset, n);
		return;
	}
	dx__lazy_node(z, z->offset, &table);
	if (table.type != DUK_EXT_OB_ARRAY || table.keys == 0 || z->row > table.length) {
		dx__changed(z->ctx);
	}
	dx__check(z, duk_ext_ob_index(&z->doc, &table, z->row - 1, n, &err), &err);
}

/* Trap entry: target at index 0.  Pushes the session and loads the
 * container node of this view into *n. */
static void dx__enter(duk_context *ctx, dx__lazy *z, duk_ext_ob_node *n) {
	z->ctx = ctx;
	duk_get_prop_string(ctx, 0, DX__T_OFFSET);
	z->offset = (uint32_t) duk_get_uint(ctx, -1);
	duk_get_prop_string(ctx, 0, DX__T_ROW);
	z->row = (uint32_t) duk_get_uint(ctx, -1);
	duk_pop_2(ctx);
	duk_get_prop_string(ctx, 0, DX__T_SESSION);
	z->session = duk_get_top_index(ctx);
	dx__lazy_self(z, n);
}

/* Index value of a canonical array index key, or -1. */
static double dx__array_index(const char *s, duk_size_t len) {
	double v = 0;
	duk_size_t i;
	if (len == 0 || len > 10 || (len > 1 && s[0] == '0')) {
		return -1;
	}
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return -1;
		}
		v = v * 10 + (s[i] - '0');
	}
	return v < 4294967295.0 ? v : -1;
}

/* Finds the key at index 1 in container c: 1 with *value set (and *index,
 * for an array element), 0 when the view has no such key, 2 for an array's
 * length. */
static int dx__lookup(dx__lazy *z, const duk_ext_ob_node *c, duk_ext_ob_node *value, uint32_t *index) {
	duk_context *ctx = z->ctx;
	duk_ext_ob_error err;
	duk_size_t len;
	const char *key;
	int rc;
	if (duk_is_number(ctx, 1)) {
		duk_to_string(ctx, 1);
	}
	if (!dx_is_text(ctx, 1)) {
		return 0;
	}
	key = duk_get_lstring(ctx, 1, &len);
	if (c->type == DUK_EXT_OB_ARRAY) {
		double i = dx__array_index(key, len);
		if (len == 6 && memcmp(key, "length", 6) == 0) {
			return 2;
		}
		if (i < 0 || i >= c->length) {
			return 0;
		}
		*index = (uint32_t) i;
		rc = duk_ext_ob_index(&z->doc, c, *index, value, &err);
	} else {
		rc = duk_ext_ob_find(&z->doc, c, (const uint8_t *) key, len, NULL, value, &err);
	}
	dx__check(z, rc, &err);
	return rc == DUK_EXT_OB_OK;
}

/* get(target, key, receiver) */
static duk_ret_t dx__trap_get(duk_context *ctx) {
	dx__lazy z;
	duk_ext_ob_node c, value;
	uint32_t i = 0;
	dx__enter(ctx, &z, &c);
	switch (dx__lookup(&z, &c, &value, &i)) {
	case 1:
		dx__push_value(&z, &value, &c, i);
		return 1;
	case 2:
		duk_push_uint(ctx, c.length);
		return 1;
	default:
		duk_dup(ctx, 1);
		duk_get_prop(ctx, 0);
		return 1;
	}
}

/* has(target, key) */
static duk_ret_t dx__trap_has(duk_context *ctx) {
	dx__lazy z;
	duk_ext_ob_node c, value;
	uint32_t i;
	dx__enter(ctx, &z, &c);
	if (dx__lookup(&z, &c, &value, &i) != 0) {
		duk_push_true(ctx);
	} else {
		duk_dup(ctx, 1);
		duk_push_boolean(ctx, duk_has_prop(ctx, 0));
	}
	return 1;
}

/* Pushes key i of container c (an index string for arrays). */
static void dx__push_key(dx__lazy *z, const duk_ext_ob_node *c, uint32_t i) {
	duk_ext_ob_node key;
	duk_ext_ob_error err;
	if (c->type == DUK_EXT_OB_ARRAY) {
		duk_push_uint(z->ctx, i);
		duk_to_string(z->ctx, -1);
		return;
	}
	dx__check(z, duk_ext_ob_entry(&z->doc, c, i, &key, NULL, &err), &err);
	dx__push_string(z, &key);
}

/* ownKeys(target), also used by Duktape for for-in, Object.keys and
 * JSON.stringify: the keys in order; the first call defines them on the
 * target so Duktape's key filters keep them. */
static duk_ret_t dx__trap_keys(duk_context *ctx) {
	dx__lazy z;
	duk_ext_ob_node c;
	duk_idx_t result;
	uint32_t i, n;
	int keyed;
	dx__enter(ctx, &z, &c);
	n = c.length;
	keyed = duk_get_prop_string(ctx, 0, DX__T_KEYED);
	duk_pop(ctx);
	result = duk_push_array(ctx);
	for (i = 0; i < n; i++) {
		dx__lazy_self(&z, &c);
		if (c.length != n) {
			dx__changed(ctx);
		}
		dx__push_key(&z, &c, i);
		if (!keyed) {
			duk_dup_top(ctx);
			duk_push_undefined(ctx);
			duk_def_prop(ctx, 0, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_ATTR_WEC);
		}
		duk_put_prop_index(ctx, result, i);
	}
	if (c.type == DUK_EXT_OB_ARRAY) {
		duk_push_string(ctx, "length");
		duk_put_prop_index(ctx, result, n);
	}
	if (!keyed) {
		duk_push_true(ctx);
		duk_put_prop_string(ctx, 0, DX__T_KEYED);
	}
	return 1;
}

/* set, deleteProperty */
static duk_ret_t dx__trap_write(duk_context *ctx) {
	return duk_type_error(ctx, "ObjectBuffer view is read-only");
}

static const dx_method dx__handler_traps[] = {
	{ "get", dx__trap_get, 3, 0 },
	{ "has", dx__trap_has, 2, 0 },
	{ "ownKeys", dx__trap_keys, 1, 0 },
	{ "set", dx__trap_write, 4, 0 },
	{ "deleteProperty", dx__trap_write, 2, 0 },
	{ NULL, NULL, 0, 0 }
};

void dx_ob_init_lazy(duk_context *ctx) {
	duk_push_global_stash(ctx);
	duk_push_bare_object(ctx);
	dx_put_methods(ctx, -1, dx__handler_traps);
	/* every trap looks the row key up, and most views lack it: a property
	 * named by it keeps the key interned, so the lookup allocates nothing */
	duk_push_true(ctx);
	duk_put_prop_string(ctx, -2, DX__T_ROW);
	duk_put_prop_string(ctx, -2, DX_OB_STASH_HANDLER);
	duk_pop(ctx);
}

/* open(bytes) -> the value: a view for a container, the value itself otherwise */
duk_ret_t dx_ob_open(duk_context *ctx) {
	dx__lazy z;
	duk_ext_ob_node root;
	duk_ext_ob_error err;
	duk_ext_view view;
	duk_set_top(ctx, 1);
	dx_require_view(ctx, 0, &view, "ObjectBuffer.open: argument");
	z.ctx = ctx;
	z.session = duk_push_bare_object(ctx);
	duk_dup(ctx, 0);
	duk_put_prop_string(ctx, -2, "bytes");
	duk_push_bare_object(ctx);
	duk_put_prop_string(ctx, -2, "memo");
	dx__lazy_doc(&z);
	if (duk_ext_ob_root(&z.doc, &root, &err) != DUK_EXT_OB_OK) {
		return dx_ob_throw_format(ctx, &err);
	}
	dx__push_value(&z, &root, NULL, 0);
	return 1;
}
