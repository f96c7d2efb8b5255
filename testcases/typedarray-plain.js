/*
 * typedarray-plain: every %TypedArray% method on a Duktape plain buffer (this and set() argument), treated as a Uint8Array
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray", "typedarray_callbacks", "typedarray_sort"]} ---*/
/* A Duktape plain buffer acts as a Uint8Array: under node the same script
 * runs with a real Uint8Array in its place. */
var plain = typeof Duktape === 'object' ?
	function (a) { return Uint8Array.plainOf(new Uint8Array(a)); } :
	function (a) { return new Uint8Array(a); };
function s(a) { return Array.prototype.join.call(a, ','); }
function tag(a) { return Object.prototype.toString.call(a); }

var p = plain([5, 1, 4, 2, 3]);
print(p.at(-1), p.indexOf(4), p.lastIndexOf(5), p.includes(2), p.join('-'), p.toString(), p.toLocaleString());
print(s(p.slice(1, 3)), tag(p.slice(1)), s(p.map(function (v) { return v * 2; })), tag(p.map(function (v) { return v; })));
print(s(p.filter(function (v) { return v > 2; })), p.every(function (v) { return v > 0; }), p.some(function (v) { return v > 4; }));
print(p.find(function (v) { return v < 3; }), p.findIndex(function (v) { return v < 3; }), p.findLast(function (v) { return v > 3; }),
      p.findLastIndex(function (v) { return v > 3; }), p.reduce(function (a, b) { return a + b; }), p.reduceRight(function (a, b) { return a + '' + b; }));
var seen = []; p.forEach(function (v, i, arr) { seen.push(v + ':' + i + ':' + (arr === p)); }); print(seen.join(' '));
print(s(p.toSorted()), s(p.toReversed()), s(p.with(0, 9)), s(p));
var sub = p.subarray(1, 4);
sub[0] = 77;
print(tag(sub), s(sub), p[1], sub.length);
p.sort(); print(s(p));
p.reverse(); print(s(p));
p.fill(6, 3); print(s(p));
p.copyWithin(0, 3); print(s(p));
p.set([1, 2], 3); print(s(p));
p.set(plain([8, 9]), 1); print(s(p));
var t = new Uint16Array(3); t.set(plain([255, 1, 2])); print(s(t));
var q = plain([1, 2, 3, 4]);
q.set(q.subarray(0, 2), 2); print(s(q));
print(drain(p.entries()), drain(p.keys()), drain(p[Symbol.iterator]()));
function drain(it) { var out = [], r; while (!(r = it.next()).done) out.push(String(r.value)); return out.join('/'); }
print(s(Int16Array.from(plain([1, 200]))), s(Float64Array.from(plain([3, 4]), function (v) { return v / 2; })), s(new Uint8Array(2).fill(1)));
print(p[Symbol.toStringTag], plain([]).join(), plain([]).sort().length);

/*===
3 2 0 true 5-1-4-2-3 5,1,4,2,3 5,1,4,2,3
1,4 [object Uint8Array] 10,2,8,4,6 [object Uint8Array]
5,4,3 true true
1 1 4 2 15 32415
5:0:true 1:1:true 4:2:true 2:3:true 3:4:true
1,2,3,4,5 3,2,4,1,5 9,1,4,2,3 5,1,4,2,3
[object Uint8Array] 77,4,2 77 3
2,3,4,5,77
77,5,4,3,2
77,5,4,6,6
6,6,4,6,6
6,6,4,1,2
6,8,9,1,2
255,1,2
1,2,1,2
0,6/1,8/2,9/3,1/4,2 0/1/2/3/4 6/8/9/1/2
1,200 1.5,2 1,1
Uint8Array  0
===*/
