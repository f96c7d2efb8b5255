/*
 * engine_bridge: the only file that knows Duktape's internals.
 *
 * It is compiled in one translation unit with the engine source that Debian's
 * duktape-dev ships (duktape.c), so it can read duk_hbufobj (element type,
 * offset, length, underlying buffer) directly.  Everything else in duk_ext
 * uses the public Duktape API plus the functions declared in dx_bridge.h.
 * Pinned to Duktape 2.7.0: the struct layouts read here change between
 * releases.
 */
#include "duktape.c"

#if !defined(DUK_VERSION) || (DUK_VERSION != 20700L)
#error "duk_ext's engine bridge is written for Duktape 2.7.0 (DUK_VERSION 20700)"
#endif
#if !defined(DUK_USE_BUFFEROBJECT_SUPPORT)
#error "duk_ext needs an engine built with DUK_USE_BUFFEROBJECT_SUPPORT"
#endif

#include "duk_ext.h"
#include "dx_bridge.h"

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

/* Usable bytes of a slice [offset, offset + length) of buf right now: the
 * slice is clamped to the buffer's current size (a dynamic or external buffer
 * can shrink under its views). */
static size_t dx__clamp_slice(duk_hbuffer *buf, size_t offset, size_t length, uint8_t *flags) {
	size_t size = (size_t) DUK_HBUFFER_GET_SIZE(buf);
	if (offset > size) {
		*flags |= DUK_EXT_VIEW_OUT_OF_BOUNDS;
		return 0;
	}
	if (length > size - offset) {
		*flags |= DUK_EXT_VIEW_OUT_OF_BOUNDS;
		return size - offset;
	}
	return length;
}

duk_bool_t duk_ext_get_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *out) {
	duk_hthread *thr = (duk_hthread *) ctx;
	duk_tval *tv = duk_get_tval_or_unused(thr, idx);
	duk_hbuffer *buf;
	size_t offset = 0, length;

	memset(out, 0, sizeof *out);
	if (DUK_TVAL_IS_BUFFER(tv)) {
		buf = DUK_TVAL_GET_BUFFER(tv);
		out->kind = DUK_EXT_KIND_PLAIN_BUFFER;
		length = (size_t) DUK_HBUFFER_GET_SIZE(buf);
	} else if (DUK_TVAL_IS_OBJECT(tv) && DUK_HOBJECT_IS_BUFOBJ(DUK_TVAL_GET_OBJECT(tv))) {
		duk_hbufobj *view = (duk_hbufobj *) DUK_TVAL_GET_OBJECT(tv);
		out->kind = (uint8_t) dx__bufobj_kind(thr, (duk_hobject *) view);
		out->elem_type = view->elem_type;
		out->shift = view->shift;
		buf = view->buf;
		if (buf == NULL) {
			out->flags = DUK_EXT_VIEW_DETACHED;
			return 1;
		}
		offset = view->offset;
		length = view->length;
	} else {
		return 0;
	}
	if (DUK_HBUFFER_HAS_EXTERNAL(buf)) {
		out->flags |= DUK_EXT_VIEW_EXTERNAL;
	}
	length = dx__clamp_slice(buf, offset, length, &out->flags);
	out->length = length >> out->shift;
	out->byte_length = out->length << out->shift;
	out->byte_offset = offset;
	if (out->byte_length > 0) {
		out->data = (uint8_t *) DUK_HBUFFER_GET_DATA_PTR(thr->heap, buf) + offset;
	}
	return 1;
}

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

void dx_bridge_def_index_wec(duk_context *ctx, duk_idx_t obj_idx, duk_uint32_t i) {
	duk_xdef_prop_index_wec((duk_hthread *) ctx, obj_idx, (duk_uarridx_t) i);
}
