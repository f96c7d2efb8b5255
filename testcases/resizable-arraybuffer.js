/*
 * Resizable ArrayBuffer (ES2025 25.1.3.1, 25.1.6.6): resize grows with zero
 * bytes and shrinks, keeps contents, the errors of resize, and the getters.
 * Expected output: node v26.10.0 (same code with print = console.log).
 */
/*--- {"features": ["arraybuffer", "bridge_internal"]} ---*/
function show(label, f) {
    try {
        print(label, f());
    } catch (e) {
        print(label, 'threw', e.name);
    }
}
function bytes(ab) {
    var u = new Uint8Array(ab, 0, ab.byteLength), out = [];
    for (var i = 0; i < u.length; i++) {
        out.push(u[i]);
    }
    return '[' + out.join(',') + ']';
}
var rab = new ArrayBuffer(4, { maxByteLength: 12 });
print(rab.byteLength, rab.maxByteLength, rab.resizable, bytes(rab));
var w = new Uint8Array(rab, 0, 4);
w[0] = 1; w[1] = 2; w[2] = 3; w[3] = 4;
print(rab.resize(8), rab.byteLength, bytes(rab));
rab.resize(2);
print(rab.byteLength, bytes(rab));
rab.resize(6);
print(rab.byteLength, bytes(rab), 'regrown bytes are zero');
rab.resize(12);
print(rab.byteLength);
rab.resize(0);
print(rab.byteLength, bytes(rab));
[3.9, '5', NaN, undefined, -0.9].forEach(function (n) {
    rab.resize(n);
    print('resize(' + n + ')', rab.byteLength);
});
show('resize(13)', function () { return rab.resize(13); });
show('resize(-1)', function () { return rab.resize(-1); });
show('resize(Infinity)', function () { return rab.resize(Infinity); });
print(rab.byteLength);
show('fixed resize', function () { return new ArrayBuffer(4).resize(2); });
show('resize on {}', function () { return ArrayBuffer.prototype.resize.call({}, 1); });
show('resize on Uint8Array', function () { return ArrayBuffer.prototype.resize.call(new Uint8Array(2), 1); });
var order = [];
show('fixed resize with valueOf', function () {
    return new ArrayBuffer(4).resize({ valueOf: function () { order.push('valueOf'); return 1; } });
});
print('valueOf ran:', order.length);
var r2 = new ArrayBuffer(2, { maxByteLength: 4 });
show('resize detached by valueOf', function () {
    return r2.resize({ valueOf: function () { r2.transfer(); return 1; } });
});
var zero = new ArrayBuffer(0, { maxByteLength: 0 });
print(zero.byteLength, zero.maxByteLength, zero.resizable);
zero.resize(0);
show('zero max resize(1)', function () { return zero.resize(1); });
var big = new ArrayBuffer(0, { maxByteLength: 1099511627776 });
print(big.maxByteLength, big.byteLength);
big.resize(1024);
print(big.byteLength);

/*===
4 12 true [0,0,0,0]
undefined 8 [1,2,3,4,0,0,0,0]
2 [1,2]
6 [1,2,0,0,0,0] regrown bytes are zero
12
0 []
resize(3.9) 3
resize(5) 5
resize(NaN) 0
resize(undefined) 0
resize(-0.9) 0
resize(13) threw RangeError
resize(-1) threw RangeError
resize(Infinity) threw RangeError
0
fixed resize threw TypeError
resize on {} threw TypeError
resize on Uint8Array threw TypeError
fixed resize with valueOf threw TypeError
valueOf ran: 0
resize detached by valueOf threw TypeError
0 0 true
zero max resize(1) threw RangeError
1099511627776 0
1024
===*/
