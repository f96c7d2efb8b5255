/*
 * The per-encoding methods Node keeps on Buffer.prototype (utf8Slice,
 * hexSlice, ..., utf8Write, hexWrite, ...) with their index and bounds
 * rules, and the deprecated parent/offset getters.
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

var b = Buffer.from('h\u00e9llo');
t('slices', function () { return [b.utf8Slice(), b.hexSlice(1, 3), b.latin1Slice(0, 3), b.asciiSlice(0, 3), b.base64Slice(), b.base64urlSlice(0, 4), Buffer.from('ab', 'ucs2').ucs2Slice()]; });
t('slice defaults', function () { return [b.hexSlice(1), b.hexSlice(undefined, 2), b.hexSlice(3, 1), b.hexSlice(6), b.hexSlice(6, 6), b.hexSlice(Math.pow(2, 40))]; });
t('slice coercion', function () { return [b.hexSlice(1.5, 3.5), b.hexSlice('1', '3'), b.hexSlice(NaN, 2), b.hexSlice(null, 2), b.hexSlice({}, 2)]; });
t('slice end past', function () { return b.hexSlice(1, 100); });
t('slice start neg', function () { return b.hexSlice(-1); });
t('slice end neg', function () { return b.hexSlice(0, -1); });
t('slice end Infinity', function () { return b.hexSlice(0, Infinity); });
t('slice start past end past', function () { return b.hexSlice(7, 8); });
t('slice empty', function () { return Buffer.alloc(0).hexSlice(3, 9); });
t('slice u16 this', function () { return Buffer.prototype.hexSlice.call(new Uint16Array(new Uint8Array([2, 1]).buffer)); });
t('slice bad this', function () { return Buffer.prototype.hexSlice.call({}); });
function w(name, args) { var x = Buffer.alloc(4); var n = x[name].apply(x, args); return [n, x.inspect()]; }
t('writes', function () { return [w('utf8Write', ['\u00e9a']), w('hexWrite', ['abcdef0102', 1]), w('hexWrite', ['abcdef', 1, 1]), w('latin1Write', ['\u00e9\u0101']), w('asciiWrite', ['abc', '1']), w('base64Write', ['AQID']), w('base64urlWrite', ['_-8']), w('ucs2Write', ['abc'])]; });
t('write offsets', function () { return [w('ucs2Write', ['abc', 4]), w('ucs2Write', ['abc', 1.5]), w('utf8Write', ['abc', NaN]), w('utf8Write', ['abc', 0, null]), w('utf8Write', ['abc', 1, 2.9])]; });
t('write utf8 whole chars', function () { return w('utf8Write', ['ab\u20ac']); });
t('write offset past', function () { return w('utf8Write', ['abc', 5]); });
t('write offset neg', function () { return w('utf8Write', ['abc', -1]); });
t('write length past', function () { return w('latin1Write', ['abc', 1, 10]); });
t('write length neg', function () { return w('utf8Write', ['abc', 0, -1]); });
t('write not string', function () { return w('utf8Write', [5]); });
t('write bad this', function () { return Buffer.prototype.utf8Write.call({}, 'a'); });
t('write u16 this', function () { var u = new Uint16Array(2); return [Buffer.prototype.latin1Write.call(u, 'ab'), Array.prototype.slice.call(new Uint8Array(u.buffer))]; });
t('lengths', function () { return [b.utf8Slice.length, b.utf8Write.length]; });
t('parent offset', function () { var s = b.subarray(2); return [s.parent === b.buffer, s.offset === s.byteOffset, typeof Buffer.prototype.parent, Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').enumerable, Buffer.prototype.parent]; });

/*===
slices ["héllo","c3a9","hÃ©","hC)","aMOpbGxv","aMOpbA","ab"]
slice defaults ["c3a96c6c6f","68c3","","","",""]
slice coercion ["c3a9","c3a9","68c3","68c3","68c3"]
slice end past threw RangeError ERR_OUT_OF_RANGE Index out of range
slice start neg threw RangeError ERR_OUT_OF_RANGE Index out of range
slice end neg threw RangeError ERR_OUT_OF_RANGE Index out of range
slice end Infinity threw RangeError ERR_OUT_OF_RANGE Index out of range
slice start past end past threw RangeError ERR_OUT_OF_RANGE Index out of range
slice empty ""
slice u16 this "0201"
slice bad this threw TypeError ERR_INVALID_ARG_TYPE argument must be a buffer
writes [[3,"<Buffer c3 a9 61 00>"],[3,"<Buffer 00 ab cd ef>"],[1,"<Buffer 00 ab 00 00>"],[2,"<Buffer e9 01 00 00>"],[3,"<Buffer 00 61 62 63>"],[3,"<Buffer 01 02 03 00>"],[2,"<Buffer ff ef 00 00>"],[4,"<Buffer 61 00 62 00>"]]
write offsets [[0,"<Buffer 00 00 00 00>"],[2,"<Buffer 00 61 00 00>"],[0,"<Buffer 00 00 00 00>"],[0,"<Buffer 00 00 00 00>"],[2,"<Buffer 00 61 62 00>"]]
write utf8 whole chars [2,"<Buffer 61 62 00 00>"]
write offset past threw RangeError ERR_BUFFER_OUT_OF_BOUNDS "offset" is outside of buffer bounds
write offset neg threw RangeError ERR_BUFFER_OUT_OF_BOUNDS "offset" is outside of buffer bounds
write length past threw RangeError ERR_BUFFER_OUT_OF_BOUNDS "length" is outside of buffer bounds
write length neg threw RangeError ERR_BUFFER_OUT_OF_BOUNDS "length" is outside of buffer bounds
write not string threw TypeError ERR_INVALID_ARG_TYPE argument must be a string
write bad this threw TypeError ERR_INVALID_ARG_TYPE argument must be a buffer
write u16 this [2,[97,98,0,0]]
lengths [2,3]
parent offset [true,true,"undefined",true,null]
===*/
