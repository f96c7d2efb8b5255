/*
 * TextDecoder: labels, fatal, ignoreBOM, stream, input kinds, errors.
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["encoding"]} ---*/
function units(s) {
    var r = [];
    for (var i = 0; i < s.length; i++) {
        r.push(s.charCodeAt(i).toString(16));
    }
    return '[' + r.join(' ') + ']';
}
function E(label, f) {
    try {
        var v = f();
        print(label, typeof v === 'string' ? units(v) : String(v));
    } catch (e) {
        print(label, e.name, e.code, e.message);
    }
}
function u8(a) { return new Uint8Array(a); }

print(typeof TextDecoder, TextDecoder.length, TextDecoder.name);
var labels = ['utf-8', 'UTF8', ' unicode-1-1-utf-8\n', 'utf-16le', 'utf-16', 'UNICODE', 'ucs-2', 'latin1', 'iso-8859-1',
              'ascii', 'us-ascii', 'windows-1252', 'cp1252', 'l1', 'x', '', 'utf-32'];
for (var i = 0; i < labels.length; i++) {
    E('label ' + JSON.stringify(labels[i]), function () { return new TextDecoder(labels[i]).encoding; });
}
E('default', function () { return new TextDecoder().encoding; });
E('undefined label', function () { return new TextDecoder(undefined).encoding; });
E('call', function () { return TextDecoder(); });
E('options 5', function () { return new TextDecoder('utf8', 5); });
E('options null', function () { return new TextDecoder('utf8', null).fatal; });
E('options str', function () { return new TextDecoder('utf8', 'x'); });
E('fatal getter', function () { return new TextDecoder('utf8', { fatal: 1 }).fatal; });
E('ignoreBOM getter', function () { return new TextDecoder('utf8', { ignoreBOM: 'yes' }).ignoreBOM; });
E('toString', function () { return Object.prototype.toString.call(new TextDecoder()); });
E('bad this', function () { return TextDecoder.prototype.decode.call({}, u8([1])); });
E('bad this getter', function () {
    return Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({});
});

E('label null', function () { return new TextDecoder(null); });
E('label object', function () { return new TextDecoder({ toString: function () { return 'latin1'; } }).encoding; });
E('options array', function () { return new TextDecoder('utf8', []).fatal; });
E('options function', function () { return new TextDecoder('utf8', function () {}).fatal; });
E('decode.length', function () { return TextDecoder.prototype.decode.length; });
E('keys', function () { return Object.keys(TextDecoder.prototype).join(); });
var d = new TextDecoder();
E('decode options null', function () { return d.decode(u8([65]), null); });
E('decode options array', function () { return d.decode(u8([65]), []); });
E('decode options string', function () { return d.decode(u8([65]), 'x'); });
E('string input', function () { return d.decode('abc'); });
E('null input', function () { return d.decode(null); });
E('number input', function () { return d.decode(5); });
E('no input', function () { return d.decode(); });
E('undefined input', function () { return d.decode(undefined); });
E('options 5', function () { return d.decode(u8([65]), 5); });
E('ArrayBuffer', function () { return d.decode(u8([0x68, 0x69]).buffer); });
E('DataView', function () { return d.decode(new DataView(u8([0x41, 0x42, 0x43]).buffer, 1)); });
E('Uint16Array', function () { return d.decode(new Uint16Array(new Uint8Array([0x41, 0x42]).buffer)); });
E('subarray', function () { return d.decode(u8([0x41, 0x42, 0x43, 0x44]).subarray(1, 3)); });

var samples = [
    [0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80],
    [0xef, 0xbb, 0xbf, 0x41], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf],
    [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xed, 0x9f, 0xbf], [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x8f, 0xbf, 0xbf],
    [0xf4, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf5, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe, 0xff],
    [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xe2, 0x41], [0xf0, 0x9f, 0x41, 0x42], [0x80, 0xbf, 0x41],
    [0xe2, 0x82, 0xe2, 0x82, 0xac], [0xf1, 0x80, 0x80], [0x61, 0xf1, 0x80, 0x80, 0xe1, 0x80, 0xc2, 0x62, 0x80, 0x63, 0x80, 0xbf, 0x64]
];
for (var i = 0; i < samples.length; i++) {
    E('utf8 ' + samples[i].join(','), function () { return new TextDecoder().decode(u8(samples[i])); });
    E('fatal ' + samples[i].join(','), function () { return new TextDecoder('utf-8', { fatal: true }).decode(u8(samples[i])); });
}
E('ignoreBOM', function () { return new TextDecoder('utf-8', { ignoreBOM: true }).decode(u8([0xef, 0xbb, 0xbf, 0x41])); });
E('two BOMs', function () { return new TextDecoder().decode(u8([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf])); });

function stream(label, opts, chunks) {
    E('stream ' + label + ' ' + JSON.stringify(chunks), function () {
        var dec = new TextDecoder(label, opts), out = [];
        for (var i = 0; i < chunks.length; i++) {
            var last = i === chunks.length - 1;
            out.push(units(chunks[i] === null ? dec.decode() : dec.decode(u8(chunks[i]), { stream: !last })));
        }
        return out.join(' ');
    });
}
stream('utf-8', {}, [[0xe2, 0x82], [0xac]]);
stream('utf-8', {}, [[0xe2], [0x82], [0xac, 0x41]]);
stream('utf-8', {}, [[0xe2, 0x82], null]);
stream('utf-8', { fatal: true }, [[0xe2, 0x82], null]);
stream('utf-8', {}, [[0xef, 0xbb], [0xbf, 0x41], [0xef, 0xbb, 0xbf, 0x42]]);
stream('utf-8', {}, [[0xef, 0xbb, 0xbf, 0x41], [0xef, 0xbb, 0xbf]]);
stream('utf-8', {}, [[0xf0, 0x9f], [0x98], [0x80]]);
stream('utf-8', {}, [[0xf0, 0x9f], [0x41]]);
stream('utf-8', {}, [[0x41], [], [0x42]]);
stream('utf-16le', {}, [[0xff, 0xfe, 0x41], [0x00, 0x3d, 0xd8], [0x00, 0xde]]);
stream('utf-16le', {}, [[0x41], null]);
stream('utf-16le', {}, [[0x3d, 0xd8], [0x41, 0x00]]);
stream('utf-16le', { fatal: true }, [[0x3d, 0xd8], null]);
stream('latin1', {}, [[0x80, 0x81], [0xff]]);

var u16 = [[0x41, 0x00, 0x42], [0x00, 0xd8], [0x00, 0xdc, 0x41, 0x00], [0x3d, 0xd8, 0x00, 0xde], [0x00, 0xd8, 0x00, 0xd8, 0x00, 0xdc],
           [0xff, 0xfe, 0x41, 0x00], [0xfe, 0xff, 0x41, 0x00]];
for (var i = 0; i < u16.length; i++) {
    E('utf-16le ' + u16[i].join(','), function () { return new TextDecoder('utf-16le').decode(u8(u16[i])); });
    E('fatal utf-16le ' + u16[i].join(','), function () { return new TextDecoder('utf-16le', { fatal: true }).decode(u8(u16[i])); });
}
var all = [];
for (var b = 0x78; b < 0x100; b++) {
    all.push(b);
}
E('windows-1252', function () { return new TextDecoder('latin1', { fatal: true }).decode(u8(all)); });
E('fatal after error', function () {
    var dec = new TextDecoder('utf-8', { fatal: true });
    try { dec.decode(u8([0xe2]), { stream: true }); dec.decode(u8([0x41])); } catch (e) { print('threw', e.code); }
    return dec.decode(u8([0x82, 0x41]));
});


/* decode() of a non-buffer: node's wording follows its path (native UTF-8
 * decoder, ICU for UTF-16LE, parseInput() when streaming, with a pending
 * tail, or for single-byte encodings, which also says what it received). */
function decodeError(label, d, input, options) {
    try { print(label, JSON.stringify(d.decode(input, options))); } catch (e) { print(label, e.name, e.code, e.message); }
}
var badInputs = ['abc', 5, -0, null, {}, [1], true, "it's a long string of more than twenty-eight units", '0123456789012345678901234567'];
var decoders = [['utf-8', {}], ['utf-8', { stream: true }], ['utf-16le', {}], ['utf-16le', { stream: true }], ['windows-1252', {}]];
for (var di = 0; di < decoders.length; di++) {
    for (var bi = 0; bi < badInputs.length; bi++) {
        decodeError('bad input ' + decoders[di][0] + ' ' + JSON.stringify(decoders[di][1]) + ' ' + bi, new TextDecoder(decoders[di][0]), badInputs[bi], decoders[di][1]);
    }
}
var pendingDecoder = new TextDecoder();
pendingDecoder.decode(new Uint8Array([0xe2]), { stream: true });
decodeError('bad input with a pending tail', pendingDecoder, 'x');
decodeError('undefined input', new TextDecoder('windows-1252'), undefined);

/* UTF-16LE input that ends in a lone byte: one U+FFFD for it, or one for it
 * and a high surrogate just before it (the decoder holds both at the end),
 * whole or fed a byte at a time. */
var oddEnds = [[244, 95, 203, 219, 175], [0, 216, 0, 216, 1], [0, 216, 65], [65], [0, 220, 1], [61, 216, 0, 222, 1]];
for (var oi = 0; oi < oddEnds.length; oi++) {
    E('odd end ' + JSON.stringify(oddEnds[oi]), function () { return new TextDecoder('utf-16le').decode(u8(oddEnds[oi])); });
    E('odd end streamed ' + JSON.stringify(oddEnds[oi]), function () {
        var d = new TextDecoder('utf-16le'), s = '';
        for (var k = 0; k < oddEnds[oi].length; k++) {
            s += d.decode(u8([oddEnds[oi][k]]), { stream: true });
        }
        return s + d.decode();
    });
}

/*===
function 0 TextDecoder
label "utf-8" [75 74 66 2d 38]
label "UTF8" [75 74 66 2d 38]
label " unicode-1-1-utf-8\n" [75 74 66 2d 38]
label "utf-16le" [75 74 66 2d 31 36 6c 65]
label "utf-16" [75 74 66 2d 31 36 6c 65]
label "UNICODE" [75 74 66 2d 31 36 6c 65]
label "ucs-2" [75 74 66 2d 31 36 6c 65]
label "latin1" [77 69 6e 64 6f 77 73 2d 31 32 35 32]
label "iso-8859-1" [77 69 6e 64 6f 77 73 2d 31 32 35 32]
label "ascii" [77 69 6e 64 6f 77 73 2d 31 32 35 32]
label "us-ascii" [77 69 6e 64 6f 77 73 2d 31 32 35 32]
label "windows-1252" [77 69 6e 64 6f 77 73 2d 31 32 35 32]
label "cp1252" [77 69 6e 64 6f 77 73 2d 31 32 35 32]
label "l1" [77 69 6e 64 6f 77 73 2d 31 32 35 32]
label "x" RangeError ERR_ENCODING_NOT_SUPPORTED The "x" encoding is not supported
label "" RangeError ERR_ENCODING_NOT_SUPPORTED The "" encoding is not supported
label "utf-32" RangeError ERR_ENCODING_NOT_SUPPORTED The "utf-32" encoding is not supported
default [75 74 66 2d 38]
undefined label [75 74 66 2d 38]
call TypeError undefined Class constructor TextDecoder cannot be invoked without 'new'
options 5 TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (5)
options null false
options str TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type string ('x')
fatal getter true
ignoreBOM getter true
toString [5b 6f 62 6a 65 63 74 20 54 65 78 74 44 65 63 6f 64 65 72 5d]
bad this TypeError ERR_INVALID_THIS Value of "this" must be of type TextDecoder
bad this getter TypeError ERR_INVALID_THIS Value of "this" must be of type TextDecoder
label null RangeError ERR_ENCODING_NOT_SUPPORTED The "null" encoding is not supported
label object [77 69 6e 64 6f 77 73 2d 31 32 35 32]
options array false
options function false
decode.length 0
keys [64 65 63 6f 64 65 2c 65 6e 63 6f 64 69 6e 67 2c 66 61 74 61 6c 2c 69 67 6e 6f 72 65 42 4f 4d]
decode options null [41]
decode options array [41]
decode options string TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type string ('x')
string input TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
null input TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
number input TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
no input []
undefined input []
options 5 TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (5)
ArrayBuffer [68 69]
DataView [42 43]
Uint16Array [41 42]
subarray [42 43]
utf8 65,195,169,226,130,172,240,159,152,128 [41 e9 20ac d83d de00]
fatal 65,195,169,226,130,172,240,159,152,128 [41 e9 20ac d83d de00]
utf8 239,187,191,65 [41]
fatal 239,187,191,65 [41]
utf8 192,128 [fffd fffd]
fatal 192,128 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 193,191 [fffd fffd]
fatal 193,191 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 224,128,128 [fffd fffd fffd]
fatal 224,128,128 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 224,159,191 [fffd fffd fffd]
fatal 224,159,191 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 237,160,128 [fffd fffd fffd]
fatal 237,160,128 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 237,191,191 [fffd fffd fffd]
fatal 237,191,191 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 237,159,191 [d7ff]
fatal 237,159,191 [d7ff]
utf8 240,128,128,128 [fffd fffd fffd fffd]
fatal 240,128,128,128 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 240,143,191,191 [fffd fffd fffd fffd]
fatal 240,143,191,191 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 244,144,128,128 [fffd fffd fffd fffd]
fatal 244,144,128,128 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 244,143,191,191 [dbff dfff]
fatal 244,143,191,191 [dbff dfff]
utf8 245,128 [fffd fffd]
fatal 245,128 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 248,136,128,128,128 [fffd fffd fffd fffd fffd]
fatal 248,136,128,128,128 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 254,255 [fffd fffd]
fatal 254,255 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 195 [fffd]
fatal 195 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 226,130 [fffd]
fatal 226,130 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 240,159,152 [fffd]
fatal 240,159,152 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 226,65 [fffd 41]
fatal 226,65 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 240,159,65,66 [fffd 41 42]
fatal 240,159,65,66 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 128,191,65 [fffd fffd 41]
fatal 128,191,65 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 226,130,226,130,172 [fffd 20ac]
fatal 226,130,226,130,172 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 241,128,128 [fffd]
fatal 241,128,128 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
utf8 97,241,128,128,225,128,194,98,128,99,128,191,100 [61 fffd fffd fffd 62 fffd 63 fffd fffd 64]
fatal 97,241,128,128,225,128,194,98,128,99,128,191,100 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
ignoreBOM [feff 41]
two BOMs [feff]
stream utf-8 [[226,130],[172]] [5b 5d 20 5b 32 30 61 63 5d]
stream utf-8 [[226],[130],[172,65]] [5b 5d 20 5b 5d 20 5b 32 30 61 63 20 34 31 5d]
stream utf-8 [[226,130],null] [5b 5d 20 5b 66 66 66 64 5d]
stream utf-8 [[226,130],null] TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
stream utf-8 [[239,187],[191,65],[239,187,191,66]] [5b 5d 20 5b 34 31 5d 20 5b 66 65 66 66 20 34 32 5d]
stream utf-8 [[239,187,191,65],[239,187,191]] [5b 34 31 5d 20 5b 66 65 66 66 5d]
stream utf-8 [[240,159],[152],[128]] [5b 5d 20 5b 5d 20 5b 64 38 33 64 20 64 65 30 30 5d]
stream utf-8 [[240,159],[65]] [5b 5d 20 5b 66 66 66 64 20 34 31 5d]
stream utf-8 [[65],[],[66]] [5b 34 31 5d 20 5b 5d 20 5b 34 32 5d]
stream utf-16le [[255,254,65],[0,61,216],[0,222]] [5b 5d 20 5b 34 31 5d 20 5b 64 38 33 64 20 64 65 30 30 5d]
stream utf-16le [[65],null] [5b 5d 20 5b 66 66 66 64 5d]
stream utf-16le [[61,216],[65,0]] [5b 5d 20 5b 66 66 66 64 20 34 31 5d]
stream utf-16le [[61,216],null] TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le
stream latin1 [[128,129],[255]] [5b 32 30 61 63 20 38 31 5d 20 5b 66 66 5d]
utf-16le 65,0,66 [41 fffd]
fatal utf-16le 65,0,66 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le
utf-16le 0,216 [fffd]
fatal utf-16le 0,216 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le
utf-16le 0,220,65,0 [fffd 41]
fatal utf-16le 0,220,65,0 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le
utf-16le 61,216,0,222 [d83d de00]
fatal utf-16le 61,216,0,222 [d83d de00]
utf-16le 0,216,0,216,0,220 [fffd d800 dc00]
fatal utf-16le 0,216,0,216,0,220 TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le
utf-16le 255,254,65,0 [41]
fatal utf-16le 255,254,65,0 [41]
utf-16le 254,255,65,0 [fffe 41]
fatal utf-16le 254,255,65,0 [fffe 41]
windows-1252 [78 79 7a 7b 7c 7d 7e 7f 20ac 81 201a 192 201e 2026 2020 2021 2c6 2030 160 2039 152 8d 17d 8f 90 2018 2019 201c 201d 2022 2013 2014 2dc 2122 161 203a 153 9d 17e 178 a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 aa ab ac ad ae af b0 b1 b2 b3 b4 b5 b6 b7 b8 b9 ba bb bc bd be bf c0 c1 c2 c3 c4 c5 c6 c7 c8 c9 ca cb cc cd ce cf d0 d1 d2 d3 d4 d5 d6 d7 d8 d9 da db dc dd de df e0 e1 e2 e3 e4 e5 e6 e7 e8 e9 ea eb ec ed ee ef f0 f1 f2 f3 f4 f5 f6 f7 f8 f9 fa fb fc fd fe ff]
threw ERR_ENCODING_INVALID_ENCODED_DATA
fatal after error TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
bad input utf-8 {} 0 TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-8 {} 1 TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-8 {} 2 TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-8 {} 3 TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-8 {} 4 TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-8 {} 5 TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-8 {} 6 TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-8 {} 7 TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-8 {} 8 TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-8 {"stream":true} 0 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string ('abc')
bad input utf-8 {"stream":true} 1 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type number (5)
bad input utf-8 {"stream":true} 2 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type number (-0)
bad input utf-8 {"stream":true} 3 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received null
bad input utf-8 {"stream":true} 4 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received an instance of Object
bad input utf-8 {"stream":true} 5 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received an instance of Array
bad input utf-8 {"stream":true} 6 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type boolean (true)
bad input utf-8 {"stream":true} 7 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string ("it's a long string of mor...")
bad input utf-8 {"stream":true} 8 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string ('0123456789012345678901234567')
bad input utf-16le {} 0 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {} 1 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {} 2 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {} 3 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {} 4 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {} 5 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {} 6 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {} 7 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {} 8 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {"stream":true} 0 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {"stream":true} 1 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {"stream":true} 2 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {"stream":true} 3 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {"stream":true} 4 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {"stream":true} 5 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {"stream":true} 6 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {"stream":true} 7 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input utf-16le {"stream":true} 8 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
bad input windows-1252 {} 0 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string ('abc')
bad input windows-1252 {} 1 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type number (5)
bad input windows-1252 {} 2 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type number (-0)
bad input windows-1252 {} 3 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received null
bad input windows-1252 {} 4 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received an instance of Object
bad input windows-1252 {} 5 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received an instance of Array
bad input windows-1252 {} 6 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type boolean (true)
bad input windows-1252 {} 7 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string ("it's a long string of mor...")
bad input windows-1252 {} 8 TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string ('0123456789012345678901234567')
bad input with a pending tail TypeError ERR_INVALID_ARG_TYPE The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string ('x')
undefined input ""
odd end [244,95,203,219,175] [5ff4 fffd]
odd end streamed [244,95,203,219,175] [5ff4 fffd]
odd end [0,216,0,216,1] [fffd fffd]
odd end streamed [0,216,0,216,1] [fffd fffd]
odd end [0,216,65] [fffd]
odd end streamed [0,216,65] [fffd]
odd end [65] [fffd]
odd end streamed [65] [fffd]
odd end [0,220,1] [fffd fffd]
odd end streamed [0,220,1] [fffd fffd]
odd end [61,216,0,222,1] [d83d de00 fffd]
odd end streamed [61,216,0,222,1] [d83d de00 fffd]
===*/
