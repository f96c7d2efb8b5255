// Representative script for the allocation-failure test
// (testcases/unit/test_alloc_failure.c): the codecs that allocate strings
// and buffers (TextEncoder/TextDecoder, base64/hex, atob/btoa, Buffer
// encodings).
var u = new TextEncoder().encode('h\u00e9llo \ud83d\ude00');
var d = new TextDecoder('utf-8', { fatal: false });
var s = d.decode(u.subarray(0, 5), { stream: true }) + d.decode(u.subarray(5));
s += u.toBase64({ alphabet: 'base64url', omitPadding: true }) + u.toHex();
var back = Uint8Array.fromBase64('aGVsbG8=');
var into = new Uint8Array(4);
var r = into.setFromHex('c0ffee');
s += btoa('xyz') + atob('eHl6') + Buffer.from(u).toString('ucs2') + Buffer.from('aGk', 'base64').toString('hex');
try {
    Uint8Array.fromHex('zz');
} catch (e) {
    s += e.name;
}
s.length + back.length + r.written;
