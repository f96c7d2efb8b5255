/*
 * fuzz_objbuf_decode: libFuzzer harness for the object-buffer decoders in a
 * Duktape heap: ObjectBuffer.verify, decode (eager) and open (lazy Proxy).
 * Properties: no crash or out-of-bounds access on any bytes; verify and
 * decode agree (decode accepts exactly what verify accepts); on verified
 * bytes open() succeeds and the lazy view reads the same primitives, keys
 * and lengths as the decoded value (a bounded walk: documents may share
 * subtrees and hold cycles).
 */
#include "fuzz_js.h"


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

FUZZ_JS_HARNESS(fuzz__check_js)
