/*
 * Node Buffer 'hex', 'base64' and 'base64url' encodings both ways: Node's
 * lenient decoders (hex stops at the first invalid pair and drops an odd
 * digit; base64 skips whitespace and junk, takes both alphabets, needs no
 * padding and stops at '='), buf.write() limits and Buffer.byteLength's
 * estimates.
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
function esc(s) {
    var r = '';
    for (var i = 0; i < s.length; i++) {
        var c = s.charCodeAt(i);
        r += c >= 0x20 && c < 0x7f ? s.charAt(i) : '\\u' + (c + 0x10000).toString(16).slice(1);
    }
    return '"' + r + '"';
}
var hexes = ['', '00', 'ff', 'FF', 'aB', '0123456789abcdefABCDEF', 'f', 'fff', 'fg', 'gf', 'abzz12', ' ff', 'ff ', '0x12',
             '\u00e9\u00e9', 'ab\u00e9a', 'abc\u0000',
             '\u0141\u0142', 'ab\u0100cd', '\ud83dab'];
for (var i = 0; i < hexes.length; i++) {
    print('hex', esc(hexes[i]), hex(Buffer.from(hexes[i], 'hex')), Buffer.byteLength(hexes[i], 'hex'));
}
var b64 = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy', 'Zg', 'Zm8', 'Z', 'Zm9vY', 'Zh==', 'Zm9=',
           'Zg=', 'Zg===', '=', '==', 'Zm9v=', ' Z g = = ', 'Zm\t9\nv\fY\rm', 'Zg==Zg==', 'Zg==\n', 'Zm9v\u00a0',
           '+/+/', '-_-_', '+/-_', 'Zm9v!', 'Zm9vYg=x', 'Zm 9v Y', '\u00e9Zg==', 'Zg=\u00e9', 'Z*m*9*v', 'YQ', 'YWI',
           'YWJj\n\nZGVm', 'a', 'ab', 'abc', 'abcd', 'abcde',
           /* two-byte strings: Node reads each code unit as its low byte */
           'QUJD\u0100', '\u0100QUJD', 'QU\u20acJD', '\ud83dQUJD', '\u0141BCD', 'QUJDR\u0100E=', 'QUJD=\u0100', 'Q\u0100',
           'QUJD\ud83d\ude00QUJD'];
for (var i = 0; i < b64.length; i++) {
    print('base64', esc(b64[i]), hex(Buffer.from(b64[i], 'base64')), hex(Buffer.from(b64[i], 'base64url')),
          Buffer.byteLength(b64[i], 'base64'), Buffer.byteLength(b64[i], 'base64url'));
}
var bytes = [[], [0], [0xff], [1, 2], [1, 2, 3], [0xfb, 0xff, 0xbf], [0xfb, 0xff], [0x66, 0x6f, 0x6f, 0x62, 0x61, 0x72]];
for (var i = 0; i < bytes.length; i++) {
    var b = Buffer.from(bytes[i]);
    print('encode', hex(b), b.toString('hex'), b.toString('base64'), b.toString('base64url'));
}
var all = [];
for (var c = 0; c < 256; c++) {
    all.push(c);
}
var ab = Buffer.from(all);
print('all hex', ab.toString('hex'));
print('all base64', ab.toString('base64'));
print('all base64url', ab.toString('base64url'));
print('round trips', Buffer.from(ab.toString('hex'), 'hex').equals(ab), Buffer.from(ab.toString('base64'), 'base64').equals(ab),
      Buffer.from(ab.toString('base64url'), 'base64url').equals(ab), Buffer.from(ab.toString('base64url'), 'base64').equals(ab));
print('range', Buffer.from([1, 2, 3, 4]).toString('hex', 1, 3), Buffer.from([1, 2, 3, 4]).toString('base64', 1));

for (var cap = 0; cap <= 7; cap++) {
    var h = Buffer.alloc(cap, 0xee), s = Buffer.alloc(cap, 0xee), u = Buffer.alloc(cap, 0xee);
    print('write cap', cap, h.write('0102030405zz', 'hex'), hex(h), s.write('Zm9vYmFy', 'base64'), hex(s),
          u.write('-_-_-_', 'base64url'), hex(u));
}
var w = Buffer.alloc(6, 0xee);
print('write hex odd', w.write('abc', 'hex'), hex(w));
print('write hex offset', w.write('1234', 1, 'hex'), hex(w));
print('write base64 offset length', w.write('Zm9vYmFy', 2, 2, 'base64'), hex(w));

/*===
hex "" <> 0
hex "00" <00> 1
hex "ff" <ff> 1
hex "FF" <ff> 1
hex "aB" <ab> 1
hex "0123456789abcdefABCDEF" <01 23 45 67 89 ab cd ef ab cd ef> 11
hex "f" <> 0
hex "fff" <ff> 1
hex "fg" <> 1
hex "gf" <> 1
hex "abzz12" <ab> 3
hex " ff" <> 1
hex "ff " <ff> 1
hex "0x12" <> 2
hex "\u00e9\u00e9" <> 1
hex "ab\u00e9a" <ab> 2
hex "abc\u0000" <ab> 2
hex "\u0141\u0142" <ab> 1
hex "ab\u0100cd" <ab> 2
hex "\ud83dab" <> 1
base64 "" <> <> 0 0
base64 "Zg==" <66> <66> 1 1
base64 "Zm8=" <66 6f> <66 6f> 2 2
base64 "Zm9v" <66 6f 6f> <66 6f 6f> 3 3
base64 "Zm9vYg==" <66 6f 6f 62> <66 6f 6f 62> 4 4
base64 "Zm9vYmE=" <66 6f 6f 62 61> <66 6f 6f 62 61> 5 5
base64 "Zm9vYmFy" <66 6f 6f 62 61 72> <66 6f 6f 62 61 72> 6 6
base64 "Zg" <66> <66> 1 1
base64 "Zm8" <66 6f> <66 6f> 2 2
base64 "Z" <> <> 0 0
base64 "Zm9vY" <66 6f 6f> <66 6f 6f> 3 3
base64 "Zh==" <66> <66> 1 1
base64 "Zm9=" <66 6f> <66 6f> 2 2
base64 "Zg=" <66> <66> 1 1
base64 "Zg===" <66> <66> 2 2
base64 "=" <> <> 0 0
base64 "==" <> <> 0 0
base64 "Zm9v=" <66 6f 6f> <66 6f 6f> 3 3
base64 " Z g = = " <66> <66> 6 6
base64 "Zm\u00099\u000av\u000cY\u000dm" <66 6f 6f 62> <66 6f 6f 62> 7 7
base64 "Zg==Zg==" <66> <66> 4 4
base64 "Zg==\u000a" <66> <66> 3 3
base64 "Zm9v\u00a0" <66 6f 6f> <66 6f 6f> 3 3
base64 "+/+/" <fb ff bf> <fb ff bf> 3 3
base64 "-_-_" <fb ff bf> <fb ff bf> 3 3
base64 "+/-_" <fb ff bf> <fb ff bf> 3 3
base64 "Zm9v!" <66 6f 6f> <66 6f 6f> 3 3
base64 "Zm9vYg=x" <66 6f 6f 62> <66 6f 6f 62> 6 6
base64 "Zm 9v Y" <66 6f 6f> <66 6f 6f> 5 5
base64 "\u00e9Zg==" <66> <66> 2 2
base64 "Zg=\u00e9" <66> <66> 3 3
base64 "Z*m*9*v" <66 6f 6f> <66 6f 6f> 5 5
base64 "YQ" <61> <61> 1 1
base64 "YWI" <61 62> <61 62> 2 2
base64 "YWJj\u000a\u000aZGVm" <61 62 63 64 65 66> <61 62 63 64 65 66> 7 7
base64 "a" <> <> 0 0
base64 "ab" <69> <69> 1 1
base64 "abc" <69 b7> <69 b7> 2 2
base64 "abcd" <69 b7 1d> <69 b7 1d> 3 3
base64 "abcde" <69 b7 1d> <69 b7 1d> 3 3
base64 "QUJD\u0100" <41 42 43> <41 42 43> 3 3
base64 "\u0100QUJD" <41 42 43> <41 42 43> 3 3
base64 "QU\u20acJD" <41 42 43> <41 42 43> 3 3
base64 "\ud83dQUJD" <> <> 3 3
base64 "\u0141BCD" <00 10 83> <00 10 83> 3 3
base64 "QUJDR\u0100E=" <41 42 43 44> <41 42 43 44> 5 5
base64 "QUJD=\u0100" <41 42 43> <41 42 43> 4 4
base64 "Q\u0100" <> <> 1 1
base64 "QUJD\ud83d\ude00QUJD" <41 42 43> <41 42 43> 7 7
encode <>   
encode <00> 00 AA== AA
encode <ff> ff /w== _w
encode <01 02> 0102 AQI= AQI
encode <01 02 03> 010203 AQID AQID
encode <fb ff bf> fbffbf +/+/ -_-_
encode <fb ff> fbff +/8= -_8
encode <66 6f 6f 62 61 72> 666f6f626172 Zm9vYmFy Zm9vYmFy
all hex 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff
all base64 AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w==
all base64url AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn-AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq-wsbKztLW2t7i5uru8vb6_wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t_g4eLj5OXm5-jp6uvs7e7v8PHy8_T19vf4-fr7_P3-_w
round trips true true true true
range 0203 AgME
write cap 0 0 <> 0 <> 0 <>
write cap 1 1 <01> 1 <66> 1 <fb>
write cap 2 2 <01 02> 2 <66 6f> 2 <fb ff>
write cap 3 3 <01 02 03> 3 <66 6f 6f> 3 <fb ff bf>
write cap 4 4 <01 02 03 04> 4 <66 6f 6f 62> 4 <fb ff bf fb>
write cap 5 5 <01 02 03 04 05> 5 <66 6f 6f 62 61> 4 <fb ff bf fb ee>
write cap 6 5 <01 02 03 04 05 ee> 6 <66 6f 6f 62 61 72> 4 <fb ff bf fb ee ee>
write cap 7 5 <01 02 03 04 05 ee ee> 6 <66 6f 6f 62 61 72 ee> 4 <fb ff bf fb ee ee ee>
write hex odd 1 <ab ee ee ee ee ee>
write hex offset 2 <ab 12 34 ee ee ee>
write base64 offset length 2 <ab 12 66 6f ee ee>
===*/
