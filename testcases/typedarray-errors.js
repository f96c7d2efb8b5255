/*
 * typedarray-errors: receivers that are not typed arrays, function length/name, property attributes
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray", "typedarray_callbacks", "typedarray_iter", "typedarray_sort"]} ---*/
/* this validation, function lengths and names, property attributes. */
function tryit(f) { try { return f(); } catch (e) { return e.name; } }
var proto = Object.getPrototypeOf(Int8Array.prototype);
var names = ['at', 'copyWithin', 'entries', 'every', 'fill', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'forEach',
	'includes', 'indexOf', 'join', 'keys', 'lastIndexOf', 'map', 'reduce', 'reduceRight', 'reverse', 'set', 'slice', 'some', 'sort',
	'subarray', 'toLocaleString', 'toReversed', 'toSorted', 'toString', 'values', 'with'];
names.forEach(function (n) {
	var d = Object.getOwnPropertyDescriptor(proto, n);
	var f = d.value;
	print(n, typeof f, f.length, f.name, d.writable, d.enumerable, d.configurable,
	      Int8Array.prototype.hasOwnProperty(n), Object.getPrototypeOf(Float64Array.prototype) === proto);
});
var cb = function () { return 1; };
names.forEach(function (n) {
	if (n === 'toString') return;
	var f = proto[n];
	var args = n === 'set' ? [[]] : [cb];
	print(n, tryit(function () { return f.apply([1, 2], args); }), tryit(function () { return f.apply({ length: 1, 0: 1 }, args); }),
	      tryit(function () { return f.apply(new ArrayBuffer(4), args); }), tryit(function () { return f.apply(new DataView(new ArrayBuffer(4)), args); }),
	      tryit(function () { return f.apply(undefined, args); }), tryit(function () { return f.apply(5, args); }));
});
var sym = Object.getOwnPropertyDescriptor(proto, Symbol.iterator);
print(sym.value === proto.values, sym.writable, sym.enumerable, sym.configurable);
var tagd = Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag);
print(typeof tagd.get, tagd.set, tagd.enumerable, tagd.configurable);
var ta = Object.getPrototypeOf(Int8Array);
['from', 'of'].forEach(function (n) {
	var d = Object.getOwnPropertyDescriptor(ta, n);
	print(n, typeof d.value, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable, Uint8Array.hasOwnProperty(n));
});

/*===
at function 1 at true false true false true
copyWithin function 2 copyWithin true false true false true
entries function 0 entries true false true false true
every function 1 every true false true false true
fill function 1 fill true false true false true
filter function 1 filter true false true false true
find function 1 find true false true false true
findIndex function 1 findIndex true false true false true
findLast function 1 findLast true false true false true
findLastIndex function 1 findLastIndex true false true false true
forEach function 1 forEach true false true false true
includes function 1 includes true false true false true
indexOf function 1 indexOf true false true false true
join function 1 join true false true false true
keys function 0 keys true false true false true
lastIndexOf function 1 lastIndexOf true false true false true
map function 1 map true false true false true
reduce function 1 reduce true false true false true
reduceRight function 1 reduceRight true false true false true
reverse function 0 reverse true false true false true
set function 1 set true false true false true
slice function 2 slice true false true false true
some function 1 some true false true false true
sort function 1 sort true false true false true
subarray function 2 subarray true false true false true
toLocaleString function 0 toLocaleString true false true false true
toReversed function 0 toReversed true false true false true
toSorted function 1 toSorted true false true false true
toString function 0 toString true false true false true
values function 0 values true false true false true
with function 2 with true false true false true
at TypeError TypeError TypeError TypeError TypeError TypeError
copyWithin TypeError TypeError TypeError TypeError TypeError TypeError
entries TypeError TypeError TypeError TypeError TypeError TypeError
every TypeError TypeError TypeError TypeError TypeError TypeError
fill TypeError TypeError TypeError TypeError TypeError TypeError
filter TypeError TypeError TypeError TypeError TypeError TypeError
find TypeError TypeError TypeError TypeError TypeError TypeError
findIndex TypeError TypeError TypeError TypeError TypeError TypeError
findLast TypeError TypeError TypeError TypeError TypeError TypeError
findLastIndex TypeError TypeError TypeError TypeError TypeError TypeError
forEach TypeError TypeError TypeError TypeError TypeError TypeError
includes TypeError TypeError TypeError TypeError TypeError TypeError
indexOf TypeError TypeError TypeError TypeError TypeError TypeError
join TypeError TypeError TypeError TypeError TypeError TypeError
keys TypeError TypeError TypeError TypeError TypeError TypeError
lastIndexOf TypeError TypeError TypeError TypeError TypeError TypeError
map TypeError TypeError TypeError TypeError TypeError TypeError
reduce TypeError TypeError TypeError TypeError TypeError TypeError
reduceRight TypeError TypeError TypeError TypeError TypeError TypeError
reverse TypeError TypeError TypeError TypeError TypeError TypeError
set TypeError TypeError TypeError TypeError TypeError TypeError
slice TypeError TypeError TypeError TypeError TypeError TypeError
some TypeError TypeError TypeError TypeError TypeError TypeError
sort TypeError TypeError TypeError TypeError TypeError TypeError
subarray TypeError TypeError TypeError TypeError TypeError TypeError
toLocaleString TypeError TypeError TypeError TypeError TypeError TypeError
toReversed TypeError TypeError TypeError TypeError TypeError TypeError
toSorted TypeError TypeError TypeError TypeError TypeError TypeError
values TypeError TypeError TypeError TypeError TypeError TypeError
with TypeError TypeError TypeError TypeError TypeError TypeError
true true false true
function undefined false true
from function 1 from true false true false
of function 0 of true false true false
===*/
