// Representative script for the allocation-failure test
// (testcases/unit/test_alloc_failure.c): user code that detaches or resizes
// the buffer in the middle of a method, while allocations fail.
var ab = new ArrayBuffer(8, { maxByteLength: 16 });
var t = new Uint8Array(ab);
t.fill(3);
var r = t.map(function (x, i) { if (i === 1) ab.resize(2); return x + i; });
var ab2 = new ArrayBuffer(8);
var dv = new DataView(ab2);
try {
    dv.setUint32(0, { valueOf: function () { ab2.transfer(); return 1; } });
} catch (e) {
    r = e.name;
}
var b = Buffer.from(new ArrayBuffer(4));
b.writeUInt16LE({ valueOf: function () { return 0x4142; } }, 0);
String(r) + b.toString('latin1', 0, 2);
