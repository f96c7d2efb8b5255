// Representative script for the allocation-failure test
// (testcases/unit/test_alloc_failure.c): the Node Buffer statics and
// prototype methods that allocate (new Buffers, views, strings, errors).
/*--- {"features": ["nodebuffer"]} ---*/
var a = Buffer.from([1, 2, 3, 4]);
var b = Buffer.concat([a, Buffer.alloc(3, 'ab'), Buffer.of(5, 6)]);
var s = b.slice(1, 5).toString('latin1') + b.inspect() + JSON.stringify(b.toJSON());
var n = b.indexOf(Buffer.from([5, 6])) + b.lastIndexOf(2) + Buffer.compare(a, b);
var c = Buffer.alloc(8);
n += c.write('xyz', 2) + b.copy(c, 0, 0, 3) + Buffer.byteLength('abc');
c.fill(a, 1).swap16();
try {
    Buffer.alloc(-1);
} catch (e) {
    n += e.code.length;
}
try {
    Buffer.from(null);
} catch (e) {
    s += e.message;
}
s.length + n;
