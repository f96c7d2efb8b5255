/*
 * typedarray-nodebuffer: %TypedArray% methods on Node Buffers (result types follow Node)
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray", "nodebuffer"]} ---*/
/* %TypedArray% methods on a Node Buffer: slice, map, filter and subarray
 * return a Buffer (species), toReversed, toSorted and with a Uint8Array
 * (TypedArrayCreateSameType). */
function s(a) { return Array.prototype.join.call(a, ','); }
var b = Buffer.from([3, 1, 2]);
var results = {
	map: b.map(function (v) { return v * 2; }),
	filter: b.filter(function (v) { return v > 1; }),
	subarray: b.subarray(1),
	toReversed: b.toReversed(),
	toSorted: b.toSorted(),
	with: b.with(0, 9)
};
Object.keys(results).forEach(function (k) {
	var r = results[k];
	print(k, s(r), r instanceof Buffer, r instanceof Uint8Array, Object.prototype.toString.call(r));
});
var seen = [];
b.forEach(function (v, i, arr) { seen.push(v + ':' + i + ':' + (arr === b)); });
print(seen.join(' '), b[Symbol.toStringTag], b.at(-1), b.findLast(function (v) { return v < 3; }));
var sub = b.subarray(0, 2); sub[0] = 7; print(b[0], sub.buffer === b.buffer);
var u = new Uint8Array(4); u.set(b, 1); print(s(u));
print(s(Uint8Array.from(b)), s(b.sort()), s(b.reverse()), s(b.fill(5, 1)), s(b.copyWithin(0, 2)), Array.prototype.join.call(b.entries().next().value));

/*===
map 6,2,4 true true [object Uint8Array]
filter 3,2 true true [object Uint8Array]
subarray 1,2 true true [object Uint8Array]
toReversed 2,1,3 false true [object Uint8Array]
toSorted 1,2,3 false true [object Uint8Array]
with 9,1,2 false true [object Uint8Array]
3:0:true 1:1:true 2:2:true Uint8Array 2 2
7 true
0,7,1,2
7,1,2 1,2,7 7,2,1 7,5,5 5,5,5 0,5
===*/
