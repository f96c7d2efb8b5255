/*
 *  ObjectBuffer.verify on hostile input: every truncation of a valid sample
 *  is rejected with a TypeError carrying a byte offset inside the input;
 *  seeded random bit flips give either true or such a TypeError, a verified
 *  input always decodes, and the lazy view of any flipped input fails only
 *  with TypeError/RangeError.  Also: verify() accepts every buffer kind.
 *  Expected output: from duk_ext/objbuf_format.md (header, "end" field and
 *  document rules); every line is a boolean that must be true.
 */
/*--- {"features": ["objectbuffer", "nodebuffer"]} ---*/

/*===
true true
truncations
true true true
flips
true true true true
hostile
true true true true
table
true true true true
duplicate keys
true true
===*/

var shared = { s: 'shared' };
var sample = {
    name: 'sample \u00e9\ud800',
    list: [1, -2, 1.5, null, true, false, undefined, 'x'],
    nums: [0.25, 0.5],
    nested: { a: { b: { c: [shared, shared] } } },
    when: new Date(86400000),
    bytes: new Int16Array([1, -1, 300]),
    many: (function () { var o = {}, i; for (i = 0; i < 20; i++) { o['k' + i] = i * 3; } return o; }()),
    rows: [{ id: 1, v: 'x', more: [shared] }, { id: 2.5, v: null, more: {} }],  /* a TABLE node */
    pairs: [[1, 2], [3, 4]]                                                      /* a MATRIX node */
};
sample.self = sample;
var good = ObjectBuffer.encode(sample);

/* every buffer kind is accepted */
var copyAb = new ArrayBuffer(good.length);
new Uint8Array(copyAb).set(good);
var plain = Uint8Array.allocPlain(good.length);
plain.set(good);
print(ObjectBuffer.verify(good) === true && ObjectBuffer.verify(copyAb) === true && ObjectBuffer.verify(plain) === true,
      ObjectBuffer.verify(new DataView(copyAb)) === true);

function check(bytes) {
    try {
        return ObjectBuffer.verify(bytes) === true ? 'ok' : 'bad result';
    } catch (e) {
        if (e.name !== 'TypeError' || typeof e.offset !== 'number' || e.offset < 0 ||
            e.offset > Math.max(bytes.length, 16)) {
            return 'bad error ' + e;
        }
        return 'rejected';
    }
}

print('truncations');
var allRejected = true, patchedRejected = true, decodeRejected = true;
var n;
for (n = 0; n < good.length; n++) {
    var cut = new Uint8Array(good.subarray(0, n));
    if (check(cut) !== 'rejected') { allRejected = false; }
    if (n >= 16) {
        /* also patch the header's end field to the cut length: nodes end early */
        cut[8] = n & 0xff; cut[9] = (n >> 8) & 0xff; cut[10] = 0; cut[11] = 0;
        if (check(cut) !== 'rejected') { patchedRejected = false; }
        try { ObjectBuffer.decode(cut); decodeRejected = false; } catch (e) { if (e.name !== 'TypeError') { decodeRejected = false; } }
    }
}
print(allRejected, patchedRejected, decodeRejected);

print('flips');
var seed = 20261122;
function rand(k) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
}
var flipsOk = true, decodeOk = true, openOk = true, counts = { ok: 0, rejected: 0 };
var round, f, res, bytes;
for (round = 0; round < 1500; round++) {
    bytes = new Uint8Array(good);
    for (f = 0; f <= round % 3; f++) {
        bytes[rand(bytes.length)] ^= 1 << rand(8);
    }
    res = check(bytes);
    if (res !== 'ok' && res !== 'rejected') { flipsOk = false; print(res); }
    counts[res]++;
    if (res === 'ok') {
        try { ObjectBuffer.decode(bytes); } catch (e) { decodeOk = false; }
    }
    try {
        var view = ObjectBuffer.open(bytes);
        JSON.stringify(view, function (k, v) { return k === 'self' ? undefined : v; });
    } catch (e) {
        if (e.name !== 'TypeError' && e.name !== 'RangeError') { openOk = false; print(e); }
    }
}
print(flipsOk, decodeOk, openOk, counts.ok > 0 && counts.rejected > 0);

print('hostile');
/* A header followed by an array whose slot points at itself (a cycle outside
 * a reference), one pointing past the end, a reference forward, and an
 * unknown tag: all rejected (rules 7, 2, 8 and 3 of the format). */
function doc(nodes, root) {
    var total = 16 + nodes.length, b = new Uint8Array(total), i;
    b.set([0x44, 0x58, 0x4f, 0x42, 1, 0, 0, 0, total, 0, 0, 0, root, 0, 0, 0]);
    for (i = 0; i < nodes.length; i++) { b[16 + i] = nodes[i]; }
    return b;
}
print(check(doc([0x10, 1, 0, 0, 0, 16, 0, 0, 0], 16)) === 'rejected',
      check(doc([0x10, 1, 0, 0, 0, 200, 0, 0, 0], 16)) === 'rejected',
      check(doc([0x10, 2, 0, 0, 0, 29, 0, 0, 0x40, 29, 0, 0, 0, 0x10, 0, 0, 0, 0], 16)) === 'rejected' &&
          check(doc([0x10, 2, 0, 0, 0, 29, 0, 0, 0, 29, 0, 0, 0x40, 0x10, 0, 0, 0, 0], 16)) === 'ok',
      check(doc([0x7e], 16)) === 'rejected');

print('table');
/* Hand-made TABLE nodes (format spec: tag 0x1A, u32 keys, u32 rows, then
 * rows x keys slots): a STRING "a" at 16, its KEYS node at 19, the table at
 * 29 with one row whose value is the small integer 5 (slot 0x80000005). */
var head = [0x02, 1, 0x61, 0x13, 0, 1, 0, 0, 0, 16, 0, 0, 0];
var oneRow = doc(head.concat([0x1a, 19, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0x80]), 29);
var decoded = ObjectBuffer.decode(oneRow);
print(check(oneRow) === 'ok' && JSON.stringify(decoded) === '[{"a":5}]',
      check(doc(head.concat([0x1a, 19, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 5, 0, 0, 0x80]), 29)) === 'rejected', /* rows past the end */
      check(doc(head.concat([0x1a, 16, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0x80]), 29)) === 'rejected',             /* keys not a KEYS node */
      check(doc([0x13, 0, 0, 0, 0, 0, 0x1a, 16, 0, 0, 0, 1, 0, 0, 0], 22)) === 'rejected');                     /* a layout without keys */

print('duplicate keys');
/* A layout without index may repeat a key: the last value wins (format
 * spec), so the first value, an object whose key "x" is a string also used
 * later as a value, is dropped while decoding; the later uses still decode.
 * STRING "a" at 16, "x" at 19, KEYS ["a", "a"] at 22, KEYS ["x"] at 36,
 * OBJECT at 46 (values: the OBJECT at 59, 2), OBJECT at 59 (x: 1), root
 * ARRAY8 at 68: [the OBJECT at 46, "x", "x"]. */
var dup = doc([0x02, 1, 0x61, 0x02, 1, 0x78,
               0x13, 0, 2, 0, 0, 0, 16, 0, 0, 0, 16, 0, 0, 0,
               0x13, 0, 1, 0, 0, 0, 19, 0, 0, 0,
               0x12, 22, 0, 0, 0, 59, 0, 0, 0, 2, 0, 0, 0x80,
               0x12, 36, 0, 0, 0, 1, 0, 0, 0x80,
               0x16, 3, 46, 0, 0, 0, 19, 0, 0, 0, 19, 0, 0, 0], 68);
Duktape.gc();
print(check(dup) === 'ok', JSON.stringify(ObjectBuffer.decode(dup)) === '[{"a":2},"x","x"]');

