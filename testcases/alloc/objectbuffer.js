// Representative script for the allocation-failure test
// (testcases/unit/test_alloc_failure.c): ObjectBuffer encode, decode,
// verify and the lazy open (Proxy, memoised containers).
var shared = { k: [1, 2, 3] };
var v = { name: 'n\u00e9', list: [shared, shared, 1.5, null, true], bin: new Uint8Array([1, 2]), when: new Date(0) };
v.self = v;
var bytes = ObjectBuffer.encode(v);
ObjectBuffer.verify(bytes);
var back = ObjectBuffer.decode(bytes);
var lazy = ObjectBuffer.open(bytes);
var n = back.list.length + lazy.list[0].k[2] + lazy.name.length + (back.self === back ? 1 : 0);
try {
    ObjectBuffer.decode(bytes.subarray(0, 20));
} catch (e) {
    n += e.name.length;
}
n;
