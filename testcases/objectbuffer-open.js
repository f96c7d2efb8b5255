/*
 *  ObjectBuffer.open: the lazy read-only view.  It must look like the
 *  encoded value (get, has, Object.keys, for-in, JSON.stringify, array length
 *  and indexes, nested access), memoise containers (o.a === o.a), keep
 *  identity and cycles, decode nothing until touched and refuse writes.
 *  Expected output: derived from the encoded values themselves (each line
 *  compares the view with the original value) and objbuf_format.md.
 */
/*--- {"features": ["objectbuffer", "nodebuffer", "objectbuffer_open"]} ---*/

/*===
leaves
true true true true
objects
true true true true true true
true true true true true
arrays
true true true true true true
keys
true true true true
identity
true true true true true
binary
true true true true
writes
TypeError TypeError TypeError true
lazy
true TypeError true
TypeError true
live
true TypeError TypeError
long strings
true true true true
array keys
true true
===*/

function big(n) {
    var o = {}, i;
    for (i = 0; i < n; i++) { o['key' + ((i * 7919) % n)] = i; }
    return o;
}

function open(v, opts) {
    return ObjectBuffer.open(ObjectBuffer.encode(v, opts));
}

print('leaves');
print(open(5) === 5, open('s\u00e9') === 's\u00e9', open(null) === null, open(undefined) === undefined);

print('objects');
var v = { a: 1, b: { c: 'deep', d: [1, 2] }, 'h\u00e9': 'unicode key', '': 'empty', n: null, f: -0 };
var o = open(v);
print(o.a === 1, o.b.c === 'deep', o.b.d[1] === 2, o['h\u00e9'] === 'unicode key', o[''] === 'empty', o.n === null);
print(1 / o.f === -Infinity, o.missing === undefined, 'a' in o, !('missing' in o), 'toString' in o);

print('arrays');
var arr = open([10, 'x', { y: 1 }, [1.5, 2.5], true]);
print(Array.isArray(arr), arr.length === 5, arr[0] === 10, arr[2].y === 1, arr[3][1] === 2.5, arr[5] === undefined);

print('keys');
var ks = [];
var k;
for (k in o) { ks.push(k); }
print(Object.keys(o).join(',') === Object.keys(v).join(','), ks.join(',') === Object.keys(v).join(','),
      JSON.stringify(o) === JSON.stringify(v),
      JSON.stringify(open([1, { a: [2, 3] }, 'z'])) === JSON.stringify([1, { a: [2, 3] }, 'z']));

print('identity');
var shared = { s: 1 };
var cyc = { one: shared, two: shared };
cyc.self = cyc;
var oc = open(cyc);
var bigv = big(5000);
var ob = open(bigv);
print(oc.one === oc.two, oc.self === oc, oc.self.self.one === oc.one, oc.b === oc.b,
      ob.key1234 === bigv.key1234 && ob.key0 === bigv.key0 && ob.key4999 === bigv.key4999 && ob.key5000 === undefined);

print('binary');
var bin = open({ u16: new Uint16Array([1, 65535]), when: new Date(1234), buf: new Buffer(3) });
print(bin.u16 instanceof Uint16Array && bin.u16[1] === 65535, bin.when instanceof Date && bin.when.getTime() === 1234,
      bin.u16 === bin.u16, Buffer.isBuffer(bin.buf));

print('writes');
function tryIt(f) {
    try { f(); return 'no error'; } catch (e) { return e.name; }
}
print(tryIt(function () { o.a = 2; }), tryIt(function () { delete o.a; }),
      tryIt(function () { Object.defineProperty(o, 'z', { value: 1 }); }), o.a === 1);

print('lazy');
/* Corrupt the length byte of one string: untouched parts still read, the
 * corrupted one fails when touched, with the byte offset. */
var bytes = ObjectBuffer.encode({ good: 1, bad: 'XYZW', other: [1, 2] });
var i;
for (i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] === 0x58 && bytes[i + 1] === 0x59 && bytes[i + 2] === 0x5a && bytes[i + 3] === 0x57) { break; }
}
bytes[i - 1] = 0xff;
var lazy = ObjectBuffer.open(bytes);
print(lazy.good === 1, tryIt(function () { return lazy.bad; }), lazy.other[1] === 2);
var err = null;
try { ObjectBuffer.decode(bytes); } catch (e) { err = e; }
print(err.name, err.offset === i - 2);

print('live');
/* the view reads the caller's bytes as they are now: overwriting them makes
 * further reads fail cleanly, also through views taken before */
var liveBytes = ObjectBuffer.encode({ k: 'v', inner: { n: 1 } });
var live = ObjectBuffer.open(liveBytes);
var inner = live.inner;
print(inner.n === 1, tryIt(function () { var j; for (j = 0; j < liveBytes.length; j++) { liveBytes[j] = 0xff; } return live.k; }),
      tryIt(function () { return inner.n; }));

print('long strings');
/* strings past the short copy buffer (256 bytes) are copied through a
 * private buffer, values and keys alike */
var longText = new Array(400).join('ab\u00e9');
var longView = { s: longText, list: [longText] };
longView[longText] = 7;
var ol = open(longView);
print(ol.s === longText, ol.list[0] === longText, ol[longText] === 7, Object.keys(ol)[2] === longText);

print('array keys');
/* an array view has the keys of an array: indexes, then length (not enumerable) */
var oa = open([5, 6, 7]);
print(Object.keys(oa).join(',') === '0,1,2', Object.getOwnPropertyNames(oa).join(',') === '0,1,2,length');
