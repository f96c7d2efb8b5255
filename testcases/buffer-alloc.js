/*
 * Buffer.alloc, allocUnsafe, allocUnsafeSlow, Buffer.of, poolSize, the
 * Buffer(arg) constructor, isBuffer and the prototype chain; size errors.
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

t('alloc 0', function () { return Buffer.alloc(0); });
t('alloc 3', function () { return Buffer.alloc(3); });
t('alloc 2.7', function () { return Buffer.alloc(2.7); });
t('alloc fill num', function () { return Buffer.alloc(4, 257); });
t('alloc fill -1', function () { return Buffer.alloc(3, -1); });
t('alloc fill str', function () { return Buffer.alloc(5, 'abc'); });
t('alloc fill hex', function () { return Buffer.alloc(5, 'a1b2', 'hex'); });
t('alloc fill latin1', function () { return Buffer.alloc(3, 'xy', 'latin1'); });
t('alloc fill empty str', function () { return Buffer.alloc(3, ''); });
t('alloc fill buf', function () { return Buffer.alloc(5, Buffer.from([1, 2])); });
t('alloc fill u8', function () { return Buffer.alloc(4, new Uint8Array([9])); });
t('alloc fill true', function () { return Buffer.alloc(3, true); });
t('alloc fill obj', function () { return Buffer.alloc(2, { valueOf: function () { return 7; } }); });
t('alloc fill 0 size', function () { return Buffer.alloc(0, 'abc'); });
t('alloc fill bad hex', function () { return Buffer.alloc(4, 'zz', 'hex'); });
t('alloc fill empty buf', function () { return Buffer.alloc(4, Buffer.alloc(0)); });
t('alloc bad enc', function () { return Buffer.alloc(4, 'a', 'nope'); });
t('alloc enc type', function () { return Buffer.alloc(4, 'a', 5); });
t('alloc enc null', function () { return Buffer.alloc(2, 'a', null); });
t('alloc enc ignored', function () { return Buffer.alloc(2, 5, 'nope'); });
t('alloc str size', function () { return Buffer.alloc('5'); });
t('alloc undefined', function () { return Buffer.alloc(); });
t('alloc null', function () { return Buffer.alloc(null); });
tc('alloc -1', function () { return Buffer.alloc(-1); });
tc('alloc NaN', function () { return Buffer.alloc(NaN); });
tc('alloc huge', function () { return Buffer.alloc(Math.pow(2, 53)); });
tc('alloc Infinity', function () { return Buffer.alloc(Infinity); });
t('allocUnsafe', function () { return Buffer.allocUnsafe(3).length; });
t('allocUnsafe 0', function () { return Buffer.allocUnsafe(0); });
t('allocUnsafe type', function () { return Buffer.allocUnsafe('1'); });
tc('allocUnsafe -1', function () { return Buffer.allocUnsafe(-1); });
t('allocUnsafeSlow', function () { return Buffer.allocUnsafeSlow(5).length; });
t('allocUnsafeSlow type', function () { return Buffer.allocUnsafeSlow({}); });
t('of', function () { return Buffer.of(1, 2, 255, 256, -1, 1.9, NaN, '7'); });
t('of empty', function () { return Buffer.of(); });
t('poolSize', function () { return typeof Buffer.poolSize; });
t('ctor num', function () { return new Buffer(3); });
t('ctor call num', function () { return Buffer(2); });
t('ctor str', function () { return new Buffer('hi'); });
t('ctor str enc', function () { return new Buffer('6869', 'hex'); });
t('ctor arr', function () { return Buffer([1, 2, 3]); });
t('ctor num enc', function () { return new Buffer(3, 'utf8'); });
tc('ctor neg', function () { return new Buffer(-5); });
t('ctor bad', function () { return new Buffer(null); });
t('isBuffer buf', function () { return Buffer.isBuffer(Buffer.alloc(1)); });
t('isBuffer u8', function () { return Buffer.isBuffer(new Uint8Array(1)); });
t('isBuffer str', function () { return Buffer.isBuffer('a'); });
t('isBuffer none', function () { return Buffer.isBuffer(); });
t('instanceof', function () { var b = Buffer.alloc(1); return [b instanceof Buffer, b instanceof Uint8Array, Buffer.from([1]) instanceof Buffer]; });
t('proto chain', function () { return [Object.getPrototypeOf(Buffer) === Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.prototype.constructor === Buffer]; });
t('names', function () { return [Buffer.name, Buffer.length, Buffer.alloc.length, Buffer.from.length, Buffer.concat.length]; });

t('fill bad value inspect', function () { return Buffer.alloc(2, 'zz\x01\x7f\u0085\u00a0\ud83d\ude00\ud83d|\udc00\n\'', 'hex'); });
t('fill bad value quotes', function () { return Buffer.alloc(2, 'z\'"', 'hex'); });
t('fill bad value all quotes', function () { return Buffer.alloc(2, 'z\'"`', 'hex'); });
t('fill bad lone surrogate', function () { return Buffer.alloc(3, '\udc00x', 'base64url'); });

/*===
alloc 0 <Buffer >
alloc 3 <Buffer 00 00 00>
alloc 2.7 <Buffer 00 00>
alloc fill num <Buffer 01 01 01 01>
alloc fill -1 <Buffer ff ff ff>
alloc fill str <Buffer 61 62 63 61 62>
alloc fill hex <Buffer a1 b2 a1 b2 a1>
alloc fill latin1 <Buffer 78 79 78>
alloc fill empty str <Buffer 00 00 00>
alloc fill buf <Buffer 01 02 01 02 01>
alloc fill u8 <Buffer 09 09 09 09>
alloc fill true <Buffer 01 01 01>
alloc fill obj <Buffer 07 07>
alloc fill 0 size <Buffer >
alloc fill bad hex threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received 'zz'
alloc fill empty buf threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received <Buffer >
alloc bad enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
alloc enc type threw TypeError ERR_INVALID_ARG_TYPE The "encoding" argument must be of type string. Received type number (5)
alloc enc null <Buffer 61 61>
alloc enc ignored <Buffer 05 05>
alloc str size threw TypeError ERR_INVALID_ARG_TYPE The "size" argument must be of type number. Received type string ('5')
alloc undefined threw TypeError ERR_INVALID_ARG_TYPE The "size" argument must be of type number. Received undefined
alloc null threw TypeError ERR_INVALID_ARG_TYPE The "size" argument must be of type number. Received null
alloc -1 threw RangeError ERR_OUT_OF_RANGE
alloc NaN threw RangeError ERR_OUT_OF_RANGE
alloc huge threw RangeError ERR_OUT_OF_RANGE
alloc Infinity threw RangeError ERR_OUT_OF_RANGE
allocUnsafe 3
allocUnsafe 0 <Buffer >
allocUnsafe type threw TypeError ERR_INVALID_ARG_TYPE The "size" argument must be of type number. Received type string ('1')
allocUnsafe -1 threw RangeError ERR_OUT_OF_RANGE
allocUnsafeSlow 5
allocUnsafeSlow type threw TypeError ERR_INVALID_ARG_TYPE The "size" argument must be of type number. Received an instance of Object
of <Buffer 01 02 ff 00 ff 01 00 07>
of empty <Buffer >
poolSize "number"
ctor num <Buffer 00 00 00>
ctor call num <Buffer 00 00>
ctor str <Buffer 68 69>
ctor str enc <Buffer 68 69>
ctor arr <Buffer 01 02 03>
ctor num enc threw TypeError ERR_INVALID_ARG_TYPE The "string" argument must be of type string. Received type number (3)
ctor neg threw RangeError ERR_OUT_OF_RANGE
ctor bad threw TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received null
isBuffer buf true
isBuffer u8 false
isBuffer str false
isBuffer none false
instanceof [true,true,true]
proto chain [true,true,true]
names ["Buffer",3,3,3,2]
fill bad value inspect threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received "zz\x01\x7F\x85 😀\ud83d|\udc00\n'"
fill bad value quotes threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received `z'"`
fill bad value all quotes threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received 'z\'"`'
fill bad lone surrogate threw TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received '\udc00x'
===*/
