/*
 * A Symbol is no string: where Node takes a string or a number in the same
 * argument (fill value, offset or encoding; write offset or encoding;
 * Buffer.alloc's fill and encoding; transcode's encodings) a Symbol is
 * treated as a non-string (Duktape's symbols are strings to duk_is_string
 * and have length 0).  Only the error class and code are printed: the text
 * of an engine's own ToNumber error differs between engines.
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer", "encoding"]} ---*/
function show(label, f) {
    try {
        var r = f();
        print(label, typeof r === 'object' && r !== null ? Array.prototype.join.call(r, ',') : r);
    } catch (e) {
        print(label, 'threw', e.name, e.code);
    }
}
var sym = Symbol('q');
show('fill(sym)', function () { return Buffer.alloc(4).fill(sym); });
show('Buffer.alloc(4, sym)', function () { return Buffer.alloc(4, sym); });
show('fill(1, sym)', function () { return Buffer.alloc(4).fill(1, sym); });
show('fill(1, 0, sym)', function () { return Buffer.alloc(4).fill(1, 0, sym); });
show('fill(a, sym)', function () { return Buffer.alloc(4).fill('a', sym); });
show('fill(a, 0, sym)', function () { return Buffer.alloc(4).fill('a', 0, sym); });
show('fill(a, 0, 4, sym)', function () { return Buffer.alloc(4).fill('a', 0, 4, sym); });
show('Buffer.alloc(4, a, sym)', function () { return Buffer.alloc(4, 'a', sym); });
show('write(a, sym)', function () { return Buffer.alloc(4).write('a', sym); });
show('write(a, 0, sym)', function () { return Buffer.alloc(4).write('a', 0, sym); });
show('write(a, 0, 1, sym)', function () { return Buffer.alloc(4).write('a', 0, 1, sym); });
show('indexOf(sym)', function () { return Buffer.alloc(4).indexOf(sym); });
show('Buffer(1, sym)', function () { return Buffer(1, sym); });
show('transcode(sym, utf8)', function () { return require('buffer').transcode(Buffer.from('a'), sym, 'utf8'); });
show('transcode(utf8, sym)', function () { return require('buffer').transcode(Buffer.from('a'), 'utf8', sym); });
show('fill(a, utf8)', function () { return Buffer.alloc(2).fill('a', 'utf8'); });
show('write(a, latin1)', function () { return Buffer.alloc(2).write('a', 'latin1'); });
show('Buffer.alloc(2, 6162, hex)', function () { return Buffer.alloc(2, '6162', 'hex'); });

/*===
fill(sym) threw TypeError undefined
Buffer.alloc(4, sym) threw TypeError undefined
fill(1, sym) threw TypeError ERR_INVALID_ARG_TYPE
fill(1, 0, sym) threw TypeError ERR_INVALID_ARG_TYPE
fill(a, sym) threw TypeError ERR_INVALID_ARG_TYPE
fill(a, 0, sym) threw TypeError ERR_INVALID_ARG_TYPE
fill(a, 0, 4, sym) threw TypeError ERR_INVALID_ARG_TYPE
Buffer.alloc(4, a, sym) threw TypeError ERR_INVALID_ARG_TYPE
write(a, sym) threw TypeError ERR_INVALID_ARG_TYPE
write(a, 0, sym) threw TypeError ERR_INVALID_ARG_TYPE
write(a, 0, 1, sym) threw TypeError undefined
indexOf(sym) threw TypeError ERR_INVALID_ARG_TYPE
Buffer(1, sym) 0
transcode(sym, utf8) threw Error U_ILLEGAL_ARGUMENT_ERROR
transcode(utf8, sym) threw Error U_ILLEGAL_ARGUMENT_ERROR
fill(a, utf8) 97,97
write(a, latin1) 1
Buffer.alloc(2, 6162, hex) 97,98
===*/
