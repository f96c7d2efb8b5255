/*
 * duk_ext_objbuf.h: the object-buffer format from C, with no engine types:
 * a builder (writer), a verifier and a cursor (reader).  The format is
 * specified in duk_ext/objbuf_format.md; included from duk_ext.h, usable on
 * its own by hosts and firmware that only read or write object-buffers.
 *
 * Reading:
 *   duk_ext_ob_doc doc; duk_ext_ob_node root, v; duk_ext_ob_error err;
 *   if (duk_ext_ob_open(&doc, bytes, len, &err) == DUK_EXT_OB_OK &&
 *       duk_ext_ob_root(&doc, &root, &err) == DUK_EXT_OB_OK &&
 *       duk_ext_ob_find(&doc, &root, (const uint8_t *) "name", 4, NULL, &v, &err) == DUK_EXT_OB_OK)
 *       ... v.type == DUK_EXT_OB_STRING, bytes at duk_ext_ob_bytes(&doc, &v), v.length of them
 *
 * The cursor allocates nothing.  It checks every offset and length it follows
 * against the buffer, so hostile bytes give an error code with the byte
 * offset, never an out-of-bounds access; it does not check document-wide
 * rules (shared containers, cycles, sorted indexes): duk_ext_ob_verify() does,
 * in time and scratch memory linear in the buffer size.
 */
#ifndef DUK_EXT_OBJBUF_H
#define DUK_EXT_OBJBUF_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DUK_EXT_OB_HEADER_SIZE 16
#define DUK_EXT_OB_VERSION 1
#define DUK_EXT_OB_MAX_SIZE 0x40000000u /* offsets are 30 bits: 1 GiB */
#define DUK_EXT_OB_MAX_DEPTH 1000       /* container nesting the verifier accepts */

/* Status codes: 0 is success, 1 a normal "no such element", 2 and up errors. */
typedef enum {
	DUK_EXT_OB_OK = 0,
	DUK_EXT_OB_NOT_FOUND = 1,  /* find: no such key; iteration: no more entries */
	DUK_EXT_OB_E_TRUNCATED,    /* the header or a node runs past the end */
	DUK_EXT_OB_E_MAGIC,        /* not an object-buffer */
	DUK_EXT_OB_E_VERSION,      /* unknown format version */
	DUK_EXT_OB_E_FLAGS,        /* unknown header flags or reserved bits set */
	DUK_EXT_OB_E_OFFSET,       /* an offset points outside the nodes area */
	DUK_EXT_OB_E_TAG,          /* unknown node tag, or a node of the wrong kind */
	DUK_EXT_OB_E_SLOT,         /* an unknown immediate value */
	DUK_EXT_OB_E_REF,          /* a reference to a container not reached before it */
	DUK_EXT_OB_E_SHARED,       /* a container reached twice outside a reference (or a cycle) */
	DUK_EXT_OB_E_OVERLAP,      /* two nodes share bytes */
	DUK_EXT_OB_E_DEPTH,        /* containers nested deeper than DUK_EXT_OB_MAX_DEPTH */
	DUK_EXT_OB_E_STRING,       /* string bytes are not extended UTF-8 */
	DUK_EXT_OB_E_INDEX,        /* key index out of range or not strictly sorted */
	DUK_EXT_OB_E_BINARY,       /* bad binary kind, element type or length */
	DUK_EXT_OB_E_TYPE,         /* cursor call on a node of the wrong type */
	DUK_EXT_OB_E_RANGE,        /* element index past the count */
	DUK_EXT_OB_E_NOMEM,        /* builder: the realloc callback failed */
	DUK_EXT_OB_E_TOO_BIG       /* builder: output past DUK_EXT_OB_MAX_SIZE */
} duk_ext_ob_status;

typedef struct {
	int code;         /* duk_ext_ob_status */
	uint32_t offset;  /* byte offset in the buffer where the problem is */
} duk_ext_ob_error;

/* Short English description of a status code. */
const char *duk_ext_ob_strerror(int code);

/* ---- reading ---------------------------------------------------------- */

typedef enum {
	DUK_EXT_OB_UNDEFINED = 0,
	DUK_EXT_OB_NULL,
	DUK_EXT_OB_BOOLEAN,
	DUK_EXT_OB_NUMBER,
	DUK_EXT_OB_STRING,
	DUK_EXT_OB_ARRAY,     /* slot array or packed number array */
	DUK_EXT_OB_OBJECT,
	DUK_EXT_OB_DATE,
	DUK_EXT_OB_BINARY     /* ArrayBuffer, typed array, DataView, Node Buffer, plain buffer */
} duk_ext_ob_type;

/* Binary kinds (node.sub of a BINARY node); numbering of duk_ext_view_kind. */
#define DUK_EXT_OB_BIN_PLAIN 0
#define DUK_EXT_OB_BIN_ARRAYBUFFER 1
#define DUK_EXT_OB_BIN_TYPEDARRAY 2
#define DUK_EXT_OB_BIN_DATAVIEW 3
#define DUK_EXT_OB_BIN_NODEBUFFER 4

/* Packed number arrays (node.sub of an ARRAY node; 0 = an array of slots). */
#define DUK_EXT_OB_NUM_INT8 1
#define DUK_EXT_OB_NUM_INT16 2
#define DUK_EXT_OB_NUM_INT32 3
#define DUK_EXT_OB_NUM_FLOAT32 4
#define DUK_EXT_OB_NUM_FLOAT64 5

/* An opened buffer: the bytes and the header's fields. */
typedef struct {
	const uint8_t *data;
	uint32_t end;        /* bytes in use (header "end" field) */
	uint32_t root;       /* the root slot */
	uint8_t flags;
} duk_ext_ob_doc;

/* One value, read from a slot.  A plain value type: copy it freely; it stays
 * meaningful as long as the bytes do not change. */
typedef struct {
	uint8_t type;      /* duk_ext_ob_type */
	uint8_t is_ref;    /* 1 when reached through a reference slot (a shared container) */
	uint8_t sub;       /* BOOLEAN: 0/1; ARRAY: 0 or DUK_EXT_OB_NUM_*; BINARY: DUK_EXT_OB_BIN_* */
	uint8_t elem;      /* BINARY typed array: duk_ext_elem_type numbering; ARRAY: row
	                    * length of a number matrix or key count of a table (their
	                    * elements are their rows), else 0 */
	uint8_t is_row;    /* 1 for a row of a number matrix (a packed ARRAY) or of a
	                    * table (an OBJECT) without a node of its own (offset = the
	                    * offset of its first number or slot) */
	uint32_t offset;   /* the node's offset: identity of containers; 0 for immediates */
	uint32_t length;   /* STRING, BINARY: bytes; ARRAY, OBJECT: elements */
	uint32_t body;     /* offset of the payload: bytes, slots or packed numbers */
	uint32_t keys;     /* OBJECT, table ARRAY: offset of the (rows') key layout, else 0 */
	double number;     /* NUMBER and DATE values */
} duk_ext_ob_node;

/* Checks the header (magic, version, flags, end <= len).  Bytes past the
 * header's end field are ignored. */
int duk_ext_ob_open(duk_ext_ob_doc *doc, const uint8_t *buf, size_t len, duk_ext_ob_error *err);

/* Reads a 32-bit slot (the root, an element, a value) into *out, checking
 * the node it points at lies inside the document. */
int duk_ext_ob_load(const duk_ext_ob_doc *doc, uint32_t slot, duk_ext_ob_node *out, duk_ext_ob_error *err);
int duk_ext_ob_root(const duk_ext_ob_doc *doc, duk_ext_ob_node *out, duk_ext_ob_error *err);

/* Element i of an ARRAY (slot or packed). */
int duk_ext_ob_index(const duk_ext_ob_doc *doc, const duk_ext_ob_node *array, uint32_t i,
                     duk_ext_ob_node *out, duk_ext_ob_error *err);

/* Entry i of an OBJECT in insertion order: its key (a STRING node, may be
 * NULL) and value (may be NULL). */
int duk_ext_ob_entry(const duk_ext_ob_doc *doc, const duk_ext_ob_node *object, uint32_t i,
                     duk_ext_ob_node *key, duk_ext_ob_node *value, duk_ext_ob_error *err);

/* Looks a key up (bytes in the format's string encoding): binary search when
 * the layout has an index, otherwise a scan from the last entry (the last
 * duplicate wins, as in JSON.parse).  Returns DUK_EXT_OB_OK with the entry's
 * position in *ordinal (may be NULL) and value in *value, DUK_EXT_OB_NOT_FOUND,
 * or an error. */
int duk_ext_ob_find(const duk_ext_ob_doc *doc, const duk_ext_ob_node *object, const uint8_t *key,
                    size_t key_len, uint32_t *ordinal, duk_ext_ob_node *value, duk_ext_ob_error *err);

/* Iteration over an ARRAY's elements or an OBJECT's entries. */
typedef struct {
	const duk_ext_ob_doc *doc;
	duk_ext_ob_node container;
	uint32_t next;
} duk_ext_ob_iter;
void duk_ext_ob_iter_init(duk_ext_ob_iter *it, const duk_ext_ob_doc *doc, const duk_ext_ob_node *container);
/* DUK_EXT_OB_OK with the next entry (key is left untouched for arrays),
 * DUK_EXT_OB_NOT_FOUND at the end, or an error. */
int duk_ext_ob_iter_next(duk_ext_ob_iter *it, duk_ext_ob_node *key, duk_ext_ob_node *value, duk_ext_ob_error *err);

/* The payload of a STRING or BINARY node (node.length bytes), of a packed
 * ARRAY (its numbers), or NULL for other types. */
const uint8_t *duk_ext_ob_bytes(const duk_ext_ob_doc *doc, const duk_ext_ob_node *node);

/* Byte order of two keys as a sorted index orders them (memcmp, then length). */
int duk_ext_ob_key_compare(const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len);

/* ---- verifying -------------------------------------------------------- */

/* Scratch bytes duk_ext_ob_verify needs for a buffer of len bytes (three
 * bitmaps plus the traversal stack). */
size_t duk_ext_ob_scratch_size(size_t len);

/* Checks every rule of the format from the root, depth first in slot order.
 * Work and scratch are linear in len; no allocation. */
int duk_ext_ob_verify(const uint8_t *buf, size_t len, uint8_t *scratch, duk_ext_ob_error *err);
/* After a successful verify: 1 when the node at offset is reached more than
 * once (a container that is the target of references, a string used by
 * several slots or keys, a layout shared by several objects), for a decoder
 * that memoises those and only those. */
int duk_ext_ob_is_shared(const uint8_t *scratch, size_t len, uint32_t offset);

/* ---- writing ---------------------------------------------------------- */

/* realloc-like: returns a block of `size` bytes keeping the old contents, or
 * NULL (size is never 0). */
typedef void *(*duk_ext_ob_realloc_fn)(void *udata, void *ptr, size_t size);

/* The builder writes containers before their contents: begin a container
 * (its slots are reserved), then write each child and store its slot with
 * duk_ext_ob_set_slot.  Writing a container's first occurrence in slot order
 * and a reference (duk_ext_ob_slot_ref) for every later one gives a valid
 * document.  The first error sticks in `status`; calls after it do nothing
 * and return 0. */
typedef struct {
	uint8_t *buf;
	size_t len;
	size_t cap;
	duk_ext_ob_realloc_fn realloc_fn;
	void *udata;
	int status;
} duk_ext_ob_builder;

void duk_ext_ob_builder_init(duk_ext_ob_builder *b, duk_ext_ob_realloc_fn realloc_fn, void *udata);

/* Immediate slots. */
uint32_t duk_ext_ob_slot_undefined(void);
uint32_t duk_ext_ob_slot_null(void);
uint32_t duk_ext_ob_slot_bool(int v);
/* 1 when v is stored as an immediate small integer (-2^29 .. 2^29-1, not -0). */
int duk_ext_ob_is_small_int(double v);
uint32_t duk_ext_ob_slot_ref(uint32_t container_slot);

/* Leaves and containers; each returns the slot of the new node (0 on error). */
uint32_t duk_ext_ob_put_number(duk_ext_ob_builder *b, double v);
uint32_t duk_ext_ob_put_string(duk_ext_ob_builder *b, const uint8_t *bytes, size_t len);
uint32_t duk_ext_ob_put_date(duk_ext_ob_builder *b, double time_value);
/* Reserves a BINARY node of len bytes and sets *payload to its bytes for the
 * caller to fill (valid until the next builder call). */
uint32_t duk_ext_ob_put_binary(duk_ext_ob_builder *b, int kind, int elem, size_t len, uint8_t **payload);
/* A packed number array in the narrowest element type that keeps every value exactly. */
uint32_t duk_ext_ob_put_numbers(duk_ext_ob_builder *b, const double *values, size_t count);
/* An array of `rows` arrays of `cols` (1..255) numbers each, packed in one
 * node (values row after row).  The rows have no identity of their own: use
 * it only for row arrays reached nowhere else. */
uint32_t duk_ext_ob_put_number_matrix(duk_ext_ob_builder *b, const double *values, size_t rows, size_t cols);
uint32_t duk_ext_ob_begin_array(duk_ext_ob_builder *b, size_t count);
/* A key layout from STRING slots; with_index adds the sorted index.  Returns
 * its offset for duk_ext_ob_begin_object (layouts may be shared); an object
 * without keys needs none: pass 0 to duk_ext_ob_begin_object. */
uint32_t duk_ext_ob_put_keys(duk_ext_ob_builder *b, const uint32_t *key_slots, size_t count, int with_index);
/* 1 when the layout at keys_offset holds exactly these key slots (for a
 * writer that shares layouts between objects with the same keys). */
int duk_ext_ob_keys_match(const duk_ext_ob_builder *b, uint32_t keys_offset, const uint32_t *key_slots, size_t count);
uint32_t duk_ext_ob_begin_object(duk_ext_ob_builder *b, uint32_t keys_offset);
/* An array of `rows` objects that all have the layout at keys_offset (1..255
 * keys), as one node: value j of row r is slot r * keys + j.  The rows have no
 * identity of their own: use it only for objects reached nowhere else. */
uint32_t duk_ext_ob_begin_table(duk_ext_ob_builder *b, uint32_t keys_offset, size_t rows);
void duk_ext_ob_set_slot(duk_ext_ob_builder *b, uint32_t container_slot, size_t i, uint32_t value_slot);

/* Writes the header with the root slot; returns the builder's status.  The
 * document is b->buf[0 .. b->len). */
int duk_ext_ob_finish(duk_ext_ob_builder *b, uint32_t root_slot);

#ifdef __cplusplus
}
#endif

#endif /* DUK_EXT_OBJBUF_H */
