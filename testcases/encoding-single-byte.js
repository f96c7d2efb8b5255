/*
 * Node Buffer 'utf16le'/'ucs2', 'latin1'/'binary' and 'ascii' encodings both
 * ways: code units kept as they are (lone surrogates), low bytes of wide
 * characters, odd lengths, buf.write() limits, Buffer.byteLength.
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
var strs = ['', 'abc', '\u00e9\u00ff', '\u0100\u20ac', '\ud83d\ude00', '\ud800', 'a\udc00b', '\u0000\u007f\u0080'];
var encs = ['utf16le', 'ucs2', 'latin1', 'binary', 'ascii'];
for (var e = 0; e < encs.length; e++) {
    for (var i = 0; i < strs.length; i++) {
        var b = Buffer.from(strs[i], encs[e]);
        print(encs[e], i, hex(b), Buffer.byteLength(strs[i], encs[e]), units(b.toString(encs[e])));
    }
}
var bytes = [[0x41, 0x00, 0x42], [0x3d, 0xd8, 0x00, 0xde], [0x00, 0xd8, 0x41, 0x00], [0xff, 0xfe], [0x41], []];
for (var i = 0; i < bytes.length; i++) {
    print('utf16le decode', hex(bytes[i]), units(Buffer.from(bytes[i]).toString('utf16le')));
}
var all = [];
for (var c = 0; c < 256; c++) {
    all.push(c);
}
print('latin1 all', units(Buffer.from(all).toString('latin1')));
print('ascii all', units(Buffer.from(all).toString('ascii')));
print('binary all', units(Buffer.from(all).toString('binary')) === units(Buffer.from(all).toString('latin1')));

var src = 'a\u00e9\ud83d\ude00z';
for (var cap = 0; cap <= 11; cap++) {
    var b16 = Buffer.alloc(cap, 0xee), bl = Buffer.alloc(cap, 0xee), ba = Buffer.alloc(cap, 0xee);
    print('write cap', cap, b16.write(src, 'utf16le'), hex(b16), bl.write(src, 'latin1'), hex(bl), ba.write(src, 'ascii'), hex(ba));
}

/*===
utf16le 0 <> 0 []
utf16le 1 <61 00 62 00 63 00> 6 [61 62 63]
utf16le 2 <e9 00 ff 00> 4 [e9 ff]
utf16le 3 <00 01 ac 20> 4 [100 20ac]
utf16le 4 <3d d8 00 de> 4 [d83d de00]
utf16le 5 <00 d8> 2 [d800]
utf16le 6 <61 00 00 dc 62 00> 6 [61 dc00 62]
utf16le 7 <00 00 7f 00 80 00> 6 [0 7f 80]
ucs2 0 <> 0 []
ucs2 1 <61 00 62 00 63 00> 6 [61 62 63]
ucs2 2 <e9 00 ff 00> 4 [e9 ff]
ucs2 3 <00 01 ac 20> 4 [100 20ac]
ucs2 4 <3d d8 00 de> 4 [d83d de00]
ucs2 5 <00 d8> 2 [d800]
ucs2 6 <61 00 00 dc 62 00> 6 [61 dc00 62]
ucs2 7 <00 00 7f 00 80 00> 6 [0 7f 80]
latin1 0 <> 0 []
latin1 1 <61 62 63> 3 [61 62 63]
latin1 2 <e9 ff> 2 [e9 ff]
latin1 3 <00 ac> 2 [0 ac]
latin1 4 <3d 00> 2 [3d 0]
latin1 5 <00> 1 [0]
latin1 6 <61 00 62> 3 [61 0 62]
latin1 7 <00 7f 80> 3 [0 7f 80]
binary 0 <> 0 []
binary 1 <61 62 63> 3 [61 62 63]
binary 2 <e9 ff> 2 [e9 ff]
binary 3 <00 ac> 2 [0 ac]
binary 4 <3d 00> 2 [3d 0]
binary 5 <00> 1 [0]
binary 6 <61 00 62> 3 [61 0 62]
binary 7 <00 7f 80> 3 [0 7f 80]
ascii 0 <> 0 []
ascii 1 <61 62 63> 3 [61 62 63]
ascii 2 <e9 ff> 2 [69 7f]
ascii 3 <00 ac> 2 [0 2c]
ascii 4 <3d 00> 2 [3d 0]
ascii 5 <00> 1 [0]
ascii 6 <61 00 62> 3 [61 0 62]
ascii 7 <00 7f 80> 3 [0 7f 0]
utf16le decode <41 00 42> [41]
utf16le decode <3d d8 00 de> [d83d de00]
utf16le decode <00 d8 41 00> [d800 41]
utf16le decode <ff fe> [feff]
utf16le decode <41> []
utf16le decode <> []
latin1 all [0 1 2 3 4 5 6 7 8 9 a b c d e f 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f 30 31 32 33 34 35 36 37 38 39 3a 3b 3c 3d 3e 3f 40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 51 52 53 54 55 56 57 58 59 5a 5b 5c 5d 5e 5f 60 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70 71 72 73 74 75 76 77 78 79 7a 7b 7c 7d 7e 7f 80 81 82 83 84 85 86 87 88 89 8a 8b 8c 8d 8e 8f 90 91 92 93 94 95 96 97 98 99 9a 9b 9c 9d 9e 9f a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 aa ab ac ad ae af b0 b1 b2 b3 b4 b5 b6 b7 b8 b9 ba bb bc bd be bf c0 c1 c2 c3 c4 c5 c6 c7 c8 c9 ca cb cc cd ce cf d0 d1 d2 d3 d4 d5 d6 d7 d8 d9 da db dc dd de df e0 e1 e2 e3 e4 e5 e6 e7 e8 e9 ea eb ec ed ee ef f0 f1 f2 f3 f4 f5 f6 f7 f8 f9 fa fb fc fd fe ff]
ascii all [0 1 2 3 4 5 6 7 8 9 a b c d e f 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f 30 31 32 33 34 35 36 37 38 39 3a 3b 3c 3d 3e 3f 40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 51 52 53 54 55 56 57 58 59 5a 5b 5c 5d 5e 5f 60 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70 71 72 73 74 75 76 77 78 79 7a 7b 7c 7d 7e 7f 0 1 2 3 4 5 6 7 8 9 a b c d e f 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f 30 31 32 33 34 35 36 37 38 39 3a 3b 3c 3d 3e 3f 40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 51 52 53 54 55 56 57 58 59 5a 5b 5c 5d 5e 5f 60 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70 71 72 73 74 75 76 77 78 79 7a 7b 7c 7d 7e 7f]
binary all true
write cap 0 0 <> 0 <> 0 <>
write cap 1 0 <ee> 1 <61> 1 <61>
write cap 2 2 <61 00> 2 <61 e9> 2 <61 e9>
write cap 3 2 <61 00 ee> 3 <61 e9 3d> 3 <61 e9 3d>
write cap 4 4 <61 00 e9 00> 4 <61 e9 3d 00> 4 <61 e9 3d 00>
write cap 5 4 <61 00 e9 00 ee> 5 <61 e9 3d 00 7a> 5 <61 e9 3d 00 7a>
write cap 6 6 <61 00 e9 00 3d d8> 5 <61 e9 3d 00 7a ee> 5 <61 e9 3d 00 7a ee>
write cap 7 6 <61 00 e9 00 3d d8 ee> 5 <61 e9 3d 00 7a ee ee> 5 <61 e9 3d 00 7a ee ee>
write cap 8 8 <61 00 e9 00 3d d8 00 de> 5 <61 e9 3d 00 7a ee ee ee> 5 <61 e9 3d 00 7a ee ee ee>
write cap 9 8 <61 00 e9 00 3d d8 00 de ee> 5 <61 e9 3d 00 7a ee ee ee ee> 5 <61 e9 3d 00 7a ee ee ee ee>
write cap 10 10 <61 00 e9 00 3d d8 00 de 7a 00> 5 <61 e9 3d 00 7a ee ee ee ee ee> 5 <61 e9 3d 00 7a ee ee ee ee ee>
write cap 11 10 <61 00 e9 00 3d d8 00 de 7a 00 ee> 5 <61 e9 3d 00 7a ee ee ee ee ee ee> 5 <61 e9 3d 00 7a ee ee ee ee ee ee>
===*/
