/*
 * User code in the middle of Buffer methods that re-validate afterwards, as
 * node does: Buffer.from(ab, offset, length) whose length.valueOf detaches
 * ab (the typed array constructor's TypeError) or shrinks it (its plain
 * RangeError), and buf.toString(encoding, start, end) whose encoding or
 * position coercion shrinks or detaches the buffer (StringSlice: '' when no
 * bytes are left, ERR_OUT_OF_RANGE when `end` lies past them).
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer", "arraybuffer", "bridge_internal"]} ---*/
function show(label, f) {
    try {
        print(label, f());
    } catch (e) {
        print(label, 'threw', e.name, e.code);
    }
}
var ab = new ArrayBuffer(4);
show('from length detaches', function () {
    return Buffer.from(ab, 1, { valueOf: function () { ab.transfer(); return 2; } }).length;
});
var rab = new ArrayBuffer(8, { maxByteLength: 16 });
show('from length shrinks', function () {
    return Buffer.from(rab, 1, { valueOf: function () { rab.resize(3); return 4; } }).length;
});
var rab2 = new ArrayBuffer(8, { maxByteLength: 16 });
var b = Buffer.from(rab2);
show('toString encoding shrinks', function () {
    return b.toString({ toString: function () { rab2.resize(3); return 'hex'; } });
});

var rab3 = new ArrayBuffer(8, { maxByteLength: 16 });
var b3 = Buffer.from(rab3);
show('toString encoding valueOf shrinks', function () {
    return b3.toString({ valueOf: function () { rab3.resize(6); return 'latin1'; } }, 0, 6).length;
});
var rab4 = new ArrayBuffer(8, { maxByteLength: 16 });
var b4 = Buffer.from(rab4, 2, 4);
show('toString encoding leaves the view out of bounds', function () {
    return JSON.stringify(b4.toString({ toString: function () { rab4.resize(3); return 'hex'; } }));
});
var ab5 = new ArrayBuffer(8);
var b5 = Buffer.from(ab5);
show('toString encoding detaches', function () {
    return JSON.stringify(b5.toString({ toString: function () { ab5.transfer(); return 'utf8'; } }));
});
var rab6 = new ArrayBuffer(8, { maxByteLength: 16 });
var b6 = Buffer.from(rab6);
show('toString start valueOf shrinks', function () {
    return b6.toString('hex', { valueOf: function () { rab6.resize(2); return 1; } });
});
var rab7 = new ArrayBuffer(8, { maxByteLength: 16 });
show('from offset valueOf shrinks', function () {
    return Buffer.from(rab7, { valueOf: function () { rab7.resize(2); return 4; } }, 1).length;
});
var rab8 = new ArrayBuffer(8, { maxByteLength: 16 });
show('from length valueOf grows', function () {
    return Buffer.from(rab8, 4, { valueOf: function () { rab8.resize(16); return 4; } }).length;
});

/*===
from length detaches threw TypeError undefined
from length shrinks threw RangeError undefined
toString encoding shrinks threw RangeError ERR_OUT_OF_RANGE
toString encoding valueOf shrinks 6
toString encoding leaves the view out of bounds ""
toString encoding detaches ""
toString start valueOf shrinks threw RangeError ERR_OUT_OF_RANGE
from offset valueOf shrinks threw RangeError ERR_BUFFER_OUT_OF_BOUNDS
from length valueOf grows 4
===*/
