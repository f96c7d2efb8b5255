/*
 * fuzz_objbuf_decode: libFuzzer harness for the object-buffer decoders in a
 * Duktape heap: ObjectBuffer.verify, decode (eager) and open (lazy Proxy).
 * Properties: no crash or out-of-bounds access on any bytes; verify and
 * decode agree (decode accepts exactly what verify accepts); on verified
 * bytes open() succeeds and the lazy view reads the same primitives, keys
 * and lengths as the decoded value (a bounded walk: documents may share
 * subtrees and hold cycles).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "duk_ext.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Returns '' when every property holds, otherwise what failed. */
static const char fuzz__check_js[] =
	"(function (b) {\n"
	"  var ok = true, dec, lazy, seen = 0;\n"
	"  try { ObjectBuffer.verify(b); } catch (e) { ok = false; }\n"
	"  try { dec = ObjectBuffer.decode(b); } catch (e) {\n"
	"    return ok ? 'decode threw on verified bytes: ' + e : '';\n"
	"  }\n"
	"  if (!ok) return 'decode accepted bytes that verify rejects';\n"
	"  lazy = ObjectBuffer.open(b);\n"
	"  function same(x, y) { return x === y || (x !== x && y !== y); }\n"
	"  function walk(x, y, d) {\n"
	"    var ks, i;\n"
	"    if (++seen > 500 || d > 20) return '';\n"
	"    if (typeof x !== typeof y) return 'type ' + typeof x + ' vs ' + typeof y;\n"
	"    if (typeof x !== 'object' || x === null) return same(x, y) ? '' : 'value ' + x + ' vs ' + y;\n"
	"    if (x instanceof Date) return same(x.getTime(), y.getTime()) ? '' : 'date';\n"
	"    if (ArrayBuffer.isView(x) || x instanceof ArrayBuffer) return x.byteLength === y.byteLength ? '' : 'binary';\n"
	"    ks = Object.keys(x);\n"
	"    if (Array.isArray(x) && x.length !== y.length) return 'length';\n"
	"    for (i = 0; i < ks.length; i++) {\n"
	"      var r = walk(x[ks[i]], y[ks[i]], d + 1);\n"
	"      if (r) return ks[i] + ': ' + r;\n"
	"    }\n"
	"    return '';\n"
	"  }\n"
	"  return walk(dec, lazy, 0);\n"
	"})";

static duk_context *fuzz__ctx;

/* One heap for every input; after each, its garbage is collected (libFuzzer
 * runs a slow leak check after any input that leaves more allocations than
 * it found). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	duk_context *ctx;
	void *p;

	if (fuzz__ctx == NULL) {
		fuzz__ctx = duk_create_heap_default();
		FUZZ_CHECK(fuzz__ctx != NULL);
		duk_ext_init(fuzz__ctx, DUK_EXT_ALL);
		duk_push_string(fuzz__ctx, fuzz__check_js);
		FUZZ_CHECK(duk_peval(fuzz__ctx) == 0);
		duk_put_global_string(fuzz__ctx, "fuzzCheck");
	}
	ctx = fuzz__ctx;
	duk_get_global_string(ctx, "fuzzCheck");
	/* One spare byte: Duktape computes NULL + 0 on an empty fixed buffer's
	 * data pointer, which clang's UBSan reports (an engine quirk, not ours). */
	p = duk_push_fixed_buffer(ctx, size + 1);
	memcpy(p, data, size);
	duk_push_buffer_object(ctx, -1, 0, size, DUK_BUFOBJ_UINT8ARRAY);
	duk_remove(ctx, -2);
	if (duk_pcall(ctx, 1) != 0) {
		fprintf(stderr, "fuzzCheck threw: %s\n", duk_safe_to_string(ctx, -1));
		FUZZ_CHECK(0);
	}
	if (duk_get_length(ctx, -1) != 0) {
		fprintf(stderr, "property failed: %s\n", duk_safe_to_string(ctx, -1));
		FUZZ_CHECK(0);
	}
	duk_pop(ctx);
	duk_gc(ctx, 0);
	duk_gc(ctx, 0);
	return 0;
}
