/*
 * typedarray-set: %TypedArray%.prototype.set from arrays, array-likes and typed arrays of every type, overlapping the same buffer
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray"]} ---*/
var TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
function s(a) { return Array.prototype.join.call(a, ','); }
function tryit(f) { try { return f(); } catch (e) { return e.name; } }

print('array sources');
TYPES.forEach(function (T) {
	var x = new T(5);
	x.set([1.5, -2, 300]);
	var r1 = s(x);
	x.set([9, 8], 3);
	print(T.name, r1, s(x), x.set([]), tryit(function () { x.set([1, 2], 4); }), tryit(function () { x.set([1], -1); }),
	      tryit(function () { x.set([1], Infinity); }), s(x));
});
var a = new Uint8Array(4);
a.set({ length: 2, 0: 7, 1: '8' }, 1.9); print(s(a));
a.set('12', 2); print(s(a));
a.set(5); print(s(a));
print(tryit(function () { a.set(null); }), tryit(function () { a.set(undefined); }), tryit(function () { a.set({ length: 5 }); }));
a.set({ length: -3 }); a.set([1], NaN); print(s(a));
var order = [];
a.set({ get length() { order.push('len'); return 1; }, get 0() { order.push('get0'); return { valueOf: function () { order.push('val'); return 3; } }; } },
      { valueOf: function () { order.push('off'); return 0; } });
print(order.join(','), s(a));

print('typed sources');
TYPES.forEach(function (S) {
	var src = new S([-1, 2.5, 300, -129]);
	print(S.name, TYPES.map(function (T) { var d = new T(6); d.set(src, 1); return s(d); }).join(' | '));
});
print(tryit(function () { new Uint8Array(2).set(new Uint8Array(3)); }), tryit(function () { new Uint8Array(2).set(new Uint8Array(1), 2); }));

print('same buffer');
var buf = new ArrayBuffer(16);
var u8 = new Uint8Array(buf);
for (var i = 0; i < 16; i++) u8[i] = i;
var u8b = new Uint8Array(buf, 2, 8);
u8.set(u8b, 4); print(s(u8));
for (i = 0; i < 16; i++) u8[i] = i;
new Uint8Array(buf, 4, 8).set(new Uint8Array(buf, 2, 8)); print(s(u8));
/* Cross-type overlaps print only values that do not depend on byte order. */
for (i = 0; i < 16; i++) u8[i] = i;
var u16 = new Uint16Array(buf, 0, 4);
u16.set(new Uint8Array(buf, 1, 4)); print(s(u16));
for (i = 0; i < 16; i++) u8[i] = i >> 1;
new Uint8Array(buf, 2, 4).set(new Uint16Array(buf, 0, 4)); print(s(u8));
var f32 = new Float32Array(buf, 0, 4);
new Int8Array(buf).set(new Float32Array([1.5, -2.5, 3, 4]), 0); print(s(u8));
new Float32Array(buf).set(new Int8Array(buf, 0, 4)); print(s(f32));
f32.set(f32); print(s(f32));
new Float64Array(buf).set(new Float32Array(buf, 4, 2)); print(s(new Float64Array(buf)));

/*===
array sources
Int8Array 1,-2,44,0,0 1,-2,44,9,8 undefined RangeError RangeError RangeError 1,-2,44,9,8
Uint8Array 1,254,44,0,0 1,254,44,9,8 undefined RangeError RangeError RangeError 1,254,44,9,8
Uint8ClampedArray 2,0,255,0,0 2,0,255,9,8 undefined RangeError RangeError RangeError 2,0,255,9,8
Int16Array 1,-2,300,0,0 1,-2,300,9,8 undefined RangeError RangeError RangeError 1,-2,300,9,8
Uint16Array 1,65534,300,0,0 1,65534,300,9,8 undefined RangeError RangeError RangeError 1,65534,300,9,8
Int32Array 1,-2,300,0,0 1,-2,300,9,8 undefined RangeError RangeError RangeError 1,-2,300,9,8
Uint32Array 1,4294967294,300,0,0 1,4294967294,300,9,8 undefined RangeError RangeError RangeError 1,4294967294,300,9,8
Float32Array 1.5,-2,300,0,0 1.5,-2,300,9,8 undefined RangeError RangeError RangeError 1.5,-2,300,9,8
Float64Array 1.5,-2,300,0,0 1.5,-2,300,9,8 undefined RangeError RangeError RangeError 1.5,-2,300,9,8
0,7,8,0
0,7,1,2
0,7,1,2
TypeError TypeError RangeError
1,7,1,2
off,len,get0,val 3,7,1,2
typed sources
Int8Array 0,-1,2,44,127,0 | 0,255,2,44,127,0 | 0,0,2,44,127,0 | 0,-1,2,44,127,0 | 0,65535,2,44,127,0 | 0,-1,2,44,127,0 | 0,4294967295,2,44,127,0 | 0,-1,2,44,127,0 | 0,-1,2,44,127,0
Uint8Array 0,-1,2,44,127,0 | 0,255,2,44,127,0 | 0,255,2,44,127,0 | 0,255,2,44,127,0 | 0,255,2,44,127,0 | 0,255,2,44,127,0 | 0,255,2,44,127,0 | 0,255,2,44,127,0 | 0,255,2,44,127,0
Uint8ClampedArray 0,0,2,-1,0,0 | 0,0,2,255,0,0 | 0,0,2,255,0,0 | 0,0,2,255,0,0 | 0,0,2,255,0,0 | 0,0,2,255,0,0 | 0,0,2,255,0,0 | 0,0,2,255,0,0 | 0,0,2,255,0,0
Int16Array 0,-1,2,44,127,0 | 0,255,2,44,127,0 | 0,0,2,255,0,0 | 0,-1,2,300,-129,0 | 0,65535,2,300,65407,0 | 0,-1,2,300,-129,0 | 0,4294967295,2,300,4294967167,0 | 0,-1,2,300,-129,0 | 0,-1,2,300,-129,0
Uint16Array 0,-1,2,44,127,0 | 0,255,2,44,127,0 | 0,255,2,255,255,0 | 0,-1,2,300,-129,0 | 0,65535,2,300,65407,0 | 0,65535,2,300,65407,0 | 0,65535,2,300,65407,0 | 0,65535,2,300,65407,0 | 0,65535,2,300,65407,0
Int32Array 0,-1,2,44,127,0 | 0,255,2,44,127,0 | 0,0,2,255,0,0 | 0,-1,2,300,-129,0 | 0,65535,2,300,65407,0 | 0,-1,2,300,-129,0 | 0,4294967295,2,300,4294967167,0 | 0,-1,2,300,-129,0 | 0,-1,2,300,-129,0
Uint32Array 0,-1,2,44,127,0 | 0,255,2,44,127,0 | 0,255,2,255,255,0 | 0,-1,2,300,-129,0 | 0,65535,2,300,65407,0 | 0,-1,2,300,-129,0 | 0,4294967295,2,300,4294967167,0 | 0,4294967296,2,300,4294967040,0 | 0,4294967295,2,300,4294967167,0
Float32Array 0,-1,2,44,127,0 | 0,255,2,44,127,0 | 0,0,2,255,0,0 | 0,-1,2,300,-129,0 | 0,65535,2,300,65407,0 | 0,-1,2,300,-129,0 | 0,4294967295,2,300,4294967167,0 | 0,-1,2.5,300,-129,0 | 0,-1,2.5,300,-129,0
Float64Array 0,-1,2,44,127,0 | 0,255,2,44,127,0 | 0,0,2,255,0,0 | 0,-1,2,300,-129,0 | 0,65535,2,300,65407,0 | 0,-1,2,300,-129,0 | 0,4294967295,2,300,4294967167,0 | 0,-1,2.5,300,-129,0 | 0,-1,2.5,300,-129,0
RangeError RangeError
same buffer
0,1,2,3,2,3,4,5,6,7,8,9,12,13,14,15
0,1,2,3,2,3,4,5,6,7,8,9,12,13,14,15
1,2,3,4
0,0,0,1,2,3,3,3,4,4,5,5,6,6,7,7
1,254,3,4,2,3,3,3,4,4,5,5,6,6,7,7
1,-2,3,4
1,-2,3,4
-2,3
===*/
