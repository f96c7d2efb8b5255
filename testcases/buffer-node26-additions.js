/*
 * Node v26's newer Buffer statics and module functions: Buffer.allocUnsafe
 * and allocUnsafeSlow with an alignment, Buffer.stringLength, buffer.isLatin1,
 * with their errors; and the .length of Buffer methods whose last arguments
 * are optional (fixed-width writes, float reads, compare).
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer"]} ---*/
function t(f) {
    try { print(JSON.stringify(f())); } catch (e) { print(e.name, e.code, e.message); }
}
print('-- allocUnsafe(size, alignment)');
t(function () { var b = Buffer.allocUnsafe(5, 8); return [b.length, Buffer.isBuffer(b)]; });
t(function () { var b = Buffer.allocUnsafeSlow(7, 4096); return [b.length, Buffer.isBuffer(b)]; });
t(function () { var b = Buffer.allocUnsafe(0, 1); return [b.length]; });
t(function () { var b = Buffer.allocUnsafe(3, 16); b.fill(7); return [b[0], b[2], b.length]; });
t(function () { return Buffer.allocUnsafe(5, 3); });
t(function () { return Buffer.allocUnsafe(5, 0); });
t(function () { return Buffer.allocUnsafe(5, '8'); });
t(function () { return Buffer.allocUnsafe(5, 1.5); });
t(function () { return Buffer.allocUnsafe(5, -8); });
t(function () { return Buffer.allocUnsafe(5, 2147483648); });
t(function () { return Buffer.allocUnsafe(5, null); });
t(function () { return Buffer.allocUnsafe(5, NaN); });
t(function () { return Buffer.allocUnsafe(5, 1000000); });
t(function () { return Buffer.allocUnsafeSlow(5, 12); });
t(function () { return Buffer.allocUnsafe('5', 8); });
t(function () { return [Buffer.allocUnsafe.length, Buffer.allocUnsafeSlow.length]; });
print('-- stringLength');
t(function () { return Buffer.stringLength(Buffer.from('h\u00e9llo\u20ac'), 'utf8'); });
t(function () { return Buffer.stringLength(Buffer.from('h\u00e9llo\u20ac')); });
t(function () { return Buffer.stringLength(Buffer.from([0xff, 0xfe, 0x41]), 'utf8'); });
t(function () { return Buffer.stringLength(Buffer.from([0xf0, 0x9f, 0x98, 0x80, 0x41])); });
t(function () { return Buffer.stringLength(Buffer.from('abcd'), 'hex'); });
t(function () { return Buffer.stringLength(Buffer.from('abcd'), 'base64'); });
t(function () { return Buffer.stringLength(Buffer.from('abcd'), 'BASE64URL'); });
t(function () { return Buffer.stringLength(Buffer.from('abcd'), 'latin1'); });
t(function () { return Buffer.stringLength(Buffer.from('abcde'), 'utf16le'); });
t(function () { return Buffer.stringLength(new Uint16Array(3), 'ascii'); });
t(function () { return Buffer.stringLength(new ArrayBuffer(4), 'base64url'); });
t(function () { return Buffer.stringLength(new Uint8Array(0)); });
t(function () { return Buffer.stringLength('abc'); });
t(function () { return Buffer.stringLength(Buffer.alloc(2), 'bogus'); });
t(function () { return Buffer.stringLength(Buffer.alloc(2), 5); });
t(function () { return Buffer.stringLength(Buffer.alloc(2), null); });
t(function () { return Buffer.stringLength(Buffer.alloc(2), { toString: function () { return 'hex'; } }); });
t(function () { return Buffer.stringLength(new DataView(new ArrayBuffer(3))); });
t(function () { return Buffer.stringLength.length; });
print('-- isLatin1');
var b = require('buffer');
t(function () { return [b.isLatin1('abc\u00ff'), b.isLatin1('abc\u0100'), b.isLatin1(''), b.isLatin1('\ud800'), b.isLatin1('\u00e9\u00c0x'), b.isLatin1('\ud83d\ude00')]; });
t(function () { return b.isLatin1(Buffer.from('a')); });
t(function () { return b.isLatin1(); });
t(function () { return b.isLatin1(new String('a')); });
t(function () { return b.isLatin1.length; });
print('-- lengths');
t(function () {
    var p = Buffer.prototype, names = ['compare', 'readInt16LE', 'readFloatLE', 'readDoubleBE', 'readIntLE',
        'writeUInt8', 'writeUint16BE', 'writeInt32LE', 'writeFloatBE', 'writeDoubleLE', 'writeIntBE', 'writeUIntLE'];
    return names.map(function (n) { return n + ':' + p[n].length; });
});
t(function () { return Object.getOwnPropertyDescriptor(Buffer.prototype.writeUInt8, 'length'); });

/*===
-- allocUnsafe(size, alignment)
[5,true]
[7,true]
[0]
[7,7,3]
TypeError ERR_INVALID_ARG_VALUE The argument 'alignment' must be a power of two. Received 3
RangeError ERR_OUT_OF_RANGE The value of "alignment" is out of range. It must be >= 1 && <= 1073741824. Received 0
TypeError ERR_INVALID_ARG_TYPE The "alignment" argument must be of type number. Received type string ('8')
RangeError ERR_OUT_OF_RANGE The value of "alignment" is out of range. It must be an integer. Received 1.5
RangeError ERR_OUT_OF_RANGE The value of "alignment" is out of range. It must be >= 1 && <= 1073741824. Received -8
RangeError ERR_OUT_OF_RANGE The value of "alignment" is out of range. It must be >= 1 && <= 1073741824. Received 2147483648
TypeError ERR_INVALID_ARG_TYPE The "alignment" argument must be of type number. Received null
RangeError ERR_OUT_OF_RANGE The value of "alignment" is out of range. It must be an integer. Received NaN
TypeError ERR_INVALID_ARG_VALUE The argument 'alignment' must be a power of two. Received 1000000
TypeError ERR_INVALID_ARG_VALUE The argument 'alignment' must be a power of two. Received 12
TypeError ERR_INVALID_ARG_TYPE The "size" argument must be of type number. Received type string ('5')
[2,2]
-- stringLength
6
6
3
3
8
8
6
4
2
6
6
0
TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string ('abc')
TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bogus
TypeError ERR_INVALID_ARG_TYPE The "encoding" argument must be of type string. Received type number (5)
TypeError ERR_INVALID_ARG_TYPE The "encoding" argument must be of type string. Received null
TypeError ERR_INVALID_ARG_TYPE The "encoding" argument must be of type string. Received an instance of Object
TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received an instance of DataView
1
-- isLatin1
[true,false,true,false,true,false]
TypeError ERR_INVALID_ARG_TYPE The "input" argument must be of type string. Received an instance of Buffer
TypeError ERR_INVALID_ARG_TYPE The "input" argument must be of type string. Received undefined
TypeError ERR_INVALID_ARG_TYPE The "input" argument must be of type string. Received an instance of String
1
-- lengths
["compare:5","readInt16LE:1","readFloatLE:0","readDoubleBE:0","readIntLE:2","writeUInt8:1","writeUint16BE:1","writeInt32LE:1","writeFloatBE:1","writeDoubleLE:1","writeIntBE:3","writeUIntLE:3"]
{"value":1,"writable":false,"enumerable":false,"configurable":true}
===*/
