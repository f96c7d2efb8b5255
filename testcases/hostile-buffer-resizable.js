/*
 * Buffers over resizable or detached ArrayBuffers, with and without user code
 * in the middle: Buffer.from(resizable ArrayBuffer) is length-tracking,
 * Buffer.from(detached ArrayBuffer) is a TypeError, fill's value.valueOf
 * detaching the buffer leaves it empty (node also writes into the memory the
 * buffer was transferred to: unobservable here).
 * Expected output: node v26.10.0.
 */
/*--- {"features": ["nodebuffer", "arraybuffer", "bridge_internal"]} ---*/
function bytes(b) {
    var o = [];
    for (var i = 0; i < b.length; i++) o.push(b[i]);
    return b.length + ':[' + o.join(',') + ']';
}
function show(label, f) {
    try {
        print(label, f());
    } catch (e) {
        print(label, 'threw', e.name, e.code);
    }
}
var rab = new ArrayBuffer(4, { maxByteLength: 8 });
var b = Buffer.from(rab);
show('tracking', function () { rab.resize(6); return bytes(b); });
show('shrunk', function () { rab.resize(2); return bytes(b); });
show('offset', function () { rab.resize(6); return bytes(Buffer.from(rab, 2)); });
show('write after shrink', function () {
    return b.writeUInt16LE({ valueOf: function () { rab.resize(1); return 0x4142; } }, 0) + ' ' + bytes(b);
});
show('fill after grow', function () {
    rab.resize(2);
    b.fill({ valueOf: function () { rab.resize(5); return 7; } });
    return bytes(b);
});
var ab = new ArrayBuffer(4);
ab.transfer();
show('from(detached)', function () { return bytes(Buffer.from(ab)); });
show('from(detached,0,0)', function () { return bytes(Buffer.from(ab, 0, 0)); });
var ab2 = new ArrayBuffer(4);
var b2 = Buffer.from(ab2);
show('fill detaches', function () { return bytes(b2.fill({ valueOf: function () { ab2.transfer(); return 1; } })); });

var rab3 = new ArrayBuffer(3, { maxByteLength: 8 });
var b3 = Buffer.from(rab3);
/* subarray and slice clamp to the length before start/end ran user code,
 * and the new view must fit the buffer after it */
show('subarray start grows', function () { return bytes(b3.subarray({ valueOf: function () { rab3.resize(6); return 1; } })); });
show('subarray start shrinks', function () { return bytes(b3.subarray({ valueOf: function () { rab3.resize(2); return 1; } })); });
rab3.resize(6);
show('slice end shrinks', function () { return bytes(b3.slice(0, { valueOf: function () { rab3.resize(2); return 5; } })); });
rab3.resize(8);
var b4 = Buffer.from(rab3, 4, 2);
rab3.resize(2);
show('subarray past the end', function () { return bytes(b4.subarray()); });
var ab5 = new ArrayBuffer(4);
var b5 = Buffer.from(ab5);
show('subarray start detaches', function () { return bytes(b5.subarray({ valueOf: function () { ab5.transfer(); return 0; } })); });

/* indexOf searches the length from before byteOffset ran user code, cut to
 * what is left when that code shrank the buffer */
var rab6 = new ArrayBuffer(2, { maxByteLength: 8 });
var b6 = Buffer.from(rab6);
show('indexOf byteOffset grows', function () {
    return b6.indexOf(5, { valueOf: function () { rab6.resize(6); new Uint8Array(rab6).set([1, 2, 3, 4, 5, 6]); return 0; } });
});
var rab7 = new ArrayBuffer(6, { maxByteLength: 8 });
var b7 = Buffer.from(rab7);
new Uint8Array(rab7).set([1, 2, 3, 4, 5, 6]);
show('indexOf byteOffset shrinks, negative', function () {
    return b7.indexOf(3, { valueOf: function () { rab7.resize(3); return -1; } });
});

var ab8 = new ArrayBuffer(4);
ab8.transfer();
show('stringLength of a detached ArrayBuffer', function () { return Buffer.stringLength(ab8, 'hex'); });

/*===
tracking 6:[0,0,0,0,0,0]
shrunk 2:[0,0]
offset 4:[0,0,0,0]
write after shrink threw RangeError ERR_BUFFER_OUT_OF_BOUNDS
fill after grow 5:[7,7,0,0,0]
from(detached) threw TypeError undefined
from(detached,0,0) threw TypeError undefined
fill detaches 0:[]
subarray start grows 2:[0,0]
subarray start shrinks threw RangeError undefined
slice end shrinks threw RangeError undefined
subarray past the end 0:[]
subarray start detaches threw TypeError undefined
indexOf byteOffset grows -1
indexOf byteOffset shrinks, negative 2
stringLength of a detached ArrayBuffer 0
===*/
