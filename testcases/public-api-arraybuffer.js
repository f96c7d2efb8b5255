/*
 * The public-API-only build (profile public-api, bindings/engine_bridge_public.c):
 * ArrayBuffer views, the replaced constructors, DataView and Float16Array work
 * on the public Duktape API; what needs engine internals (a resizable
 * ArrayBuffer, transfer, detach) throws a TypeError whose message says it is
 * unavailable, and changes nothing.  Expected output: node v26.10.0 up to
 * "float16 from"; the last four lines are the public-api behaviour issue 6
 * asks for (node resizes and transfers there).
 */
/*--- {"features": ["arraybuffer", "float16", "dataview", "bridge_public"]} ---*/
function attempt(what, fn) {
    try {
        print(what, fn());
    } catch (e) {
        print(what, 'threw', e.name, /unavailable/.test(e.message));
    }
}
var ab = new ArrayBuffer(8);
print('fixed', ab.byteLength, ab.resizable, ab.detached, ab.maxByteLength);
var u8 = new Uint8Array(ab, 2, 4);
u8[0] = 7;
print('view', u8.length, u8.byteOffset, new Uint8Array(ab)[2]);
print('slice', ab.slice(2, 4).byteLength, new Uint8Array(ab.slice(2, 4))[0]);
print('constructor', Uint8Array.prototype.constructor === Uint8Array, u8 instanceof Uint8Array,
      u8.constructor === Uint8Array, Object.getPrototypeOf(Uint8Array) === Object.getPrototypeOf(Int8Array));
print('statics', Uint8Array.name, Uint8Array.length, Uint8Array.BYTES_PER_ELEMENT, Float64Array.BYTES_PER_ELEMENT,
      ArrayBuffer.name, ArrayBuffer.length, typeof ArrayBuffer.isView, ArrayBuffer.isView(u8));
print('plain call', (function () { try { Uint8Array(2); return 'no error'; } catch (e) { return e.name; } })());
var dv = new DataView(ab, 1);
dv.setUint16(0, 0x0102);
print('dataview', dv.byteLength, dv.byteOffset, dv.getUint8(1), new Uint8Array(ab)[1]);
var f = new Float16Array([1.5, 2, 65520]);
print('float16', f.length, f.byteLength, f[0], f[1], f[2], Float16Array.BYTES_PER_ELEMENT);
f.fill(0.1);
print('float16 fill', f[0], f[2], Array.prototype.join.call(f.map(function (x) { return x * 2; }), ','));
print('float16 from', Array.prototype.join.call(Float16Array.from([0.5, 3]), ','), new Float16Array(ab, 0, 2).length);
attempt('resizable', function () { return new ArrayBuffer(8, { maxByteLength: 16 }).resizable; });
attempt('transfer', function () { return ab.transfer().byteLength; });
attempt('transferToFixedLength', function () { return ab.transferToFixedLength(4).byteLength; });
print('after', ab.byteLength, ab.detached, u8[0]);

/*===
fixed 8 false false 8
view 4 2 7
slice 2 7
constructor true true true true
statics Uint8Array 3 1 8 ArrayBuffer 1 function true
plain call TypeError
dataview 7 1 2 1
float16 3 6 1.5 2 Infinity 2
float16 fill 0.0999755859375 0.0999755859375 0.199951171875,0.199951171875,0.199951171875
float16 from 0.5,3 2
resizable threw TypeError true
transfer threw TypeError true
transferToFixedLength threw TypeError true
after 8 false 2
===*/
