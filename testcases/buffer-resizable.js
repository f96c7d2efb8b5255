/*
 * Buffers over resizable and detached ArrayBuffers (h-ab's ES2025 model):
 * Buffer.from(resizable) tracks the length, subarray views follow resizes,
 * user code that resizes or detaches the memory in the middle of a method,
 * and the TypeErrors for detached memory.  Not covered on purpose: node
 * throws "Index out of range" when toString's start valueOf shrinks the
 * buffer; duk_ext clamps to the bytes left.
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer", "arraybuffer", "bridge_internal"]} ---*/
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
function mk() { var ab = new ArrayBuffer(8, { maxByteLength: 16 }); var b = Buffer.from(ab); b.fill(1); return [ab, b]; }
t('from resizable', function () { var p = mk(); return [p[1].length, p[0].resizable]; });
t('grow tracks', function () { var p = mk(); p[0].resize(12); return p[1].length; });
t('shrink tracks', function () { var p = mk(); p[0].resize(4); return [p[1].length, p[1].inspect()]; });
t('fill shrink in valueOf', function () { var p = mk(); p[1].fill({ valueOf: function () { p[0].resize(2); return 7; } }); return p[1].inspect(); });
t('indexOf shrink', function () { var p = mk(); return p[1].indexOf(1, { valueOf: function () { p[0].resize(0); return 0; } }); });
t('write shrink', function () { var p = mk(); return p[1].write('abcdef', 1, { toString: function () { p[0].resize(3); return 'latin1'; } }); });
t('copy shrink', function () { var p = mk(); var d = Buffer.alloc(8); return [p[1].copy(d, 0, { valueOf: function () { p[0].resize(2); return 0; } }), d.inspect()]; });
t('copy detach', function () { var p = mk(); var d = Buffer.alloc(8); return [p[1].copy(d, 0, { valueOf: function () { p[0].transfer(); return 0; } }), d.inspect()]; });
t('subarray detach', function () { var p = mk(); return p[1].subarray({ valueOf: function () { p[0].transfer(); return 1; } }).length; });
t('detached ops', function () { var p = mk(); p[0].transfer(); var b = p[1]; return [b.length, b.toString(), b.indexOf(1), b.equals(Buffer.alloc(0)), Buffer.concat([b]).length, b.inspect()]; });
t('detached fill', function () { var p = mk(); p[0].transfer(); return p[1].fill(1).length; });
t('detached write', function () { var p = mk(); p[0].transfer(); return p[1].write('a'); });
t('from detached', function () { var ab = new ArrayBuffer(4); ab.transfer(); return Buffer.from(ab).length; });
t('compare detached', function () { var p = mk(); p[0].transfer(); return Buffer.compare(p[1], Buffer.from([1])); });
t('swap detached', function () { var p = mk(); p[0].transfer(); return p[1].swap16().length; });
t('fill target in valueOf', function () { var p = mk(); p[1].fill({ valueOf: function () { p[0].resize(16); return 3; } }, 0, 8); return p[1].inspect(); });
t('subarray follows resize', function () { var p = mk(); var s = p[1].subarray(2, 6); p[0].resize(4); var a = s.length; p[0].resize(16); return [a, s.length, s.buffer === p[0]]; });
t('slice of tracking', function () { var p = mk(); var s = p[1].slice(1); p[0].resize(12); return [s.length, p[1].length]; });
t('from offset tracking', function () { var ab = new ArrayBuffer(4, { maxByteLength: 8 }); var b = Buffer.from(ab, 1); ab.resize(8); return b.length; });
t('from offset length fixed', function () { var ab = new ArrayBuffer(4, { maxByteLength: 8 }); var b = Buffer.from(ab, 1, 2); ab.resize(8); var a = b.length; ab.resize(2); return [a, b.length]; });

/*===
from resizable [8,true]
grow tracks 12
shrink tracks [4,"<Buffer 01 01 01 01>"]
fill shrink in valueOf "<Buffer 07 07>"
indexOf shrink -1
write shrink threw TypeError ERR_INVALID_ARG_TYPE The "length" argument must be of type number. Received an instance of Object
copy shrink [2,"<Buffer 01 01 00 00 00 00 00 00>"]
copy detach [0,"<Buffer 00 00 00 00 00 00 00 00>"]
subarray detach threw TypeError undefined Cannot perform Construct on a detached ArrayBuffer
detached ops threw TypeError undefined Cannot perform %TypedArray%.prototype.set on a detached or out-of-bounds ArrayBuffer
detached fill threw TypeError undefined Cannot perform %TypedArray%.prototype.fill on a detached or out-of-bounds ArrayBuffer
detached write 0
from detached threw TypeError undefined Cannot perform Construct on a detached ArrayBuffer
compare detached -1
swap detached 0
fill target in valueOf "<Buffer 03 03 03 03 03 03 03 03 00 00 00 00 00 00 00 00>"
subarray follows resize [0,4,true]
slice of tracking [7,12]
from offset tracking 7
from offset length fixed [2,0]
===*/
