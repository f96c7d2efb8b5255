/*
 * fuzz_objbuf_rx: libFuzzer harness for ObjectBuffer.decodeRX, the reader of
 * the RX text format.  Properties: no crash, hang or out-of-bounds access on
 * any bytes; malformed text is a SyntaxError (a RangeError for the nesting
 * and expansion limits), never another error; when the bytes are valid
 * UTF-8, decoding them as a string (a leading BOM kept) gives the same
 * outcome: the same error class, or the same value (a bounded walk:
 * pointers share subtrees).
 */
#include "fuzz_js.h"


static const char fuzz__check_js[] =
	"(function (b) {\n"
	"  function run(input) {\n"
	"    try { return { value: ObjectBuffer.decodeRX(input) }; }\n"
	"    catch (e) { return { error: e instanceof SyntaxError ? 'SyntaxError' :\n"
	"                                e instanceof RangeError ? 'RangeError' : String(e) }; }\n"
	"  }\n"
	"  var seen = 0, text, a = run(b), s;\n"
	"  if (a.error && a.error !== 'SyntaxError' && a.error !== 'RangeError') return 'bytes threw ' + a.error;\n"
	"  try { text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b); } catch (e) { return ''; }\n"
	"  s = run(text);\n"
	"  if (a.error || s.error) return a.error === s.error ? '' : 'bytes ' + a.error + ', string ' + s.error;\n"
	"  function same(x, y) { return x === y ? (x !== 0 || 1 / x === 1 / y) : (x !== x && y !== y); }\n"
	"  function walk(x, y, d) {\n"
	"    var ks, i, r;\n"
	"    if (++seen > 500 || d > 20) return '';\n"
	"    if (typeof x !== typeof y) return 'type ' + typeof x + ' vs ' + typeof y;\n"
	"    if (typeof x !== 'object' || x === null) return same(x, y) ? '' : 'value ' + x + ' vs ' + y;\n"
	"    ks = Object.keys(x);\n"
	"    if (ks.join('\\u0000') !== Object.keys(y).join('\\u0000')) return 'keys';\n"
	"    for (i = 0; i < ks.length; i++) {\n"
	"      r = walk(x[ks[i]], y[ks[i]], d + 1);\n"
	"      if (r) return ks[i] + ': ' + r;\n"
	"    }\n"
	"    return '';\n"
	"  }\n"
	"  return walk(a.value, s.value, 0);\n"
	"})";

FUZZ_JS_HARNESS(fuzz__check_js)
