/*
 * TextEncoder: encode (lone surrogates, non-BMP, coercion), encodeInto
 * (whole characters only, {read, written}), errors.
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
 */
/*--- {"features": ["encoding", "nodebuffer"]} ---*/
function E(label, f) {
    try {
        var v = f();
        if (v && typeof v === 'object' && 'written' in v) {
            print(label, 'read', v.read, 'written', v.written);
        } else if (v && typeof v === 'object') {
            print(label, Object.prototype.toString.call(v), v.length, Array.prototype.join.call(v, ','));
        } else {
            print(label, v);
        }
    } catch (e) {
        print(label, e.name, e.code, e.message);
    }
}
var te = new TextEncoder();
print(typeof TextEncoder, TextEncoder.length, te.encoding, Object.prototype.toString.call(te));
var strs = ['', 'abc', '\u00e9', '\u20ac', '\ud83d\ude00', '\ud800', '\udc00', '\ud800\ud800', '\udc00\ud800', 'a\ud800b',
            '\ud83d', '\ude00\ud83d', 'x\ud83d\ude00\ud83d\ude00y', '\u0000', '\uffff', '\ufffd', '\u07ff\u0800'];
for (var i = 0; i < strs.length; i++) {
    E('encode ' + i, function () { return te.encode(strs[i]); });
}
E('encode()', function () { return te.encode(); });
E('encode(undefined)', function () { return te.encode(undefined); });
E('encode(null)', function () { return te.encode(null); });
E('encode(5)', function () { return te.encode(5); });
E('encode(obj)', function () { return te.encode({ toString: function () { return 'hi'; } }); });
E('call', function () { return TextEncoder(); });
E('lengths', function () {
    return [TextEncoder.prototype.encode.length, TextEncoder.prototype.encodeInto.length].join();
});
E('keys', function () { return Object.keys(TextEncoder.prototype).join(); });
E('encodeInto String object', function () { return te.encodeInto(new String('a'), new Uint8Array(2)); });
E('encodeInto Buffer', function () { return te.encodeInto('ab', Buffer.alloc(2)); });
E('bad this', function () { return TextEncoder.prototype.encode.call({}, 'a'); });

var caps = [0, 1, 2, 3, 4, 5, 6, 7, 8];
var src = 'a\u00e9\u20ac\ud83d\ude00';
for (var i = 0; i < caps.length; i++) {
    E('encodeInto cap ' + caps[i], function () {
        var u = new Uint8Array(caps[i]);
        var r = te.encodeInto(src, u);
        print('  bytes', Array.prototype.join.call(u, ','));
        return r;
    });
}
E('encodeInto lone', function () { return te.encodeInto('\ud800x', new Uint8Array(10)); });
E('encodeInto lone cap 2', function () { return te.encodeInto('\ud800x', new Uint8Array(2)); });
E('encodeInto subarray', function () {
    var u = new Uint8Array(6);
    var r = te.encodeInto('hey', u.subarray(2, 4));
    print('  bytes', Array.prototype.join.call(u, ','));
    return r;
});
E('encodeInto Uint16Array', function () { return te.encodeInto('a', new Uint16Array(2)); });
E('encodeInto Uint8ClampedArray', function () { return te.encodeInto('a', new Uint8ClampedArray(2)); });
E('encodeInto ArrayBuffer', function () { return te.encodeInto('a', new ArrayBuffer(2)); });
E('encodeInto array', function () { return te.encodeInto('a', []); });
E('encodeInto missing dest', function () { return te.encodeInto('a'); });
E('encodeInto number src', function () { return te.encodeInto(5, new Uint8Array(2)); });
E('encodeInto undefined src', function () { return te.encodeInto(undefined, new Uint8Array(2)); });
E('encodeInto bad this', function () { return TextEncoder.prototype.encodeInto.call({}, 'a', new Uint8Array(2)); });
E('round trip', function () {
    var s = '';
    for (var c = 0; c < 0x3000; c += 7) {
        s += String.fromCharCode(c);
    }
    s += '\ud83d\ude00\ud800\udbff\udfff';
    var back = new TextDecoder().decode(te.encode(s));
    return back.length + ' ' + (back === s.replace(/\ud800/, '\ufffd'));
});

/*===
function 0 utf-8 [object TextEncoder]
encode 0 [object Uint8Array] 0 
encode 1 [object Uint8Array] 3 97,98,99
encode 2 [object Uint8Array] 2 195,169
encode 3 [object Uint8Array] 3 226,130,172
encode 4 [object Uint8Array] 4 240,159,152,128
encode 5 [object Uint8Array] 3 239,191,189
encode 6 [object Uint8Array] 3 239,191,189
encode 7 [object Uint8Array] 6 239,191,189,239,191,189
encode 8 [object Uint8Array] 6 239,191,189,239,191,189
encode 9 [object Uint8Array] 5 97,239,191,189,98
encode 10 [object Uint8Array] 3 239,191,189
encode 11 [object Uint8Array] 6 239,191,189,239,191,189
encode 12 [object Uint8Array] 10 120,240,159,152,128,240,159,152,128,121
encode 13 [object Uint8Array] 1 0
encode 14 [object Uint8Array] 3 239,191,191
encode 15 [object Uint8Array] 3 239,191,189
encode 16 [object Uint8Array] 5 223,191,224,160,128
encode() [object Uint8Array] 0 
encode(undefined) [object Uint8Array] 0 
encode(null) [object Uint8Array] 4 110,117,108,108
encode(5) [object Uint8Array] 1 53
encode(obj) [object Uint8Array] 2 104,105
call TypeError undefined Class constructor TextEncoder cannot be invoked without 'new'
lengths 0,2
keys encoding,encode,encodeInto
encodeInto String object TypeError ERR_INVALID_ARG_TYPE The "src" argument must be of type string. Received an instance of String
encodeInto Buffer read 2 written 2
bad this TypeError undefined Receiver must be an instance of class TextEncoder
  bytes 
encodeInto cap 0 read 0 written 0
  bytes 97
encodeInto cap 1 read 1 written 1
  bytes 97,0
encodeInto cap 2 read 1 written 1
  bytes 97,195,169
encodeInto cap 3 read 2 written 3
  bytes 97,195,169,0
encodeInto cap 4 read 2 written 3
  bytes 97,195,169,0,0
encodeInto cap 5 read 2 written 3
  bytes 97,195,169,226,130,172
encodeInto cap 6 read 3 written 6
  bytes 97,195,169,226,130,172,0
encodeInto cap 7 read 3 written 6
  bytes 97,195,169,226,130,172,0,0
encodeInto cap 8 read 3 written 6
encodeInto lone read 2 written 4
encodeInto lone cap 2 read 0 written 0
  bytes 0,0,104,101,0,0
encodeInto subarray read 2 written 2
encodeInto Uint16Array TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received an instance of Uint16Array
encodeInto Uint8ClampedArray TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received an instance of Uint8ClampedArray
encodeInto ArrayBuffer TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received an instance of ArrayBuffer
encodeInto array TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received an instance of Array
encodeInto missing dest TypeError ERR_INVALID_ARG_TYPE The "dest" argument must be an instance of Uint8Array. Received undefined
encodeInto number src TypeError ERR_INVALID_ARG_TYPE The "src" argument must be of type string. Received type number (5)
encodeInto undefined src TypeError ERR_INVALID_ARG_TYPE The "src" argument must be of type string. Received undefined
encodeInto bad this TypeError undefined Receiver must be an instance of class TextEncoder
round trip 1761 true
===*/
