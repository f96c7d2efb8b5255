/*
 * typedarray-iter: keys, values, entries, [Symbol.iterator], %TypedArray%.from and .of, [Symbol.toStringTag]
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray", "typedarray_iter"]} ---*/
var TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
function s(a) { return Array.prototype.join.call(a, ','); }
function tryit(f) { try { return f(); } catch (e) { return e.name; } }
function drain(it) { var out = [], r; while (!(r = it.next()).done) out.push(JSON.stringify(r.value)); out.push(JSON.stringify(r)); return out.join(' '); }

print('iterators');
var x = new Int16Array([7, -8, 9]);
print(drain(x.keys()));
print(drain(x.values()));
print(drain(x.entries()));
print(drain(x[Symbol.iterator]()), x[Symbol.iterator] === x.values, Uint8Array.prototype[Symbol.iterator] === Uint8Array.prototype.values);
var it = x.values();
print(it[Symbol.iterator]() === it, Object.prototype.toString.call(it), typeof it.next, Object.keys(it).length);
var done = x.keys(); drain(done); print(JSON.stringify(done.next()), JSON.stringify(done.next()));
print(drain(new Float64Array(0).entries()));
var grow = new Uint8Array([1, 2]); var gi = grow.values(); gi.next(); grow[1] = 42; print(JSON.stringify(gi.next()));
print(tryit(function () { x.values().next.call({}); }), tryit(function () { Uint8Array.prototype.values.call([1]); }),
      Uint8Array.prototype.keys.length, Uint8Array.prototype.entries.length, Uint8Array.prototype.values.name);

print('from');
TYPES.forEach(function (T) {
	var a = T.from([1, -2.5, 300, '4']);
	print(T.name, s(a), a.constructor === T, s(T.from({ length: 3, 0: 5, 2: 6 })), s(T.from([1, 2, 3], function (v, k) { return v * 10 + k + this.add; }, { add: 0.5 })),
	      s(T.from(new Int8Array([-1, 2]))), s(T.from('123')), T.from([]).length);
});
var iterable = {};
iterable[Symbol.iterator] = function () {
	var n = 0;
	return { next: function () { n++; return n > 3 ? { done: true, value: 99 } : { value: n * n, done: false }; } };
};
print(s(Uint8Array.from(iterable)), s(Float32Array.from(iterable, function (v, k) { return v + k / 10; })));
var log = [];
var logged = {};
logged[Symbol.iterator] = function () {
	log.push('iter');
	var n = 0;
	return { next: function () { log.push('next'); n++; return { value: n, done: n > 2 }; } };
};
Int8Array.from(logged, function (v, k) { log.push('map' + v + k); return v; });
print(log.join(','));
var badIter = {}; badIter[Symbol.iterator] = 5;
var badNext = {}; badNext[Symbol.iterator] = function () { return { next: function () { return 1; } }; };
var badRet = {}; badRet[Symbol.iterator] = function () { return 1; };
print(tryit(function () { Uint8Array.from(badIter); }), tryit(function () { Uint8Array.from(badNext); }), tryit(function () { Uint8Array.from(badRet); }),
      tryit(function () { Uint8Array.from(null); }), tryit(function () { Uint8Array.from(undefined); }), tryit(function () { Uint8Array.from([1], 'f'); }),
      tryit(function () { Uint8Array.from.call({}, [1]); }), tryit(function () { Uint8Array.from.call(function () { return {}; }, [1]); }),
      tryit(function () { Uint8Array.from.call(function () { return new Uint8Array(1); }, [1, 2]); }));
/* a constructor that returns something other than a typed array: TypeError even when nothing is written to it */
print(tryit(function () { Uint8Array.of.call(function () { return {}; }); }), tryit(function () { Uint8Array.from.call(function () { return []; }, []); }),
      tryit(function () { Int16Array.of.call(function () { return new ArrayBuffer(8); }, 1, 2); }),
      tryit(function () { Uint8Array.from.call(function () { return new DataView(new ArrayBuffer(4)); }, [1, 2]); }));
var other = Uint8Array.from.call(function (n) { return new Float32Array(n + 1); }, [1.5, 2]);
print(Object.prototype.toString.call(other), s(other));
print(s(Uint8Array.from(5)), s(Uint8Array.from(true)), Uint8Array.from.length, Uint8Array.of.length, Uint8Array.from === Int32Array.from);
var src = new Uint8Array([1, 2, 3]);
print(s(Uint16Array.from(src, function (v, k) { src[2] = 100; return v; })));

print('of');
TYPES.forEach(function (T) {
	var a = T.of(1, -2, 3.7, '300', undefined);
	print(T.name, s(a), a.constructor === T, T.of().length);
});
print(tryit(function () { Uint8Array.of.call({}, 1); }), tryit(function () { Uint8Array.of.call(function () { return new Uint8Array(0); }, 1); }));

print('toStringTag');
TYPES.forEach(function (T) { print(T.name, new T(1)[Symbol.toStringTag], Object.prototype.toString.call(new T(0))); });
var getter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), Symbol.toStringTag).get;
print(getter.call(3), getter.call({}), getter.call([]), getter.call(new ArrayBuffer(1)), getter.call(new DataView(new ArrayBuffer(1))));
var tsProto = Object.getPrototypeOf(Int8Array.prototype);
print(Object.getOwnPropertyDescriptor(tsProto, Symbol.toStringTag).get.name);
var ip = Object.getPrototypeOf(new Int8Array(1).values());
print(ip[Symbol.iterator].name, ip.next.name, ip.next.length, ip[Symbol.toStringTag]);

/*===
iterators
0 1 2 {"done":true}
7 -8 9 {"done":true}
[0,7] [1,-8] [2,9] {"done":true}
7 -8 9 {"done":true} true true
true [object Array Iterator] function 0
{"done":true} {"done":true}
{"done":true}
{"value":42,"done":false}
TypeError TypeError 0 0 values
from
Int8Array 1,-2,44,4 true 5,0,6 10,21,32 -1,2 1,2,3 0
Uint8Array 1,254,44,4 true 5,0,6 10,21,32 255,2 1,2,3 0
Uint8ClampedArray 1,0,255,4 true 5,0,6 10,22,32 0,2 1,2,3 0
Int16Array 1,-2,300,4 true 5,0,6 10,21,32 -1,2 1,2,3 0
Uint16Array 1,65534,300,4 true 5,0,6 10,21,32 65535,2 1,2,3 0
Int32Array 1,-2,300,4 true 5,0,6 10,21,32 -1,2 1,2,3 0
Uint32Array 1,4294967294,300,4 true 5,0,6 10,21,32 4294967295,2 1,2,3 0
Float32Array 1,-2.5,300,4 true 5,NaN,6 10.5,21.5,32.5 -1,2 1,2,3 0
Float64Array 1,-2.5,300,4 true 5,NaN,6 10.5,21.5,32.5 -1,2 1,2,3 0
1,4,9 1,4.099999904632568,9.199999809265137
iter,next,next,next,map10,map21
TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError
TypeError TypeError TypeError TypeError
[object Float32Array] 1.5,2,0
  1 0 true
1,2,3
of
Int8Array 1,-2,3,44,0 true 0
Uint8Array 1,254,3,44,0 true 0
Uint8ClampedArray 1,0,4,255,0 true 0
Int16Array 1,-2,3,300,0 true 0
Uint16Array 1,65534,3,300,0 true 0
Int32Array 1,-2,3,300,0 true 0
Uint32Array 1,4294967294,3,300,0 true 0
Float32Array 1,-2,3.700000047683716,300,NaN true 0
Float64Array 1,-2,3.7,300,NaN true 0
TypeError TypeError
toStringTag
Int8Array Int8Array [object Int8Array]
Uint8Array Uint8Array [object Uint8Array]
Uint8ClampedArray Uint8ClampedArray [object Uint8ClampedArray]
Int16Array Int16Array [object Int16Array]
Uint16Array Uint16Array [object Uint16Array]
Int32Array Int32Array [object Int32Array]
Uint32Array Uint32Array [object Uint32Array]
Float32Array Float32Array [object Float32Array]
Float64Array Float64Array [object Float64Array]
undefined undefined undefined undefined undefined
get [Symbol.toStringTag]
[Symbol.iterator] next 0 Array Iterator
===*/
