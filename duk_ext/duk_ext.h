/*
 * duk_ext.h: the public header for hosts that embed Duktape 2.7 with duk_ext.
 *
 *   #include "duk_ext.h"
 *   duk_context *ctx = duk_create_heap_default();
 *   duk_ext_init(ctx, DUK_EXT_ALL);
 *
 * Link with build/libduk_ext.a (engine and extension in one archive) and -lm.
 */
#ifndef DUK_EXT_H
#define DUK_EXT_H

#include <stddef.h>
#include <stdint.h>

#include "duktape.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DUK_EXT_VERSION "0.1.0"

/* Feature groups for duk_ext_init(); a group the build left out is ignored. */
#define DUK_EXT_TYPEDARRAY  (1u << 0) /* %TypedArray% methods, ArrayBuffer, Float16 */
#define DUK_EXT_DATAVIEW    (1u << 1) /* DataView get/set through the field codec */
#define DUK_EXT_NODE_BUFFER (1u << 2) /* Node.js Buffer API */
#define DUK_EXT_ENCODING    (1u << 3) /* TextEncoder/TextDecoder, base64/hex */
#define DUK_EXT_OBJECTBUF   (1u << 4) /* ObjectBuffer global */
#define DUK_EXT_ALL         0xffffffffu

/* Registers every feature group in `flags` that this build contains on the
 * heap's global object and built-in prototypes.  Call once per heap, before
 * running scripts.  Returns 0 on success; throws (as a Duktape error) only on
 * out of memory. */
duk_int_t duk_ext_init(duk_context *ctx, duk_uint_t flags);

/* Element types of a view; the first nine match Duktape's own numbering. */
typedef enum {
	DUK_EXT_ELEM_UINT8 = 0,
	DUK_EXT_ELEM_UINT8CLAMPED = 1,
	DUK_EXT_ELEM_INT8 = 2,
	DUK_EXT_ELEM_UINT16 = 3,
	DUK_EXT_ELEM_INT16 = 4,
	DUK_EXT_ELEM_UINT32 = 5,
	DUK_EXT_ELEM_INT32 = 6,
	DUK_EXT_ELEM_FLOAT32 = 7,
	DUK_EXT_ELEM_FLOAT64 = 8,
	DUK_EXT_ELEM_FLOAT16 = 9
} duk_ext_elem_type;

/* What kind of value a view was taken from. */
typedef enum {
	DUK_EXT_KIND_PLAIN_BUFFER = 0, /* Duktape plain buffer: acts as a Uint8Array */
	DUK_EXT_KIND_ARRAYBUFFER = 1,
	DUK_EXT_KIND_TYPEDARRAY = 2,
	DUK_EXT_KIND_DATAVIEW = 3,
	DUK_EXT_KIND_NODE_BUFFER = 4
} duk_ext_view_kind;

#define DUK_EXT_VIEW_DETACHED      (1u << 0) /* ArrayBuffer detached: no bytes */
#define DUK_EXT_VIEW_OUT_OF_BOUNDS (1u << 1) /* the buffer shrank below the view */
#define DUK_EXT_VIEW_EXTERNAL      (1u << 2) /* bytes live in host memory */
#define DUK_EXT_VIEW_RESIZABLE     (1u << 3) /* over a resizable ArrayBuffer */
#define DUK_EXT_VIEW_LENGTH_TRACKING (1u << 4) /* length follows the resizable buffer */

/* One struct for every buffer value.  `data` points at the view's first byte
 * and `byte_length` bytes from it are valid *now*; any call that can run user
 * code (or a host that reconfigures an external buffer) can invalidate it, so
 * take the view again after such a call. */
typedef struct {
	uint8_t *data;          /* NULL when byte_length is 0 */
	size_t byte_offset;     /* offset of data within the underlying buffer */
	size_t byte_length;     /* usable bytes: 0 when detached; when out of bounds,
	                         * 0 for a view of a resizable ArrayBuffer (spec),
	                         * else the part still inside the buffer */
	size_t length;          /* element count: byte_length >> shift */
	uint8_t elem_type;      /* duk_ext_elem_type */
	uint8_t shift;          /* log2 of the element size */
	uint8_t kind;           /* duk_ext_view_kind */
	uint8_t flags;          /* DUK_EXT_VIEW_* */
} duk_ext_view;

/* Fills *out from the buffer value at idx and returns 1, or returns 0 (and
 * leaves *out zeroed) when the value is not a buffer. */
duk_bool_t duk_ext_get_view(duk_context *ctx, duk_idx_t idx, duk_ext_view *out);

/* CommonJS require() for hosts.  A loader pushes the source text of the file
 * at `path` (already resolved, e.g. "lib/../x.js" made "x.js") as a string
 * and returns 1, or pushes nothing and returns 0 when there is no such file.
 * It may throw. */
typedef duk_bool_t (*duk_ext_module_loader)(duk_context *ctx, const char *path, void *udata);

/* Defines the global require(): built-in modules registered by duk_ext_init
 * ('buffer', and 'objectbuffer' when built; a "node:" prefix is accepted) and,
 * with a loader, relative files ("./x", "../y/z.js"; ".js", ".json" and
 * "/index.js" are tried) resolved against the requiring file.  Modules run
 * once in a wrapper function(exports, require, module, __filename, __dirname)
 * and are cached by path; cycles see the partial exports, as in Node.  The
 * global require() resolves against the file name of the calling function.
 * `loader` may be NULL (built-ins only).  Call after duk_ext_init().  Returns 0. */
duk_int_t duk_ext_require_init(duk_context *ctx, duk_ext_module_loader loader, void *udata);

#ifdef __cplusplus
}
#endif

#endif /* DUK_EXT_H */
