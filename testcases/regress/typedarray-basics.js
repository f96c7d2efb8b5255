// Stock Duktape 2.7 typed array, ArrayBuffer and DataView behaviour that
// duk_ext must keep (compared live against the stock `duk`).
var ab = new ArrayBuffer(16);
var u8 = new Uint8Array(ab, 2, 8);
var i16 = new Int16Array(ab);
u8[0] = 300; u8[1] = -1;
print(u8.length, u8.byteOffset, u8.byteLength, u8[0], u8[1], i16[1]);
var f64 = new Float64Array([1.5, -0, NaN]);
print(f64.length, f64[0], 1 / f64[1], f64[2]);
var c = new Uint8ClampedArray([300, -5, 1.5, 2.5]);
print(c[0], c[1], c[2], c[3]);
var sub = u8.subarray(2, 5);
sub[0] = 7;
print(sub.length, u8[2], sub.buffer === ab);
var dst = new Uint16Array(4);
dst.set([1, 2], 1);
print(dst[0], dst[1], dst[2], dst[3]);
var dv = new DataView(ab);
dv.setUint16(0, 0x1234);
print(dv.getUint8(0), dv.getUint8(1), dv.getUint16(0, true), dv.byteLength);
print(Uint32Array.BYTES_PER_ELEMENT, new Int8Array(3).length, ArrayBuffer.isView(u8));
var plain = Uint8Array.allocPlain ? 'allocPlain' : 'no allocPlain';
print(plain, typeof Uint8Array.plainOf);
var pb = Uint8Array.allocPlain(4);
pb[1] = 9;
print(typeof pb, pb.length, pb[1], String(pb instanceof Uint8Array));
print(u8[100], i16[-1]);
