/*
 * dx_bindings.h: helpers shared by every binding file: registration tables,
 * argument coercion, and Node.js-style errors (class + `code` + message).
 */
#ifndef DX_BINDINGS_H
#define DX_BINDINGS_H

#include "duk_ext.h"

/* Lengths, offsets and indexes (of bytes or elements) as doubles and back.
 * They stay below 2^31 (Duktape's largest buffer is 2^31 - 2 bytes), so the
 * signed ptrdiff_t holds them exactly; on 64-bit targets that conversion is
 * one instruction where the unsigned one takes a branch and a dozen.
 * DX_SIZE_OF needs 0 <= d < 2^31, e.g. an index already checked against a
 * length. */
#define DX_DOUBLE_OF(n) ((double) (ptrdiff_t) (n))
#define DX_SIZE_OF(d) ((size_t) (ptrdiff_t) (d))

/* One row of a registration table; a table ends with a row whose name is NULL. */
typedef struct {
	const char *name;
	duk_c_function fn;
	duk_idx_t nargs;
	duk_int_t magic;
} dx_method;

/* Defines each row as a non-enumerable, writable, configurable method of the
 * object at obj_idx, as built-in methods are. */
void dx_put_methods(duk_context *ctx, duk_idx_t obj_idx, const dx_method *methods);

/* Defines each row as a getter named "get <name>" (non-enumerable,
 * configurable) on the object at obj_idx, as built-in accessors are.  Only
 * in builds with arraybuffer. */
void dx_put_getters(duk_context *ctx, duk_idx_t obj_idx, const dx_method *getters);

/* Gives the method obj[name] a .length other than its nargs (non-writable,
 * configurable, as built-ins have it): the spec and Node leave optional and
 * defaulted arguments out of a function's length. */
void dx_put_length(duk_context *ctx, duk_idx_t obj_idx, const char *name, duk_int_t length);

/* Defines obj[key] = the value on top (popped) as a non-enumerable,
 * writable, configurable property. */
void dx_put_hidden_value(duk_context *ctx, duk_idx_t obj_idx, const char *key);

/* A string that is not a symbol (typeof 'string'; Duktape's symbols are
 * strings to duk_is_string). */
duk_bool_t dx_is_text(duk_context *ctx, duk_idx_t idx);

/* Pushes a native function without arguments whose `name` is name. */
void dx_push_named_function(duk_context *ctx, duk_c_function fn, const char *name);

/* Pushes globalThis[ctor_name].prototype (undefined when the global is absent). */
void dx_push_global_prototype(duk_context *ctx, const char *ctor_name);

/* Node.js errors: a TypeError/RangeError/Error whose `code` is set and whose
 * toString() reads "RangeError [ERR_X]: message", as Node's do.  Compiled
 * with the features that word errors of their own (nodebuffer, encoding,
 * require); the ones below serve every build.  A NULL fmt takes the message
 * from the string on the stack top, whole (values with NULs in them). */
duk_ret_t dx_throw_node(duk_context *ctx, duk_errcode_t err_type, const char *code, const char *fmt, ...);

/* ERR_INVALID_ARG_TYPE: The "name" argument must be <expected>. Received ... */
duk_ret_t dx_throw_arg_type(duk_context *ctx, const char *name, const char *expected, duk_idx_t value_idx);

/* ERR_OUT_OF_RANGE: The value of "name" is out of range. It must be <range>.
 * Received <the value at value_idx>.  range is a printf format that may show
 * lo and hi (in that order) as %.0f, e.g. ">= %.0f and <= %.0f". */
duk_ret_t dx_throw_out_of_range(duk_context *ctx, const char *name, duk_idx_t value_idx, const char *range, double lo, double hi);

/* ERR_BUFFER_OUT_OF_BOUNDS: "name" is outside of buffer bounds (generic
 * message when name is NULL). */
duk_ret_t dx_throw_named_out_of_bounds(duk_context *ctx, const char *name);

/* Pushes Node's util.inspect of a value as the messages show it: a number
 * (-0 as "-0"), symbol, function, Buffer (its inspect()), array or object;
 * other values, strings included, as String(value). */
void dx_push_inspected(duk_context *ctx, duk_idx_t idx);

/* Throws an error of class `code` (DUK_ERR_TYPE_ERROR, ...) with the fixed
 * message msg: one out-of-line call where duk_type_error() and friends set up
 * five arguments at every site.  Written `return dx_error(...)` in natives. */
DUK_API_NORETURN(duk_ret_t dx_error(duk_context *ctx, duk_errcode_t code, const char *msg));

/* The view of the value at idx, or a TypeError naming `what` when it is not a
 * buffer value. */
void dx_require_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *view, const char *what);

/* IteratorToList: calls the iterator method on the stack top (popped) with
 * the value at src_idx as `this` and pushes an array of the values the
 * iterator yields.  Returns their count.  Only in builds with typedarray_iter
 * or arraybuffer. */
size_t dx_iterate_to_list(duk_context *ctx, duk_idx_t src_idx);

/* duk_push_buffer_object flags of each engine element type (Float16Array is
 * not an engine type: it is built through its global constructor). */
extern const duk_uint_t dx_bufobj_of_elem[DUK_EXT_ELEM_FLOAT16];

/* Scratch buffers for building a string in Duktape's internal form, which
 * the engine then copies into the string (duk_push_lstring).  The heap keeps
 * the largest one used so far, from 64 KiB up to DX_SCRATCH_KEEP bytes
 * (-DDX_SCRATCH_KEEP=bytes, 0: keep none), in the global stash, so that an
 * output of a few MiB per call reuses the same memory: a fresh block costs a
 * page fault per 4 KiB when the C library hands large blocks back to the
 * kernel on free (glibc does, for blocks of 128 KiB and more).
 *
 * dx_push_scratch() pushes a plain buffer of at least n bytes and returns its
 * data; the bytes are NOT zeroed (the caller writes what it reads).  A kept
 * buffer is taken out of the stash while in use, so nested use (a finalizer)
 * gets a fresh one.  dx_scratch_to_string() replaces the scratch buffer on the
 * stack top by the string of its first n bytes and keeps the buffer for the
 * next call. */
uint8_t *dx_push_scratch(duk_context *ctx, size_t n);
void dx_scratch_to_string(duk_context *ctx, size_t n);

#endif
