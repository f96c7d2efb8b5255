/*
 * dx_objbuf_format: constants of the object-buffer format (tags, slot
 * encoding, header fields) and the little-endian fixed-width field helpers
 * shared by the builder, cursor and verifier.  Every fixed-width number goes
 * through the merged field codec (dx_field.h).  The format itself is
 * specified in objbuf_format.md.
 */
#ifndef DX_OBJBUF_FORMAT_H
#define DX_OBJBUF_FORMAT_H

#include "duk_ext_objbuf.h"
#include "dx_field.h"

/* Header: magic "DXOB", version, flags, reserved u16, end u32, root slot u32. */
#define DX_OB_MAGIC "DXOB"
#define DX_OB_HDR_VERSION 4
#define DX_OB_HDR_FLAGS 5
#define DX_OB_HDR_RESERVED 6
#define DX_OB_HDR_END 8
#define DX_OB_HDR_ROOT 12

/* Node tags. */
#define DX_OB_TAG_DOUBLE 0x01   /* f64 */
#define DX_OB_TAG_STR8 0x02     /* u8 length, bytes */
#define DX_OB_TAG_STR32 0x03    /* u32 length, bytes */
#define DX_OB_TAG_ARRAY 0x10    /* u32 count, count slots */
#define DX_OB_TAG_NUMARRAY 0x11 /* u8 element code, u32 count, packed numbers */
#define DX_OB_TAG_OBJECT 0x12   /* u32 keys offset, one value slot per key */
#define DX_OB_TAG_KEYS 0x13     /* u8 flags, u32 count, count key slots, [count u32 index] */
#define DX_OB_TAG_DATE 0x14     /* f64 time value */
#define DX_OB_TAG_BINARY 0x15   /* u8 kind, u8 element type, u32 length, bytes */
#define DX_OB_TAG_ARRAY8 0x16   /* u8 count, count slots */
#define DX_OB_TAG_NUMARRAY8 0x17 /* u8 element code, u8 count, packed numbers */
#define DX_OB_TAG_EMPTY_OBJECT 0x18 /* an object without keys (no layout) */
#define DX_OB_TAG_MATRIX 0x19   /* u8 element code, u32 rows, u8 columns, packed numbers */
#define DX_OB_TAG_TABLE 0x1a    /* u32 keys offset (1..255 keys), u32 rows, rows x keys value slots */

#define DX_OB_KEYS_INDEXED 0x01 /* KEYS flag: sorted index follows the key slots */

/* Slots: two top bits select what the low 30 bits hold. */
#define DX_OB_SLOT_KIND(s) ((s) >> 30)
#define DX_OB_SLOT_NODE 0u      /* offset of a node */
#define DX_OB_SLOT_REF 1u       /* offset of a container reached before */
#define DX_OB_SLOT_INT 2u       /* 30-bit two's complement integer */
#define DX_OB_SLOT_SPECIAL 3u   /* 0 undefined, 1 null, 2 false, 3 true */
#define DX_OB_SLOT_PAYLOAD(s) ((s) & 0x3fffffffu)
#define DX_OB_MAKE_SLOT(kind, payload) (((uint32_t) (kind) << 30) | ((uint32_t) (payload) & 0x3fffffffu))

/* Inlining at -Os: DX__OB_INLINE for one-instruction helpers gcc would
 * otherwise call (a lea and a call, 9 bytes, where the inlined access is one
 * 3-byte load or store); DX_OB_NOINLINE for cold helpers called from many
 * places (error setters). */
#if defined(__GNUC__)
#define DX__OB_INLINE inline __attribute__((always_inline))
#define DX_OB_NOINLINE __attribute__((noinline))
#else
#define DX__OB_INLINE inline
#define DX_OB_NOINLINE
#endif

/* The 4-byte little-endian unsigned case of the field codec, inlined: the
 * cursor and verifier read a u32 per slot, the builder writes one, and a call
 * into the generic dx_field_read/dx_field_write there costs a sixth of a full
 * decode.  test_objbuf checks both agree with the field codec. */
static DX__OB_INLINE uint32_t dx_ob_u32(const uint8_t *p) {
	return (uint32_t) p[0] | ((uint32_t) p[1] << 8) | ((uint32_t) p[2] << 16) | ((uint32_t) p[3] << 24);
}

static DX__OB_INLINE void dx_ob_put_u32(uint8_t *p, uint32_t v) {
	p[0] = (uint8_t) v;
	p[1] = (uint8_t) (v >> 8);
	p[2] = (uint8_t) (v >> 16);
	p[3] = (uint8_t) (v >> 24);
}

static inline double dx_ob_f64(const uint8_t *p) {
	static const dx_field f = { 8, DX_FIELD_FLOAT, 1 };
	return dx_field_read(p, f);
}

static inline void dx_ob_put_f64(uint8_t *p, double v) {
	static const dx_field f = { 8, DX_FIELD_FLOAT, 1 };
	dx_field_write(p, f, v);
}

/* Field descriptor and width of a packed number element code (0 if invalid). */
static inline dx_field dx_ob_num_field(unsigned code) {
	static const dx_field fields[6] = {
		{ 0, 0, 1 }, { 1, DX_FIELD_INT, 1 }, { 2, DX_FIELD_INT, 1 },
		{ 4, DX_FIELD_INT, 1 }, { 4, DX_FIELD_FLOAT, 1 }, { 8, DX_FIELD_FLOAT, 1 }
	};
	return fields[code <= 5 ? code : 0];
}

/* Byte size of a typed array element type (duk_ext_elem_type), 0 if invalid. */
static inline unsigned dx_ob_elem_size(unsigned elem) {
	static const uint8_t sizes[10] = { 1, 1, 1, 2, 2, 4, 4, 4, 8, 2 };
	return elem < 10 ? sizes[elem] : 0;
}

/* Parses the node at offset off: fills *out (type, body, length, ...) and
 * *size (its extent in bytes, OBJECT: its own bytes, not the layout's).  KEYS
 * nodes parse with out->type = DX_OB_TYPE_KEYS. */
#define DX_OB_TYPE_KEYS 0xff
int dx_ob_parse_node(const duk_ext_ob_doc *doc, uint32_t off, duk_ext_ob_node *out, uint32_t *size,
                     duk_ext_ob_error *err);

/* 1 when the node type has identity (decodes to an object). */
static inline int dx_ob_has_identity(unsigned type) {
	return type == DUK_EXT_OB_ARRAY || type == DUK_EXT_OB_OBJECT || type == DUK_EXT_OB_DATE ||
	       type == DUK_EXT_OB_BINARY;
}

#endif
