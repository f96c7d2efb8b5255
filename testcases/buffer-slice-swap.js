/*
 * buf.slice and buf.subarray (shared memory, Node's clamping of negative,
 * fractional, NaN and out-of-range positions), swap16/32/64, toJSON and
 * inspect (INSPECT_MAX_BYTES truncation, constructor name).
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
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

var b = Buffer.from([1, 2, 3, 4, 5]);
function sl(s, e) { return [b.slice(s, e).inspect(), b.subarray(s, e).inspect()].join(' '); }
t('slice all', function () { return sl(); });
t('slice 1', function () { return sl(1); });
t('slice 1 3', function () { return sl(1, 3); });
t('slice neg', function () { return sl(-2); });
t('slice neg neg', function () { return sl(-4, -1); });
t('slice big neg', function () { return sl(-100, 2); });
t('slice big', function () { return sl(2, 100); });
t('slice rev', function () { return sl(3, 1); });
t('slice frac', function () { return sl(1.9, 3.9); });
t('slice NaN', function () { return sl(NaN, NaN); });
t('slice str', function () { return sl('1', '3'); });
t('slice null', function () { return sl(null, null); });
t('slice Infinity', function () { return sl(-Infinity, Infinity); });
t('slice shared', function () { var s = b.slice(1, 3); s[0] = 9; var r = b.inspect(); b[1] = 2; return r; });
t('subarray shared', function () { var s = b.subarray(2); s[0] = 8; var r = b[2]; b[2] = 3; return r; });
t('slice is Buffer', function () { var s = b.slice(1); return [Buffer.isBuffer(s), s instanceof Buffer, s.buffer === b.buffer, s.byteOffset - b.byteOffset]; });
t('slice of slice', function () { return b.slice(1, 4).slice(1, 2); });
t('slice u8 this', function () { var u = new Uint8Array([1, 2, 3]); var s = Buffer.prototype.slice.call(u, 1); s[0] = 7; return [Buffer.isBuffer(s), u[1]]; });
t('swap16', function () { return Buffer.from([1, 2, 3, 4]).swap16(); });
t('swap32', function () { return Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32(); });
t('swap64', function () { return Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]).swap64(); });
t('swap16 long', function () { var x = Buffer.alloc(40); x[0] = 1; x[39] = 2; x.swap16(); return [x[1], x[38]]; });
t('swap returns this', function () { var x = Buffer.alloc(4); return [x.swap16() === x, x.swap32() === x]; });
t('swap empty', function () { return Buffer.alloc(0).swap64(); });
t('swap16 odd', function () { return Buffer.alloc(3).swap16(); });
t('swap32 bad', function () { return Buffer.alloc(6).swap32(); });
t('swap64 bad', function () { return Buffer.alloc(4).swap64(); });
t('toJSON', function () { return Buffer.from([1, 255]).toJSON(); });
t('toJSON empty', function () { return Buffer.alloc(0).toJSON(); });
t('JSON.stringify', function () { return JSON.stringify({ b: Buffer.from('hi') }); });
t('inspect', function () { return Buffer.from('hi').inspect(); });
t('inspect empty', function () { return Buffer.alloc(0).inspect(); });
t('inspect 50', function () { return Buffer.alloc(50, 0xab).inspect(); });
t('inspect 51', function () { return Buffer.alloc(51).inspect(); });
t('inspect 52', function () { return Buffer.alloc(52).inspect(); });
t('inspect 1000', function () { return Buffer.alloc(1000, 1).inspect(); });
t('print', function () { print(Buffer.from('hi'), Buffer.alloc(0), Buffer.alloc(60)); return 1; });

/*===
slice all "<Buffer 01 02 03 04 05> <Buffer 01 02 03 04 05>"
slice 1 "<Buffer 02 03 04 05> <Buffer 02 03 04 05>"
slice 1 3 "<Buffer 02 03> <Buffer 02 03>"
slice neg "<Buffer 04 05> <Buffer 04 05>"
slice neg neg "<Buffer 02 03 04> <Buffer 02 03 04>"
slice big neg "<Buffer 01 02> <Buffer 01 02>"
slice big "<Buffer 03 04 05> <Buffer 03 04 05>"
slice rev "<Buffer > <Buffer >"
slice frac "<Buffer 02 03> <Buffer 02 03>"
slice NaN "<Buffer > <Buffer >"
slice str "<Buffer 02 03> <Buffer 02 03>"
slice null "<Buffer > <Buffer >"
slice Infinity "<Buffer 01 02 03 04 05> <Buffer 01 02 03 04 05>"
slice shared "<Buffer 01 09 03 04 05>"
subarray shared 8
slice is Buffer [true,true,true,1]
slice of slice <Buffer 03>
slice u8 this [false,7]
swap16 <Buffer 02 01 04 03>
swap32 <Buffer 04 03 02 01 08 07 06 05>
swap64 <Buffer 08 07 06 05 04 03 02 01 10 0f 0e 0d 0c 0b 0a 09>
swap16 long [1,2]
swap returns this [true,true]
swap empty <Buffer >
swap16 odd threw RangeError ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 16-bits
swap32 bad threw RangeError ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 32-bits
swap64 bad threw RangeError ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 64-bits
toJSON {"type":"Buffer","data":[1,255]}
toJSON empty {"type":"Buffer","data":[]}
JSON.stringify "{\"b\":{\"type\":\"Buffer\",\"data\":[104,105]}}"
inspect "<Buffer 68 69>"
inspect empty "<Buffer >"
inspect 50 "<Buffer ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab>"
inspect 51 "<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 1 more byte>"
inspect 52 "<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 2 more bytes>"
inspect 1000 "<Buffer 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 ... 950 more bytes>"
<Buffer 68 69> <Buffer > <Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 10 more bytes>
print 1
===*/
