/*
 * dataview: DataView.prototype get/set (ECMAScript 2025, Float16 included),
 * all served by the merged field codec through field_access.c.  BigInt
 * accessors are absent because Duktape 2.7 has no BigInt.
 */
#include "dx_bindings.h"
#include "dx_field.h"
#include "dx_field_access.h"
#include "dx_init.h"

#define DX_DV_GET(name, width, kind) \
	{ name, dx_field_access, 2, DX_FIELD_PACK(width, kind, 0) | DX_ACCESS_DATAVIEW }
#define DX_DV_SET(name, width, kind) \
	{ name, dx_field_access, 3, DX_FIELD_PACK(width, kind, 0) | DX_ACCESS_DATAVIEW | DX_ACCESS_SET }

static const dx_method dx__dataview_methods[] = {
	DX_DV_GET("getInt8", 1, DX_FIELD_INT),
	DX_DV_GET("getUint8", 1, DX_FIELD_UINT),
	DX_DV_GET("getInt16", 2, DX_FIELD_INT),
	DX_DV_GET("getUint16", 2, DX_FIELD_UINT),
	DX_DV_GET("getInt32", 4, DX_FIELD_INT),
	DX_DV_GET("getUint32", 4, DX_FIELD_UINT),
	DX_DV_GET("getFloat16", 2, DX_FIELD_FLOAT),
	DX_DV_GET("getFloat32", 4, DX_FIELD_FLOAT),
	DX_DV_GET("getFloat64", 8, DX_FIELD_FLOAT),
	DX_DV_SET("setInt8", 1, DX_FIELD_INT),
	DX_DV_SET("setUint8", 1, DX_FIELD_UINT),
	DX_DV_SET("setInt16", 2, DX_FIELD_INT),
	DX_DV_SET("setUint16", 2, DX_FIELD_UINT),
	DX_DV_SET("setInt32", 4, DX_FIELD_INT),
	DX_DV_SET("setUint32", 4, DX_FIELD_UINT),
	DX_DV_SET("setFloat16", 2, DX_FIELD_FLOAT),
	DX_DV_SET("setFloat32", 4, DX_FIELD_FLOAT),
	DX_DV_SET("setFloat64", 8, DX_FIELD_FLOAT),
	{ NULL, NULL, 0, 0 }
};

void dx_init_dataview(duk_context *ctx) {
	dx_push_global_prototype(ctx, "DataView");
	dx_put_field_methods(ctx, -1, dx__dataview_methods);
	duk_pop(ctx);
}
