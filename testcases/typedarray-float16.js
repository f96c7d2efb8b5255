/*
 * typedarray-float16: Float16Array through every %TypedArray% method
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray", "float16"]} ---*/
/* Float16Array through every %TypedArray% method (element reads and writes
 * go through the binary16 conversion, round to nearest even). */
function s(a) { return Array.prototype.join.call(a, ','); }
function tryit(f) { try { return f(); } catch (e) { return e.name; } }
var h = new Float16Array([1.5, -0, 65504, 65520, 0.1, NaN, -Infinity, 1e-8, 2049, -2]);
print(s(h), h[Symbol.toStringTag], h.length);
print(h.at(-1), h.indexOf(0), h.indexOf(-0), h.includes(NaN), h.indexOf(NaN), h.lastIndexOf(2048), h.indexOf(0.1), h.indexOf(0.0999755859375), h.includes(Infinity));
print(s(h.slice(2, 5)), s(h.subarray(-3)), s(h.map(function (v) { return v / 3; })), s(h.filter(function (v) { return v > 1; })));
print(s(h.toSorted()), s(h.toReversed()), s(h.with(0, 1 / 3)), s(new Float16Array([1.5, -0, 65504, 2049, -2, 0.1]).toSorted(function (a, b) { return b - a; })));
var signs = h.toSorted().map(function (v) { return v === 0 && 1 / v < 0 ? -1 : 0; }); print(s(signs));
print(h.reduce(function (a, v) { return a + v; }), h.find(function (v) { return v > 2000; }), h.findLastIndex(function (v) { return v < 0; }),
      h.every(function (v) { return v === v; }), h.some(function (v) { return v !== v; }), h.join(' '));
var f = new Float16Array(6);
f.fill(3.14159, 1, 4); print(s(f));
f.set([1.0009765625, 1.00048828125, 1.000732421875], 2); print(s(f));
f.set(new Float64Array([0.33325, 70000]), 4); print(s(f));
f.copyWithin(0, 3); print(s(f));
f.reverse(); print(s(f));
f.sort(); print(s(f));
print(s(Float16Array.from([1, 2.0001, 3], function (v) { return v * 1.5; })), s(Float16Array.of(0.5, 1e5, -1e-9)), s(Float16Array.from(new Uint8Array([7, 200]))));
var u = new Uint8Array(2); u.set(new Float16Array([257.5, -1])); print(s(u));
var it = new Float16Array([0.25, 1024]).entries(); print(JSON.stringify(it.next().value), JSON.stringify(it.next().value), it.next().done);
print(new Float16Array([1, 2]).toString(), new Float16Array([0.5]).toLocaleString());

/*===
1.5,0,65504,Infinity,0.0999755859375,NaN,-Infinity,0,2048,-2 Float16Array 10
-2 1 1 true -1 8 -1 4 true
65504,Infinity,0.0999755859375 0,2048,-2 0.5,0,21840,Infinity,0.0333251953125,NaN,-Infinity,0,682.5,-0.66650390625 1.5,65504,Infinity,2048
-Infinity,-2,0,0,0.0999755859375,1.5,2048,65504,Infinity,NaN -2,2048,0,-Infinity,NaN,0.0999755859375,Infinity,65504,0,1.5 0.333251953125,0,65504,Infinity,0.0999755859375,NaN,-Infinity,0,2048,-2 65504,2048,1.5,0.0999755859375,0,-2
0,0,-1,0,0,0,0,0,0,0
NaN 65504 9 false true 1.5 0 65504 Infinity 0.0999755859375 NaN -Infinity 0 2048 -2
0,3.140625,3.140625,3.140625,0,0
0,3.140625,1.0009765625,1,1.0009765625,0
0,3.140625,1.0009765625,1,0.333251953125,Infinity
1,0.333251953125,Infinity,1,0.333251953125,Infinity
Infinity,0.333251953125,1,Infinity,0.333251953125,1
0.333251953125,0.333251953125,1,1,Infinity,Infinity
1.5,3,4.5 0.5,Infinity,0 7,200
1,255
[0,0.25] [1,1024] true
1,2 0.5
===*/
