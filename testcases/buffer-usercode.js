/*
 * User code that runs inside Buffer methods (valueOf, toString, getters)
 * and changes the buffers involved: the methods must see the bytes as they
 * are after that code ran.
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

t('indexOf offset valueOf writes', function () { var b = Buffer.from([0, 0, 0]); return b.indexOf(7, { valueOf: function () { b[2] = 7; return 0; } }); });
t('toString enc toString writes', function () { var b = Buffer.from('abc'); return b.toString({ toString: function () { b[0] = 0x7a; return 'latin1'; } }); });
t('toString start valueOf writes', function () { var b = Buffer.from('abc'); return b.toString('utf8', { valueOf: function () { b[1] = 0x79; return 1; } }); });
t('write enc toString writes', function () { var b = Buffer.alloc(4); var n = b.write('xy', 1, { toString: function () { b[0] = 1; return 'latin1'; } }); return [n, b.inspect()]; });
t('copy pos valueOf writes', function () { var s = Buffer.from([1, 2, 3]), d = Buffer.alloc(3); var n = s.copy(d, 0, { valueOf: function () { s[1] = 9; return 1; } }); return [n, d.inspect()]; });
t('fill valueOf writes', function () { var b = Buffer.alloc(3); b.fill({ valueOf: function () { b[0] = 5; return 6; } }, 1); return b; });
t('from array getter', function () { var a = [1, 2, 3]; Object.defineProperty(a, 1, { get: function () { a[2] = 9; return 4; } }); return Buffer.from(a); });
t('from valueOf chain', function () { return Buffer.from({ valueOf: function () { return { valueOf: function () { return 'ok'; } }; } }); });
t('subarray valueOf', function () { var b = Buffer.from([1, 2, 3, 4]); var s = b.subarray({ valueOf: function () { b[1] = 8; return 1; } }); return s; });
t('of valueOf', function () { return Buffer.of({ valueOf: function () { return 258; } }, '3'); });

/*===
indexOf offset valueOf writes 2
toString enc toString writes "zbc"
toString start valueOf writes "yc"
write enc toString writes threw TypeError ERR_INVALID_ARG_TYPE The "length" argument must be of type number. Received an instance of Object
copy pos valueOf writes [2,"<Buffer 09 03 00>"]
fill valueOf writes <Buffer 05 06 06>
from array getter <Buffer 01 04 09>
from valueOf chain <Buffer 6f 6b>
subarray valueOf <Buffer 08 03 04>
of valueOf <Buffer 02 03>
===*/
