/*
 * typedarray-sort: sort and toSorted, default numeric order (-0 before +0, NaN last), comparators, stability
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray", "typedarray_sort"]} ---*/
var TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
function s(a) { return Array.prototype.join.call(a, ','); }
function tryit(f) { try { return f(); } catch (e) { return e.name; } }
function signs(a) { return Array.prototype.map.call(a, function (v) { return v === 0 && 1 / v < 0 ? '-0' : String(v); }).join(','); }

var vals = [5, -3, 0, 127, -128, 255, 1e5, -1e5, 3.25, -0, 2, 70000, -70000, 4294967295, 2147483647, -2147483648, 1, 1];
TYPES.forEach(function (T) {
	var x = new T(vals);
	var y = x.sort();
	print(T.name, s(x), y === x);
	var z = new T(vals);
	var t = z.toSorted();
	print(' toSorted', s(t), t !== z, t.constructor === T, s(z) === s(new T(vals)));
	print(' desc', s(new T(vals).sort(function (a, b) { return b - a; })));
	print(' empty', s(new T(0).sort()), s(new T([3]).sort()), s(new T(0).toSorted()));
});
var fl = new Float64Array([3, NaN, -0, 0, -Infinity, Infinity, -0, 0, NaN, -1e-300, 1e-300, -5]);
print(signs(fl.sort()));
print(signs(new Float32Array([0, -0, NaN, -1, 1, -0]).sort()));
print(signs(new Float64Array([0, -0, 1]).sort(function () { return 0; })));
var st = new Float64Array([3.1, 1.1, 2.2, 1.2, 3.2, 2.1]);
print(s(st.sort(function (a, b) { return Math.floor(a) - Math.floor(b); })));
print(s(new Int32Array([3, 1, 2]).sort(function () { return NaN; })), s(new Int32Array([3, 1, 2]).sort(function (a, b) { return a < b ? '-1' : { valueOf: function () { return 1; } }; })));
print(s(new Uint8Array([3, 1, 2]).sort(undefined)), tryit(function () { new Uint8Array(1).sort(null); }), tryit(function () { new Uint8Array(1).sort({}); }),
      tryit(function () { new Uint8Array(1).toSorted(1); }), Uint8Array.prototype.sort.length, Uint8Array.prototype.toSorted.length);
var th = new Int16Array([5, 4, 3, 2, 1]);
print(tryit(function () { th.sort(function (a, b) { if (a === 3 || b === 3) throw new EvalError('c'); return a - b; }); }), s(th));
var mut = new Int16Array([5, 4, 3, 2, 1]);
mut.sort(function (a, b) { mut[0] = 100; mut[4] = 200; return a - b; });
print(s(mut));
var args = [];
new Float64Array([2, 1]).sort(function (a, b) { args.push(typeof a, typeof b); return a - b; });
print(args.join());
var big = new Int32Array(1000);
for (var i = 0; i < big.length; i++) big[i] = (i * 7919) % 1000 - 500;
big.sort();
var ok = true; for (i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
print(ok, big[0], big[999]);
var bigf = new Float64Array(5000);
for (i = 0; i < bigf.length; i++) bigf[i] = Math.sin(i) * 1000;
var copy = Array.prototype.slice.call(bigf).sort(function (a, b) { return a - b; });
print(s(bigf.toSorted()) === copy.join(','));
var stable = new Float64Array(300);
for (i = 0; i < 300; i++) stable[i] = (i % 7) + i / 1000;
stable.sort(function (a, b) { return Math.floor(a) - Math.floor(b); });
ok = true; for (i = 1; i < 300; i++) if (Math.floor(stable[i - 1]) === Math.floor(stable[i]) && stable[i - 1] > stable[i]) ok = false;
print('stable', ok);

/*===
Int8Array -128,-112,-96,-3,-1,-1,-1,0,0,0,1,1,2,3,5,96,112,127 true
 toSorted -128,-112,-96,-3,-1,-1,-1,0,0,0,1,1,2,3,5,96,112,127 true true true
 desc 127,112,96,5,3,2,1,1,0,0,0,-1,-1,-1,-3,-96,-112,-128
 empty  3 
Uint8Array 0,0,0,1,1,2,3,5,96,112,127,128,144,160,253,255,255,255 true
 toSorted 0,0,0,1,1,2,3,5,96,112,127,128,144,160,253,255,255,255 true true true
 desc 255,255,255,253,160,144,128,127,112,96,5,3,2,1,1,0,0,0
 empty  3 
Uint8ClampedArray 0,0,0,0,0,0,0,1,1,2,3,5,127,255,255,255,255,255 true
 toSorted 0,0,0,0,0,0,0,1,1,2,3,5,127,255,255,255,255,255 true true true
 desc 255,255,255,255,255,127,5,3,2,1,1,0,0,0,0,0,0,0
 empty  3 
Int16Array -31072,-4464,-128,-3,-1,-1,0,0,0,1,1,2,3,5,127,255,4464,31072 true
 toSorted -31072,-4464,-128,-3,-1,-1,0,0,0,1,1,2,3,5,127,255,4464,31072 true true true
 desc 31072,4464,255,127,5,3,2,1,1,0,0,0,-1,-1,-3,-128,-4464,-31072
 empty  3 
Uint16Array 0,0,0,1,1,2,3,5,127,255,4464,31072,34464,61072,65408,65533,65535,65535 true
 toSorted 0,0,0,1,1,2,3,5,127,255,4464,31072,34464,61072,65408,65533,65535,65535 true true true
 desc 65535,65535,65533,65408,61072,34464,31072,4464,255,127,5,3,2,1,1,0,0,0
 empty  3 
Int32Array -2147483648,-100000,-70000,-128,-3,-1,0,0,1,1,2,3,5,127,255,70000,100000,2147483647 true
 toSorted -2147483648,-100000,-70000,-128,-3,-1,0,0,1,1,2,3,5,127,255,70000,100000,2147483647 true true true
 desc 2147483647,100000,70000,255,127,5,3,2,1,1,0,0,-1,-3,-128,-70000,-100000,-2147483648
 empty  3 
Uint32Array 0,0,1,1,2,3,5,127,255,70000,100000,2147483647,2147483648,4294867296,4294897296,4294967168,4294967293,4294967295 true
 toSorted 0,0,1,1,2,3,5,127,255,70000,100000,2147483647,2147483648,4294867296,4294897296,4294967168,4294967293,4294967295 true true true
 desc 4294967295,4294967293,4294967168,4294897296,4294867296,2147483648,2147483647,100000,70000,255,127,5,3,2,1,1,0,0
 empty  3 
Float32Array -2147483648,-100000,-70000,-128,-3,0,0,1,1,2,3.25,5,127,255,70000,100000,2147483648,4294967296 true
 toSorted -2147483648,-100000,-70000,-128,-3,0,0,1,1,2,3.25,5,127,255,70000,100000,2147483648,4294967296 true true true
 desc 4294967296,2147483648,100000,70000,255,127,5,3.25,2,1,1,0,0,-3,-128,-70000,-100000,-2147483648
 empty  3 
Float64Array -2147483648,-100000,-70000,-128,-3,0,0,1,1,2,3.25,5,127,255,70000,100000,2147483647,4294967295 true
 toSorted -2147483648,-100000,-70000,-128,-3,0,0,1,1,2,3.25,5,127,255,70000,100000,2147483647,4294967295 true true true
 desc 4294967295,2147483647,100000,70000,255,127,5,3.25,2,1,1,0,0,-3,-128,-70000,-100000,-2147483648
 empty  3 
-Infinity,-5,-1e-300,-0,-0,0,0,1e-300,3,Infinity,NaN,NaN
-1,-0,-0,0,1,NaN
0,-0,1
1.1,1.2,2.2,2.1,3.1,3.2
3,1,2 1,2,3
1,2,3 TypeError TypeError TypeError 1 1
EvalError 5,4,3,2,1
1,2,3,4,5
number,number
true -500 499
true
stable true
===*/
