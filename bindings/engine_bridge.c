/*
 * engine_bridge: the only file that knows Duktape's internals.
 *
 * It is compiled in one translation unit with the engine source that Debian's
 * duktape-dev ships (duktape.c), so it can read duk_hbufobj (element type,
 * offset, length, underlying buffer) directly.  Everything else in duk_ext
 * uses the public Duktape API plus the functions declared in dx_bridge.h.
 * Pinned to Duktape 2.7.0: the struct layouts read here change between
 * releases.
 *
 * Buffer states kept here (see dx_bridge.h for the contract):
 * - detached: every buffer object over the detached bytes points at a
 *   zero-length fixed buffer marked with DX__HBUFFER_FLAG_DETACHED and has
 *   offset = length = 0, so the engine's own element access sees no bytes.
 * - resizable: the bytes live in a dynamic duk_hbuffer; each view duk_ext
 *   creates over it records its requested extent in a hidden property, and a
 *   resize walks the heap to refit the stored length of those views (the
 *   engine computes a typed array's `length` from it).
 * - Float16Array: a Uint16Array whose is_typedarray field carries
 *   DX__TA_FLOAT16, seen by scripts through a Proxy (bindings/float16.c).
 */
#include "duktape.c"

#if !defined(DUK_VERSION) || (DUK_VERSION != 20700L)
#error "duk_ext's engine bridge is written for Duktape 2.7.0 (DUK_VERSION 20700)"
#endif
#if !defined(DUK_USE_BUFFEROBJECT_SUPPORT)
#error "duk_ext needs an engine built with DUK_USE_BUFFEROBJECT_SUPPORT"
#endif
#if !defined(DUK_USE_REFERENCE_COUNTING) || !defined(DUK_USE_DOUBLE_LINKED_HEAP)
#error "duk_ext's engine bridge needs DUK_USE_REFERENCE_COUNTING and DUK_USE_DOUBLE_LINKED_HEAP"
#endif
#if !defined(DUK_USE_ES6_PROXY)
#error "duk_ext needs an engine built with DUK_USE_ES6_PROXY (Float16Array)"
#endif

#include "duk_ext.h"
#include "dx_bridge.h"

/* Duktape 2.7 uses heap header user flags 0 and 1 of a duk_hbuffer
 * (DYNAMIC, EXTERNAL); flag 2 marks duk_ext's detached-buffer stand-in. */
#define DX__HBUFFER_FLAG_DETACHED DUK_HEAPHDR_USER_FLAG(2)

/* Duktape reads duk_hbufobj.is_typedarray only as a truth value (virtual
 * indices), so bit 1 can mark the Uint16Array behind a Float16Array. */
#define DX__TA_FLOAT16 0x02

/* Hidden key of a view's requested extent over a resizable buffer: its
 * byte length, or -1 when it tracks the buffer's length. */
#define DX__EXTENT_KEY DUK_HIDDEN_SYMBOL("dxExtent")

static int dx__is_detached_buffer(duk_hbuffer *buf) {
	return buf == NULL || DUK_HEAPHDR_CHECK_FLAG_BITS(&buf->hdr, DX__HBUFFER_FLAG_DETACHED);
}

static int dx__is_resizable_buffer(duk_hbuffer *buf) {
	return DUK_HBUFFER_HAS_DYNAMIC(buf) && !DUK_HBUFFER_HAS_EXTERNAL(buf);
}

#if defined(DUK_EXT_USE_FLOAT16)
static int dx__is_float16_target(duk_hobject *obj) {
	return DUK_HOBJECT_IS_BUFOBJ(obj) && (((duk_hbufobj *) obj)->is_typedarray & DX__TA_FLOAT16) != 0;
}
#endif

static duk_ext_view_kind dx__bufobj_kind(duk_hthread *thr, duk_hobject *obj) {
	switch (DUK_HOBJECT_GET_CLASS_NUMBER(obj)) {
	case DUK_HOBJECT_CLASS_ARRAYBUFFER:
		return DUK_EXT_KIND_ARRAYBUFFER;
	case DUK_HOBJECT_CLASS_DATAVIEW:
		return DUK_EXT_KIND_DATAVIEW;
	default:
		break;
	}
	if (duk_hobject_prototype_chain_contains(thr,
	                                         DUK_HOBJECT_GET_PROTOTYPE(thr->heap, obj),
	                                         thr->builtins[DUK_BIDX_NODEJS_BUFFER_PROTOTYPE],
	                                         0 /*ignore_loop*/)) {
		return DUK_EXT_KIND_NODE_BUFFER;
	}
	return DUK_EXT_KIND_TYPEDARRAY;
}

/* Extents are recorded only by the ArrayBuffer feature (dx_bridge_record_extent):
 * a profile without it has none to look up, and no Float16Array proxies. */
#if defined(DUK_EXT_USE_ARRAYBUFFER)
/* The recorded extent of a view over a resizable buffer (key is the interned
 * DX__EXTENT_KEY); returns 0 when the view has none (created by the engine's
 * own paths or by the host). */
static int dx__view_extent(duk_hthread *thr, duk_hbufobj *view, duk_hstring *key, double *extent) {
	duk_tval *tv = duk_hobject_find_entry_tval_ptr(thr->heap, (duk_hobject *) view, key);
	if (tv == NULL || !DUK_TVAL_IS_NUMBER(tv)) {
		return 0;
	}
	*extent = DUK_TVAL_GET_NUMBER(tv);
	return 1;
}

static duk_hstring *dx__push_extent_key(duk_hthread *thr) {
	duk_push_literal(thr, DX__EXTENT_KEY);
	return duk_known_hstring(thr, -1);
}
#endif

duk_bool_t duk_ext_get_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *out) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_tval *tv = duk_get_tval_or_unused(thr, idx);
	duk_hbuffer *buf;
	size_t offset = 0, length, size;
	double extent = 0;
	int has_extent = 0;

	memset(out, 0, sizeof *out);
	if (DUK_TVAL_IS_BUFFER(tv)) {
		buf = DUK_TVAL_GET_BUFFER(tv);
		out->kind = DUK_EXT_KIND_PLAIN_BUFFER;
		length = (size_t) DUK_HBUFFER_GET_SIZE(buf);
	} else if (DUK_TVAL_IS_OBJECT(tv)) {
		duk_hobject *obj = DUK_TVAL_GET_OBJECT(tv);
		duk_hbufobj *view;
#if defined(DUK_EXT_USE_FLOAT16)
		if (DUK_HOBJECT_IS_PROXY(obj)) {
			obj = ((duk_hproxy *) obj)->target;
			if (!dx__is_float16_target(obj)) {
				return 0;
			}
		}
#endif
		if (!DUK_HOBJECT_IS_BUFOBJ(obj)) {
			return 0;
		}
		view = (duk_hbufobj *) obj;
#if defined(DUK_EXT_USE_ARRAYBUFFER)
		if (!dx__is_detached_buffer(view->buf) && dx__is_resizable_buffer(view->buf)) {
			/* Interning the key may run a GC and finalizers: read the
			 * view's fields only after it. */
			duk_hstring *key = dx__push_extent_key(thr);
			has_extent = dx__view_extent(thr, view, key, &extent);
			duk_pop(thr);
		}
#endif
		out->kind = (uint8_t) dx__bufobj_kind(thr, obj);
#if defined(DUK_EXT_USE_FLOAT16)
		out->elem_type = (view->is_typedarray & DX__TA_FLOAT16) ? DUK_EXT_ELEM_FLOAT16 : view->elem_type;
#else
		out->elem_type = view->elem_type;
#endif
		out->shift = view->shift;
		buf = view->buf;
		if (dx__is_detached_buffer(buf)) {
			out->flags = DUK_EXT_VIEW_DETACHED;
			return 1;
		}
		has_extent = has_extent && dx__is_resizable_buffer(buf);
		offset = view->offset;
		length = view->length;
	} else {
		return 0;
	}
	size = (size_t) DUK_HBUFFER_GET_SIZE(buf);
	if (DUK_HBUFFER_HAS_EXTERNAL(buf)) {
		out->flags |= DUK_EXT_VIEW_EXTERNAL;
	}
	if (has_extent) {
		out->flags |= DUK_EXT_VIEW_RESIZABLE;
		if (extent < 0) {
			out->flags |= DUK_EXT_VIEW_LENGTH_TRACKING;
			length = offset <= size ? size - offset : 0;
		} else {
			length = (size_t) extent;
		}
	}
	out->byte_offset = offset;
	if (offset > size || length > size - offset) {
		/* The buffer shrank below the view.  A view with a recorded extent
		 * follows the spec (none of it is usable); any other view keeps
		 * the part that is still inside the buffer, as the engine's own
		 * element access does. */
		out->flags |= DUK_EXT_VIEW_OUT_OF_BOUNDS;
		length = has_extent || offset > size ? 0 : size - offset;
	}
	out->length = length >> out->shift;
	out->byte_length = out->length << out->shift;
	if (out->byte_length > 0) {
		out->data = (uint8_t *) DUK_HBUFFER_GET_DATA_PTR(thr->heap, buf) + offset;
	}
	return 1;
}

/* What follows serves only the ArrayBuffer feature (dx_bridge.h): a profile
 * without it compiles none of it. */
#if defined(DUK_EXT_USE_ARRAYBUFFER)

/* ---- views over one duk_hbuffer, found by walking the heap ---- */

typedef void (*dx__view_fn)(duk_hthread *thr, duk_hbufobj *view, void *arg);

/* Calls fn (when not NULL) on every buffer object of the heap whose bytes are
 * buf and returns how many there were.  `held` is the number of references
 * to buf the caller holds itself (on the value stack): once the objects found
 * account for every other reference, the walk stops early.  fn must not
 * allocate or run user code.  Cost: the first walk for a buffer visits the
 * objects allocated since its oldest view; it moves the views it finds to the
 * head of the heap list, so later walks for the same buffer are short. */
static duk_size_t dx__for_each_view(duk_hthread *thr, duk_hbuffer *buf, duk_size_t held, dx__view_fn fn, void *arg) {
	duk_heaphdr *lists[2];
	duk_size_t found = 0, others = (duk_size_t) DUK_HEAPHDR_GET_REFCOUNT(&buf->hdr) - held;
	int i;
	lists[0] = thr->heap->heap_allocated;
	lists[1] = thr->heap->finalize_list;
	for (i = 0; i < 2; i++) {
		duk_heaphdr *h, *next;
		for (h = lists[i]; h != NULL && found < others; h = next) {
			next = DUK_HEAPHDR_GET_NEXT(thr->heap, h);
			if (DUK_HEAPHDR_GET_TYPE(h) == DUK_HTYPE_OBJECT && DUK_HOBJECT_IS_BUFOBJ((duk_hobject *) h) &&
			    ((duk_hbufobj *) h)->buf == buf) {
				found++;
				if (fn != NULL) {
					fn(thr, (duk_hbufobj *) h, arg);
				}
				if (i == 0) {
					/* Move it to the head of the list (whose order means
					 * nothing to the engine) so that the next walk for
					 * this buffer ends after a few steps. */
					duk_heap_remove_from_heap_allocated(thr->heap, h);
					duk_heap_insert_into_heap_allocated(thr->heap, h);
				}
			}
		}
	}
	return found;
}

static void dx__detach_view(duk_hthread *thr, duk_hbufobj *view, void *arg) {
	duk_hbuffer *stand_in = (duk_hbuffer *) arg;
	duk_hbuffer *old = view->buf;
	view->buf = stand_in;
	DUK_HBUFFER_INCREF(thr, stand_in);
	view->offset = 0;
	view->length = 0;
	DUK_HBUFFER_DECREF_NORZ(thr, old); /* the caller holds old: never zero here */
}

/* Points every buffer object over the buffer at buf_idx (held by the caller
 * on the value stack) at a fresh detached stand-in. */
static void dx__detach_all(duk_hthread *thr, duk_idx_t buf_idx) {
	duk_hbuffer *buf = duk_known_hbuffer(thr, buf_idx);
	duk_hbuffer *stand_in;
	(void) duk_push_fixed_buffer(thr, 0);
	stand_in = duk_known_hbuffer(thr, -1);
	DUK_HEAPHDR_SET_FLAG_BITS(&stand_in->hdr, DX__HBUFFER_FLAG_DETACHED);
	(void) dx__for_each_view(thr, buf, 1, dx__detach_view, stand_in);
	duk_pop(thr);
}

typedef struct {
	duk_hstring *key;
	duk_size_t size;
} dx__refit;

/* After a resize: the stored (engine-visible) length of a view with a
 * recorded extent becomes its spec length, 0 when out of bounds. */
static void dx__refit_view(duk_hthread *thr, duk_hbufobj *view, void *arg) {
	dx__refit *r = (dx__refit *) arg;
	double extent;
	duk_size_t length, mask = ((duk_size_t) 1 << view->shift) - 1;
	if (!dx__view_extent(thr, view, r->key, &extent)) {
		return;
	}
	if (view->offset > r->size) {
		length = 0;
	} else if (extent < 0) {
		length = (r->size - view->offset) & ~mask;
	} else {
		length = (duk_size_t) extent <= r->size - view->offset ? (duk_size_t) extent : 0;
	}
	view->length = (duk_uint_t) length;
}

static duk_hbufobj *dx__require_arraybuffer(duk_hthread *thr, duk_idx_t idx) {
	duk_hobject *obj = duk_get_hobject(thr, idx);
	if (obj == NULL || DUK_HOBJECT_GET_CLASS_NUMBER(obj) != DUK_HOBJECT_CLASS_ARRAYBUFFER ||
	    dx__is_detached_buffer(((duk_hbufobj *) obj)->buf)) {
		(void) duk_type_error(thr, "not an attached ArrayBuffer");
	}
	return (duk_hbufobj *) obj;
}

void dx_bridge_record_extent(duk_context *ctx, duk_idx_t view_idx, duk_bool_t length_tracking) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_hobject *obj = duk_require_hobject(thr, view_idx);
	view_idx = duk_require_normalize_index(thr, view_idx);
	if (!DUK_HOBJECT_IS_BUFOBJ(obj)) {
		(void) duk_type_error(thr, "not a buffer view");
	}
	duk_push_literal(thr, DX__EXTENT_KEY);
	duk_push_number(thr, length_tracking ? -1.0 : (double) ((duk_hbufobj *) obj)->length);
	duk_def_prop(thr, view_idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
}

void dx_bridge_resize(duk_context *ctx, duk_idx_t ab_idx, duk_size_t new_length) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_hbufobj *ab = dx__require_arraybuffer(thr, ab_idx);
	duk_hbuffer *buf = ab->buf;
	dx__refit r;
	if (!dx__is_resizable_buffer(buf) || ab->offset != 0) {
		(void) duk_type_error(thr, "ArrayBuffer is not resizable");
	}
	duk_push_hbuffer(thr, buf); /* held across the resize and the walk */
	duk_hbuffer_resize(thr, (duk_hbuffer_dynamic *) buf, new_length);
	r.key = dx__push_extent_key(thr);
	r.size = new_length;
	(void) dx__for_each_view(thr, buf, 1, dx__refit_view, &r);
	duk_pop_2(thr);
}

void dx_bridge_push_transfer(duk_context *ctx, duk_idx_t ab_idx, duk_size_t new_length, duk_bool_t resizable) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_hbufobj *ab = dx__require_arraybuffer(thr, ab_idx);
	duk_hbuffer *buf = ab->buf;
	duk_size_t size = (duk_size_t) DUK_HBUFFER_GET_SIZE(buf);
	duk_idx_t old_idx;
	int movable;

	ab_idx = duk_require_normalize_index(thr, ab_idx);
	duk_push_hbuffer(thr, buf);
	old_idx = duk_get_top_index(thr);
	/* The bytes can change owner when nothing else can reach them: the
	 * old ArrayBuffer covers them all, they are heap memory, and every
	 * reference to them is a buffer object (all of which get detached). */
	movable = !DUK_HBUFFER_HAS_EXTERNAL(buf) && ab->offset == 0 && ab->length == size &&
	          (DUK_HBUFFER_HAS_DYNAMIC(buf) ? 1 : (!resizable && new_length == size));
	if (movable) {
		duk_size_t refs = (duk_size_t) DUK_HEAPHDR_GET_REFCOUNT(&buf->hdr) - 1;
		movable = dx__for_each_view(thr, buf, 1, NULL, NULL) == refs;
	}
	if (movable) {
		if (DUK_HBUFFER_HAS_DYNAMIC(buf) && new_length != size) {
			duk_hbuffer_resize(thr, (duk_hbuffer_dynamic *) buf, new_length);
		}
	} else {
		duk_size_t copy;
		void *dst = duk_push_buffer(thr, new_length, resizable);
		duk_ext_view old;
		(void) duk_ext_get_view(ctx, ab_idx, &old); /* after the allocation */
		copy = old.byte_length < new_length ? old.byte_length : new_length;
		if (copy > 0) {
			memcpy(dst, old.data, copy);
		}
	}
	dx__detach_all(thr, old_idx);
	duk_push_buffer_object(thr, -1, 0, new_length, DUK_BUFOBJ_ARRAYBUFFER);
	duk_remove(thr, old_idx);
	if (!movable) {
		duk_remove(thr, -2);
	}
}

void dx_bridge_mark_float16(duk_context *ctx, duk_idx_t idx) {
	duk_hobject *obj = duk_require_hobject((duk_hthread *) ctx, idx);
	if (!DUK_HOBJECT_IS_BUFOBJ(obj) || ((duk_hbufobj *) obj)->elem_type != DUK_HBUFOBJ_ELEM_UINT16 ||
	    !((duk_hbufobj *) obj)->is_typedarray) {
		(void) duk_type_error((duk_hthread *) ctx, "not a Uint16Array");
	}
	((duk_hbufobj *) obj)->is_typedarray |= DX__TA_FLOAT16;
}

void dx_bridge_set_native(duk_context *ctx, duk_idx_t fn_idx, duk_c_function fn, duk_idx_t nargs) {
	duk_hobject *obj = duk_require_hobject((duk_hthread *) ctx, fn_idx);
	if (!DUK_HOBJECT_IS_NATFUNC(obj)) {
		(void) duk_type_error((duk_hthread *) ctx, "not a native function");
	}
	((duk_hnatfunc *) obj)->func = fn;
	((duk_hnatfunc *) obj)->nargs = (duk_int16_t) (nargs == DUK_VARARGS ? DUK_HNATFUNC_NARGS_VARARGS : nargs);
}

duk_ret_t dx_bridge_typedarray_constructor(duk_context *ctx) {
	return duk_bi_typedarray_constructor((duk_hthread *) ctx);
}

#endif /* DUK_EXT_USE_ARRAYBUFFER */

/* ---- object-buffer decoding: classes and presized containers ---- */

#if defined(DUK_EXT_USE_OBJECTBUFFER_READER)

/* Only the writer (ObjectBuffer.encode) asks about classes and keys. */
#if defined(DUK_EXT_USE_OBJECTBUFFER)
int dx_bridge_object_class(duk_context *ctx, duk_idx_t idx, double *time_value) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_hobject *h = duk_get_hobject(thr, idx);
	if (h == NULL || DUK_HOBJECT_IS_PROXY(h) || DUK_HOBJECT_IS_CALLABLE(h) || DUK_HOBJECT_IS_BUFOBJ(h)) {
		return DX_CLASS_OTHER;
	}
	switch (DUK_HOBJECT_GET_CLASS_NUMBER(h)) {
	case DUK_HOBJECT_CLASS_OBJECT:
		return DX_CLASS_PLAIN;
	case DUK_HOBJECT_CLASS_ARRAY:
		return DX_CLASS_ARRAY;
	case DUK_HOBJECT_CLASS_DATE:
		idx = duk_require_normalize_index(thr, idx);
		(void) duk_xget_owndataprop_stridx_short(thr, idx, DUK_STRIDX_INT_VALUE);
		*time_value = duk_to_number_m1(thr);
		duk_pop_unsafe(thr);
		return DX_CLASS_DATE;
	default:
		return DX_CLASS_OTHER;
	}
}

int dx_bridge_array_numbers(duk_context *ctx, duk_idx_t idx, double *out, duk_size_t n) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_hobject *h = duk_get_hobject(thr, idx);
	duk_size_t i;
	if (h == NULL || DUK_HOBJECT_GET_CLASS_NUMBER(h) != DUK_HOBJECT_CLASS_ARRAY || !DUK_HOBJECT_IS_ARRAY(h) ||
	    !DUK_HOBJECT_HAS_ARRAY_PART(h) || ((duk_harray *) h)->length != n || DUK_HOBJECT_GET_ASIZE(h) < n) {
		return 0;
	}
	for (i = 0; i < n; i++) {
		duk_tval *tv = DUK_HOBJECT_A_GET_VALUE_PTR(thr->heap, h, i);
		if (!DUK_TVAL_IS_NUMBER(tv)) {
			return 0;
		}
		out[i] = DUK_TVAL_GET_NUMBER(tv);
	}
	return 1;
}

int dx_bridge_object_keys(duk_context *ctx, duk_idx_t idx, void **keys, int max) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_hobject *h = duk_get_hobject(thr, idx);
	duk_uint_fast32_t i;
	int n = 0;
	if (h == NULL || DUK_HOBJECT_GET_CLASS_NUMBER(h) != DUK_HOBJECT_CLASS_OBJECT || DUK_HOBJECT_HAS_EXOTIC_BEHAVIOR(h) ||
	    DUK_HOBJECT_HAS_ARRAY_PART(h)) {
		return -1;
	}
	/* the enumerator's order for such an object: entry part order, without
	 * deleted slots, non-enumerable properties and symbols */
	for (i = 0; i < (duk_uint_fast32_t) DUK_HOBJECT_GET_ENEXT(h); i++) {
		duk_hstring *k = DUK_HOBJECT_E_GET_KEY(thr->heap, h, i);
		if (k == NULL || !DUK_HOBJECT_E_SLOT_IS_ENUMERABLE(thr->heap, h, i) || DUK_HSTRING_HAS_SYMBOL(k)) {
			continue;
		}
		if (DUK_HSTRING_HAS_ARRIDX(k) || n == max) {
			return -1;
		}
		keys[n++] = (void *) k;
	}
	return n;
}

#endif

void dx_bridge_push_object_sized(duk_context *ctx, duk_uint32_t n) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_push_object(thr);
	if (n > 0) {
		duk_hobject_resize_entrypart(thr, duk_known_hobject(thr, -1), n);
	}
}

void dx_bridge_push_array_sized(duk_context *ctx, duk_uint32_t n) {
	(void) duk_push_harray_with_size((duk_hthread *) ctx, n);
}

void dx_bridge_def_wec(duk_context *ctx, duk_idx_t obj_idx) {
	duk_xdef_prop_wec((duk_hthread *) ctx, obj_idx);
}

void dx_bridge_def_new_wec(duk_context *ctx, duk_idx_t obj_idx) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_hobject *obj = duk_known_hobject(thr, obj_idx);
	/* what duk_hobject_define_property_internal does for an absent key of
	 * an object without array part, without looking the key up first */
	duk_int_t e_idx = duk__hobject_alloc_entry_checked(thr, obj, duk_known_hstring(thr, -2));
	duk_tval *tv = DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, obj, e_idx);
	DUK_HOBJECT_E_SET_FLAGS(thr->heap, obj, e_idx, DUK_PROPDESC_FLAGS_WEC);
	DUK_TVAL_SET_TVAL(tv, duk_get_tval(thr, -1));
	DUK_TVAL_INCREF(thr, tv);
	duk_pop_2(thr);
}

void dx_bridge_def_index_wec(duk_context *ctx, duk_idx_t obj_idx, duk_uint32_t i) {
	duk_xdef_prop_index_wec((duk_hthread *) ctx, obj_idx, (duk_uarridx_t) i);
}

#endif /* DUK_EXT_USE_OBJECTBUFFER_READER */
