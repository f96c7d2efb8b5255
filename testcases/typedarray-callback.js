/*
 * typedarray-callback: forEach, every, some, find, findIndex, findLast, findLastIndex, map, filter, reduce, reduceRight
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray", "typedarray_callbacks"]} ---*/
var TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
function s(a) { return Array.prototype.join.call(a, ','); }
function tryit(f) { try { return f(); } catch (e) { return e.name; } }

TYPES.forEach(function (T) {
	var x = new T([3, -1, 4.5, 0, 5]);
	var log = [];
	var ctx = { k: 1 };
	var r = x.forEach(function (v, i, arr) { log.push(v + '@' + i + (arr === x) + (this === ctx)); }, ctx);
	print(T.name, 'forEach', r, log.join(' '));
	print(' every', x.every(function (v) { return v > -5; }), x.every(function (v) { return v > 0; }), new T(0).every(function () { return false; }));
	print(' some', x.some(function (v) { return v === 0; }), x.some(function (v) { return v > 100; }), new T(0).some(function () { return true; }));
	print(' find', x.find(function (v) { return v > 3; }), x.findIndex(function (v) { return v > 3; }),
	      x.findLast(function (v) { return v > 3; }), x.findLastIndex(function (v) { return v > 3; }),
	      x.find(function () { return false; }), x.findIndex(function () { return false; }),
	      x.findLast(function () { return 0; }), x.findLastIndex(function () { return ''; }));
	var m = x.map(function (v, i) { return v * 2 + i; });
	print(' map', s(m), m.constructor === T, m !== x, s(x.map(function () { return 'x'; })), s(new T(0).map(function () { return 1; })));
	var f = x.filter(function (v, i) { return i % 2 === 0; });
	print(' filter', s(f), f.constructor === T, s(x.filter(function () { return false; })), x.filter(function () { return true; }) !== x);
	print(' reduce', x.reduce(function (a, v) { return a + v; }), x.reduce(function (a, v, i) { return a + '|' + v + ':' + i; }, 'S'),
	      x.reduceRight(function (a, v) { return a + v; }), x.reduceRight(function (a, v, i) { return a + '|' + v + ':' + i; }, 'S'),
	      new T(0).reduce(function () { return 1; }, 'init'), new T([7]).reduce(function () { return 1; }),
	      tryit(function () { new T(0).reduce(function () {}); }), tryit(function () { new T(0).reduceRight(function () {}); }));
});

var x = new Uint8Array([1, 2, 3]);
['forEach', 'every', 'some', 'find', 'findIndex', 'findLast', 'findLastIndex', 'map', 'filter', 'reduce', 'reduceRight'].forEach(function (name) {
	print(name, tryit(function () { return x[name](); }), tryit(function () { return x[name]({}); }), tryit(function () { return x[name](null); }),
	      Uint8Array.prototype[name].length, tryit(function () { return Uint8Array.prototype[name].call([1], function () {}); }));
});
print(x.reduce(function (a, b) { return a + b; }, undefined), x.reduceRight(function (a, b) { return a + b; }, undefined));

/* the second argument is the callback's this, for every method that takes one */
var thisCtx = { k: 2 };
['every', 'some', 'find', 'findIndex', 'findLast', 'findLastIndex', 'map', 'filter'].forEach(function (name) {
	var seen = [];
	var r = x[name](function (v) { seen.push(this === thisCtx); return v === this.k; }, thisCtx);
	print(name, 'thisArg', seen.join(','), typeof r === 'object' ? s(r) : r);
});

var calls = [];
x.forEach(function (v) { calls.push(this === undefined ? 'u' : typeof this); });
print(calls.join(','));
var mod = new Int32Array([1, 2, 3, 4]);
var seen = [];
mod.forEach(function (v, i, a) { seen.push(v); if (i === 0) { a[2] = 99; } });
print(seen.join(','));
print(s(mod.map(function (v, i, a) { a[i + 1] = 0; return v; })), s(mod));
var thrower = new Uint8Array([1, 2, 3]);
print(tryit(function () { thrower.forEach(function (v) { if (v === 2) throw new RangeError('x'); }); }));
print(tryit(function () { thrower.map(function (v) { if (v === 2) throw new URIError('x'); return v; }); }));
print(s(new Float32Array([1, 2]).map(function (v) { return { valueOf: function () { return v / 3; } }; })));
var mapIdx = [];
new Int8Array(3).map(function (v, i) { mapIdx.push(i); return i; });
print(mapIdx.join(','));

/*===
Int8Array forEach undefined 3@0truetrue -1@1truetrue 4@2truetrue 0@3truetrue 5@4truetrue
 every true false true
 some true false false
 find 4 2 5 4 undefined -1 undefined -1
 map 6,-1,10,3,14 true true 0,0,0,0,0 
 filter 3,4,5 true  true
 reduce 11 S|3:0|-1:1|4:2|0:3|5:4 11 S|5:4|0:3|4:2|-1:1|3:0 init 7 TypeError TypeError
Uint8Array forEach undefined 3@0truetrue 255@1truetrue 4@2truetrue 0@3truetrue 5@4truetrue
 every true false true
 some true true false
 find 255 1 5 4 undefined -1 undefined -1
 map 6,255,10,3,14 true true 0,0,0,0,0 
 filter 3,4,5 true  true
 reduce 267 S|3:0|255:1|4:2|0:3|5:4 267 S|5:4|0:3|4:2|255:1|3:0 init 7 TypeError TypeError
Uint8ClampedArray forEach undefined 3@0truetrue 0@1truetrue 4@2truetrue 0@3truetrue 5@4truetrue
 every true false true
 some true false false
 find 4 2 5 4 undefined -1 undefined -1
 map 6,1,10,3,14 true true 0,0,0,0,0 
 filter 3,4,5 true  true
 reduce 12 S|3:0|0:1|4:2|0:3|5:4 12 S|5:4|0:3|4:2|0:1|3:0 init 7 TypeError TypeError
Int16Array forEach undefined 3@0truetrue -1@1truetrue 4@2truetrue 0@3truetrue 5@4truetrue
 every true false true
 some true false false
 find 4 2 5 4 undefined -1 undefined -1
 map 6,-1,10,3,14 true true 0,0,0,0,0 
 filter 3,4,5 true  true
 reduce 11 S|3:0|-1:1|4:2|0:3|5:4 11 S|5:4|0:3|4:2|-1:1|3:0 init 7 TypeError TypeError
Uint16Array forEach undefined 3@0truetrue 65535@1truetrue 4@2truetrue 0@3truetrue 5@4truetrue
 every true false true
 some true true false
 find 65535 1 5 4 undefined -1 undefined -1
 map 6,65535,10,3,14 true true 0,0,0,0,0 
 filter 3,4,5 true  true
 reduce 65547 S|3:0|65535:1|4:2|0:3|5:4 65547 S|5:4|0:3|4:2|65535:1|3:0 init 7 TypeError TypeError
Int32Array forEach undefined 3@0truetrue -1@1truetrue 4@2truetrue 0@3truetrue 5@4truetrue
 every true false true
 some true false false
 find 4 2 5 4 undefined -1 undefined -1
 map 6,-1,10,3,14 true true 0,0,0,0,0 
 filter 3,4,5 true  true
 reduce 11 S|3:0|-1:1|4:2|0:3|5:4 11 S|5:4|0:3|4:2|-1:1|3:0 init 7 TypeError TypeError
Uint32Array forEach undefined 3@0truetrue 4294967295@1truetrue 4@2truetrue 0@3truetrue 5@4truetrue
 every true false true
 some true true false
 find 4294967295 1 5 4 undefined -1 undefined -1
 map 6,4294967295,10,3,14 true true 0,0,0,0,0 
 filter 3,4,5 true  true
 reduce 4294967307 S|3:0|4294967295:1|4:2|0:3|5:4 4294967307 S|5:4|0:3|4:2|4294967295:1|3:0 init 7 TypeError TypeError
Float32Array forEach undefined 3@0truetrue -1@1truetrue 4.5@2truetrue 0@3truetrue 5@4truetrue
 every true false true
 some true false false
 find 4.5 2 5 4 undefined -1 undefined -1
 map 6,-1,11,3,14 true true NaN,NaN,NaN,NaN,NaN 
 filter 3,4.5,5 true  true
 reduce 11.5 S|3:0|-1:1|4.5:2|0:3|5:4 11.5 S|5:4|0:3|4.5:2|-1:1|3:0 init 7 TypeError TypeError
Float64Array forEach undefined 3@0truetrue -1@1truetrue 4.5@2truetrue 0@3truetrue 5@4truetrue
 every true false true
 some true false false
 find 4.5 2 5 4 undefined -1 undefined -1
 map 6,-1,11,3,14 true true NaN,NaN,NaN,NaN,NaN 
 filter 3,4.5,5 true  true
 reduce 11.5 S|3:0|-1:1|4.5:2|0:3|5:4 11.5 S|5:4|0:3|4.5:2|-1:1|3:0 init 7 TypeError TypeError
forEach TypeError TypeError TypeError 1 TypeError
every TypeError TypeError TypeError 1 TypeError
some TypeError TypeError TypeError 1 TypeError
find TypeError TypeError TypeError 1 TypeError
findIndex TypeError TypeError TypeError 1 TypeError
findLast TypeError TypeError TypeError 1 TypeError
findLastIndex TypeError TypeError TypeError 1 TypeError
map TypeError TypeError TypeError 1 TypeError
filter TypeError TypeError TypeError 1 TypeError
reduce TypeError TypeError TypeError 1 TypeError
reduceRight TypeError TypeError TypeError 1 TypeError
NaN NaN
every thisArg true false
some thisArg true,true true
find thisArg true,true 2
findIndex thisArg true,true 1
findLast thisArg true,true 2
findLastIndex thisArg true,true 1
map thisArg true,true,true 0,1,0
filter thisArg true,true,true 2
object,object,object
1,2,99,4
1,0,0,0 1,0,0,0
RangeError
URIError
0.3333333432674408,0.6666666865348816
0,1,2
===*/
