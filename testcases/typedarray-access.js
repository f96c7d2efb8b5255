/*
 * typedarray-access: at, fill, copyWithin, slice, subarray, reverse, toReversed, with on every element type
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray"]} ---*/
var TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
function s(a) { return Array.prototype.join.call(a, ','); }
function tryit(f) { try { return f(); } catch (e) { return e.name; } }
var ARGS = [undefined, 0, 1, -1, 2.7, -2.7, 10, -10, NaN, Infinity, -Infinity, '2', null, true, -0];

print('at');
var a = new Int16Array([10, -20, 30, -40]);
ARGS.forEach(function (x) { print(String(x), a.at(x)); });
print(a.at(), new Uint8Array(0).at(0), a.at({ valueOf: function () { return 3; } }));

print('fill');
TYPES.forEach(function (T) {
	print(T.name, s(new T(5).fill(-1.5)), s(new T(5).fill(300, 1, -1)), s(new T(4).fill(2.5, -2)),
	      s(new T(4).fill(NaN)), s(new T(4).fill(Infinity, NaN, 2)), s(new T(4).fill(7, 3, 1)));
});
var clamp = new Uint8ClampedArray(8);
[0.5, 1.5, 2.5, 254.5, 255.5, -0.5, 1e9, -1e9].forEach(function (v, i) { clamp.fill(v, i, i + 1); });
print('clamped', s(clamp));
print(s(new Int32Array(3).fill('7')), s(new Float32Array(2).fill(0.1)), s(new Float64Array(2).fill(0.1)));
var r = new Uint8Array(3); print(r.fill(1) === r);
print(s(new Uint8Array(4).fill(5, { valueOf: function () { return 1; } }, { valueOf: function () { return 3; } })));
var order = [];
new Uint8Array(2).fill({ valueOf: function () { order.push('v'); return 1; } }, { valueOf: function () { order.push('s'); return 0; } }, { valueOf: function () { order.push('e'); return 1; } });
print(order.join(''));

print('copyWithin');
var base = [1, 2, 3, 4, 5, 6];
[[0, 3], [3, 0], [1, 0, 4], [-2, 0], [0, -2, -1], [2, 1, NaN], [NaN, NaN], [0, 4, 2], [Infinity, 0], [0, -Infinity], [1.9, 0.2]].forEach(function (args) {
	print(JSON.stringify(args), s(Uint8Array.prototype.copyWithin.apply(new Uint8Array(base), args)),
	      s(Float64Array.prototype.copyWithin.apply(new Float64Array(base), args)),
	      s(Int32Array.prototype.copyWithin.apply(new Int32Array(base), args)));
});
var cw = new Int16Array(base); print(cw.copyWithin(0, 1) === cw);

print('slice');
TYPES.forEach(function (T) {
	var x = new T([1, -2, 3.5, 4, 5]);
	var y = x.slice(1, -1);
	print(T.name, s(y), y.constructor === T, y.buffer !== x.buffer, s(x.slice()), s(x.slice(-2)), s(x.slice(3, 1)).length,
	      s(x.slice(NaN, Infinity)), s(x.slice(-Infinity, 2.9)));
});
var sl = new Uint8Array([1, 2, 3]); var sl2 = sl.slice(); sl2[0] = 9; print(sl[0], sl2[0]);

print('subarray');
TYPES.forEach(function (T) {
	var x = new T([1, 2, 3, 4, 5]);
	var y = x.subarray(1, -1);
	y[0] = 9;
	print(T.name, s(y), x[1], y.buffer === x.buffer, y.byteOffset, y.constructor === T, s(x.subarray(-2)), s(x.subarray(4, 2)),
	      s(x.subarray(NaN, Infinity)), y.subarray(1).byteOffset);
});
var off = new Uint16Array(new ArrayBuffer(16), 4, 4);
print(off.subarray(1).byteOffset, off.subarray(1, 2).length);

print('reverse');
TYPES.forEach(function (T) {
	var x = new T([1, 2, 3, 4, 5]);
	var y = x.reverse();
	print(T.name, s(x), y === x, s(new T([1, 2, 3, 4]).reverse()), s(new T(0).reverse()), s(new T([7]).reverse()));
	var z = new T([1, 2, 3]);
	var w = z.toReversed();
	print(s(w), s(z), w.constructor === T, w !== z);
});

print('with');
TYPES.forEach(function (T) {
	var x = new T([1, 2, 3]);
	print(T.name, s(x.with(0, -5.5)), s(x.with(-1, 300)), s(x), x.with(1, 7).constructor === T, s(x.with(1.9, 8)), s(x.with('2', NaN)),
	      tryit(function () { return x.with(3, 1); }), tryit(function () { return x.with(-4, 1); }), tryit(function () { return x.with(Infinity, 1); }));
});
var wcall = []; new Uint8Array(2).with({ valueOf: function () { wcall.push('i'); return 0; } }, { valueOf: function () { wcall.push('v'); return 1; } });
print(wcall.join(''));

/* %TypedArray%.prototype.constructor is %TypedArray%; each method's .length
 * counts only required arguments and is configurable */
var TA = Object.getPrototypeOf(Uint8Array), d = Object.getOwnPropertyDescriptor(TA.prototype, 'constructor');
print('constructor', TA.prototype.constructor === TA, d.writable, d.enumerable, d.configurable,
      new Uint8Array(1).constructor === Uint8Array);
print('lengths', TA.prototype.fill.length, TA.prototype.copyWithin.length, TA.prototype.set.length,
      Object.getOwnPropertyDescriptor(TA.prototype.fill, 'length').configurable);

/*===
at
undefined 10
0 10
1 -20
-1 -40
2.7 30
-2.7 30
10 undefined
-10 undefined
NaN 10
Infinity undefined
-Infinity undefined
2 30
null 10
true -20
0 10
10 undefined -40
fill
Int8Array -1,-1,-1,-1,-1 0,44,44,44,0 0,0,2,2 0,0,0,0 0,0,0,0 0,0,0,0
Uint8Array 255,255,255,255,255 0,44,44,44,0 0,0,2,2 0,0,0,0 0,0,0,0 0,0,0,0
Uint8ClampedArray 0,0,0,0,0 0,255,255,255,0 0,0,2,2 0,0,0,0 255,255,0,0 0,0,0,0
Int16Array -1,-1,-1,-1,-1 0,300,300,300,0 0,0,2,2 0,0,0,0 0,0,0,0 0,0,0,0
Uint16Array 65535,65535,65535,65535,65535 0,300,300,300,0 0,0,2,2 0,0,0,0 0,0,0,0 0,0,0,0
Int32Array -1,-1,-1,-1,-1 0,300,300,300,0 0,0,2,2 0,0,0,0 0,0,0,0 0,0,0,0
Uint32Array 4294967295,4294967295,4294967295,4294967295,4294967295 0,300,300,300,0 0,0,2,2 0,0,0,0 0,0,0,0 0,0,0,0
Float32Array -1.5,-1.5,-1.5,-1.5,-1.5 0,300,300,300,0 0,0,2.5,2.5 NaN,NaN,NaN,NaN Infinity,Infinity,0,0 0,0,0,0
Float64Array -1.5,-1.5,-1.5,-1.5,-1.5 0,300,300,300,0 0,0,2.5,2.5 NaN,NaN,NaN,NaN Infinity,Infinity,0,0 0,0,0,0
clamped 0,2,2,254,255,0,255,0
7,7,7 0.10000000149011612,0.10000000149011612 0.1,0.1
true
0,5,5,0
vse
copyWithin
[0,3] 4,5,6,4,5,6 4,5,6,4,5,6 4,5,6,4,5,6
[3,0] 1,2,3,1,2,3 1,2,3,1,2,3 1,2,3,1,2,3
[1,0,4] 1,1,2,3,4,6 1,1,2,3,4,6 1,1,2,3,4,6
[-2,0] 1,2,3,4,1,2 1,2,3,4,1,2 1,2,3,4,1,2
[0,-2,-1] 5,2,3,4,5,6 5,2,3,4,5,6 5,2,3,4,5,6
[2,1,null] 1,2,3,4,5,6 1,2,3,4,5,6 1,2,3,4,5,6
[null,null] 1,2,3,4,5,6 1,2,3,4,5,6 1,2,3,4,5,6
[0,4,2] 1,2,3,4,5,6 1,2,3,4,5,6 1,2,3,4,5,6
[null,0] 1,2,3,4,5,6 1,2,3,4,5,6 1,2,3,4,5,6
[0,null] 1,2,3,4,5,6 1,2,3,4,5,6 1,2,3,4,5,6
[1.9,0.2] 1,1,2,3,4,5 1,1,2,3,4,5 1,1,2,3,4,5
true
slice
Int8Array -2,3,4 true true 1,-2,3,4,5 4,5 0 1,-2,3,4,5 1,-2
Uint8Array 254,3,4 true true 1,254,3,4,5 4,5 0 1,254,3,4,5 1,254
Uint8ClampedArray 0,4,4 true true 1,0,4,4,5 4,5 0 1,0,4,4,5 1,0
Int16Array -2,3,4 true true 1,-2,3,4,5 4,5 0 1,-2,3,4,5 1,-2
Uint16Array 65534,3,4 true true 1,65534,3,4,5 4,5 0 1,65534,3,4,5 1,65534
Int32Array -2,3,4 true true 1,-2,3,4,5 4,5 0 1,-2,3,4,5 1,-2
Uint32Array 4294967294,3,4 true true 1,4294967294,3,4,5 4,5 0 1,4294967294,3,4,5 1,4294967294
Float32Array -2,3.5,4 true true 1,-2,3.5,4,5 4,5 0 1,-2,3.5,4,5 1,-2
Float64Array -2,3.5,4 true true 1,-2,3.5,4,5 4,5 0 1,-2,3.5,4,5 1,-2
1 9
subarray
Int8Array 9,3,4 9 true 1 true 4,5  1,9,3,4,5 2
Uint8Array 9,3,4 9 true 1 true 4,5  1,9,3,4,5 2
Uint8ClampedArray 9,3,4 9 true 1 true 4,5  1,9,3,4,5 2
Int16Array 9,3,4 9 true 2 true 4,5  1,9,3,4,5 4
Uint16Array 9,3,4 9 true 2 true 4,5  1,9,3,4,5 4
Int32Array 9,3,4 9 true 4 true 4,5  1,9,3,4,5 8
Uint32Array 9,3,4 9 true 4 true 4,5  1,9,3,4,5 8
Float32Array 9,3,4 9 true 4 true 4,5  1,9,3,4,5 8
Float64Array 9,3,4 9 true 8 true 4,5  1,9,3,4,5 16
6 1
reverse
Int8Array 5,4,3,2,1 true 4,3,2,1  7
3,2,1 1,2,3 true true
Uint8Array 5,4,3,2,1 true 4,3,2,1  7
3,2,1 1,2,3 true true
Uint8ClampedArray 5,4,3,2,1 true 4,3,2,1  7
3,2,1 1,2,3 true true
Int16Array 5,4,3,2,1 true 4,3,2,1  7
3,2,1 1,2,3 true true
Uint16Array 5,4,3,2,1 true 4,3,2,1  7
3,2,1 1,2,3 true true
Int32Array 5,4,3,2,1 true 4,3,2,1  7
3,2,1 1,2,3 true true
Uint32Array 5,4,3,2,1 true 4,3,2,1  7
3,2,1 1,2,3 true true
Float32Array 5,4,3,2,1 true 4,3,2,1  7
3,2,1 1,2,3 true true
Float64Array 5,4,3,2,1 true 4,3,2,1  7
3,2,1 1,2,3 true true
with
Int8Array -5,2,3 1,2,44 1,2,3 true 1,8,3 1,2,0 RangeError RangeError RangeError
Uint8Array 251,2,3 1,2,44 1,2,3 true 1,8,3 1,2,0 RangeError RangeError RangeError
Uint8ClampedArray 0,2,3 1,2,255 1,2,3 true 1,8,3 1,2,0 RangeError RangeError RangeError
Int16Array -5,2,3 1,2,300 1,2,3 true 1,8,3 1,2,0 RangeError RangeError RangeError
Uint16Array 65531,2,3 1,2,300 1,2,3 true 1,8,3 1,2,0 RangeError RangeError RangeError
Int32Array -5,2,3 1,2,300 1,2,3 true 1,8,3 1,2,0 RangeError RangeError RangeError
Uint32Array 4294967291,2,3 1,2,300 1,2,3 true 1,8,3 1,2,0 RangeError RangeError RangeError
Float32Array -5.5,2,3 1,2,300 1,2,3 true 1,8,3 1,2,NaN RangeError RangeError RangeError
Float64Array -5.5,2,3 1,2,300 1,2,3 true 1,8,3 1,2,NaN RangeError RangeError RangeError
iv
constructor true true false true true
lengths 1 2 1 true
===*/
