/*
 * typedarray-search: indexOf, lastIndexOf, includes (strict equality vs SameValueZero, fromIndex clamping) on every element type
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray"]} ---*/
var TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
function tryit(f) { try { return f(); } catch (e) { return e.name; } }

TYPES.forEach(function (T) {
	var x = new T([0, 1, 2, 1, -1, 255, 0.5, 300, -0]);
	print(T.name, 'indexOf', x.indexOf(1), x.indexOf(1, 2), x.indexOf(1, -6), x.indexOf(1, 4), x.indexOf(-1), x.indexOf(255),
	      x.indexOf(0.5), x.indexOf(300), x.indexOf(-0), x.indexOf(0, 1), x.indexOf('1'), x.indexOf(NaN), x.indexOf(),
	      x.indexOf(1, Infinity), x.indexOf(1, -Infinity), x.indexOf(1, NaN), x.indexOf(1, 1.9), x.indexOf(1e10), x.indexOf(1.0000001));
	print(' lastIndexOf', x.lastIndexOf(1), x.lastIndexOf(1, 2), x.lastIndexOf(1, -7), x.lastIndexOf(1, 0), x.lastIndexOf(0),
	      x.lastIndexOf(0, -2), x.lastIndexOf(-0), x.lastIndexOf(1, undefined), x.lastIndexOf(1, -Infinity), x.lastIndexOf(1, Infinity),
	      x.lastIndexOf(0, -100), x.lastIndexOf(NaN), x.lastIndexOf(), x.lastIndexOf(255, 5.5));
	print(' includes', x.includes(1), x.includes(1, 4), x.includes(-0), x.includes(0, -1), x.includes(255), x.includes(300),
	      x.includes(NaN), x.includes('1'), x.includes(), x.includes(1, Infinity), x.includes(1, -Infinity), x.includes(0.5));
	var empty = new T(0);
	print(' empty', empty.indexOf(0), empty.lastIndexOf(0), empty.includes(0), empty.includes(undefined));
});
var f = new Float64Array([NaN, 1, -0, Infinity, -Infinity]);
print(f.indexOf(NaN), f.includes(NaN), f.lastIndexOf(NaN), f.indexOf(0), f.includes(0), f.indexOf(Infinity), f.lastIndexOf(-Infinity));
var f32 = new Float32Array([NaN, 0.1, 16777217, 1e40]);
print(f32.includes(NaN), f32.indexOf(0.1), f32.indexOf(0.10000000149011612), f32.indexOf(16777216), f32.indexOf(16777217), f32.indexOf(Infinity));
var big = new Uint8Array(100000); big[99999] = 7; big[50000] = 7;
print(big.indexOf(7), big.lastIndexOf(7), big.includes(7, 99999), big.indexOf(7, 50001), big.lastIndexOf(7, 99998));
var i32 = new Int32Array(1000); i32[700] = -5; print(i32.indexOf(-5), i32.lastIndexOf(-5, 699), i32.includes(-5, -300));
/* lastIndexOf from -1 (the last element) and the other negative starts, on every type */
TYPES.forEach(function (T) { var t = new T([50, 1, 2]); print(T.name, t.lastIndexOf(50, -1), t.lastIndexOf(2, -1), t.lastIndexOf(2, -2), t.lastIndexOf(50, -3), t.lastIndexOf(50, -4), t.lastIndexOf(50, -0.5)); });
print(Uint8Array.prototype.indexOf.length, Uint8Array.prototype.lastIndexOf.length, Uint8Array.prototype.includes.length);
var order = [];
var y = new Uint8Array([1, 2, 3]);
print(y.indexOf({ valueOf: function () { order.push('search'); return 1; } }, { valueOf: function () { order.push('from'); return 0; } }), order.join());
print(tryit(function () { Uint8Array.prototype.indexOf.call([1], 1); }), tryit(function () { Uint8Array.prototype.includes.call({}, 1); }));

/*===
Int8Array indexOf 1 3 3 -1 4 -1 -1 -1 0 6 -1 -1 -1 -1 1 1 1 -1 -1
 lastIndexOf 3 1 1 -1 8 6 8 -1 -1 3 -1 -1 -1 -1
 includes true false true true false false false false false false true false
 empty -1 -1 false false
Uint8Array indexOf 1 3 3 -1 -1 4 -1 -1 0 6 -1 -1 -1 -1 1 1 1 -1 -1
 lastIndexOf 3 1 1 -1 8 6 8 -1 -1 3 -1 -1 -1 5
 includes true false true true true false false false false false true false
 empty -1 -1 false false
Uint8ClampedArray indexOf 1 3 3 -1 -1 5 -1 -1 0 4 -1 -1 -1 -1 1 1 1 -1 -1
 lastIndexOf 3 1 1 -1 8 6 8 -1 -1 3 -1 -1 -1 5
 includes true false true true true false false false false false true false
 empty -1 -1 false false
Int16Array indexOf 1 3 3 -1 4 5 -1 7 0 6 -1 -1 -1 -1 1 1 1 -1 -1
 lastIndexOf 3 1 1 -1 8 6 8 -1 -1 3 -1 -1 -1 5
 includes true false true true true true false false false false true false
 empty -1 -1 false false
Uint16Array indexOf 1 3 3 -1 -1 5 -1 7 0 6 -1 -1 -1 -1 1 1 1 -1 -1
 lastIndexOf 3 1 1 -1 8 6 8 -1 -1 3 -1 -1 -1 5
 includes true false true true true true false false false false true false
 empty -1 -1 false false
Int32Array indexOf 1 3 3 -1 4 5 -1 7 0 6 -1 -1 -1 -1 1 1 1 -1 -1
 lastIndexOf 3 1 1 -1 8 6 8 -1 -1 3 -1 -1 -1 5
 includes true false true true true true false false false false true false
 empty -1 -1 false false
Uint32Array indexOf 1 3 3 -1 -1 5 -1 7 0 6 -1 -1 -1 -1 1 1 1 -1 -1
 lastIndexOf 3 1 1 -1 8 6 8 -1 -1 3 -1 -1 -1 5
 includes true false true true true true false false false false true false
 empty -1 -1 false false
Float32Array indexOf 1 3 3 -1 4 5 6 7 0 8 -1 -1 -1 -1 1 1 1 -1 -1
 lastIndexOf 3 1 1 -1 8 0 8 -1 -1 3 -1 -1 -1 5
 includes true false true true true true false false false false true true
 empty -1 -1 false false
Float64Array indexOf 1 3 3 -1 4 5 6 7 0 8 -1 -1 -1 -1 1 1 1 -1 -1
 lastIndexOf 3 1 1 -1 8 0 8 -1 -1 3 -1 -1 -1 5
 includes true false true true true true false false false false true true
 empty -1 -1 false false
-1 true -1 2 true 3 4
true -1 1 2 -1 3
50000 99999 true 99999 50000
700 -1 true
Int8Array 0 2 -1 0 -1 0
Uint8Array 0 2 -1 0 -1 0
Uint8ClampedArray 0 2 -1 0 -1 0
Int16Array 0 2 -1 0 -1 0
Uint16Array 0 2 -1 0 -1 0
Int32Array 0 2 -1 0 -1 0
Uint32Array 0 2 -1 0 -1 0
Float32Array 0 2 -1 0 -1 0
Float64Array 0 2 -1 0 -1 0
1 1 1
-1 from
TypeError TypeError
===*/
