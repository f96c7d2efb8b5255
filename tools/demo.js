// A short tour of what duk_ext adds to Duktape 2.7 (run with `make run`).
var dv = new DataView(new ArrayBuffer(8));
dv.setFloat16(0, 1.5);
print('DataView float16 1.5 stored as 0x' + dv.getUint16(0).toString(16));
var b = new Buffer(6);
b.writeUIntBE(0x123456789abc, 0, 6);
print('Buffer.readUIntBE(0, 6) = 0x' + b.readUIntBE(0, 6).toString(16));
try {
    b.readUInt32LE(4);
} catch (e) {
    print('Node-style error: ' + e.name + ' ' + e.code);
}
