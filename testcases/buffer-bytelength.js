/*
 * Buffer.byteLength (strings in each encoding, unknown encodings counted as
 * utf8, buffers, views and ArrayBuffers), Buffer.isEncoding and
 * Buffer.copyBytesFrom, with their errors.
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

t('byteLength', function () { return [Buffer.byteLength('abc'), Buffer.byteLength(''), Buffer.byteLength('\u00e9'), Buffer.byteLength('\u20ac'), Buffer.byteLength('\ud83d\ude00')]; });
t('byteLength enc', function () { return [Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('\u00e9', 'latin1'), Buffer.byteLength('ab', 'ucs2'), Buffer.byteLength('ab', 'ascii'), Buffer.byteLength('\u00e9', 'ascii')]; });
t('byteLength base64', function () { return [Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbG8', 'base64url'), Buffer.byteLength('aGVsbA==', 'base64')]; });
t('byteLength unknown enc', function () { return [Buffer.byteLength('\u00e9', 'nope'), Buffer.byteLength('ab', null), Buffer.byteLength('\u00e9', 0)]; });
t('byteLength views', function () { return [Buffer.byteLength(Buffer.alloc(3)), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new DataView(new ArrayBuffer(7))), Buffer.byteLength(new Float64Array(2).subarray(1))]; });
t('byteLength bad', function () { return Buffer.byteLength(5); });
t('byteLength bad obj', function () { return Buffer.byteLength({}); });
t('byteLength none', function () { return Buffer.byteLength(); });
t('isEncoding', function () { return ['utf8', 'UTF-8', 'hex', 'HeX', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'Utf16LE'].map(Buffer.isEncoding).join(); });
t('isEncoding no', function () { return ['', 'utf16', 'utf-16', 'nope', 'latin-1', ' utf8'].map(Buffer.isEncoding).join(); });
t('isEncoding types', function () { return [Buffer.isEncoding(), Buffer.isEncoding(null), Buffer.isEncoding(1), Buffer.isEncoding({ toString: function () { return 'utf8'; } })]; });
t('copyBytesFrom u8', function () { return Buffer.copyBytesFrom(new Uint8Array([1, 2, 3])); });
t('copyBytesFrom u16', function () { return Buffer.copyBytesFrom(new Uint16Array(new Uint8Array([1, 0, 3, 2]).buffer)); });
t('copyBytesFrom offset', function () { return Buffer.copyBytesFrom(new Uint16Array(new Uint8Array([1, 0, 2, 0, 3, 0]).buffer), 1); });
t('copyBytesFrom offset len', function () { return Buffer.copyBytesFrom(new Uint16Array(new Uint8Array([1, 0, 2, 0, 3, 0]).buffer), 1, 1); });
t('copyBytesFrom len big', function () { return Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1, 10); });
t('copyBytesFrom offset past', function () { return Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 3); });
t('copyBytesFrom len 0', function () { return Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 0, 0); });
t('copyBytesFrom copy', function () { var u = new Uint8Array([1]); var c = Buffer.copyBytesFrom(u); u[0] = 5; return c; });
t('copyBytesFrom f32', function () { return Buffer.copyBytesFrom(new Float32Array(new Uint8Array([0, 0, 0x80, 0x3f]).buffer)); });
t('copyBytesFrom buf', function () { return Buffer.copyBytesFrom(Buffer.from('ab')); });
t('copyBytesFrom empty', function () { return Buffer.copyBytesFrom(new Uint8Array(0), 5, -1); });
t('copyBytesFrom bad view', function () { return Buffer.copyBytesFrom([1, 2]); });
t('copyBytesFrom dataview', function () { return Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))); });
t('copyBytesFrom ab', function () { return Buffer.copyBytesFrom(new ArrayBuffer(2)); });
t('copyBytesFrom offset neg', function () { return Buffer.copyBytesFrom(new Uint8Array(2), -1); });
t('copyBytesFrom offset type', function () { return Buffer.copyBytesFrom(new Uint8Array(2), '1'); });
t('copyBytesFrom offset frac', function () { return Buffer.copyBytesFrom(new Uint8Array(2), 0.5); });
t('copyBytesFrom len neg', function () { return Buffer.copyBytesFrom(new Uint8Array(2), 0, -1); });
t('copyBytesFrom len type', function () { return Buffer.copyBytesFrom(new Uint8Array(2), 0, null); });
t('copyBytesFrom len past offset', function () { return Buffer.copyBytesFrom(new Uint8Array(2), 2, 'x'); });

/*===
byteLength [3,0,2,3,4]
byteLength enc [2,1,4,2,1]
byteLength base64 [5,5,4]
byteLength unknown enc [2,2,2]
byteLength views [3,6,5,7,8]
byteLength bad threw TypeError ERR_INVALID_ARG_TYPE The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (5)
byteLength bad obj threw TypeError ERR_INVALID_ARG_TYPE The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received an instance of Object
byteLength none threw TypeError ERR_INVALID_ARG_TYPE The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received undefined
isEncoding "true,true,true,true,true,true,true,true,true,true,true,true,true,true"
isEncoding no "false,false,false,false,false,false"
isEncoding types [false,false,false,false]
copyBytesFrom u8 <Buffer 01 02 03>
copyBytesFrom u16 <Buffer 01 00 03 02>
copyBytesFrom offset <Buffer 02 00 03 00>
copyBytesFrom offset len <Buffer 02 00>
copyBytesFrom len big <Buffer 02 03>
copyBytesFrom offset past <Buffer >
copyBytesFrom len 0 <Buffer >
copyBytesFrom copy <Buffer 01>
copyBytesFrom f32 <Buffer 00 00 80 3f>
copyBytesFrom buf <Buffer 61 62>
copyBytesFrom empty <Buffer >
copyBytesFrom bad view threw TypeError ERR_INVALID_ARG_TYPE The "view" argument must be an instance of TypedArray. Received an instance of Array
copyBytesFrom dataview threw TypeError ERR_INVALID_ARG_TYPE The "view" argument must be an instance of TypedArray. Received an instance of DataView
copyBytesFrom ab threw TypeError ERR_INVALID_ARG_TYPE The "view" argument must be an instance of TypedArray. Received an instance of ArrayBuffer
copyBytesFrom offset neg threw RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1
copyBytesFrom offset type threw TypeError ERR_INVALID_ARG_TYPE The "offset" argument must be of type number. Received type string ('1')
copyBytesFrom offset frac threw RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be an integer. Received 0.5
copyBytesFrom len neg threw RangeError ERR_OUT_OF_RANGE The value of "length" is out of range. It must be >= 0 && <= 9007199254740991. Received -1
copyBytesFrom len type threw TypeError ERR_INVALID_ARG_TYPE The "length" argument must be of type number. Received null
copyBytesFrom len past offset <Buffer >
===*/
