/*
 * Node Buffer 'utf8' encoding both ways: lone surrogates, non-BMP, invalid
 * UTF-8 (overlongs, encoded surrogates, truncated sequences, 0xF5..0xFF)
 * decoded with U+FFFD per maximal subpart, buf.write() writing whole
 * characters only, Buffer.byteLength.
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer"]} ---*/
function hex(b) {
    var r = [];
    for (var i = 0; i < b.length; i++) {
        r.push((b[i] < 16 ? '0' : '') + b[i].toString(16));
    }
    return '<' + r.join(' ') + '>';
}
function units(s) {
    var r = [];
    for (var i = 0; i < s.length; i++) {
        r.push(s.charCodeAt(i).toString(16));
    }
    return '[' + r.join(' ') + ']';
}
var strs = ['', 'abc', '\u00e9', '\u07ff\u0800', '\u20ac', '\uffff', '\ud83d\ude00', '\ud800', '\udc00', '\ud800\ud800',
            '\udc00\ud800', 'a\ud800b', '\ud83d', '\ude00\ud83d', 'x\ud83d\ude00\ud83d\ude00y', '\u0000', '\ufffd',
            '\udbff\udfff', '\ud800\udc00'];
for (var i = 0; i < strs.length; i++) {
    var b = Buffer.from(strs[i], 'utf8');
    print('from', i, hex(b), Buffer.byteLength(strs[i]), Buffer.byteLength(strs[i], 'utf-8'), units(b.toString()));
}
var bad = [
    [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf], [0xe0, 0xa0], [0xed, 0xa0, 0x80],
    [0xed, 0xbf, 0xbf], [0xed, 0x9f, 0xbf], [0xee, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x8f, 0xbf, 0xbf],
    [0xf0, 0x90, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf5, 0x80, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
    [0xfc, 0x84, 0x80, 0x80, 0x80, 0x80], [0xfe], [0xff], [0x80], [0xbf, 0x80], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98, 0x41],
    [0x61, 0xf1, 0x80, 0x80, 0xe1, 0x80, 0xc2, 0x62, 0x80, 0x63, 0x80, 0xbf, 0x64], [0xef, 0xbb, 0xbf, 0x41],
    [0xe2, 0x82, 0xe2, 0x82, 0xac], [0xc3, 0xa9, 0xc3]
];
for (var i = 0; i < bad.length; i++) {
    print('decode', hex(bad[i]), units(Buffer.from(bad[i]).toString('utf8')));
}
var all = [];
for (var c = 0; c < 256; c++) {
    all.push(c);
}
print('all bytes', units(Buffer.from(all).toString()));
print('range', units(Buffer.from([0x41, 0xe2, 0x82, 0xac, 0x42]).toString('utf8', 1, 3)));

var src = 'a\u00e9\u20ac\ud83d\ude00z';
for (var cap = 0; cap <= 12; cap++) {
    var buf = Buffer.alloc(cap, 0xee);
    print('write cap', cap, buf.write(src, 0, 'utf8'), hex(buf));
}
var buf = Buffer.alloc(8, 0xee);
print('write offset', buf.write('\u20ac\u20ac', 2, 4, 'utf8'), hex(buf));
print('write lone', Buffer.alloc(4).write('\ud800', 'utf8'), hex(Buffer.from('\ud800x')));

var big = '';
for (var c = 0; c < 0x800; c += 3) {
    big += String.fromCharCode(c);
}
big += '\ud83d\ude00';
var bb = Buffer.from(big);
print('round trip', bb.length, bb.toString() === big, Buffer.byteLength(big));

/*===
from 0 <> 0 0 []
from 1 <61 62 63> 3 3 [61 62 63]
from 2 <c3 a9> 2 2 [e9]
from 3 <df bf e0 a0 80> 5 5 [7ff 800]
from 4 <e2 82 ac> 3 3 [20ac]
from 5 <ef bf bf> 3 3 [ffff]
from 6 <f0 9f 98 80> 4 4 [d83d de00]
from 7 <ef bf bd> 3 3 [fffd]
from 8 <ef bf bd> 3 3 [fffd]
from 9 <ef bf bd ef bf bd> 6 6 [fffd fffd]
from 10 <ef bf bd ef bf bd> 6 6 [fffd fffd]
from 11 <61 ef bf bd 62> 5 5 [61 fffd 62]
from 12 <ef bf bd> 3 3 [fffd]
from 13 <ef bf bd ef bf bd> 6 6 [fffd fffd]
from 14 <78 f0 9f 98 80 f0 9f 98 80 79> 10 10 [78 d83d de00 d83d de00 79]
from 15 <00> 1 1 [0]
from 16 <ef bf bd> 3 3 [fffd]
from 17 <f4 8f bf bf> 4 4 [dbff dfff]
from 18 <f0 90 80 80> 4 4 [d800 dc00]
decode <c0 80> [fffd fffd]
decode <c1 bf> [fffd fffd]
decode <c2> [fffd]
decode <e0 80 80> [fffd fffd fffd]
decode <e0 9f bf> [fffd fffd fffd]
decode <e0 a0> [fffd]
decode <ed a0 80> [fffd fffd fffd]
decode <ed bf bf> [fffd fffd fffd]
decode <ed 9f bf> [d7ff]
decode <ee 80> [fffd]
decode <f0 80 80 80> [fffd fffd fffd fffd]
decode <f0 8f bf bf> [fffd fffd fffd fffd]
decode <f0 90 80> [fffd]
decode <f4 90 80 80> [fffd fffd fffd fffd]
decode <f4 8f bf bf> [dbff dfff]
decode <f5 80 80 80> [fffd fffd fffd fffd]
decode <f8 88 80 80 80> [fffd fffd fffd fffd fffd]
decode <fc 84 80 80 80 80> [fffd fffd fffd fffd fffd fffd]
decode <fe> [fffd]
decode <ff> [fffd]
decode <80> [fffd]
decode <bf 80> [fffd fffd]
decode <e2 82 41> [fffd 41]
decode <f0 9f 98 41> [fffd 41]
decode <61 f1 80 80 e1 80 c2 62 80 63 80 bf 64> [61 fffd fffd fffd 62 fffd 63 fffd fffd 64]
decode <ef bb bf 41> [feff 41]
decode <e2 82 e2 82 ac> [fffd 20ac]
decode <c3 a9 c3> [e9 fffd]
all bytes [0 1 2 3 4 5 6 7 8 9 a b c d e f 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f 30 31 32 33 34 35 36 37 38 39 3a 3b 3c 3d 3e 3f 40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 51 52 53 54 55 56 57 58 59 5a 5b 5c 5d 5e 5f 60 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70 71 72 73 74 75 76 77 78 79 7a 7b 7c 7d 7e 7f fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd fffd]
range [fffd]
write cap 0 0 <>
write cap 1 1 <61>
write cap 2 1 <61 ee>
write cap 3 3 <61 c3 a9>
write cap 4 3 <61 c3 a9 ee>
write cap 5 3 <61 c3 a9 ee ee>
write cap 6 6 <61 c3 a9 e2 82 ac>
write cap 7 6 <61 c3 a9 e2 82 ac ee>
write cap 8 6 <61 c3 a9 e2 82 ac ee ee>
write cap 9 6 <61 c3 a9 e2 82 ac ee ee ee>
write cap 10 10 <61 c3 a9 e2 82 ac f0 9f 98 80>
write cap 11 11 <61 c3 a9 e2 82 ac f0 9f 98 80 7a>
write cap 12 11 <61 c3 a9 e2 82 ac f0 9f 98 80 7a ee>
write offset 3 <ee ee e2 82 ac ee ee ee>
write lone 3 <ef bf bd 78>
round trip 1327 true 1327
===*/
