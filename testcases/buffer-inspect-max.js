/*
 * require('buffer').INSPECT_MAX_BYTES: an accessor whose value limits what
 * buf.inspect() (and so print() of a Buffer) shows; Node's validation.
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
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

var m = require('buffer');
var b = Buffer.from([1, 2, 3, 4, 5]);
t('default', function () { return [m.INSPECT_MAX_BYTES, b.inspect()]; });
t('set 2', function () { m.INSPECT_MAX_BYTES = 2; return [m.INSPECT_MAX_BYTES, b.inspect(), Buffer.from([1, 2, 3]).inspect(), Buffer.from([1, 2]).inspect()]; });
t('set 0', function () { m.INSPECT_MAX_BYTES = 0; return [b.inspect(), Buffer.alloc(0).inspect()]; });
t('set 4', function () { m.INSPECT_MAX_BYTES = 4; return b.inspect(); });
t('set 2.5', function () { m.INSPECT_MAX_BYTES = 2.5; return [b.inspect(), Buffer.from([1, 2, 3]).inspect()]; });
t('set Infinity', function () { m.INSPECT_MAX_BYTES = Infinity; return Buffer.alloc(60).inspect().length; });
t('set -1', function () { m.INSPECT_MAX_BYTES = -1; });
t('set NaN', function () { m.INSPECT_MAX_BYTES = NaN; });
t('set str', function () { m.INSPECT_MAX_BYTES = '3'; });
t('after errors', function () { return m.INSPECT_MAX_BYTES; });
t('descriptor', function () { var d = Object.getOwnPropertyDescriptor(m, 'INSPECT_MAX_BYTES'); return [typeof d.get, typeof d.set, d.enumerable, d.configurable]; });
t('print', function () { m.INSPECT_MAX_BYTES = 1; print(b); m.INSPECT_MAX_BYTES = 50; print(b); return 0; });

/*===
default [50,"<Buffer 01 02 03 04 05>"]
set 2 [2,"<Buffer 01 02 ... 3 more bytes>","<Buffer 01 02 ... 1 more byte>","<Buffer 01 02>"]
set 0 ["<Buffer  ... 5 more bytes>","<Buffer >"]
set 4 "<Buffer 01 02 03 04 ... 1 more byte>"
set 2.5 ["<Buffer 01 02 ... 2.5 more bytes>","<Buffer 01 02 ... 0.5 more byte>"]
set Infinity 188
set -1 threw RangeError ERR_OUT_OF_RANGE The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1
set NaN threw RangeError ERR_OUT_OF_RANGE The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received NaN
set str threw TypeError ERR_INVALID_ARG_TYPE The "INSPECT_MAX_BYTES" argument must be of type number. Received type string ('3')
after errors Infinity
descriptor ["function","function",true,true]
<Buffer 01 ... 4 more bytes>
<Buffer 01 02 03 04 05>
print 0
===*/
