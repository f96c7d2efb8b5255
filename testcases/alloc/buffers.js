// Representative script for the allocation-failure test
// (testcases/unit/test_alloc_failure.c): exercises duk_ext surfaces that
// allocate, so every allocation among them is made to fail once.
/*--- {"features": ["nodebuffer_rw"]} ---*/
var b = new Buffer(8);
b.writeUIntLE(0x123456789a, 0, 5);
var sum = b.readUIntLE(0, 5) + b.readInt16BE(1);
try {
    b.readUInt32LE(6);
} catch (e) {
    sum += e.code.length;
}
try {
    b.writeUInt8(300);
} catch (e) {
    sum += String(e).length;
}
sum;
