/*
 *  ObjectBuffer.encode / decode round trips of every value kind, identity and
 *  cycles, under each option.  Expected output: derived from the values
 *  themselves (decode(encode(v)) is compared with v by the deep-equality
 *  routine below, which checks types, -0, NaN, key order, element types,
 *  bytes and identity) and from duk_ext/objbuf_format.md; every line is a
 *  boolean that must be true.
 */
/*--- {"features": ["objectbuffer", "nodebuffer"]} ---*/

/*===
kinds
true true true true true true true true true true
true true true true true true true true true true
true true true true true true true true true true
true true true true true true true true
true true true true true true true true true true
true true true true true true true true true true
controls
false false false false false
options
true true true true true
identity
true true true true true true
true true true
sizes
true true true
true true true
big
true true true
matrix
true true true true true true
true true true
float16
true true
table
true true true true true
true true true true true
true true true true
true true
===*/

function tag(x) {
    return Object.prototype.toString.call(x);
}

function same(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        if (a !== a) { return b !== b; }
        return a === b && 1 / a === 1 / b;
    }
    return a === b;
}

/* Deep equality that also requires the same shape of sharing: a pair (a, b)
 * seen before must map consistently in both directions. */
function deepEqual(a, b) {
    var seenA = [], seenB = [];
    function bytesOf(v) {
        if (tag(v) === '[object ArrayBuffer]') { return new Uint8Array(v); }
        return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    }
    function eq(x, y) {
        var i, kx, ky, bx, by;
        if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) {
            return same(x, y);
        }
        for (i = 0; i < seenA.length; i++) {
            if (seenA[i] === x || seenB[i] === y) { return seenA[i] === x && seenB[i] === y; }
        }
        seenA.push(x);
        seenB.push(y);
        if (tag(x) !== tag(y) || Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) { return false; }
        if (Duktape.info(x).type !== Duktape.info(y).type) { return false; }
        if (x instanceof Date) { return same(x.getTime(), y.getTime()); }
        if (tag(x) === '[object ArrayBuffer]' || ArrayBuffer.isView(x) || Duktape.info(x).type === 7) {
            bx = bytesOf(x);
            by = bytesOf(y);
            if (bx.length !== by.length || Buffer.isBuffer(x) !== Buffer.isBuffer(y)) { return false; }
            for (i = 0; i < bx.length; i++) { if (bx[i] !== by[i]) { return false; } }
            return true;
        }
        if (Array.isArray(x)) {
            if (x.length !== y.length) { return false; }
            for (i = 0; i < x.length; i++) { if (!eq(x[i], y[i])) { return false; } }
            return true;
        }
        kx = Object.keys(x);
        ky = Object.keys(y);
        if (kx.join('\u0000') !== ky.join('\u0000')) { return false; }
        for (i = 0; i < kx.length; i++) { if (!eq(x[kx[i]], y[kx[i]])) { return false; } }
        return true;
    }
    return eq(a, b);
}

function rt(v, opts) {
    return ObjectBuffer.decode(ObjectBuffer.encode(v, opts));
}

function line(values, opts) {
    var out = [], i;
    for (i = 0; i < values.length; i++) {
        out.push(deepEqual(rt(values[i], opts), values[i]));
    }
    print(out.join(' '));
}

function longString(n) {
    var s = '';
    while (s.length < n) { s += 'abc\u00e9\u4e2d'; }
    return s.substring(0, n);
}

function bigObject(n) {
    var o = {}, i;
    for (i = 0; i < n; i++) { o['key' + ((i * 7919) % n)] = i; }
    return o;
}

var plain = Uint8Array.allocPlain(5);
plain[0] = 1; plain[4] = 255;
var ab = new ArrayBuffer(6);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6]);
var nodeBuf = new Buffer(4);
nodeBuf[0] = 0x41; nodeBuf[3] = 0x7f;

var kinds = [
    undefined, null, true, false, 0, -0, 1, -1, 536870911, -536870912,
    536870912, -536870913, 0.5, NaN, Infinity, -Infinity, 1e300, 5e-324, 2147483648, -4294967296.5,
    '', 'a', 'h\u00e9llo \u4e16\u754c', '\ud83d\ude00', '\ud800', 'x\udc00y', '\u0000nul', longString(255), longString(256), longString(70000),
    [], [1, 2, 3], [0.5, -0, NaN], [1, 'two', null, [3, [4]], { five: 5 }], {}, { a: 1, b: { c: [true, false] } },
    new Date(0), new Date(NaN)
];
var kinds2 = [
    new Date(-8.64e15), plain, ab, new Uint8Array([1, 2, 255]), new Uint8ClampedArray([0, 128, 255]),
    new Int8Array([-128, 0, 127]), new Uint16Array([1, 65535]), new Int16Array([-32768, 32767]), new Uint32Array([4294967295, 0]), new Int32Array([-2147483648, 7]),
    new Float32Array([0.5, -0, NaN, Infinity]), new Float64Array([Math.PI, -0, 1e-310]), new DataView(ab, 1, 4), nodeBuf, new Uint16Array(ab, 2, 2),
    [1, 128, -129, 40000, -70000, 2147483647], [0.1, 0.2, 1e300], [3.5, -0, Infinity, NaN], { 'with space': 1, '': 2, '0': 3, 'a.b': 4, '\ud800': 5 }, bigObject(50)
];

print('kinds');
line(kinds.slice(0, 10));
line(kinds.slice(10, 20));
line(kinds.slice(20, 30));
line(kinds.slice(30));
line(kinds2.slice(0, 10));
line(kinds2.slice(10));

print('controls'); /* the routine tells different values apart */
print([deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 }), deepEqual(0, -0), deepEqual(new Uint8Array(1), new Int8Array(1)),
       deepEqual([[1], [1]], (function () { var x = [1]; return [x, x]; }())), deepEqual(new Buffer(1), new Uint8Array(1))].join(' '));

print('options');
var doc = { users: [], index: bigObject(40) };
(function () {
    var i;
    for (i = 0; i < 30; i++) {
        doc.users.push({ id: i, name: 'user' + (i % 7), tags: ['a', 'b', 'user' + (i % 7)], when: new Date(i * 1000) });
    }
}());
print([
    deepEqual(rt(doc), doc),
    deepEqual(rt(doc, { dedup: false, sharedLayouts: false }), doc),
    deepEqual(rt(doc, { indexThreshold: 0 }), doc),
    deepEqual(rt(doc, { indexThreshold: false, dedup: true, sharedLayouts: true }), doc),
    deepEqual(rt(doc, { indexThreshold: 1, sharedLayouts: false }), doc)
].join(' '));

print('identity');
var shared = { s: 1 };
var arr = [shared, shared];
var cyc = { name: 'root' };
cyc.self = cyc;
cyc.list = [cyc, { back: cyc }];
var dd = rt({ a: shared, b: shared, arr: arr, cyc: cyc, when: cyc.d = new Date(5), again: cyc.d, u8: nodeBuf, u8b: nodeBuf });
print(dd.a === dd.b, dd.arr[0] === dd.a, dd.arr[1] === dd.arr[0], dd.cyc.self === dd.cyc, dd.cyc.list[0] === dd.cyc, dd.cyc.list[1].back === dd.cyc);
print(dd.when === dd.again, dd.u8 === dd.u8b, dd.a !== shared);
var selfArr = [];
selfArr.push(selfArr);

print('sizes');
var r = rt(selfArr);
var many = [];
(function () {
    var i;
    for (i = 0; i < 200; i++) { many.push({ x: i, y: 'same string', z: [i] }); }
}());
print(r[0] === r, ObjectBuffer.encode(many).length < ObjectBuffer.encode(many, { dedup: false, sharedLayouts: false }).length,
      ObjectBuffer.encode([1, 2, 3]).length < ObjectBuffer.encode([1.5, 2.5, 3.5]).length);

/* 40 different one-key layouts, each used by two objects: more layouts than
 * the encoder's first layout table holds.  Sizes from objbuf_format.md:
 * header 16, ARRAY8 of 80 slots, 80 OBJECTs of one slot (9 bytes), one KEYS
 * node of one key (10 bytes) per layout when shared, per object when not,
 * and the keys "k0".."k39" once each (STRING8: 4 or 5 bytes). */
var layouts = [];
(function () {
    var i, j, o;
    for (j = 0; j < 2; j++) {
        for (i = 0; i < 40; i++) { o = {}; o['k' + i] = i + j; layouts.push(o); }
    }
}());
var layoutsSize = 16 + (2 + 4 * 80) + 80 * 9 + (10 * 4 + 30 * 5);
print(deepEqual(rt(layouts), layouts), ObjectBuffer.encode(layouts).length === layoutsSize + 40 * 10,
      ObjectBuffer.encode(layouts, { sharedLayouts: false }).length === layoutsSize + 80 * 10);

print('big'); /* objects with more keys than fit the encoder's value-stack fast path */
var big1500 = bigObject(1500);
var withFn = bigObject(1500);
withFn.key700 = function () {};
var skipped = rt(withFn, { skipUnsupported: true });
delete withFn.key700;
print(deepEqual(rt(big1500), big1500), deepEqual(skipped, withFn), deepEqual(rt(big1500, { indexThreshold: false }), big1500));

var k;
print('matrix'); /* arrays of equal-length number arrays (packed as one node) */
var rings = [[[1.5, 2.5], [3, 4], [-0, NaN]], [[1e300, 5e-324], [7, 8]]];
var rowShared = [1, 2];
var sharedLater = { m: [rowShared, [3, 4]], again: rowShared };   /* a row met again later */
var sharedInside = [rowShared, rowShared];                          /* the same row twice */
var rtShared = rt(sharedLater), rtInside = rt(sharedInside);
var lazyRings = ObjectBuffer.open(ObjectBuffer.encode(rings));
var pairs = [];
for (k = 0; k < 100; k++) { pairs.push([k + 0.1, k - 0.1]); }
print(deepEqual(rt(rings), rings), deepEqual(rtShared, sharedLater), rtShared.again === rtShared.m[0],
      deepEqual(rtInside, sharedInside) && rtInside[0] === rtInside[1],
      JSON.stringify(lazyRings) === JSON.stringify(rings) && lazyRings[1][0] === lazyRings[1][0],
      ObjectBuffer.encode(pairs).length === 16 + 7 + 100 * 2 * 8); /* header + MATRIX node of f64 (format spec) */
/* a matrix reached twice: the second time is a reference to the one MATRIX node
 * (size: header, OBJECT of two slots, KEYS of two keys, "a" and "b", MATRIX) */
var twice = { a: pairs, b: pairs }, rtTwice = rt(twice);
print(deepEqual(rtTwice, twice), rtTwice.a === rtTwice.b, ObjectBuffer.encode(twice).length === 16 + 13 + 14 + 2 * 3 + 7 + 100 * 2 * 8);

print('float16'); /* a Float16Array keeps its element type (float16 feature) */
if (typeof Float16Array === 'function') {
    var f16 = new Float16Array([1.5, -2, 65504, -0]);
    var f16d = rt({ a: f16, b: f16 });
    print(Object.prototype.toString.call(f16d.a) === '[object Float16Array]' && f16d.a.length === 4 && f16d.a[0] === 1.5 &&
          f16d.a[2] === 65504 && 1 / f16d.a[3] === -Infinity, f16d.a === f16d.b);
} else {
    print(true, true);
}

print('table'); /* arrays of plain objects with the same keys (one TABLE node) */
var recs = [{ id: 1, name: 'a', tags: [1, 2], at: -0 }, { id: NaN, name: 'b\ud800', tags: [], at: { deep: [true] } },
            { id: 1e300, name: '', tags: ['x'], at: null }];
var rowAgain = { a: 1 }, rowCycle = { a: null }, arrCycle = [];
rowCycle.a = rowCycle;                                            /* a row that contains itself */
arrCycle.push({ p: arrCycle }, { p: arrCycle });                  /* rows that refer to their table */
var laterAgain = { t: [rowAgain, { a: 2 }], again: rowAgain };    /* a row met again later */
var rtLater = rt(laterAgain), rtSelf = rt([rowCycle]), rtArrCycle = rt(arrCycle), rtTwice = rt([rowAgain, rowAgain]);
print(deepEqual(rt(recs), recs), deepEqual(rtLater, laterAgain) && rtLater.again === rtLater.t[0],
      deepEqual(rtSelf, [rowCycle]) && rtSelf[0].a === rtSelf[0],
      deepEqual(rtArrCycle, arrCycle) && rtArrCycle[1].p === rtArrCycle, rtTwice[0] === rtTwice[1]);
/* mixed arrays fall back to slots: other keys, other order, an empty object, a non-object */
var mixed = [[{ a: 1 }, { b: 2 }], [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: 1 }, {}], [{ a: 1 }, 5], [{ 1: 'x', a: 2 }, { 1: 'y', a: 3 }]];
var mixedOk = true;
for (k = 0; k < mixed.length; k++) { mixedOk = mixedOk && deepEqual(rt(mixed[k]), mixed[k]); }
/* a getter that adds a key to a later row while the table is written */
var changing = [{ a: 1 }, { a: 2 }];
Object.defineProperty(changing[0], 'a', { enumerable: true, get: function () { changing[1].z = 5; return 1; } });
var rtChanging = rt(changing);
/* size from the format spec: header 16, STRING "a" and "b" (3 bytes each), KEYS 6 + 2 x 4, TABLE 9 + 3 x 2 x 4 */
var small = [{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }];
print(mixedOk, JSON.stringify(rtChanging) === '[{"a":1},{"a":2,"z":5}]',
      ObjectBuffer.encode(small).length === 16 + 6 + 14 + 33, deepEqual(rt(small, { sharedLayouts: false }), small),
      deepEqual(rt([{ a: 1, f: function () {} }, { a: 2, f: Math.max }], { skipUnsupported: true }), [{ a: 1 }, { a: 2 }]));
var lazyRecs = ObjectBuffer.open(ObjectBuffer.encode(recs)), writeErr = 'none';
try { lazyRecs[1].name = 'changed'; } catch (e) { writeErr = e.name; }
print(JSON.stringify(lazyRecs) === JSON.stringify(recs), lazyRecs[1] === lazyRecs[1] && lazyRecs[1].at === lazyRecs[1].at,
      Object.keys(lazyRecs[2]).join() === 'id,name,tags,at' && 'tags' in lazyRecs[0] && !('zz' in lazyRecs[0]),
      writeErr === 'TypeError' && lazyRecs[1].name === 'b\ud800');
/* a row met before its matrix or table: identity kept (the encoder starts over without them) */
var before = { first: rowShared, m: [rowShared, [5, 6]], o: rowAgain, t: [rowAgain, { a: 3 }] };
var rtBefore = rt(before);
print(deepEqual(rtBefore, before) && rtBefore.first === rtBefore.m[0], rtBefore.o === rtBefore.t[0]);

