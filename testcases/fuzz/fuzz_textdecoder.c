/*
 * fuzz_textdecoder: libFuzzer harness for TextDecoder (bindings/textcodec.c).
 * The first byte picks the encoding (utf-8, utf-16le, windows-1252) and
 * ignoreBOM, the second how the rest is cut into chunks.  Properties: no
 * crash; decoding in chunks with {stream: true} then a final decode() gives
 * the same string as decoding all at once (WHATWG Encoding: streaming does
 * not change the output); a fatal decoder either throws a TypeError or
 * gives that same string, and it throws only when the output holds U+FFFD.
 */
#include "fuzz_js.h"


static const char fuzz__check_js[] =
	"(function (b) {\n"
	"  if (b.length < 2) return '';\n"
	"  var enc = ['utf-8', 'utf-16le', 'windows-1252'][b[0] % 3];\n"
	"  var opts = { ignoreBOM: (b[0] & 4) !== 0 }, step = 1 + (b[1] % 7);\n"
	"  var input = b.subarray(2), whole = new TextDecoder(enc, opts).decode(input);\n"
	"  var d = new TextDecoder(enc, opts), parts = [], i, fatal;\n"
	"  for (i = 0; i < input.length; i += step) {\n"
	"    parts.push(d.decode(input.subarray(i, i + step), { stream: true }));\n"
	"  }\n"
	"  parts.push(d.decode());\n"
	"  if (parts.join('') !== whole) return 'streamed output differs';\n"
	"  opts.fatal = true;\n"
	"  try { fatal = new TextDecoder(enc, opts).decode(input); } catch (e) {\n"
	"    if (!(e instanceof TypeError)) return 'fatal threw ' + e;\n"
	"    return whole.indexOf('\\ufffd') >= 0 ? '' : 'fatal threw on clean input';\n"
	"  }\n"
	"  return fatal === whole ? '' : 'fatal output differs';\n"
	"})";

FUZZ_JS_HARNESS(fuzz__check_js)
