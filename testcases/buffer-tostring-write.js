/*
 * buf.toString(encoding, start, end) and toLocaleString (position
 * coercion and clamping, encoding names), buf.write(string, offset, length,
 * encoding) with its argument shuffles, and their errors.
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

var b = Buffer.from('hello world');
t('toString', function () { return b.toString(); });
t('toString utf8', function () { return [b.toString('utf8'), b.toString('utf-8'), b.toString('UTF8')]; });
t('toString hex', function () { return b.toString('hex'); });
t('toString latin1', function () { return [b.toString('latin1'), b.toString('binary')]; });
t('toString range', function () { return [b.toString('utf8', 6), b.toString('utf8', 0, 5), b.toString(undefined, 3, 5)]; });
t('toString neg', function () { return [b.toString('utf8', -3), b.toString('utf8', 0, -1), b.toString('utf8', 2, 1)]; });
t('toString big', function () { return [b.toString('utf8', 100), b.toString('utf8', 0, 100), b.toString('utf8', 11)]; });
t('toString frac', function () { return [b.toString('utf8', 1.9, 3.1), b.toString('utf8', '2', '4'), b.toString('utf8', NaN, NaN), b.toString('utf8', null, 3)]; });
t('toString obj pos', function () { return b.toString('utf8', { valueOf: function () { return 6; } }); });
t('toString bad enc', function () { return b.toString('nope'); });
t('toString null enc', function () { return b.toString(null); });
t('toString empty enc', function () { return b.toString(''); });
t('toString num enc', function () { return b.toString(0); });
t('toString bad enc empty range', function () { return b.toString('nope', 3, 3); });
t('toLocaleString', function () { return [b.toLocaleString(), b.toLocaleString('hex', 0, 2)]; });
t('toString empty', function () { return Buffer.alloc(0).toString(); });
t('toString u8 this', function () { return Buffer.prototype.toString.call(new Uint8Array([104, 105]), 'hex'); });
t('String()', function () { return String(Buffer.from('ok')) + Buffer.from('!'); });
function wr(args) { var x = Buffer.alloc(6); var n = Buffer.prototype.write.apply(x, args); return [n, x.inspect()]; }
t('write', function () { return wr(['abc']); });
t('write long', function () { return wr(['abcdefghij']); });
t('write offset', function () { return wr(['abc', 4]); });
t('write offset len', function () { return wr(['abcdef', 1, 2]); });
t('write enc as offset', function () { return wr(['6162', 'hex']); });
t('write enc as len', function () { return wr(['6162', 2, 'hex']); });
t('write all args', function () { return wr(['616263', 1, 2, 'hex']); });
t('write latin1', function () { return wr(['\u00e9\u00ff', 'latin1']); });
t('write falsy enc', function () { return wr(['ab', 0, 2, '']); });
t('write null enc', function () { return wr(['ab', 0, 2, null]); });
t('write hex odd', function () { return wr(['abc', 'hex']); });
t('write hex bad', function () { return wr(['zz11', 'hex']); });
t('write empty', function () { return wr(['']); });
t('write offset end', function () { return wr(['abc', 6]); });
t('write len big', function () { return wr(['abc', 5, 3]); });
tc('write offset big', function () { return wr(['abc', 7]); });
tc('write offset neg', function () { return wr(['abc', -1]); });
t('write offset frac', function () { return wr(['abc', 1.5]); });
t('write offset type', function () { return wr(['abc', null]); });
t('write offset str num', function () { return wr(['abc', '1', 2]); });
tc('write len big2', function () { return wr(['abc', 0, 7]); });
t('write len type', function () { return wr(['abc', 0, null]); });
t('write bad enc', function () { return wr(['abc', 0, 3, 'nope']); });
t('write bad enc2', function () { return wr(['abc', 'nope']); });
t('write not string', function () { return wr([5]); });
t('write not string offset', function () { return wr([5, 1]); });
t('write utf8 no split', function () { var x = Buffer.alloc(4); return [x.write('a\u00e9\u00e9'), x.inspect()]; });

/*===
toString "hello world"
toString utf8 ["hello world","hello world","hello world"]
toString hex "68656c6c6f20776f726c64"
toString latin1 ["hello world","hello world"]
toString range ["world","hello","lo"]
toString neg ["hello world","",""]
toString big ["","hello world",""]
toString frac ["el","ll","","hel"]
toString obj pos "world"
toString bad enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
toString null enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: null
toString empty enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 
toString num enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 0
toString bad enc empty range ""
toLocaleString ["hello world","6865"]
toString empty ""
toString u8 this "6869"
String() "ok!"
write [3,"<Buffer 61 62 63 00 00 00>"]
write long [6,"<Buffer 61 62 63 64 65 66>"]
write offset [2,"<Buffer 00 00 00 00 61 62>"]
write offset len [2,"<Buffer 00 61 62 00 00 00>"]
write enc as offset [2,"<Buffer 61 62 00 00 00 00>"]
write enc as len [2,"<Buffer 00 00 61 62 00 00>"]
write all args [2,"<Buffer 00 61 62 00 00 00>"]
write latin1 [2,"<Buffer e9 ff 00 00 00 00>"]
write falsy enc [2,"<Buffer 61 62 00 00 00 00>"]
write null enc [2,"<Buffer 61 62 00 00 00 00>"]
write hex odd [1,"<Buffer ab 00 00 00 00 00>"]
write hex bad [0,"<Buffer 00 00 00 00 00 00>"]
write empty [0,"<Buffer 00 00 00 00 00 00>"]
write offset end [0,"<Buffer 00 00 00 00 00 00>"]
write len big [1,"<Buffer 00 00 00 00 00 61>"]
write offset big threw RangeError ERR_OUT_OF_RANGE
write offset neg threw RangeError ERR_OUT_OF_RANGE
write offset frac threw RangeError ERR_OUT_OF_RANGE The value of "offset" is out of range. It must be an integer. Received 1.5
write offset type threw TypeError ERR_INVALID_ARG_TYPE The "offset" argument must be of type number. Received null
write offset str num threw TypeError ERR_INVALID_ARG_TYPE The "offset" argument must be of type number. Received type string ('1')
write len big2 threw RangeError ERR_OUT_OF_RANGE
write len type threw TypeError ERR_INVALID_ARG_TYPE The "length" argument must be of type number. Received null
write bad enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
write bad enc2 threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
write not string threw TypeError ERR_INVALID_ARG_TYPE argument must be a string
write not string offset threw TypeError ERR_INVALID_ARG_TYPE argument must be a string
write utf8 no split [3,"<Buffer 61 c3 a9 00>"]
===*/
