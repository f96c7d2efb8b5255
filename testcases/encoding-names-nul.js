/*
 * A NUL inside a name is part of the name: "hex\0x" is no Buffer encoding,
 * "utf-8\0x" no TextDecoder label, and {type: "Buffer\0", data} is not the
 * JSON form of a Buffer (C string compares would stop at the NUL); and a NUL
 * in a bad value stays in the error message.
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer", "encoding"]} ---*/
function show(label, f) {
    try {
        print(label, f());
    } catch (e) {
        print(label, 'threw', e.name, e.code);
    }
}
show('Buffer.from hex\\0x', function () { return Buffer.from('ab', 'hex\0x').length; });
show('Buffer.from hex', function () { return Buffer.from('ab', 'hex').length; });
show('toString utf8\\0', function () { return Buffer.from('ab').toString('utf8\0'); });
show('isEncoding latin1\\0', function () { return Buffer.isEncoding('latin1\0'); });
show('TextDecoder utf-8\\0x', function () { return new TextDecoder('utf-8\0x').encoding; });
show('TextDecoder utf-8', function () { return new TextDecoder(' utf-8 ').encoding; });
show('from type Buffer\\0', function () { return Buffer.from({ type: 'Buffer\0', data: [1, 2] }).length; });
show('from type Buffer', function () { return Buffer.from({ type: 'Buffer', data: [1, 2] }).length; });

/* a NUL in the bad value (or name) is part of Node's error message too */
function message(label, f) {
    try { f(); print(label, 'no error'); } catch (e) { print(label, e.code, JSON.stringify(e.message)); }
}
message('unknown encoding', function () { Buffer.from('ab', 'hex\0x'); });
message('offset type', function () { Buffer.alloc(4).readUInt8('a\0b'); });
message('input type', function () { require('buffer').isUtf8('a\0b'); });

/*===
Buffer.from hex\0x threw TypeError ERR_UNKNOWN_ENCODING
Buffer.from hex 1
toString utf8\0 threw TypeError ERR_UNKNOWN_ENCODING
isEncoding latin1\0 false
TextDecoder utf-8\0x threw RangeError ERR_ENCODING_NOT_SUPPORTED
TextDecoder utf-8 utf-8
from type Buffer\0 threw TypeError ERR_INVALID_ARG_TYPE
from type Buffer 2
unknown encoding ERR_UNKNOWN_ENCODING "Unknown encoding: hex\u0000x"
offset type ERR_INVALID_ARG_TYPE "The \"offset\" argument must be of type number. Received type string ('a\u0000b')"
input type ERR_INVALID_ARG_TYPE "The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string ('a\u0000b')"
===*/
