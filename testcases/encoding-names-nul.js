/*
 * A NUL inside a name is part of the name: "hex\0x" is no Buffer encoding,
 * "utf-8\0x" no TextDecoder label, and {type: "Buffer\0", data} is not the
 * JSON form of a Buffer (C string compares would stop at the NUL).
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

/*===
Buffer.from hex\0x threw TypeError ERR_UNKNOWN_ENCODING
Buffer.from hex 1
toString utf8\0 threw TypeError ERR_UNKNOWN_ENCODING
isEncoding latin1\0 false
TextDecoder utf-8\0x threw RangeError ERR_ENCODING_NOT_SUPPORTED
TextDecoder utf-8 utf-8
from type Buffer\0 threw TypeError ERR_INVALID_ARG_TYPE
from type Buffer 2
===*/
