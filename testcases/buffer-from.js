/*
 * Buffer.from: strings, arrays and array-likes, typed arrays, ArrayBuffer
 * (shared memory, byteOffset/length rules), Buffers (copies), objects with
 * valueOf or Symbol.toPrimitive, {type: 'Buffer', data}, and the errors.
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

t('str', function () { return Buffer.from('abc'); });
t('str utf8', function () { return Buffer.from('abc', 'utf8'); });
t('str hex', function () { return Buffer.from('00ff7f', 'hex'); });
t('str HEX', function () { return Buffer.from('abcd', 'HEX'); });
t('str latin1', function () { return Buffer.from('ab', 'latin1'); });
t('str empty', function () { return Buffer.from(''); });
t('str empty bad enc', function () { return Buffer.from('', 'nope'); });
t('str bad enc', function () { return Buffer.from('a', 'nope'); });
t('str enc number', function () { return Buffer.from('ab', 5); });
t('str enc empty', function () { return Buffer.from('ab', ''); });
t('array', function () { return Buffer.from([1, 2, 3, 256, -1, 1.5, 'x', '12', null]); });
t('array empty', function () { return Buffer.from([]); });
t('array-like', function () { return Buffer.from({ length: 3, 0: 5, 1: 6 }); });
t('array-like frac', function () { return Buffer.from({ length: 2.5, 0: 1, 1: 2, 2: 3 }); });
t('array-like neg', function () { return Buffer.from({ length: -1 }); });
t('array-like str length', function () { return Buffer.from({ length: '2', 0: 1 }); });
t('u8', function () { return Buffer.from(new Uint8Array([1, 2, 3])); });
t('u16', function () { return Buffer.from(new Uint16Array([1, 256, 513])); });
t('i8', function () { return Buffer.from(new Int8Array([-1, -128, 5])); });
t('f64', function () { return Buffer.from(new Float64Array([1.5, -1, 300, NaN])); });
t('u8 copy', function () { var u = new Uint8Array([1, 2]); var b = Buffer.from(u); u[0] = 9; return b; });
t('buf copy', function () { var a = Buffer.from('xy'); var b = Buffer.from(a); a[0] = 0; return [b.toString(), a === b]; });
t('ab shared', function () { var ab = new ArrayBuffer(4); var b = Buffer.from(ab); b[0] = 7; return [new Uint8Array(ab)[0], b.length, b.buffer === ab]; });
t('ab offset', function () { var ab = new Uint8Array([1, 2, 3, 4]).buffer; return Buffer.from(ab, 1); });
t('ab offset len', function () { var ab = new Uint8Array([1, 2, 3, 4]).buffer; return Buffer.from(ab, 1, 2); });
t('ab offset frac', function () { var ab = new Uint8Array([1, 2, 3, 4]).buffer; return Buffer.from(ab, 1.5); });
t('ab offset NaN', function () { var ab = new Uint8Array([1, 2, 3, 4]).buffer; return Buffer.from(ab, 'x', 2); });
t('ab offset str', function () { var ab = new Uint8Array([1, 2, 3, 4]).buffer; return Buffer.from(ab, '2'); });
t('ab len 0', function () { var ab = new Uint8Array([1, 2, 3, 4]).buffer; return Buffer.from(ab, 0, -3); });
t('ab len end', function () { var ab = new Uint8Array([1, 2, 3, 4]).buffer; return Buffer.from(ab, 4); });
t('ab offset oob', function () { return Buffer.from(new ArrayBuffer(4), 5); });
t('ab length oob', function () { return Buffer.from(new ArrayBuffer(4), 1, 4); });
t('valueOf str', function () { return Buffer.from({ valueOf: function () { return 'hi'; } }); });
t('valueOf str enc', function () { return Buffer.from({ valueOf: function () { return '6869'; } }, 'hex'); });
t('valueOf arr', function () { return Buffer.from({ valueOf: function () { return [1, 2]; } }); });
t('valueOf num', function () { return Buffer.from({ valueOf: function () { return 5; } }); });
t('String obj', function () { return Buffer.from(new String('abc')); });
t('toPrimitive', function () { var o = {}; o[Symbol.toPrimitive] = function (hint) { return 'p:' + hint; }; return Buffer.from(o); });
t('toPrimitive num', function () { var o = {}; o[Symbol.toPrimitive] = function () { return 1; }; return Buffer.from(o); });
t('json shape', function () { return Buffer.from({ type: 'Buffer', data: [1, 2, 3] }); });
t('json roundtrip', function () { return Buffer.from(JSON.parse(JSON.stringify(Buffer.from('ok')))); });
t('json bad', function () { return Buffer.from({ type: 'Buffer', data: 'x' }); });
t('num', function () { return Buffer.from(5); });
t('null', function () { return Buffer.from(null); });
t('undefined', function () { return Buffer.from(); });
t('bool', function () { return Buffer.from(true); });
t('obj', function () { return Buffer.from({}); });
t('fn', function () { return Buffer.from(function foo() {}); });
t('long str', function () { return Buffer.from('this is a rather long string value'); });
t('dataview', function () { return Buffer.from(new DataView(new ArrayBuffer(4))); });
t('from.length', function () { return Buffer.from.length; });

/*===
str <Buffer 61 62 63>
str utf8 <Buffer 61 62 63>
str hex <Buffer 00 ff 7f>
str HEX <Buffer ab cd>
str latin1 <Buffer 61 62>
str empty <Buffer >
str empty bad enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
str bad enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
str enc number <Buffer 61 62>
str enc empty <Buffer 61 62>
array <Buffer 01 02 03 00 ff 01 00 0c 00>
array empty <Buffer >
array-like <Buffer 05 06 00>
array-like frac <Buffer 01 02>
array-like neg <Buffer >
array-like str length <Buffer >
u8 <Buffer 01 02 03>
u16 <Buffer 01 00 01>
i8 <Buffer ff 80 05>
f64 <Buffer 01 ff 2c 00>
u8 copy <Buffer 01 02>
buf copy ["xy",false]
ab shared [7,4,true]
ab offset <Buffer 02 03 04>
ab offset len <Buffer 02 03>
ab offset frac <Buffer 02 03 04>
ab offset NaN <Buffer 01 02>
ab offset str <Buffer 03 04>
ab len 0 <Buffer >
ab len end <Buffer >
ab offset oob threw RangeError ERR_BUFFER_OUT_OF_BOUNDS "offset" is outside of buffer bounds
ab length oob threw RangeError ERR_BUFFER_OUT_OF_BOUNDS "length" is outside of buffer bounds
valueOf str <Buffer 68 69>
valueOf str enc <Buffer 68 69>
valueOf arr <Buffer 01 02>
valueOf num threw TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object
String obj <Buffer 61 62 63>
toPrimitive <Buffer 70 3a 73 74 72 69 6e 67>
toPrimitive num threw TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object
json shape <Buffer 01 02 03>
json roundtrip <Buffer 6f 6b>
json bad threw TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object
num threw TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)
null threw TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received null
undefined threw TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received undefined
bool threw TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type boolean (true)
obj threw TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object
fn threw TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received function foo
long str <Buffer 74 68 69 73 20 69 73 20 61 20 72 61 74 68 65 72 20 6c 6f 6e 67 20 73 74 72 69 6e 67 20 76 61 6c 75 65>
dataview <Buffer >
from.length 3
===*/
