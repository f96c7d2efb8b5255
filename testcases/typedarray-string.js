/*
 * typedarray-string: join, toString (Array.prototype.toString), toLocaleString
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray"]} ---*/
var TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
function tryit(f) { try { return f(); } catch (e) { return e.name; } }
/* toLocaleString uses small values: larger ones get locale digit grouping in node. */
TYPES.forEach(function (T) {
	var x = new T([1, -2, 3.5, 100]);
	print(T.name, x.join(), x.join(undefined), x.join(''), x.join(' - '), x.join(null), x.join(0), String(x), x.toString(), x + '', new T([1, 2, 3.5, 100]).toLocaleString(),
	      '[' + new T(0).join() + ']', '[' + new T(0).toString() + ']', '[' + new T(0).toLocaleString() + ']', new T(1).join('x'));
});
var f = new Float64Array([0.1, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 123456789012345680000, 5e-324, 9007199254740992, -1.5e300]);
print(f.join(';'));
print(new Float32Array([0.1, 1 / 3, 16777217, 3.4e38]).join());
print(Uint8Array.prototype.toString === Array.prototype.toString, Uint8Array.prototype.join.length, Uint8Array.prototype.toLocaleString.length);
var sep = { toString: function () { return '+'; } };
print(new Uint8Array([1, 2]).join(sep));
var saved = Number.prototype.toLocaleString;
Number.prototype.toLocaleString = function () { return '<' + this + '>'; };
print(new Int8Array([1, -1]).toLocaleString());
Number.prototype.toLocaleString = saved;
print(tryit(function () { Uint8Array.prototype.join.call([1, 2]); }), tryit(function () { Uint8Array.prototype.toLocaleString.call({}); }));
var big = new Uint8Array(10000); big.fill(7); print(big.join('').length, big.join().length);

/*===
Int8Array 1,-2,3,100 1,-2,3,100 1-23100 1 - -2 - 3 - 100 1null-2null3null100 10-2030100 1,-2,3,100 1,-2,3,100 1,-2,3,100 1,2,3,100 [] [] [] 0
Uint8Array 1,254,3,100 1,254,3,100 12543100 1 - 254 - 3 - 100 1null254null3null100 10254030100 1,254,3,100 1,254,3,100 1,254,3,100 1,2,3,100 [] [] [] 0
Uint8ClampedArray 1,0,4,100 1,0,4,100 104100 1 - 0 - 4 - 100 1null0null4null100 100040100 1,0,4,100 1,0,4,100 1,0,4,100 1,2,4,100 [] [] [] 0
Int16Array 1,-2,3,100 1,-2,3,100 1-23100 1 - -2 - 3 - 100 1null-2null3null100 10-2030100 1,-2,3,100 1,-2,3,100 1,-2,3,100 1,2,3,100 [] [] [] 0
Uint16Array 1,65534,3,100 1,65534,3,100 1655343100 1 - 65534 - 3 - 100 1null65534null3null100 1065534030100 1,65534,3,100 1,65534,3,100 1,65534,3,100 1,2,3,100 [] [] [] 0
Int32Array 1,-2,3,100 1,-2,3,100 1-23100 1 - -2 - 3 - 100 1null-2null3null100 10-2030100 1,-2,3,100 1,-2,3,100 1,-2,3,100 1,2,3,100 [] [] [] 0
Uint32Array 1,4294967294,3,100 1,4294967294,3,100 142949672943100 1 - 4294967294 - 3 - 100 1null4294967294null3null100 104294967294030100 1,4294967294,3,100 1,4294967294,3,100 1,4294967294,3,100 1,2,3,100 [] [] [] 0
Float32Array 1,-2,3.5,100 1,-2,3.5,100 1-23.5100 1 - -2 - 3.5 - 100 1null-2null3.5null100 10-203.50100 1,-2,3.5,100 1,-2,3.5,100 1,-2,3.5,100 1,2,3.5,100 [] [] [] 0
Float64Array 1,-2,3.5,100 1,-2,3.5,100 1-23.5100 1 - -2 - 3.5 - 100 1null-2null3.5null100 10-203.50100 1,-2,3.5,100 1,-2,3.5,100 1,-2,3.5,100 1,2,3.5,100 [] [] [] 0
0.1;0;NaN;Infinity;-Infinity;1e+21;1e-7;123456789012345680000;5e-324;9007199254740992;-1.5e+300
0.10000000149011612,0.3333333432674408,16777216,3.3999999521443642e+38
true 1 0
1+2
<1>,<-1>
TypeError TypeError
10000 19999
===*/
