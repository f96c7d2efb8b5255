/*
 *  ObjectBuffer.open over a resizable ArrayBuffer: the view reads the bytes
 *  as they are now, so once the buffer shrank reads fail cleanly (also
 *  through views taken before), and with the buffer grown back and the same
 *  bytes written they work again.  Expected output: objbuf_format.md (a
 *  truncated document is an error) and the encoded values themselves.
 */
/*--- {"features": ["objectbuffer", "objectbuffer_open", "arraybuffer", "bridge_internal"]} ---*/

/*===
resized
TypeError TypeError true true
===*/

function tryIt(f) {
    try { f(); return 'no error'; } catch (e) { return e.name; }
}
print('resized');
/* a resizable ArrayBuffer under the view: shrunk, reads fail; grown back
 * with the same bytes, they work again */
var enc = ObjectBuffer.encode({ a: { b: [1, 2, 3] }, c: 'x' });
var rab = new ArrayBuffer(enc.length, { maxByteLength: enc.length * 2 });
new Uint8Array(rab).set(enc);
var ov = ObjectBuffer.open(new Uint8Array(rab));
var oab = ov.a;
rab.resize(10);
var failed = [tryIt(function () { return oab.b; }), tryIt(function () { return ov.c; })];
rab.resize(enc.length);
new Uint8Array(rab).set(enc);
print(failed[0], failed[1], oab.b[2] === 3, ov.c === 'x');
