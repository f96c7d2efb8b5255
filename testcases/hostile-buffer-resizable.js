/*
 * Buffers over resizable or detached ArrayBuffers, with and without user code
 * in the middle: Buffer.from(resizable ArrayBuffer) is length-tracking,
 * Buffer.from(detached ArrayBuffer) is a TypeError, fill's value.valueOf
 * detaching the buffer leaves it empty (node also writes into the memory the
 * buffer was transferred to: unobservable here).
 * Expected output: node v26.10.0.
 */
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

/*===
tracking 6:[0,0,0,0,0,0]
shrunk 2:[0,0]
offset 4:[0,0,0,0]
write after shrink threw RangeError ERR_BUFFER_OUT_OF_BOUNDS
fill after grow 5:[7,7,0,0,0]
from(detached) threw TypeError undefined
from(detached,0,0) threw TypeError undefined
fill detaches 0:[]
===*/
