/*
 * node_buffer_fields: Buffer.prototype read/write (Node.js v26), every
 * width and byte order plus the lowercase `Uint` aliases, all served by the
 * merged field codec through field_access.c.  BigInt accessors are absent
 * because Duktape 2.7 has no BigInt.
 */
#include "dx_bindings.h"
#include "dx_field.h"
#include "dx_field_access.h"
#include "dx_init.h"

#define DX_READ(name, width, kind, le) { name, dx_field_access, 1, DX_FIELD_PACK(width, kind, le) }
#define DX_WRITE(name, width, kind, le) { name, dx_field_access, 2, DX_FIELD_PACK(width, kind, le) | DX_ACCESS_SET }
#define DX_READ_N(name, kind, le) { name, dx_field_access, 2, DX_FIELD_PACK(0, kind, le) | DX_ACCESS_VARIABLE_WIDTH }
#define DX_WRITE_N(name, kind, le) \
	{ name, dx_field_access, 3, DX_FIELD_PACK(0, kind, le) | DX_ACCESS_VARIABLE_WIDTH | DX_ACCESS_SET }

/* Each unsigned accessor under both spellings: readUInt16LE and readUint16LE. */
#define DX_UINT_PAIR(MACRO, upper, lower, width, le) MACRO(upper, width, DX_FIELD_UINT, le), MACRO(lower, width, DX_FIELD_UINT, le)
#define DX_UINT_N_PAIR(MACRO, upper, lower, le) MACRO(upper, DX_FIELD_UINT, le), MACRO(lower, DX_FIELD_UINT, le)

static const dx_method dx__buffer_field_methods[] = {
	DX_UINT_PAIR(DX_READ, "readUInt8", "readUint8", 1, 0),
	DX_UINT_PAIR(DX_READ, "readUInt16LE", "readUint16LE", 2, 1),
	DX_UINT_PAIR(DX_READ, "readUInt16BE", "readUint16BE", 2, 0),
	DX_UINT_PAIR(DX_READ, "readUInt32LE", "readUint32LE", 4, 1),
	DX_UINT_PAIR(DX_READ, "readUInt32BE", "readUint32BE", 4, 0),
	DX_UINT_N_PAIR(DX_READ_N, "readUIntLE", "readUintLE", 1),
	DX_UINT_N_PAIR(DX_READ_N, "readUIntBE", "readUintBE", 0),
	DX_READ("readInt8", 1, DX_FIELD_INT, 0),
	DX_READ("readInt16LE", 2, DX_FIELD_INT, 1),
	DX_READ("readInt16BE", 2, DX_FIELD_INT, 0),
	DX_READ("readInt32LE", 4, DX_FIELD_INT, 1),
	DX_READ("readInt32BE", 4, DX_FIELD_INT, 0),
	DX_READ_N("readIntLE", DX_FIELD_INT, 1),
	DX_READ_N("readIntBE", DX_FIELD_INT, 0),
	DX_READ("readFloatLE", 4, DX_FIELD_FLOAT, 1),
	DX_READ("readFloatBE", 4, DX_FIELD_FLOAT, 0),
	DX_READ("readDoubleLE", 8, DX_FIELD_FLOAT, 1),
	DX_READ("readDoubleBE", 8, DX_FIELD_FLOAT, 0),
	DX_UINT_PAIR(DX_WRITE, "writeUInt8", "writeUint8", 1, 0),
	DX_UINT_PAIR(DX_WRITE, "writeUInt16LE", "writeUint16LE", 2, 1),
	DX_UINT_PAIR(DX_WRITE, "writeUInt16BE", "writeUint16BE", 2, 0),
	DX_UINT_PAIR(DX_WRITE, "writeUInt32LE", "writeUint32LE", 4, 1),
	DX_UINT_PAIR(DX_WRITE, "writeUInt32BE", "writeUint32BE", 4, 0),
	DX_UINT_N_PAIR(DX_WRITE_N, "writeUIntLE", "writeUintLE", 1),
	DX_UINT_N_PAIR(DX_WRITE_N, "writeUIntBE", "writeUintBE", 0),
	DX_WRITE("writeInt8", 1, DX_FIELD_INT, 0),
	DX_WRITE("writeInt16LE", 2, DX_FIELD_INT, 1),
	DX_WRITE("writeInt16BE", 2, DX_FIELD_INT, 0),
	DX_WRITE("writeInt32LE", 4, DX_FIELD_INT, 1),
	DX_WRITE("writeInt32BE", 4, DX_FIELD_INT, 0),
	DX_WRITE_N("writeIntLE", DX_FIELD_INT, 1),
	DX_WRITE_N("writeIntBE", DX_FIELD_INT, 0),
	DX_WRITE("writeFloatLE", 4, DX_FIELD_FLOAT, 1),
	DX_WRITE("writeFloatBE", 4, DX_FIELD_FLOAT, 0),
	DX_WRITE("writeDoubleLE", 8, DX_FIELD_FLOAT, 1),
	DX_WRITE("writeDoubleBE", 8, DX_FIELD_FLOAT, 0),
	{ NULL, NULL, 0, 0 }
};

void dx_init_node_buffer_fields(duk_context *ctx) {
	dx_push_global_prototype(ctx, "Buffer");
	dx_put_field_methods(ctx, -1, dx__buffer_field_methods);
	duk_pop(ctx);
}
