/*
 * buf.copy (clamping, overlap, coercion of positions, errors) and buf.fill
 * (numbers, strings with encodings, buffers, offsets and the argument
 * shuffles, errors thrown before anything is written).
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer"]} ---*/
function show(v) {
    if (Buffer.isBuffer(v)) { return v.inspect(); }
    if (typeof v === 'string') { return JSON.stringify(v); }
    if (v && typeof v === 'object') { return JSON.stringify(v); }
    return String(v);
}
function t(label, f) {
    try { print(label, show(f())); } catch (e) { print(label, 'threw', e.name, e.code, e.message); }
}
/* For errors whose message names buffer.constants.MAX_LENGTH, which differs
 * from node's by design: class and code only. */
function tc(label, f) {
    try { print(label, show(f())); } catch (e) { print(label, 'threw', e.name, e.code); }
}

function src() { return Buffer.from([1, 2, 3, 4, 5]); }
function dst() { return Buffer.alloc(6); }
function cp(args) { var d = dst(); var n = Buffer.prototype.copy.apply(src(), [d].concat(args)); return [n, d.inspect()]; }
t('copy all', function () { return cp([]); });
t('copy ts', function () { return cp([3]); });
t('copy ts ss', function () { return cp([1, 2]); });
t('copy ts ss se', function () { return cp([0, 1, 3]); });
t('copy ts past', function () { return cp([6]); });
t('copy ss>=se', function () { return cp([0, 3, 3]); });
t('copy se big', function () { return cp([0, 0, 100]); });
t('copy frac', function () { return cp([1.7, 0.2, 2.9]); });
t('copy str pos', function () { return cp(['1', '1']); });
t('copy NaN pos', function () { return cp([NaN, 'x']); });
t('copy Infinity ts', function () { return cp([Infinity]); });
t('copy valueOf', function () { return cp([{ valueOf: function () { return 2; } }]); });
t('copy ts neg', function () { return cp([-1]); });
t('copy ss neg', function () { return cp([0, -1]); });
t('copy ss big', function () { return cp([0, 6]); });
t('copy se neg', function () { return cp([0, 0, -1]); });
t('copy target bad', function () { return src().copy([1, 2]); });
t('copy target none', function () { return src().copy(); });
t('copy to u8', function () { var u = new Uint8Array(3); var n = src().copy(u); return [n, u[0], u[2]]; });
t('copy overlap fwd', function () { var b = src(); b.copy(b, 1, 0, 4); return b; });
t('copy overlap back', function () { var b = src(); b.copy(b, 0, 1); return b; });
t('copy to u16', function () { var u = new Uint16Array(2); var n = src().copy(u); return [n, Array.prototype.slice.call(new Uint8Array(u.buffer))]; });
t('fill num', function () { return Buffer.alloc(4).fill(0x41); });
t('fill num wrap', function () { return Buffer.alloc(4).fill(513); });
t('fill num neg', function () { return Buffer.alloc(2).fill(-2); });
t('fill float', function () { return Buffer.alloc(2).fill(3.9); });
t('fill NaN', function () { return Buffer.alloc(2, 1).fill(NaN); });
t('fill offset', function () { return Buffer.alloc(5).fill(1, 2); });
t('fill offset end', function () { return Buffer.alloc(5).fill(1, 1, 3); });
t('fill offset>=end', function () { return Buffer.alloc(3).fill(1, 2, 1); });
t('fill str', function () { return Buffer.alloc(7).fill('abc'); });
t('fill str offset', function () { return Buffer.alloc(5).fill('ab', 1); });
t('fill str enc as offset', function () { return Buffer.alloc(4).fill('6162', 'hex'); });
t('fill str enc as end', function () { return Buffer.alloc(5).fill('6162', 1, 'hex'); });
t('fill str full args', function () { return Buffer.alloc(5).fill('6162', 1, 4, 'hex'); });
t('fill str latin1', function () { return Buffer.alloc(3).fill('\u00e9', 'latin1'); });
t('fill str utf8 multi', function () { return Buffer.alloc(5).fill('\u00e9'); });
t('fill empty str', function () { return Buffer.alloc(3, 7).fill(''); });
t('fill buf', function () { return Buffer.alloc(5).fill(Buffer.from([1, 2])); });
t('fill self', function () { var b = Buffer.from([1, 2, 3]); return b.fill(b, 1); });
t('fill u8', function () { return Buffer.alloc(3).fill(new Uint8Array([4, 5])); });
t('fill bool', function () { return Buffer.alloc(2).fill(true); });
t('fill null', function () { return Buffer.alloc(2, 9).fill(null); });
t('fill undefined', function () { return Buffer.alloc(2, 9).fill(); });
t('fill obj valueOf', function () { return Buffer.alloc(2).fill({ valueOf: function () { return 258; } }); });
t('fill returns this', function () { var b = Buffer.alloc(1); return b.fill(1) === b; });
t('fill bad hex', function () { return Buffer.alloc(3).fill('zz', 'hex'); });
t('fill bad hex empty buf', function () { return Buffer.alloc(0).fill('zz', 'hex'); });
/* the quotes util.inspect picks for the rejected string */
var quoted = ["'\"${x}", "a'\"$", "'\"{$", "'\"`", "'\"", "'", "a'\"${"];
for (var qi = 0; qi < quoted.length; qi++) {
    t('fill bad hex quotes ' + qi, function () { return Buffer.alloc(2).fill(quoted[qi], 'hex'); });
}
t('fill empty buf value', function () { return Buffer.alloc(3).fill(Buffer.alloc(0)); });
t('fill bad enc', function () { return Buffer.alloc(3).fill('a', 'nope'); });
t('fill enc type', function () { return Buffer.alloc(3).fill('a', 0, 3, 7); });
t('fill offset type', function () { return Buffer.alloc(3).fill(1, '1'); });
t('fill offset null str', function () { return Buffer.alloc(3).fill('a', null); });
t('fill offset frac', function () { return Buffer.alloc(3).fill(1, 1.5); });
t('fill offset neg', function () { return Buffer.alloc(3).fill(1, -1); });
t('fill end big', function () { return Buffer.alloc(3).fill(1, 0, 4); });
t('fill end neg', function () { return Buffer.alloc(3).fill(1, 0, -1); });
t('fill offset big', function () { return Buffer.alloc(3).fill(1, 5); });
t('fill offset huge', function () { return [Buffer.alloc(3).fill(1, 4294967295, 2).inspect(), Buffer.alloc(3).fill(1, Math.pow(2, 53)).inspect()]; });
t('pcompare huge starts', function () { var a = Buffer.from('ab'); return [a.compare(a, 4294967295), a.compare(a, 0, 2, 4294967295)]; });
t('fill nothing written', function () { var b = Buffer.alloc(3); try { b.fill(1, 0, 9); } catch (e) { } return b; });
t('fill u8 this', function () { return Buffer.prototype.fill.call(new Uint8Array(3), 'ab').length; });

/*===
copy all [5,"<Buffer 01 02 03 04 05 00>"]
copy ts [3,"<Buffer 00 00 00 01 02 03>"]
copy ts ss [3,"<Buffer 00 03 04 05 00 00>"]
copy ts ss se [2,"<Buffer 02 03 00 00 00 00>"]
copy ts past [0,"<Buffer 00 00 00 00 00 00>"]
copy ss>=se [0,"<Buffer 00 00 00 00 00 00>"]
copy se big [5,"<Buffer 01 02 03 04 05 00>"]
copy frac [2,"<Buffer 00 01 02 00 00 00>"]
copy str pos [4,"<Buffer 00 02 03 04 05 00>"]
copy NaN pos [5,"<Buffer 01 02 03 04 05 00>"]
copy Infinity ts [5,"<Buffer 01 02 03 04 05 00>"]
copy valueOf [4,"<Buffer 00 00 01 02 03 04>"]
copy ts neg threw RangeError ERR_OUT_OF_RANGE The value of "targetStart" is out of range. It must be >= 0. Received -1
copy ss neg threw RangeError ERR_OUT_OF_RANGE The value of "sourceStart" is out of range. It must be >= 0 && <= 5. Received -1
copy ss big threw RangeError ERR_OUT_OF_RANGE The value of "sourceStart" is out of range. It must be >= 0 && <= 5. Received 6
copy se neg threw RangeError ERR_OUT_OF_RANGE The value of "sourceEnd" is out of range. It must be >= 0. Received -1
copy target bad threw TypeError ERR_INVALID_ARG_TYPE The "target" argument must be an instance of Buffer or Uint8Array. Received an instance of Array
copy target none threw TypeError ERR_INVALID_ARG_TYPE The "target" argument must be an instance of Buffer or Uint8Array. Received undefined
copy to u8 [3,1,3]
copy overlap fwd <Buffer 01 01 02 03 04>
copy overlap back <Buffer 02 03 04 05 05>
copy to u16 [4,[1,2,3,4]]
fill num <Buffer 41 41 41 41>
fill num wrap <Buffer 01 01 01 01>
fill num neg <Buffer fe fe>
fill float <Buffer 03 03>
fill NaN <Buffer 00 00>
fill offset <Buffer 00 00 01 01 01>
fill offset end <Buffer 00 01 01 00 00>
fill offset>=end <Buffer 00 00 00>
fill str <Buffer 61 62 63 61 62 63 61>
fill str offset <Buffer 00 61 62 61 62>
fill str enc as offset <Buffer 61 62 61 62>
fill str enc as end <Buffer 00 61 62 61 62>
fill str full args <Buffer 00 61 62 61 00>
fill str latin1 <Buffer e9 e9 e9>
fill str utf8 multi <Buffer c3 a9 c3 a9 c3>
fill empty str <Buffer 00 00 00>
fill buf <Buffer 01 02 01 02 01>
fill self <Buffer 01 01 02>
fill u8 <Buffer 04 05 04>
fill bool <Buffer 01 01>
fill null <Buffer 00 00>
fill undefined <Buffer 00 00>
fill obj valueOf <Buffer 02 02>
fill returns this true
fill bad hex threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received 'zz'
fill bad hex empty buf <Buffer >
fill bad hex quotes 0 threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received '\'"${x}'
fill bad hex quotes 1 threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received `a'"$`
fill bad hex quotes 2 threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received `'"{$`
fill bad hex quotes 3 threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received '\'"`'
fill bad hex quotes 4 threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received `'"`
fill bad hex quotes 5 threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received "'"
fill bad hex quotes 6 threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received 'a\'"${'
fill empty buf value threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received <Buffer >
fill bad enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
fill enc type threw TypeError ERR_INVALID_ARG_TYPE The "encoding" argument must be of type string. Received type number (7)
fill offset type threw TypeError ERR_INVALID_ARG_TYPE The "offset" argument must be of type number. Received type string ('1')
fill offset null str threw TypeError ERR_INVALID_ARG_TYPE The "offset" argument must be of type number. Received null
fill offset frac threw RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be an integer. Received 1.5
fill offset neg threw RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1
fill end big threw RangeError ERR_OUT_OF_RANGE The value of "end" is out of range. It must be >= 0 && <= 3. Received 4
fill end neg threw RangeError ERR_OUT_OF_RANGE The value of "end" is out of range. It must be >= 0 && <= 3. Received -1
fill offset big <Buffer 00 00 00>
fill offset huge threw RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received 9_007_199_254_740_992
pcompare huge starts [1,-1]
fill nothing written <Buffer 00 00 00>
fill u8 this 3
===*/
