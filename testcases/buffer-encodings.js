/*
 * Encodings inside Buffer methods: write() keeps characters whole (utf8,
 * utf16le) and truncates hex/base64 at the byte range, fill() repeats
 * multi-byte patterns, indexOf/lastIndexOf/includes encode needles in each
 * encoding, toString ranges cut through characters, Buffer.from/alloc with
 * every encoding name.
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

function wr(len, args) { var x = Buffer.alloc(len); var n = Buffer.prototype.write.apply(x, args); return [n, x.inspect()]; }
t('write utf8 whole', function () { return [wr(1, ['\u00e9']), wr(2, ['a\u00e9']), wr(3, ['\u20ac']), wr(3, ['\ud83d\ude00']), wr(4, ['\ud83d\ude00'])]; });
t('write utf8 lone surrogate', function () { return [wr(3, ['\ud83d']), wr(2, ['\ud83d'])]; });
t('write ucs2', function () { return [wr(3, ['abc', 'ucs2']), wr(4, ['ab', 1, 'utf16le']), wr(5, ['\ud83d\ude00', 'utf-16le'])]; });
t('write hex', function () { return [wr(2, ['a1b2c3', 'hex']), wr(4, ['a1b2c3', 1, 2, 'hex'])]; });
t('write base64', function () { return [wr(2, ['aGVsbG8=', 'base64']), wr(6, ['aGVsbG8', 'base64url']), wr(6, ['aGV sbG8', 'base64'])]; });
t('write ascii latin1', function () { return [wr(3, ['\u00e9\u0101x', 'ascii']), wr(3, ['\u00e9\u0101x', 'latin1']), wr(3, ['\u00e9\u0101x', 'binary'])]; });
t('fill ucs2', function () { return Buffer.alloc(7).fill('ab', 'ucs2'); });
t('fill base64', function () { return Buffer.alloc(5).fill('AQID', 'base64'); });
t('fill utf8 multi', function () { return Buffer.alloc(7).fill('\u20ac'); });
t('fill ascii high', function () { return Buffer.alloc(3).fill('\u00e9', 'ascii'); });
t('fill latin1 wide', function () { return Buffer.alloc(3).fill('\u0141', 'latin1'); });
var h = Buffer.from('h\u00e9llo w\u00f6rld \u20ac');
t('indexOf utf8', function () { return [h.indexOf('\u00e9'), h.indexOf('\u00f6r'), h.lastIndexOf('\u20ac'), h.includes('\u00e9l')]; });
t('indexOf latin1', function () { return [h.indexOf('\u00e9', 0, 'latin1'), Buffer.from('h\u00e9', 'latin1').indexOf('\u00e9', 0, 'latin1')]; });
t('indexOf hex', function () { return [h.indexOf('6c6c', 0, 'hex'), h.indexOf('6c6c6f', 'hex'), h.indexOf('6c6', 0, 'hex')]; });
t('indexOf base64', function () { return [h.indexOf('bGxv', 0, 'base64'), h.lastIndexOf('bA==', 'base64'), h.indexOf('bGxv', 'base64url')]; });
var u = Buffer.from('abc\u20acab', 'ucs2');
t('indexOf ucs2', function () { return [u.indexOf('\u20ac', 0, 'ucs2'), u.lastIndexOf('ab', 'ucs2'), u.indexOf('b', 3, 'ucs2'), u.indexOf(Buffer.from('c', 'ucs2'), 0, 'ucs2')]; });
t('toString ranges', function () { return [h.toString('utf8', 1, 2), h.toString('utf8', 2, 3), h.toString('hex', 1, 3), h.toString('base64', 0, 4), h.toString('base64url', 0, 5)]; });
t('toString ucs2 odd', function () { return [u.toString('ucs2', 0, 3), u.toString('ucs2', 1, 5), u.toString('utf16le')]; });
t('toString ascii latin1', function () { var x = Buffer.from([0x41, 0xe9, 0xff]); return [x.toString('ascii'), x.toString('latin1'), x.toString('binary')]; });
t('from names', function () { return ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'latin1', 'BINARY', 'ascii', 'hex', 'base64', 'base64url'].map(function (e) { return Buffer.from('\u00e9A', e === 'hex' ? 'hex' : e).toString('hex'); }).join(); });
t('alloc enc fill', function () { return [Buffer.alloc(4, 'AQ', 'base64').inspect(), Buffer.alloc(5, '\u00e9', 'ucs2').inspect(), Buffer.alloc(3, 'ff', 'HEX').inspect()]; });
t('byteLength encs', function () { var s = 'h\u00e9\u20ac\ud83d\ude00'; return ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url'].map(function (e) { return Buffer.byteLength(s, e); }).join(); });

/*===
write utf8 whole [[0,"<Buffer 00>"],[1,"<Buffer 61 00>"],[3,"<Buffer e2 82 ac>"],[0,"<Buffer 00 00 00>"],[4,"<Buffer f0 9f 98 80>"]]
write utf8 lone surrogate [[3,"<Buffer ef bf bd>"],[0,"<Buffer 00 00>"]]
write ucs2 [[2,"<Buffer 61 00 00>"],[2,"<Buffer 00 61 00 00>"],[4,"<Buffer 3d d8 00 de 00>"]]
write hex [[2,"<Buffer a1 b2>"],[2,"<Buffer 00 a1 b2 00>"]]
write base64 [[2,"<Buffer 68 65>"],[5,"<Buffer 68 65 6c 6c 6f 00>"],[5,"<Buffer 68 65 6c 6c 6f 00>"]]
write ascii latin1 [[3,"<Buffer e9 01 78>"],[3,"<Buffer e9 01 78>"],[3,"<Buffer e9 01 78>"]]
fill ucs2 <Buffer 61 00 62 00 61 00 62>
fill base64 <Buffer 01 02 03 01 02>
fill utf8 multi <Buffer e2 82 ac e2 82 ac e2>
fill ascii high <Buffer e9 e9 e9>
fill latin1 wide <Buffer 41 41 41>
indexOf utf8 [1,8,14,true]
indexOf latin1 [-1,1]
indexOf hex [3,3,3]
indexOf base64 [3,11,3]
indexOf ucs2 [6,8,10,4]
toString ranges ["�","�","c3a9","aMOpbA==","aMOpbGw"]
toString ucs2 odd ["a","戀挀","abc€ab"]
toString ascii latin1 ["Ai","Aéÿ","Aéÿ"]
from names "c3a941,c3a941,e9004100,e9004100,e9004100,e9004100,e941,e941,e941,,,"
alloc enc fill ["<Buffer 01 01 01 01>","<Buffer e9 00 e9 00 e9>","<Buffer ff ff ff>"]
byteLength encs "10,10,5,5,2,3,3"
===*/
