/*
 * ArrayBuffer.prototype.transfer and transferToFixedLength (ES2025 25.1.6.7-8):
 * new lengths (same, longer zero-extended, shorter truncated), resizability
 * kept or dropped, every view of the old buffer detached (length 0, reads
 * undefined, writes ignored, DataView access TypeError), errors, and
 * detachment by user code during the call.
 * Expected output: node v26.10.0 (same code with print = console.log).
 */
/*--- {"features": ["arraybuffer", "dataview", "bridge_internal"]} ---*/
function show(label, f) {
    try {
        print(label, f());
    } catch (e) {
        print(label, 'threw', e.name);
    }
}
function bytes(x) {
    var u = x instanceof ArrayBuffer ? new Uint8Array(x) : x, out = [];
    for (var i = 0; i < u.length; i++) {
        out.push(u[i]);
    }
    return '[' + out.join(',') + ']';
}
function filled(n, opts) {
    var ab = opts ? new ArrayBuffer(n, opts) : new ArrayBuffer(n);
    var u = new Uint8Array(ab);
    for (var i = 0; i < n; i++) {
        u[i] = i + 1;
    }
    return ab;
}
function state(ab) {
    return [ab.byteLength, ab.maxByteLength, ab.resizable, ab.detached].join(' ');
}

print('-- lengths');
[undefined, 4, 6, 2, 0, '3', 2.5, NaN].forEach(function (n) {
    var ab = filled(4);
    var t = n === undefined ? ab.transfer() : ab.transfer(n);
    print('transfer(' + n + ')', state(t), bytes(t), '| old', state(ab));
    ab = filled(4);
    t = n === undefined ? ab.transferToFixedLength() : ab.transferToFixedLength(n);
    print('transferToFixedLength(' + n + ')', state(t), bytes(t), '| old', state(ab));
});

print('-- resizable source');
var rab = filled(4, { maxByteLength: 8 });
var t1 = rab.transfer(6);
print(state(t1), bytes(t1));
t1.resize(8);
print(state(t1), bytes(t1));
show('transfer over max', function () { return t1.transfer(9); });
print(state(t1));
var t2 = t1.transferToFixedLength(3);
print(state(t2), bytes(t2), state(t1));
var t3 = filled(2, { maxByteLength: 4 }).transferToFixedLength(10);
print(state(t3), bytes(t3));
show('transfer(-1)', function () { return filled(2).transfer(-1); });
show('transfer(2**53)', function () { return filled(2).transfer(9007199254740992); });

print('-- views of the old buffer');
var ab = filled(8);
var u8 = new Uint8Array(ab);
var i16 = new Int16Array(ab, 2, 2);
var f64 = new Float64Array(ab);
var dv = new DataView(ab, 1);
var sub = u8.subarray(2, 6);
var t = ab.transfer();
print(state(t), bytes(t));
print(u8.length, u8.byteLength, u8.byteOffset, u8[0], u8[7]);
print(i16.length, i16.byteLength, i16.byteOffset, i16[0]);
print(f64.length, f64.byteLength, f64[0]);
print(sub.length, sub.byteLength, sub.byteOffset, sub[0]);
print(u8.buffer === ab, dv.buffer === ab, ab.detached);

print(new Uint8Array(t)[0]);
show('dv.byteLength', function () { return dv.byteLength; });
show('dv.byteOffset', function () { return dv.byteOffset; });
show('dv.getInt8(0)', function () { return dv.getInt8(0); });
show('dv.setInt8(0, 1)', function () { return dv.setInt8(0, 1); });
show('new Uint8Array(detached)', function () { return new Uint8Array(ab); });
show('new Uint8Array(detachedView)', function () { return new Uint8Array(u8); });
show('new DataView(detached)', function () { return new DataView(ab); });
show('transfer detached', function () { return ab.transfer(); });
show('transferToFixedLength detached', function () { return ab.transferToFixedLength(); });
show('resize detached', function () { return ab.resize(0); });

print('-- plain buffers and views made by the engine');
var big = new Uint8Array(4);
big[0] = 5;
var bigAb = big.buffer;
var moved = bigAb.transfer();
print(big.length, big[0], bytes(moved), bigAb.detached);

print('-- this checks');
show('transfer on {}', function () { return ArrayBuffer.prototype.transfer.call({}); });
show('transfer on Uint8Array', function () { return ArrayBuffer.prototype.transfer.call(new Uint8Array(1)); });
show('transferToFixedLength on DataView', function () {
    return ArrayBuffer.prototype.transferToFixedLength.call(new DataView(new ArrayBuffer(1)));
});

print('-- user code detaching during the call');
var victim = filled(4);
show('newLength.valueOf detaches', function () {
    return victim.transfer({ valueOf: function () { victim.transfer(); return 2; } });
});
var victim2 = filled(4, { maxByteLength: 8 });
show('newLength.valueOf resizes', function () {
    var r = victim2.transfer({ valueOf: function () { victim2.resize(2); return 4; } });
    return state(r) + ' ' + bytes(r);
});

/*===
-- lengths
transfer(undefined) 4 4 false false [1,2,3,4] | old 0 0 false true
transferToFixedLength(undefined) 4 4 false false [1,2,3,4] | old 0 0 false true
transfer(4) 4 4 false false [1,2,3,4] | old 0 0 false true
transferToFixedLength(4) 4 4 false false [1,2,3,4] | old 0 0 false true
transfer(6) 6 6 false false [1,2,3,4,0,0] | old 0 0 false true
transferToFixedLength(6) 6 6 false false [1,2,3,4,0,0] | old 0 0 false true
transfer(2) 2 2 false false [1,2] | old 0 0 false true
transferToFixedLength(2) 2 2 false false [1,2] | old 0 0 false true
transfer(0) 0 0 false false [] | old 0 0 false true
transferToFixedLength(0) 0 0 false false [] | old 0 0 false true
transfer(3) 3 3 false false [1,2,3] | old 0 0 false true
transferToFixedLength(3) 3 3 false false [1,2,3] | old 0 0 false true
transfer(2.5) 2 2 false false [1,2] | old 0 0 false true
transferToFixedLength(2.5) 2 2 false false [1,2] | old 0 0 false true
transfer(NaN) 0 0 false false [] | old 0 0 false true
transferToFixedLength(NaN) 0 0 false false [] | old 0 0 false true
-- resizable source
6 8 true false [1,2,3,4,0,0]
8 8 true false [1,2,3,4,0,0,0,0]
transfer over max threw RangeError
8 8 true false
3 3 false false [1,2,3] 0 0 true true
10 10 false false [1,2,0,0,0,0,0,0,0,0]
transfer(-1) threw RangeError
transfer(2**53) threw RangeError
-- views of the old buffer
8 8 false false [1,2,3,4,5,6,7,8]
0 0 0 undefined undefined
0 0 0 undefined
0 0 undefined
0 0 0 undefined
true true true
1
dv.byteLength threw TypeError
dv.byteOffset threw TypeError
dv.getInt8(0) threw TypeError
dv.setInt8(0, 1) threw TypeError
new Uint8Array(detached) threw TypeError
new Uint8Array(detachedView) threw TypeError
new DataView(detached) threw TypeError
transfer detached threw TypeError
transferToFixedLength detached threw TypeError
resize detached threw TypeError
-- plain buffers and views made by the engine
0 undefined [5,0,0,0] true
-- this checks
transfer on {} threw TypeError
transfer on Uint8Array threw TypeError
transferToFixedLength on DataView threw TypeError
-- user code detaching during the call
newLength.valueOf detaches threw TypeError
newLength.valueOf resizes 4 8 true false [1,2,0,0]
===*/
