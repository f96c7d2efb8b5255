/*
 * objectbuffer_encode: ObjectBuffer.encode(value, options) -> Uint8Array,
 * through the engine-free builder (duk_ext/dx_objbuf_write.c); format in
 * duk_ext/objbuf_format.md.
 *
 * The value is walked depth first in slot order: the first time a container
 * is reached it is written, later it is a reference, so identity and cycles
 * survive.  Identity, string dedup and shared key layouts use hash tables
 * keyed by Duktape heap pointers, kept in Duktape buffers (no leak on a
 * throw); every hashed value is also held in an array so its address cannot
 * be reused while encoding (getters and finalizers run user code).  Arrays
 * of equal-length number arrays become one MATRIX node, arrays of plain
 * objects with the same keys one TABLE node; if one of their rows is met
 * again (or a row's keys change while encoding), the encoding starts over
 * without them.
 */
#include <string.h>

#include "dx_bindings.h"
#include "dx_bridge.h"
#include "dx_objectbuffer.h"

typedef struct {
	void *key;
	uint32_t slot;
} dx__pentry;

/* ptab slot of a matrix or table row (no node of its own; 1 is never a node offset) */
#define DX__ROW_SLOT 1u
/* e->failed value asking dx__ob_encode to start over without matrices and tables */
static const char dx__restart[] = "restart";

typedef struct {
	uint32_t hash;
	uint32_t keys;
} dx__lentry;

typedef struct {
	duk_context *ctx;
	duk_ext_ob_builder b;
	duk_idx_t out_idx, ptab_idx, ltab_idx, hold_idx, path_idx, nums_idx, rowkeys_idx;
	dx__pentry *ptab;      /* heap pointer -> slot: containers (identity) and strings (dedup) */
	dx__lentry *ltab;      /* key slots hash -> shared layout offset */
	uint32_t ptab_cap, ptab_n, ltab_cap, ltab_n, hold_n, path_n;
	uint32_t threshold;    /* objects with at least this many keys get a sorted index */
	int dedup, layouts, skip;
	int rows;              /* arrays of number arrays / of same-layout objects become one
	                        * MATRIX / TABLE node whose rows have no node of their own */
	unsigned depth;
	const char *failed;    /* set when an unsupported value is found: its kind */
} dx__enc;

#define DX__STR2(x) #x
#define DX__STR(x) DX__STR2(x)

/* Throws the RangeError "ObjectBuffer.encode: <what>". */
static DUK_NORETURN(void dx__range_error(duk_context *ctx, const char *what));
static void dx__range_error(duk_context *ctx, const char *what) {
	(void) duk_range_error(ctx, "ObjectBuffer.encode: %s", what);
}

static void *dx__out_realloc(void *udata, void *ptr, size_t size) {
	dx__enc *e = (dx__enc *) udata;
	(void) ptr;
	return duk_resize_buffer(e->ctx, e->out_idx, size);
}

static uint32_t dx__hash_ptr(void *p) {
	uint64_t v = (uint64_t) (uintptr_t) p;
	return (uint32_t) ((v >> 3) * 0x9e3779b97f4a7c15ull >> 32);
}

static uint32_t dx__ptab_get(const dx__enc *e, void *key) {
	uint32_t mask = e->ptab_cap - 1, i = dx__hash_ptr(key) & mask;
	for (; e->ptab[i].key != NULL; i = (i + 1) & mask) {
		if (e->ptab[i].key == key) {
			return e->ptab[i].slot;
		}
	}
	return 0;
}

/* Remembers the value at idx (an object or string) with its slot; 0 (and
 * nothing changes) when it is remembered already. */
static int dx__ptab_put(dx__enc *e, duk_idx_t idx, uint32_t slot) {
	duk_context *ctx = e->ctx;
	uint32_t mask, i;
	void *key = duk_get_heapptr(ctx, idx);
	if (2 * (e->ptab_n + 1) > e->ptab_cap) {
		uint32_t old_cap = e->ptab_cap, j;
		dx__pentry *old;
		duk_dup(ctx, e->ptab_idx);
		old = (dx__pentry *) duk_get_buffer(ctx, -1, NULL);
		e->ptab_cap = old_cap * 2;
		e->ptab = (dx__pentry *) dx_ob_new_table(ctx, e->ptab_idx, sizeof(dx__pentry), e->ptab_cap);
		mask = e->ptab_cap - 1;
		for (j = 0; j < old_cap; j++) {
			if (old[j].key != NULL) {
				for (i = dx__hash_ptr(old[j].key) & mask; e->ptab[i].key != NULL; i = (i + 1) & mask) {
				}
				e->ptab[i] = old[j];
			}
		}
		duk_pop(ctx);
	}
	mask = e->ptab_cap - 1;
	for (i = dx__hash_ptr(key) & mask; e->ptab[i].key != NULL; i = (i + 1) & mask) {
		if (e->ptab[i].key == key) {
			return 0;
		}
	}
	e->ptab[i].key = key;
	e->ptab[i].slot = slot;
	e->ptab_n++;
	if (slot != DX__ROW_SLOT) {
		/* a matrix row is not held: should it die and its address come
		 * back, the newcomer only makes the encoding start over */
		duk_dup(ctx, idx);
		dx_bridge_def_index_wec(ctx, e->hold_idx, e->hold_n++);
	}
	return 1;
}

/* The shared layout for these key slots, written on first use. */
static uint32_t dx__layout(dx__enc *e, const uint32_t *keys, uint32_t n) {
	uint32_t h = 2166136261u, mask, i, k;
	for (k = 0; k < n; k++) {
		h = (h ^ keys[k]) * 16777619u;
	}
	mask = e->ltab_cap - 1;
	for (i = h & mask; e->ltab[i].keys != 0; i = (i + 1) & mask) {
		if (e->ltab[i].hash == h && duk_ext_ob_keys_match(&e->b, e->ltab[i].keys, keys, n)) {
			return e->ltab[i].keys;
		}
	}
	k = duk_ext_ob_put_keys(&e->b, keys, n, n >= e->threshold);
	if (2 * (e->ltab_n + 1) > e->ltab_cap) {
		uint32_t old_cap = e->ltab_cap, j;
		dx__lentry *old;
		duk_dup(e->ctx, e->ltab_idx);
		old = (dx__lentry *) duk_get_buffer(e->ctx, -1, NULL);
		e->ltab_cap = old_cap * 2;
		e->ltab = (dx__lentry *) dx_ob_new_table(e->ctx, e->ltab_idx, sizeof(dx__lentry), e->ltab_cap);
		mask = e->ltab_cap - 1;
		for (j = 0; j < old_cap; j++) {
			if (old[j].keys != 0) {
				for (i = old[j].hash & mask; e->ltab[i].keys != 0; i = (i + 1) & mask) {
				}
				e->ltab[i] = old[j];
			}
		}
		duk_pop(e->ctx);
		for (i = h & mask; e->ltab[i].keys != 0; i = (i + 1) & mask) {
		}
	}
	e->ltab[i].hash = h;
	e->ltab[i].keys = k;
	e->ltab_n++;
	return k;
}

/* 1 for a buffer value: plain buffer, ArrayBuffer, typed array (Float16Array,
 * a Proxy over its store, included), DataView, Node Buffer. */
static int dx__is_view(duk_context *ctx, duk_idx_t idx) {
	duk_ext_view view;
	return duk_ext_get_view(ctx, idx, &view);
}

/* Kind of an unsupported value, or NULL when the format holds it. */
static const char *dx__unsupported(duk_context *ctx, duk_idx_t idx) {
	double t;
	switch (duk_get_type(ctx, idx)) {
	case DUK_TYPE_STRING:
		return duk_is_symbol(ctx, idx) ? "symbol" : NULL;
	case DUK_TYPE_LIGHTFUNC:
		return "function";
	case DUK_TYPE_POINTER:
		return "pointer";
	case DUK_TYPE_OBJECT:
		if (dx__is_view(ctx, idx) || dx_bridge_object_class(ctx, idx, &t) != DX_CLASS_OTHER) {
			return NULL;
		}
		return duk_is_function(ctx, idx) ? "function" : "object";
	default:
		return NULL;
	}
}

/* Records one step of the path to an unsupported value (innermost first). */
static uint32_t dx__fail_at(dx__enc *e, duk_idx_t segment_idx) {
	duk_dup(e->ctx, segment_idx);
	duk_put_prop_index(e->ctx, e->path_idx, e->path_n++);
	return 0;
}

static uint32_t dx__enc_string(dx__enc *e, duk_idx_t idx, int dedup) {
	duk_size_t len;
	const char *s;
	uint32_t slot;
	if (dedup && (slot = dx__ptab_get(e, duk_get_heapptr(e->ctx, idx))) != 0) {
		return slot;
	}
	s = duk_get_lstring(e->ctx, idx, &len);
	slot = duk_ext_ob_put_string(&e->b, (const uint8_t *) s, len);
	if (dedup) {
		dx__ptab_put(e, idx, slot);
	}
	return slot;
}

static uint32_t dx__enc_binary(dx__enc *e, duk_idx_t idx) {
	duk_ext_view view;
	uint8_t *payload;
	size_t len;
	uint32_t slot;
	int elem;
	(void) duk_ext_get_view(e->ctx, idx, &view);
	elem = view.kind == DUK_EXT_KIND_TYPEDARRAY ? view.elem_type : 0;
	len = view.byte_length;
	slot = duk_ext_ob_put_binary(&e->b, view.kind, elem, len, &payload);
	if (payload != NULL) {
		/* growing the output can run finalizers: take the view again */
		(void) duk_ext_get_view(e->ctx, idx, &view);
		if (view.byte_length < len) {
			memset(payload + view.byte_length, 0, len - view.byte_length);
			len = view.byte_length;
		}
		if (len > 0) {
			memcpy(payload, view.data, len);
		}
	}
	dx__ptab_put(e, idx, slot);
	return slot;
}

static uint32_t dx__enc_value(dx__enc *e, duk_idx_t idx);

/* Room for n doubles in the shared number scratch: nothing recurses while
 * it is in use. */
static double *dx__nums(dx__enc *e, duk_size_t n) {
	duk_size_t have;
	double *nums = (double *) duk_get_buffer(e->ctx, e->nums_idx, &have);
	if (have < n * sizeof(double)) {
		nums = (double *) duk_resize_buffer(e->ctx, e->nums_idx, n * sizeof(double));
	}
	return nums;
}

/* An array of n >= 2 arrays of m (1..255) numbers each, as one MATRIX node;
 * 0 when the array is not one.  The rows are remembered with DX__ROW_SLOT:
 * a row met before or again restarts the encoding without matrices (one
 * identity probe per row, the cost that dominates on big matrices). */
static uint32_t dx__enc_matrix(dx__enc *e, duk_idx_t idx, duk_size_t n) {
	duk_context *ctx = e->ctx;
	duk_size_t m, r;
	uint32_t slot;
	double *nums;
	duk_get_prop_index(ctx, idx, 0);
	m = duk_is_array(ctx, -1) ? duk_get_length(ctx, -1) : 0;
	duk_pop(ctx);
	if (m == 0 || m > 255 || n > DUK_EXT_OB_MAX_SIZE / 8 / m) {
		return 0;
	}
	nums = dx__nums(e, n * m);
	for (r = 0; r < n; r++) {
		int ok;
		duk_get_prop_index(ctx, idx, (duk_uarridx_t) r);
		ok = dx_bridge_array_numbers(ctx, -1, nums + r * m, m);
		duk_pop(ctx);
		if (!ok) {
			return 0;
		}
	}
	slot = duk_ext_ob_put_number_matrix(&e->b, nums, n, m);
	dx__ptab_put(e, idx, slot);
	for (r = 0; r < n; r++) {
		duk_get_prop_index(ctx, idx, (duk_uarridx_t) r);
		if (!dx__ptab_put(e, duk_get_top_index(ctx), DX__ROW_SLOT)) {
			e->failed = dx__restart; /* a row met before, or the same row twice */
			return 0;
		}
		duk_pop(ctx);
	}
	return slot;
}

/* Keys of the plain object at idx in the shared key scratch (nothing
 * recurses while it is in use): their count, or -1 (see dx_bridge_object_keys). */
static int dx__row_keys(dx__enc *e, duk_idx_t idx, void ***keys) {
	*keys = (void **) duk_get_buffer(e->ctx, e->rowkeys_idx, NULL);
	return dx_bridge_object_keys(e->ctx, idx, *keys, 255);
}

/* 1 when the m keys pushed at first are keys[0..m). */
static int dx__same_keys(duk_context *ctx, duk_idx_t first, void **keys, int m) {
	int i;
	for (i = 0; i < m; i++) {
		if (duk_get_heapptr(ctx, first + i) != keys[i]) {
			return 0;
		}
	}
	return 1;
}

/* The row at idx is a plain object whose keys are the m keys pushed at first. */
static int dx__row_fits(dx__enc *e, duk_idx_t idx, duk_idx_t first, int m) {
	void **keys;
	double t;
	return dx_bridge_object_class(e->ctx, idx, &t) == DX_CLASS_PLAIN && dx__row_keys(e, idx, &keys) == m &&
	       dx__same_keys(e->ctx, first, keys, m);
}

/* An array of n >= 1 plain objects, all with the same 1..255 own enumerable
 * keys in the same order, as one TABLE node; 0 when the array is not one.
 * Keys are compared first without reading any value (no getter runs).  A
 * row met before or again, or whose keys changed by the time its values are
 * read (user code), restarts the encoding without tables. */
static uint32_t dx__enc_table(dx__enc *e, duk_idx_t idx, duk_size_t n) {
	duk_context *ctx = e->ctx;
	duk_idx_t first = duk_get_top(ctx), row;
	uint32_t r, slot, *keys;
	void **found;
	int m, i;
	double t;
	duk_get_prop_index(ctx, idx, 0);
	m = dx_bridge_object_class(ctx, -1, &t) == DX_CLASS_PLAIN ? dx__row_keys(e, -1, &found) : -1;
	if (m <= 0) {
		duk_pop(ctx);
		return 0;
	}
	duk_require_stack(ctx, 2 * m + 4);
	for (i = 0; i < m; i++) {
		duk_push_heapptr(ctx, found[i]); /* held by the row until it is removed */
	}
	duk_remove(ctx, first);
	for (r = 0; r < n; r++) {
		int ok;
		duk_get_prop_index(ctx, idx, r);
		ok = dx__row_fits(e, first + m, first, m);
		duk_pop(ctx);
		if (!ok) {
			duk_set_top(ctx, first);
			return 0;
		}
	}
	keys = (uint32_t *) duk_push_fixed_buffer(ctx, (duk_size_t) m * 4);
	for (i = 0; i < m; i++) {
		keys[i] = dx__enc_string(e, first + i, 1);
	}
	slot = duk_ext_ob_begin_table(&e->b, dx__layout(e, keys, (uint32_t) m), n);
	dx__ptab_put(e, idx, slot);
	e->depth++;
	row = duk_get_top(ctx);
	for (r = 0; r < n; r++) {
		duk_get_prop_index(ctx, idx, r);
		if (!dx__row_fits(e, row, first, m) || !dx__ptab_put(e, row, DX__ROW_SLOT)) {
			e->failed = dx__restart; /* changed keys, or an object met before or twice */
			return 0;
		}
		for (i = 0; i < m; i++) { /* values first: getters run here */
			duk_get_prop_heapptr(ctx, row, duk_get_heapptr(ctx, first + i));
		}
		if (dx__row_keys(e, row, &found) != m || !dx__same_keys(ctx, first, found, m)) {
			e->failed = dx__restart;
			return 0;
		}
		for (i = 0; i < m; i++) {
			uint32_t child = dx__enc_value(e, row + 1 + i);
			if (e->failed != NULL) {
				dx__fail_at(e, first + i);
				duk_push_uint(ctx, (duk_uint_t) r);
				return dx__fail_at(e, -1);
			}
			duk_ext_ob_set_slot(&e->b, slot, (size_t) r * (size_t) m + (size_t) i, child);
		}
		duk_set_top(ctx, row);
	}
	e->depth--;
	duk_set_top(ctx, first);
	return slot;
}

/* A JS array: packed numbers when every element is a number, a matrix when
 * every element is an array of as many numbers, a table when every element
 * is a plain object with the same keys, else slots. */
static uint32_t dx__enc_array(dx__enc *e, duk_idx_t idx) {
	duk_context *ctx = e->ctx;
	duk_size_t n = duk_get_length(ctx, idx), i;
	uint32_t slot, child;
	double *nums;
	if (n > DUK_EXT_OB_MAX_SIZE / 4) {
		dx__range_error(ctx, "array too long");
	}
	if (e->rows && n >= 2 && ((slot = dx__enc_matrix(e, idx, n)) != 0 || e->failed != NULL)) {
		return slot;
	}
	if (e->rows && e->layouts && !e->skip && n >= 1 && ((slot = dx__enc_table(e, idx, n)) != 0 || e->failed != NULL)) {
		return slot;
	}
	if (n > 0 && dx_bridge_array_numbers(ctx, idx, (nums = dx__nums(e, n)), n)) {
		slot = duk_ext_ob_put_numbers(&e->b, nums, n);
		dx__ptab_put(e, idx, slot);
		return slot;
	}
	slot = duk_ext_ob_begin_array(&e->b, n);
	dx__ptab_put(e, idx, slot);
	for (i = 0; i < n; i++) {
		duk_get_prop_index(ctx, idx, (duk_uarridx_t) i);
		child = dx__enc_value(e, duk_get_top_index(ctx));
		if (e->failed != NULL) {
			duk_push_uint(ctx, (duk_uint_t) i);
			return dx__fail_at(e, -1);
		}
		duk_ext_ob_set_slot(&e->b, slot, i, child);
		duk_pop(ctx);
	}
	return slot;
}

/* Pushes element j of an object's collected [key, value, ...] pairs: from
 * the value stack after base, or from the array at arr once there were too
 * many for the value stack (Duktape caps it at a million entries). */
static void dx__push_pair(duk_context *ctx, duk_idx_t base, duk_idx_t arr, uint32_t j) {
	if (arr != 0) {
		duk_get_prop_index(ctx, arr, j);
	} else {
		duk_dup(ctx, base + 1 + (duk_idx_t) j);
	}
}

#define DX__STACK_PAIRS 512

/* A plain object: own enumerable string keys in order; values are read
 * first (getters run here), keys are written as a (shared) layout. */
static uint32_t dx__enc_object(dx__enc *e, duk_idx_t idx) {
	duk_context *ctx = e->ctx;
	duk_idx_t base = duk_get_top(ctx), arr = 0;
	uint32_t n = 0, i, j, slot, layout, *keys;
	duk_enum(ctx, idx, DUK_ENUM_OWN_PROPERTIES_ONLY);
	for (;;) {
		duk_require_stack(ctx, 3);
		if (!duk_next(ctx, base, 1)) {
			break;
		}
		if (e->skip && dx__unsupported(ctx, -1) != NULL) {
			duk_pop_2(ctx);
			continue;
		}
		if (arr != 0) {
			duk_put_prop_index(ctx, arr, 2 * n + 1);
			duk_put_prop_index(ctx, arr, 2 * n);
		}
		if (++n > DUK_EXT_OB_MAX_SIZE / 8) {
			dx__range_error(ctx, "object too big");
		}
		if (arr == 0 && n == DX__STACK_PAIRS) {
			arr = duk_push_bare_array(ctx);
			for (j = 0; j < 2 * n; j++) {
				duk_dup(ctx, base + 1 + (duk_idx_t) j);
				duk_put_prop_index(ctx, arr, j);
			}
		}
	}
	keys = (uint32_t *) duk_push_fixed_buffer(ctx, (duk_size_t) n * 4);
	for (i = 0; i < n; i++) {
		dx__push_pair(ctx, base, arr, 2 * i);
		keys[i] = dx__enc_string(e, duk_get_top_index(ctx), e->dedup || e->layouts);
		duk_pop(ctx);
	}
	if (n == 0) {
		layout = 0; /* an empty object needs no layout */
	} else if (e->layouts) {
		layout = dx__layout(e, keys, n);
	} else {
		layout = duk_ext_ob_put_keys(&e->b, keys, n, n >= e->threshold);
	}
	slot = duk_ext_ob_begin_object(&e->b, layout);
	dx__ptab_put(e, idx, slot);
	for (i = 0; i < n; i++) {
		uint32_t child;
		dx__push_pair(ctx, base, arr, 2 * i + 1);
		child = dx__enc_value(e, duk_get_top_index(ctx));
		if (e->failed != NULL) {
			dx__push_pair(ctx, base, arr, 2 * i);
			return dx__fail_at(e, -1);
		}
		duk_ext_ob_set_slot(&e->b, slot, i, child);
		duk_pop(ctx);
	}
	duk_set_top(ctx, base);
	return slot;
}

/* The slot for the value at idx (an absolute index); 0 with e->failed set
 * when it holds an unsupported value. */
static uint32_t dx__enc_value(dx__enc *e, duk_idx_t idx) {
	duk_context *ctx = e->ctx;
	uint32_t slot;
	double t;
	switch (duk_get_type(ctx, idx)) {
	case DUK_TYPE_UNDEFINED:
		return duk_ext_ob_slot_undefined();
	case DUK_TYPE_NULL:
		return duk_ext_ob_slot_null();
	case DUK_TYPE_BOOLEAN:
		return duk_ext_ob_slot_bool(duk_get_boolean(ctx, idx));
	case DUK_TYPE_NUMBER:
		return duk_ext_ob_put_number(&e->b, duk_get_number(ctx, idx));
	case DUK_TYPE_STRING:
		if (!duk_is_symbol(ctx, idx)) {
			return dx__enc_string(e, idx, e->dedup);
		}
		break;
	case DUK_TYPE_BUFFER:
	case DUK_TYPE_OBJECT:
		slot = dx__ptab_get(e, duk_get_heapptr(ctx, idx));
		if (slot == DX__ROW_SLOT) {
			/* a matrix or table row met again: it has no node to refer
			 * to; encode again without matrices and tables */
			e->failed = dx__restart;
			return 0;
		}
		if (slot != 0) {
			return duk_ext_ob_slot_ref(slot);
		}
		if (dx__is_view(ctx, idx)) {
			return dx__enc_binary(e, idx);
		}
		if (e->depth >= DUK_EXT_OB_MAX_DEPTH) {
			dx__range_error(ctx, "nesting deeper than " DX__STR(DUK_EXT_OB_MAX_DEPTH));
		}
		duk_require_stack(ctx, 8);
		switch (dx_bridge_object_class(ctx, idx, &t)) {
		case DX_CLASS_PLAIN:
			e->depth++;
			slot = dx__enc_object(e, idx);
			e->depth--;
			return slot;
		case DX_CLASS_ARRAY:
			e->depth++;
			slot = dx__enc_array(e, idx);
			e->depth--;
			return slot;
		case DX_CLASS_DATE:
			slot = duk_ext_ob_put_date(&e->b, t);
			dx__ptab_put(e, idx, slot);
			return slot;
		default:
			break;
		}
		break;
	default:
		break;
	}
	if (e->skip) {
		return duk_ext_ob_slot_undefined();
	}
	e->failed = dx__unsupported(ctx, idx);
	return 0;
}

/* Appends the path "$.a[3]" from the recorded steps (innermost first). */
static void dx__push_path(duk_context *ctx, duk_idx_t path_idx, uint32_t n) {
	duk_idx_t start = duk_get_top(ctx);
	duk_push_string(ctx, "$");
	while (n-- > 0) {
		duk_size_t len, i;
		const char *s;
		int ident = 1;
		duk_get_prop_index(ctx, path_idx, n);
		if (duk_is_number(ctx, -1)) {
			duk_push_sprintf(ctx, "[%lu]", (unsigned long) duk_get_uint(ctx, -1));
			duk_remove(ctx, -2);
			continue;
		}
		s = duk_get_lstring(ctx, -1, &len);
		for (i = 0; i < len && ident; i++) {
			char c = s[i];
			ident = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
			        (i > 0 && c >= '0' && c <= '9');
		}
		if (ident && len > 0) {
			duk_push_string(ctx, ".");
			duk_swap_top(ctx, -2);
		} else {
			duk_json_encode(ctx, -1);
			duk_push_string(ctx, "[");
			duk_swap_top(ctx, -2);
			duk_push_string(ctx, "]");
		}
	}
	duk_concat(ctx, duk_get_top(ctx) - start);
}

/* Reads the options object at idx (undefined for defaults). */
static void dx__enc_options(dx__enc *e, duk_idx_t idx) {
	duk_context *ctx = e->ctx;
	e->threshold = 16;
	e->dedup = 1;
	e->layouts = 1;
	e->skip = 0;
	if (duk_is_undefined(ctx, idx)) {
		return;
	}
	if (!duk_is_object(ctx, idx)) {
		(void) duk_type_error(ctx, "ObjectBuffer.encode: options must be an object");
	}
	if (duk_get_prop_string(ctx, idx, "indexThreshold") && !duk_is_undefined(ctx, -1)) {
		double t = duk_is_boolean(ctx, -1) ? (duk_get_boolean(ctx, -1) ? 0 : -1) : duk_to_number(ctx, -1);
		e->threshold = t != t || t < 0 || t > 4294967295.0 ? 0xffffffffu : (uint32_t) t;
	}
	if (duk_get_prop_string(ctx, idx, "dedup") && !duk_is_undefined(ctx, -1)) {
		e->dedup = duk_to_boolean(ctx, -1);
	}
	if (duk_get_prop_string(ctx, idx, "sharedLayouts") && !duk_is_undefined(ctx, -1)) {
		e->layouts = duk_to_boolean(ctx, -1);
	}
	if (duk_get_prop_string(ctx, idx, "skipUnsupported") && !duk_is_undefined(ctx, -1)) {
		e->skip = duk_to_boolean(ctx, -1);
	}
	duk_pop_n(ctx, 4);
}

/* encode(value, options) -> Uint8Array */
duk_ret_t dx_ob_encode(duk_context *ctx) {
	dx__enc e;
	uint32_t root;
	int rows = 1;
	for (;;) {
		memset(&e, 0, sizeof e);
		e.ctx = ctx;
		dx__enc_options(&e, 1);
		e.rows = rows;
		duk_set_top(ctx, 2);
		e.out_idx = duk_get_top(ctx);
		duk_push_dynamic_buffer(ctx, 0);
		e.ptab_cap = 64;
		e.ptab_idx = duk_get_top(ctx);
		e.ptab = (dx__pentry *) duk_push_fixed_buffer(ctx, sizeof(dx__pentry) * e.ptab_cap);
		e.ltab_cap = 16;
		e.ltab_idx = duk_get_top(ctx);
		e.ltab = (dx__lentry *) duk_push_fixed_buffer(ctx, sizeof(dx__lentry) * e.ltab_cap);
		e.hold_idx = duk_push_bare_array(ctx);
		e.path_idx = duk_push_bare_array(ctx);
		e.nums_idx = duk_get_top(ctx);
		duk_push_dynamic_buffer(ctx, 0);
		e.rowkeys_idx = duk_get_top(ctx);
		duk_push_fixed_buffer(ctx, 255 * sizeof(void *));
		duk_ext_ob_builder_init(&e.b, dx__out_realloc, &e);
		root = dx__enc_value(&e, 0);
		if (e.failed != dx__restart || !rows) {
			break;
		}
		rows = 0;
	}
	if (e.failed != NULL) {
		dx__push_path(ctx, e.path_idx, e.path_n);
		return duk_type_error(ctx, "ObjectBuffer.encode: unsupported value (%s) at %s", e.failed,
		                      duk_get_string(ctx, -1));
	}
	if (duk_ext_ob_finish(&e.b, root) != DUK_EXT_OB_OK) {
		dx__range_error(ctx, duk_ext_ob_strerror(e.b.status));
	}
	duk_resize_buffer(ctx, e.out_idx, e.b.len);
	duk_push_buffer_object(ctx, e.out_idx, 0, e.b.len, DUK_BUFOBJ_UINT8ARRAY);
	return 1;
}

