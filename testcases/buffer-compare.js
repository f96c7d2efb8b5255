/*
 * Buffer.compare, Buffer.concat, buf.equals and buf.compare with ranges,
 * including plain Uint8Array arguments and every argument error.
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer"]} ---*/
function show(v) {
    if (Buffer.isBuffer(v)) { return v.inspect(); }
    if (typeof v === 'string') { return JSON.stringify(v); }
    if (v && typeof v === 'object') { return JSON.stringify(v); }
    return String(v);
}
function t(label, f) {
    try { print(label, show(f())); } catch (e) { print(label, 'threw', e.name, e.code, e.message); }
}
/* For errors whose message names buffer.constants.MAX_LENGTH, which differs
 * from node's by design: class and code only. */
function tc(label, f) {
    try { print(label, show(f())); } catch (e) { print(label, 'threw', e.name, e.code); }
}

var a = Buffer.from('abc'), b = Buffer.from('abd'), c = Buffer.from('ab');
t('compare lt', function () { return Buffer.compare(a, b); });
t('compare gt', function () { return Buffer.compare(b, a); });
t('compare eq', function () { return Buffer.compare(a, Buffer.from('abc')); });
t('compare prefix', function () { return [Buffer.compare(c, a), Buffer.compare(a, c)]; });
t('compare same', function () { return Buffer.compare(a, a); });
t('compare empty', function () { return Buffer.compare(Buffer.alloc(0), new Uint8Array(0)); });
t('compare u8', function () { return Buffer.compare(new Uint8Array([1]), new Uint8Array([2])); });
t('compare bad1', function () { return Buffer.compare('a', b); });
t('compare bad2', function () { return Buffer.compare(a, [1]); });
t('compare u16', function () { return Buffer.compare(a, new Uint16Array(1)); });
t('sort', function () { return [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare).join(','); });
t('equals', function () { return [a.equals(Buffer.from('abc')), a.equals(b), a.equals(c), a.equals(a), Buffer.alloc(0).equals(new Uint8Array(0))]; });
t('equals u8', function () { return a.equals(new Uint8Array([97, 98, 99])); });
t('equals bad', function () { return a.equals('abc'); });
t('equals none', function () { return a.equals(); });
t('pcompare', function () { return [a.compare(b), b.compare(a), a.compare(a), c.compare(a)]; });
t('pcompare ranges', function () { return [a.compare(b, 0, 2, 0, 2), a.compare(b, 1, 2), a.compare(b, 0, 3, 0, 2), a.compare(c, 0, 2, 0, 2)]; });
t('pcompare empty ranges', function () { return [a.compare(b, 0, 0, 0, 0), a.compare(b, 0, 1, 2, 2), a.compare(b, 2, 2, 0, 1)]; });
t('pcompare undefined args', function () { return a.compare(b, undefined, undefined, undefined, undefined); });
t('pcompare bad target', function () { return a.compare('abd'); });
t('pcompare targetStart type', function () { return a.compare(b, '1'); });
t('pcompare targetStart frac', function () { return a.compare(b, 1.5); });
t('pcompare targetStart neg', function () { return a.compare(b, -1); });
t('pcompare targetEnd big', function () { return a.compare(b, 0, 4); });
t('pcompare sourceStart neg', function () { return a.compare(b, 0, 3, -1); });
t('pcompare sourceEnd big', function () { return a.compare(b, 0, 3, 0, 4); });
t('pcompare targetStart past', function () { return a.compare(b, 5, 3); });
t('pcompare sourceStart past', function () { return a.compare(b, 0, 3, 5, 3); });
t('pcompare targetStart past end', function () { return a.compare(b, 4); });
t('pcompare sourceStart past end', function () { return a.compare(b, 0, 3, 4); });
t('concat', function () { return Buffer.concat([a, b, c]); });
t('concat u8', function () { return Buffer.concat([new Uint8Array([1, 2]), Buffer.from([3])]); });
t('concat empty', function () { return Buffer.concat([]); });
t('concat empty bad len', function () { return Buffer.concat([], 'x'); });
t('concat len short', function () { return Buffer.concat([a, b], 4); });
t('concat len long', function () { return Buffer.concat([a], 5); });
t('concat len 0', function () { return Buffer.concat([a], 0); });
t('concat copy', function () { var x = Buffer.from([1]); var y = Buffer.concat([x]); x[0] = 2; return y; });
t('concat one', function () { var y = Buffer.concat([a]); return y === a; });
t('concat not array', function () { return Buffer.concat(a); });
t('concat bad item', function () { return Buffer.concat([a, 'x']); });
t('concat bad item len', function () { return Buffer.concat([a, 1], 2); });
t('concat bad len type', function () { return Buffer.concat([a], '2'); });
t('concat bad len frac', function () { return Buffer.concat([a], 1.5); });
tc('concat bad len neg', function () { return Buffer.concat([a], -1); });
t('concat u16 item', function () { return Buffer.concat([new Uint16Array(2)]); });
t('concat many', function () { var l = [], i; for (i = 0; i < 1000; i++) { l.push(Buffer.from([i & 255])); } var r = Buffer.concat(l); return [r.length, r[999], r[256]]; });

/*===
compare lt -1
compare gt 1
compare eq 0
compare prefix [-1,1]
compare same 0
compare empty 0
compare u8 -1
compare bad1 threw TypeError ERR_INVALID_ARG_TYPE The "buf1" argument must be an instance of Buffer or Uint8Array. Received type string ('a')
compare bad2 threw TypeError ERR_INVALID_ARG_TYPE The "buf2" argument must be an instance of Buffer or Uint8Array. Received an instance of Array
compare u16 threw TypeError ERR_INVALID_ARG_TYPE The "buf2" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array
sort "a,ab,b"
equals [true,false,false,true,true]
equals u8 true
equals bad threw TypeError ERR_INVALID_ARG_TYPE The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')
equals none threw TypeError ERR_INVALID_ARG_TYPE The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received undefined
pcompare [-1,1,0,-1]
pcompare ranges [0,-1,-1,0]
pcompare empty ranges [0,-1,1]
pcompare undefined args -1
pcompare bad target threw TypeError ERR_INVALID_ARG_TYPE The "target" argument must be an instance of Buffer or Uint8Array. Received type string ('abd')
pcompare targetStart type threw TypeError ERR_INVALID_ARG_TYPE The "targetStart" argument must be of type number. Received type string ('1')
pcompare targetStart frac threw RangeError ERR_OUT_OF_RANGE The value of "targetStart" is out of range. It must be an integer. Received 1.5
pcompare targetStart neg threw RangeError ERR_OUT_OF_RANGE The value of "targetStart" is out of range. It must be >= 0 && <= 9007199254740991. Received -1
pcompare targetEnd big threw RangeError ERR_OUT_OF_RANGE The value of "targetEnd" is out of range. It must be >= 0 && <= 3. Received 4
pcompare sourceStart neg threw RangeError ERR_OUT_OF_RANGE The value of "sourceStart" is out of range. It must be >= 0 && <= 9007199254740991. Received -1
pcompare sourceEnd big threw RangeError ERR_OUT_OF_RANGE The value of "sourceEnd" is out of range. It must be >= 0 && <= 3. Received 4
pcompare targetStart past 1
pcompare sourceStart past -1
pcompare targetStart past end 1
pcompare sourceStart past end -1
concat <Buffer 61 62 63 61 62 64 61 62>
concat u8 <Buffer 01 02 03>
concat empty <Buffer >
concat empty bad len <Buffer >
concat len short <Buffer 61 62 63 61>
concat len long <Buffer 61 62 63 00 00>
concat len 0 <Buffer >
concat copy <Buffer 01>
concat one false
concat not array threw TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of Array. Received an instance of Buffer
concat bad item threw TypeError ERR_INVALID_ARG_TYPE The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string ('x')
concat bad item len threw TypeError ERR_INVALID_ARG_TYPE The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type number (1)
concat bad len type threw TypeError ERR_INVALID_ARG_TYPE The "length" argument must be of type number. Received type string ('2')
concat bad len frac threw RangeError ERR_OUT_OF_RANGE The value of "length" is out of range. It must be an integer. Received 1.5
concat bad len neg threw RangeError ERR_OUT_OF_RANGE
concat u16 item threw TypeError ERR_INVALID_ARG_TYPE The "list[0]" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array
concat many [1000,231,0]
===*/
