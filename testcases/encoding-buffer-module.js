/*
 * require('buffer').isUtf8, isAscii and transcode (Node semantics and
 * errors: ICU's substitution '?', U_INVALID_CHAR_FOUND, U_ILLEGAL_ARGUMENT_ERROR).
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer"]} ---*/
var buffer = require('buffer');
function hex(b) {
    var r = [];
    for (var i = 0; i < b.length; i++) {
        r.push((b[i] < 16 ? '0' : '') + b[i].toString(16));
    }
    return '<' + r.join(' ') + '>';
}
function E(label, f) {
    try {
        var v = f();
        print(label, v && typeof v === 'object' ? (Buffer.isBuffer(v) + ' ' + hex(v)) : v);
    } catch (e) {
        print(label, e.name, e.code, e.message);
    }
}
var samples = [[], [0x41], [0x7f, 0x80], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80],
               [0xc0, 0x80], [0xef, 0xbb, 0xbf], [0xff]];
for (var i = 0; i < samples.length; i++) {
    E('isUtf8 ' + hex(samples[i]), function () { return buffer.isUtf8(new Uint8Array(samples[i])); });
    E('isAscii ' + hex(samples[i]), function () { return buffer.isAscii(Buffer.from(samples[i])); });
}
E('isUtf8 ArrayBuffer', function () { return buffer.isUtf8(new Uint8Array([0xc3, 0xa9]).buffer); });
E('isUtf8 Uint16Array', function () { return buffer.isUtf8(new Uint16Array([0xd800])); });
E('isUtf8 string', function () { return buffer.isUtf8('x'); });
E('isAscii null', function () { return buffer.isAscii(null); });
E('isAscii array', function () { return buffer.isAscii([1]); });
E('isAscii DataView', function () { return buffer.isAscii(new DataView(new ArrayBuffer(1))); });

var encs = ['utf8', 'ucs2', 'latin1', 'ascii'];
var sources = [[0x68, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80], [0xe9, 0x41], [0xff, 0x41, 0xe2, 0x82], [0x3d, 0xd8, 0x41, 0x00],
               [0x41, 0x00, 0x42], [0x3d, 0xd8, 0x00, 0xde], [0x41, 0x80], [0x41], [0x3d, 0xd8, 0x41], [0x00, 0xd8, 0x00, 0xd8, 0x41],
               [0xff, 0xfe, 0x41, 0x00, 0xad, 0x00, 0x0b, 0x20], [0xe2, 0x80, 0x8b, 0x41, 0xc2, 0xad, 0xf3, 0xa0, 0x80, 0x81]];
for (var s = 0; s < sources.length; s++) {
    for (var f = 0; f < encs.length; f++) {
        for (var t = 0; t < encs.length; t++) {
            E('transcode ' + hex(sources[s]) + ' ' + encs[f] + ' ' + encs[t], function () {
                return buffer.transcode(Buffer.from(sources[s]), encs[f], encs[t]);
            });
        }
    }
}
E('transcode aliases', function () { return buffer.transcode(Buffer.from('h\u00e9'), 'UTF-8', 'Latin1'); });
E('transcode binary utf16le', function () { return buffer.transcode(Buffer.from([0x41, 0xe9]), 'binary', 'utf16le'); });
E('transcode to hex', function () { return buffer.transcode(Buffer.from('h'), 'utf8', 'hex'); });
E('transcode from foo', function () { return buffer.transcode(Buffer.from('h'), 'foo', 'utf8'); });
E('transcode to 5', function () { return buffer.transcode(Buffer.from('h'), 'utf8', 5); });
E('transcode "" from', function () { return buffer.transcode(Buffer.from('h\u00e9'), '', 'ucs2'); });
E('transcode "" to', function () { return buffer.transcode(Buffer.from([0xe9, 0x00]), 'utf16le', ''); });
E('transcode "" both', function () { return buffer.transcode(Buffer.from([0xc3]), '', ''); });
E('transcode undefined encodings', function () { return buffer.transcode(Buffer.from('h\u00e9'), undefined, null); });
E('transcode empty', function () { return buffer.transcode(new Uint8Array(0), 'foo', 'bar'); });
E('transcode string', function () { return buffer.transcode('h', 'utf8', 'ucs2'); });
E('transcode Uint16Array', function () { return buffer.transcode(new Uint16Array([0x41]), 'ucs2', 'utf8'); });
E('transcode Uint8Array', function () { return buffer.transcode(new Uint8Array([0x41]), 'latin1', 'ucs2'); });

/*===
isUtf8 <> true
isAscii <> true
isUtf8 <41> true
isAscii <41> true
isUtf8 <7f 80> false
isAscii <7f 80> false
isUtf8 <c3 a9> true
isAscii <c3 a9> false
isUtf8 <c3> false
isAscii <c3> false
isUtf8 <ed a0 80> false
isAscii <ed a0 80> false
isUtf8 <f0 9f 98 80> true
isAscii <f0 9f 98 80> false
isUtf8 <f4 90 80 80> false
isAscii <f4 90 80 80> false
isUtf8 <c0 80> false
isAscii <c0 80> false
isUtf8 <ef bb bf> true
isAscii <ef bb bf> false
isUtf8 <ff> false
isAscii <ff> false
isUtf8 ArrayBuffer true
isUtf8 Uint16Array false
isUtf8 string TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string ('x')
isAscii null TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received null
isAscii array TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received an instance of Array
isAscii DataView TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received an instance of DataView
transcode <68 c3 a9 f0 9f 98 80> utf8 utf8 true <68 c3 a9 f0 9f 98 80>
transcode <68 c3 a9 f0 9f 98 80> utf8 ucs2 true <68 00 e9 00 3d d8 00 de>
transcode <68 c3 a9 f0 9f 98 80> utf8 latin1 true <68 e9 3f>
transcode <68 c3 a9 f0 9f 98 80> utf8 ascii true <68 3f 3f>
transcode <68 c3 a9 f0 9f 98 80> ucs2 utf8 true <ec 8d a8 ef 82 a9 e9 a2 9f>
transcode <68 c3 a9 f0 9f 98 80> ucs2 ucs2 true <68 c3 a9 f0 9f 98 fd ff>
transcode <68 c3 a9 f0 9f 98 80> ucs2 latin1 true <3f 3f 3f>
transcode <68 c3 a9 f0 9f 98 80> ucs2 ascii true <3f 3f 3f>
transcode <68 c3 a9 f0 9f 98 80> latin1 utf8 true <68 c3 83 c2 a9 c3 b0 c2 9f c2 98 c2 80>
transcode <68 c3 a9 f0 9f 98 80> latin1 ucs2 true <68 00 c3 00 a9 00 f0 00 9f 00 98 00 80 00>
transcode <68 c3 a9 f0 9f 98 80> latin1 latin1 true <68 c3 a9 f0 9f 98 80>
transcode <68 c3 a9 f0 9f 98 80> latin1 ascii true <68 3f 3f 3f 3f 3f 3f>
transcode <68 c3 a9 f0 9f 98 80> ascii utf8 true <68 ef bf bd ef bf bd ef bf bd ef bf bd ef bf bd ef bf bd>
transcode <68 c3 a9 f0 9f 98 80> ascii ucs2 true <68 00 c3 00 a9 00 f0 00 9f 00 98 00 80 00>
transcode <68 c3 a9 f0 9f 98 80> ascii latin1 true <68 3f 3f 3f 3f 3f 3f>
transcode <68 c3 a9 f0 9f 98 80> ascii ascii true <68 3f 3f 3f 3f 3f 3f>
transcode <e9 41> utf8 utf8 true <ef bf bd 41>
transcode <e9 41> utf8 ucs2 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <e9 41> utf8 latin1 true <3f 41>
transcode <e9 41> utf8 ascii true <3f 41>
transcode <e9 41> ucs2 utf8 true <e4 87 a9>
transcode <e9 41> ucs2 ucs2 true <e9 41>
transcode <e9 41> ucs2 latin1 true <3f>
transcode <e9 41> ucs2 ascii true <3f>
transcode <e9 41> latin1 utf8 true <c3 a9 41>
transcode <e9 41> latin1 ucs2 true <e9 00 41 00>
transcode <e9 41> latin1 latin1 true <e9 41>
transcode <e9 41> latin1 ascii true <3f 41>
transcode <e9 41> ascii utf8 true <ef bf bd 41>
transcode <e9 41> ascii ucs2 true <e9 00 41 00>
transcode <e9 41> ascii latin1 true <3f 41>
transcode <e9 41> ascii ascii true <3f 41>
transcode <ff 41 e2 82> utf8 utf8 true <ef bf bd 41 ef bf bd>
transcode <ff 41 e2 82> utf8 ucs2 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <ff 41 e2 82> utf8 latin1 true <3f 41 3f>
transcode <ff 41 e2 82> utf8 ascii true <3f 41 3f>
transcode <ff 41 e2 82> ucs2 utf8 true <e4 87 bf e8 8b a2>
transcode <ff 41 e2 82> ucs2 ucs2 true <ff 41 e2 82>
transcode <ff 41 e2 82> ucs2 latin1 true <3f 3f>
transcode <ff 41 e2 82> ucs2 ascii true <3f 3f>
transcode <ff 41 e2 82> latin1 utf8 true <c3 bf 41 c3 a2 c2 82>
transcode <ff 41 e2 82> latin1 ucs2 true <ff 00 41 00 e2 00 82 00>
transcode <ff 41 e2 82> latin1 latin1 true <ff 41 e2 82>
transcode <ff 41 e2 82> latin1 ascii true <3f 41 3f 3f>
transcode <ff 41 e2 82> ascii utf8 true <ef bf bd 41 ef bf bd ef bf bd>
transcode <ff 41 e2 82> ascii ucs2 true <ff 00 41 00 e2 00 82 00>
transcode <ff 41 e2 82> ascii latin1 true <3f 41 3f 3f>
transcode <ff 41 e2 82> ascii ascii true <3f 41 3f 3f>
transcode <3d d8 41 00> utf8 utf8 true <3d ef bf bd 41 00>
transcode <3d d8 41 00> utf8 ucs2 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <3d d8 41 00> utf8 latin1 true <3d 3f 41 00>
transcode <3d d8 41 00> utf8 ascii true <3d 3f 41 00>
transcode <3d d8 41 00> ucs2 utf8 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <3d d8 41 00> ucs2 ucs2 true <fd ff 41 00>
transcode <3d d8 41 00> ucs2 latin1 true <3f 41>
transcode <3d d8 41 00> ucs2 ascii true <3f 41>
transcode <3d d8 41 00> latin1 utf8 true <3d c3 98 41 00>
transcode <3d d8 41 00> latin1 ucs2 true <3d 00 d8 00 41 00 00 00>
transcode <3d d8 41 00> latin1 latin1 true <3d d8 41 00>
transcode <3d d8 41 00> latin1 ascii true <3d 3f 41 00>
transcode <3d d8 41 00> ascii utf8 true <3d ef bf bd 41 00>
transcode <3d d8 41 00> ascii ucs2 true <3d 00 d8 00 41 00 00 00>
transcode <3d d8 41 00> ascii latin1 true <3d 3f 41 00>
transcode <3d d8 41 00> ascii ascii true <3d 3f 41 00>
transcode <41 00 42> utf8 utf8 true <41 00 42>
transcode <41 00 42> utf8 ucs2 true <41 00 00 00 42 00>
transcode <41 00 42> utf8 latin1 true <41 00 42>
transcode <41 00 42> utf8 ascii true <41 00 42>
transcode <41 00 42> ucs2 utf8 true <41>
transcode <41 00 42> ucs2 ucs2 true <41 00 fd ff>
transcode <41 00 42> ucs2 latin1 true <41>
transcode <41 00 42> ucs2 ascii true <41>
transcode <41 00 42> latin1 utf8 true <41 00 42>
transcode <41 00 42> latin1 ucs2 true <41 00 00 00 42 00>
transcode <41 00 42> latin1 latin1 true <41 00 42>
transcode <41 00 42> latin1 ascii true <41 00 42>
transcode <41 00 42> ascii utf8 true <41 00 42>
transcode <41 00 42> ascii ucs2 true <41 00 00 00 42 00>
transcode <41 00 42> ascii latin1 true <41 00 42>
transcode <41 00 42> ascii ascii true <41 00 42>
transcode <3d d8 00 de> utf8 utf8 true <3d ef bf bd 00 ef bf bd>
transcode <3d d8 00 de> utf8 ucs2 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <3d d8 00 de> utf8 latin1 true <3d 3f 00 3f>
transcode <3d d8 00 de> utf8 ascii true <3d 3f 00 3f>
transcode <3d d8 00 de> ucs2 utf8 true <f0 9f 98 80>
transcode <3d d8 00 de> ucs2 ucs2 true <3d d8 00 de>
transcode <3d d8 00 de> ucs2 latin1 true <3f>
transcode <3d d8 00 de> ucs2 ascii true <3f>
transcode <3d d8 00 de> latin1 utf8 true <3d c3 98 00 c3 9e>
transcode <3d d8 00 de> latin1 ucs2 true <3d 00 d8 00 00 00 de 00>
transcode <3d d8 00 de> latin1 latin1 true <3d d8 00 de>
transcode <3d d8 00 de> latin1 ascii true <3d 3f 00 3f>
transcode <3d d8 00 de> ascii utf8 true <3d ef bf bd 00 ef bf bd>
transcode <3d d8 00 de> ascii ucs2 true <3d 00 d8 00 00 00 de 00>
transcode <3d d8 00 de> ascii latin1 true <3d 3f 00 3f>
transcode <3d d8 00 de> ascii ascii true <3d 3f 00 3f>
transcode <41 80> utf8 utf8 true <41 ef bf bd>
transcode <41 80> utf8 ucs2 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <41 80> utf8 latin1 true <41 3f>
transcode <41 80> utf8 ascii true <41 3f>
transcode <41 80> ucs2 utf8 true <e8 81 81>
transcode <41 80> ucs2 ucs2 true <41 80>
transcode <41 80> ucs2 latin1 true <3f>
transcode <41 80> ucs2 ascii true <3f>
transcode <41 80> latin1 utf8 true <41 c2 80>
transcode <41 80> latin1 ucs2 true <41 00 80 00>
transcode <41 80> latin1 latin1 true <41 80>
transcode <41 80> latin1 ascii true <41 3f>
transcode <41 80> ascii utf8 true <41 ef bf bd>
transcode <41 80> ascii ucs2 true <41 00 80 00>
transcode <41 80> ascii latin1 true <41 3f>
transcode <41 80> ascii ascii true <41 3f>
transcode <41> utf8 utf8 true <41>
transcode <41> utf8 ucs2 true <41 00>
transcode <41> utf8 latin1 true <41>
transcode <41> utf8 ascii true <41>
transcode <41> ucs2 utf8 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <41> ucs2 ucs2 true <fd ff>
transcode <41> ucs2 latin1 true <>
transcode <41> ucs2 ascii true <>
transcode <41> latin1 utf8 true <41>
transcode <41> latin1 ucs2 true <41 00>
transcode <41> latin1 latin1 true <41>
transcode <41> latin1 ascii true <41>
transcode <41> ascii utf8 true <41>
transcode <41> ascii ucs2 true <41 00>
transcode <41> ascii latin1 true <41>
transcode <41> ascii ascii true <41>
transcode <3d d8 41> utf8 utf8 true <3d ef bf bd 41>
transcode <3d d8 41> utf8 ucs2 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <3d d8 41> utf8 latin1 true <3d 3f 41>
transcode <3d d8 41> utf8 ascii true <3d 3f 41>
transcode <3d d8 41> ucs2 utf8 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <3d d8 41> ucs2 ucs2 true <fd ff>
transcode <3d d8 41> ucs2 latin1 true <3f>
transcode <3d d8 41> ucs2 ascii true <3f>
transcode <3d d8 41> latin1 utf8 true <3d c3 98 41>
transcode <3d d8 41> latin1 ucs2 true <3d 00 d8 00 41 00>
transcode <3d d8 41> latin1 latin1 true <3d d8 41>
transcode <3d d8 41> latin1 ascii true <3d 3f 41>
transcode <3d d8 41> ascii utf8 true <3d ef bf bd 41>
transcode <3d d8 41> ascii ucs2 true <3d 00 d8 00 41 00>
transcode <3d d8 41> ascii latin1 true <3d 3f 41>
transcode <3d d8 41> ascii ascii true <3d 3f 41>
transcode <00 d8 00 d8 41> utf8 utf8 true <00 ef bf bd 00 ef bf bd 41>
transcode <00 d8 00 d8 41> utf8 ucs2 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <00 d8 00 d8 41> utf8 latin1 true <00 3f 00 3f 41>
transcode <00 d8 00 d8 41> utf8 ascii true <00 3f 00 3f 41>
transcode <00 d8 00 d8 41> ucs2 utf8 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <00 d8 00 d8 41> ucs2 ucs2 true <fd ff fd ff>
transcode <00 d8 00 d8 41> ucs2 latin1 true <3f 3f>
transcode <00 d8 00 d8 41> ucs2 ascii true <3f 3f>
transcode <00 d8 00 d8 41> latin1 utf8 true <00 c3 98 00 c3 98 41>
transcode <00 d8 00 d8 41> latin1 ucs2 true <00 00 d8 00 00 00 d8 00 41 00>
transcode <00 d8 00 d8 41> latin1 latin1 true <00 d8 00 d8 41>
transcode <00 d8 00 d8 41> latin1 ascii true <00 3f 00 3f 41>
transcode <00 d8 00 d8 41> ascii utf8 true <00 ef bf bd 00 ef bf bd 41>
transcode <00 d8 00 d8 41> ascii ucs2 true <00 00 d8 00 00 00 d8 00 41 00>
transcode <00 d8 00 d8 41> ascii latin1 true <00 3f 00 3f 41>
transcode <00 d8 00 d8 41> ascii ascii true <00 3f 00 3f 41>
transcode <ff fe 41 00 ad 00 0b 20> utf8 utf8 true <ef bf bd ef bf bd 41 00 ef bf bd 00 0b 20>
transcode <ff fe 41 00 ad 00 0b 20> utf8 ucs2 Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]
transcode <ff fe 41 00 ad 00 0b 20> utf8 latin1 true <3f 3f 41 00 3f 00 0b 20>
transcode <ff fe 41 00 ad 00 0b 20> utf8 ascii true <3f 3f 41 00 3f 00 0b 20>
transcode <ff fe 41 00 ad 00 0b 20> ucs2 utf8 true <ef bb bf 41 c2 ad e2 80 8b>
transcode <ff fe 41 00 ad 00 0b 20> ucs2 ucs2 true <ff fe 41 00 ad 00 0b 20>
transcode <ff fe 41 00 ad 00 0b 20> ucs2 latin1 true <41 ad>
transcode <ff fe 41 00 ad 00 0b 20> ucs2 ascii true <41>
transcode <ff fe 41 00 ad 00 0b 20> latin1 utf8 true <c3 bf c3 be 41 00 c2 ad 00 0b 20>
transcode <ff fe 41 00 ad 00 0b 20> latin1 ucs2 true <ff 00 fe 00 41 00 00 00 ad 00 00 00 0b 00 20 00>
transcode <ff fe 41 00 ad 00 0b 20> latin1 latin1 true <ff fe 41 00 ad 00 0b 20>
transcode <ff fe 41 00 ad 00 0b 20> latin1 ascii true <3f 3f 41 00 00 0b 20>
transcode <ff fe 41 00 ad 00 0b 20> ascii utf8 true <ef bf bd ef bf bd 41 00 ef bf bd 00 0b 20>
transcode <ff fe 41 00 ad 00 0b 20> ascii ucs2 true <ff 00 fe 00 41 00 00 00 ad 00 00 00 0b 00 20 00>
transcode <ff fe 41 00 ad 00 0b 20> ascii latin1 true <3f 3f 41 00 3f 00 0b 20>
transcode <ff fe 41 00 ad 00 0b 20> ascii ascii true <3f 3f 41 00 3f 00 0b 20>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> utf8 utf8 true <e2 80 8b 41 c2 ad f3 a0 80 81>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> utf8 ucs2 true <0b 20 41 00 ad 00 40 db 01 dc>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> utf8 latin1 true <41 ad>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> utf8 ascii true <41>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> ucs2 utf8 true <e8 83 a2 e4 86 8b ea b7 82 ea 83 b3 e8 86 80>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> ucs2 ucs2 true <e2 80 8b 41 c2 ad f3 a0 80 81>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> ucs2 latin1 true <3f 3f 3f 3f 3f>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> ucs2 ascii true <3f 3f 3f 3f 3f>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> latin1 utf8 true <c3 a2 c2 80 c2 8b 41 c3 82 c2 ad c3 b3 c2 a0 c2 80 c2 81>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> latin1 ucs2 true <e2 00 80 00 8b 00 41 00 c2 00 ad 00 f3 00 a0 00 80 00 81 00>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> latin1 latin1 true <e2 80 8b 41 c2 ad f3 a0 80 81>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> latin1 ascii true <3f 3f 3f 41 3f 3f 3f 3f 3f>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> ascii utf8 true <ef bf bd ef bf bd ef bf bd 41 ef bf bd ef bf bd ef bf bd ef bf bd ef bf bd ef bf bd>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> ascii ucs2 true <e2 00 80 00 8b 00 41 00 c2 00 ad 00 f3 00 a0 00 80 00 81 00>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> ascii latin1 true <3f 3f 3f 41 3f 3f 3f 3f 3f 3f>
transcode <e2 80 8b 41 c2 ad f3 a0 80 81> ascii ascii true <3f 3f 3f 41 3f 3f 3f 3f 3f 3f>
transcode aliases true <68 e9>
transcode binary utf16le true <41 00 e9 00>
transcode to hex Error U_ILLEGAL_ARGUMENT_ERROR Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]
transcode from foo Error U_ILLEGAL_ARGUMENT_ERROR Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]
transcode to 5 Error U_ILLEGAL_ARGUMENT_ERROR Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]
transcode "" from true <68 00 e9 00>
transcode "" to true <c3 a9>
transcode "" both true <ef bf bd>
transcode undefined encodings true <68 c3 a9>
transcode empty true <>
transcode string TypeError ERR_INVALID_ARG_TYPE The "source" argument must be an instance of Buffer or Uint8Array. Received type string ('h')
transcode Uint16Array TypeError ERR_INVALID_ARG_TYPE The "source" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array
transcode Uint8Array true <41 00>
===*/
