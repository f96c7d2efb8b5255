/*
 * typedarray-detach: detached, shrunk and grown (resizable) buffers, at entry and from valueOf, callbacks, comparators and iterators
 *
 * Expected output: node v26.10.0 running this file with
 *   print = function () { console.log(Array.prototype.map.call(arguments, String).join(' ')); }
 */
/*--- {"features": ["typedarray", "arraybuffer", "bridge_internal"]} ---*/
/* Detached and shrunk buffers: at entry, and from user code that runs in the
 * middle of a method (valueOf of an argument, a callback, a comparator). */
function s(a) { return Array.prototype.join.call(a, ','); }
function tryit(f) { try { var r = f(); return r && typeof r === 'object' ? '[' + s(r) + ']' : r; } catch (e) { return e.name; } }
function tracking(n, T) {
	var ab = new ArrayBuffer(n * (T || Uint8Array).BYTES_PER_ELEMENT, { maxByteLength: 64 });
	var a = new (T || Uint8Array)(ab);
	for (var i = 0; i < n; i++) a[i] = i + 1;
	return a;
}
function fixed(n) {
	var a = new Uint8Array(n);
	for (var i = 0; i < n; i++) a[i] = i + 1;
	return a;
}
function detach(a) { a.buffer.transfer(); }
function shrink(a, bytes) { a.buffer.resize(bytes); }
function detacher(a, ret) { return { valueOf: function () { detach(a); return ret; } }; }
function shrinker(a, bytes, ret) { return { valueOf: function () { shrink(a, bytes); return ret; } }; }
var cb = function () { return true; };

print('detached at entry');
var names = ['at', 'copyWithin', 'entries', 'every', 'fill', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'forEach',
	'includes', 'indexOf', 'join', 'keys', 'lastIndexOf', 'map', 'reduce', 'reduceRight', 'reverse', 'set', 'slice', 'some', 'sort',
	'subarray', 'toLocaleString', 'toReversed', 'toSorted', 'toString', 'values', 'with'];
names.forEach(function (n) {
	var d = fixed(4); detach(d);
	var o = tracking(4); var fx = new Uint8Array(o.buffer, 0, 4); shrink(o, 2);
	var args = n === 'set' ? [[1]] : n === 'with' ? [0, 1] : n === 'sort' || n === 'toSorted' ? [function (x, y) { return y - x; }] : n === 'toString' || n === 'join' ? [] : [cb];
	print(n, tryit(function () { return d[n].apply(d, args); }), tryit(function () { return fx[n].apply(fx, args); }),
	      tryit(function () { return o[n].apply(o, args); }));
});
var d = fixed(2); detach(d);
print(d.length, d.byteLength, d.byteOffset, d[Symbol.toStringTag], tryit(function () { return Uint8Array.from(d); }), tryit(function () { new Uint8Array(2).set(d); }));

print('coercion detaches');
var a;
a = fixed(4); print('at', tryit(function () { return a.at(detacher(a, 0)); }));
a = fixed(4); print('fill value', tryit(function () { return a.fill(detacher(a, 1)); }));
a = fixed(4); print('fill end', tryit(function () { return a.fill(1, 0, detacher(a, 2)); }));
a = fixed(4); print('copyWithin', tryit(function () { return a.copyWithin(0, detacher(a, 1)); }));
a = fixed(4); print('copyWithin empty', tryit(function () { return a.copyWithin(0, 1, detacher(a, 1)); }));
a = fixed(4); print('slice', tryit(function () { return a.slice(detacher(a, 1)); }));
a = fixed(4); print('slice empty', tryit(function () { return a.slice(1, detacher(a, 1)); }));
a = fixed(4); print('subarray', tryit(function () { return a.subarray(detacher(a, 1)); }));
a = fixed(4); print('with index', tryit(function () { return a.with(detacher(a, 0), 5); }));
a = fixed(4); print('with value', tryit(function () { return a.with(0, detacher(a, 5)); }));
a = fixed(4); print('set offset', tryit(function () { return a.set([1], detacher(a, 0)); }));
a = fixed(4); print('set element', tryit(function () { return a.set([detacher(a, 9), 8]); }), a.length);
a = fixed(4); print('set typed', tryit(function () { return a.set(new Uint8Array(1), detacher(a, 0)); }));
a = fixed(4); print('includes', tryit(function () { return a.includes(undefined, detacher(a, 0)); }), tryit(function () { var b = fixed(4); return b.includes(1, detacher(b, 0)); }));
a = fixed(4); print('indexOf', tryit(function () { return a.indexOf(undefined, detacher(a, 0)); }), tryit(function () { var b = fixed(4); return b.indexOf(1, detacher(b, 0)); }));
a = fixed(4); print('lastIndexOf', tryit(function () { return a.lastIndexOf(1, detacher(a, 3)); }));
a = fixed(4); print('join', tryit(function () { return a.join({ toString: function () { detach(a); return '-'; } }); }));

print('coercion shrinks');
a = tracking(6); print('at', tryit(function () { return a.at(shrinker(a, 2, 4)); }), tryit(function () { var b = tracking(6); return b.at(shrinker(b, 2, 1)); }));
a = tracking(6); print('fill', tryit(function () { return a.fill(9, shrinker(a, 4, 1)); }), a.length);
a = tracking(6); print('fill past', tryit(function () { return a.fill(9, shrinker(a, 2, 3)); }));
a = tracking(6); print('copyWithin', tryit(function () { return a.copyWithin(2, 0, shrinker(a, 5, 6)); }));
a = tracking(6); print('copyWithin back', tryit(function () { return a.copyWithin(0, 2, shrinker(a, 5, 6)); }));
a = tracking(6); print('slice', tryit(function () { return a.slice(shrinker(a, 4, 1)); }));
a = tracking(6); print('slice past', tryit(function () { return a.slice(shrinker(a, 2, 3), 5); }));
a = tracking(6); print('with', tryit(function () { return a.with(shrinker(a, 3, 0), 9); }), tryit(function () { var b = tracking(6); return b.with(shrinker(b, 3, 4), 9); }));
a = tracking(6); print('with value', tryit(function () { return a.with(0, shrinker(a, 3, 9)); }));
a = tracking(6); print('set', tryit(function () { return a.set([7, 7], shrinker(a, 3, 2)); }), tryit(function () { var b = tracking(6); return b.set([7, 7], shrinker(b, 3, 1)); }));
a = tracking(6); print('set elements', tryit(function () { a.set([shrinker(a, 2, 7), 8, 9]); return a; }));
a = tracking(6); print('includes', tryit(function () { return a.includes(undefined, shrinker(a, 3, 0)); }), tryit(function () { var b = tracking(6); return b.includes(6, shrinker(b, 3, 0)); }));
a = tracking(6); print('indexOf', tryit(function () { return a.indexOf(3, shrinker(a, 3, 0)); }), tryit(function () { var b = tracking(6); return b.lastIndexOf(5, shrinker(b, 3, 5)); }));
a = tracking(6); print('join', tryit(function () { return a.join({ toString: function () { shrink(a, 2); return ';'; } }); }));
a = tracking(6, Float64Array); print('fill f64', tryit(function () { return a.fill(0.5, shrinker(a, 24, 1)); }));
a = tracking(6); var sub = a.subarray(2); var sub2 = a.subarray(2, 4); shrink(a, 4); print('subarray tracking', s(sub), sub.length, s(sub2), tryit(function () { return sub2.length; })); a.buffer.resize(8); print(sub.length, s(sub), s(sub2));

print('callbacks');
a = fixed(4); print('forEach', tryit(function () { var seen = []; a.forEach(function (v, i) { seen.push(v); if (i === 1) detach(a); }); return seen.join('/'); }));
a = tracking(4); print('forEach shrink', tryit(function () { var seen = []; a.forEach(function (v, i) { seen.push(v); if (i === 0) shrink(a, 2); }); return seen.join('/'); }));
a = fixed(4); print('map', tryit(function () { return a.map(function (v, i) { if (i === 1) detach(a); return v * 2; }); }));
a = tracking(4, Float32Array); print('map f32', tryit(function () { return a.map(function (v, i) { if (i === 1) shrink(a, 8); return v; }); }));
a = fixed(4); print('filter', tryit(function () { return a.filter(function (v, i) { if (i === 1) detach(a); return true; }); }));
a = tracking(4, Float64Array); print('filter f64', tryit(function () { return a.filter(function (v, i) { if (i === 1) shrink(a, 16); return true; }); }));
a = fixed(4); print('every', tryit(function () { return a.every(function (v, i) { if (i === 0) detach(a); return i < 2 || v === undefined; }); }));
a = fixed(4); print('some', tryit(function () { return a.some(function (v, i) { if (i === 0) detach(a); return v === undefined; }); }));
a = fixed(4); print('find', tryit(function () { return a.find(function (v, i) { if (i === 0) detach(a); return i === 2; }); }), tryit(function () { var b = fixed(3); return b.findIndex(function (v, i) { detach(b); return v === undefined; }); }));
a = tracking(4); print('findLast', tryit(function () { return a.findLast(function (v, i) { if (i === 3) shrink(a, 1); return false; }); }), tryit(function () { var b = tracking(4); return b.findLastIndex(function (v, i) { if (i === 3) shrink(b, 1); return v === undefined && i === 1; }); }));
a = fixed(4); print('reduce', tryit(function () { return a.reduce(function (acc, v, i) { if (i === 1) detach(a); return acc + '|' + v; }); }));
a = tracking(4); print('reduceRight', tryit(function () { return a.reduceRight(function (acc, v, i) { if (i === 3) shrink(a, 2); return acc + '|' + v; }, ''); }));
a = fixed(4); print('toLocaleString', tryit(function () { var saved = Number.prototype.toLocaleString; Number.prototype.toLocaleString = function () { detach(a); return 'x'; }; try { return a.toLocaleString(); } finally { Number.prototype.toLocaleString = saved; } }));

print('comparators');
a = fixed(4); print('sort detach', tryit(function () { a.sort(function (x, y) { detach(a); return y - x; }); return a.length; }));
a = tracking(6); print('sort shrink', tryit(function () { return a.sort(function (x, y) { shrink(a, 3); return y - x; }); }));
a = tracking(6); print('toSorted shrink', tryit(function () { return a.toSorted(function (x, y) { shrink(a, 3); return y - x; }); }), s(a));
a = fixed(4); print('toSorted detach', tryit(function () { return a.toSorted(function (x, y) { detach(a); return y - x; }); }));
a = tracking(4); print('sort grow', tryit(function () { return a.sort(function (x, y) { a.buffer.resize(6); return y - x; }); }));

print('iterators');
a = fixed(3); var it = a.values(); print(JSON.stringify(it.next())); detach(a); print(tryit(function () { return it.next(); }), tryit(function () { return it.next(); }));
a = tracking(3); it = a.entries(); it.next(); shrink(a, 1); print(JSON.stringify(it.next()), JSON.stringify(it.next()));
a = tracking(3); it = a.keys(); it.next(); shrink(a, 1); a.buffer.resize(3); print(JSON.stringify(it.next()));
a = tracking(2); it = a.values(); it.next(); it.next(); a.buffer.resize(4); print(JSON.stringify(it.next()));
a = fixed(3); it = a.keys(); it.next(); it.next(); it.next(); it.next(); detach(a); print(JSON.stringify(it.next()));
a = fixed(3); print('from map detach', tryit(function () { return Int16Array.from(a, function (v) { detach(a); return v * 3; }); }));

print('coercion grows');
function grower(a, bytes, ret) { return { valueOf: function () { a.buffer.resize(bytes); return ret; } }; }
a = tracking(4); print('with', tryit(function () { return a.with(grower(a, 6, 5), 9); }), a.length);
a = tracking(4); print('with value', tryit(function () { return a.with(3, grower(a, 6, 9)); }));
a = tracking(4); print('fill', tryit(function () { return a.fill(7, grower(a, 6, 1)); }));
a = tracking(4); print('slice', tryit(function () { return a.slice(grower(a, 6, 1)); }));
a = tracking(4); print('copyWithin', tryit(function () { return a.copyWithin(0, grower(a, 6, 1)); }));
a = tracking(4); print('includes', tryit(function () { return a.includes(0, grower(a, 6, 0)); }), tryit(function () { var b = tracking(4); return b.indexOf(0, grower(b, 6, 0)); }));
a = tracking(4); print('join', tryit(function () { return a.join({ toString: function () { a.buffer.resize(6); return '+'; } }); }));
a = tracking(4); print('set', tryit(function () { a.set([1, 1, 1, 1, 1], grower(a, 6, 1)); return a; }));
a = tracking(2); print('map', tryit(function () { return a.map(function (v, i) { a.buffer.resize(4); return v; }); }), s(a));
a = tracking(2); print('sort', tryit(function () { return a.sort(function (x, y) { a.buffer.resize(4); return y - x; }); }));

/*===
detached at entry
at TypeError TypeError 1
copyWithin TypeError TypeError [1,2]
entries TypeError TypeError []
every TypeError TypeError true
fill TypeError TypeError [0,0]
filter TypeError TypeError [1,2]
find TypeError TypeError 1
findIndex TypeError TypeError 0
findLast TypeError TypeError 2
findLastIndex TypeError TypeError 1
forEach TypeError TypeError undefined
includes TypeError TypeError false
indexOf TypeError TypeError -1
join TypeError TypeError 1,2
keys TypeError TypeError []
lastIndexOf TypeError TypeError -1
map TypeError TypeError [1,1]
reduce TypeError TypeError true
reduceRight TypeError TypeError true
reverse TypeError TypeError [2,1]
set TypeError TypeError undefined
slice TypeError TypeError [1,2]
some TypeError TypeError true
sort TypeError TypeError [2,1]
subarray TypeError [] [1,2]
toLocaleString TypeError TypeError 1,2
toReversed TypeError TypeError [2,1]
toSorted TypeError TypeError [2,1]
toString TypeError TypeError 1,2
values TypeError TypeError []
with TypeError TypeError [1,2]
0 0 0 Uint8Array TypeError TypeError
coercion detaches
at undefined
fill value TypeError
fill end TypeError
copyWithin TypeError
copyWithin empty []
slice TypeError
slice empty []
subarray TypeError
with index RangeError
with value RangeError
set offset TypeError
set element undefined 0
set typed TypeError
includes true false
indexOf -1 -1
lastIndexOf -1
join ---
coercion shrinks
at undefined 2
fill [1,9,9,9] 4
fill past [1,2]
copyWithin [1,2,1,2,3]
copyWithin back [3,4,5,4,5]
slice [2,3,4,0,0]
slice past [0,0]
with [9,2,3,0,0,0] RangeError
with value [9,2,3,0,0,0]
set RangeError undefined
set elements [7,8]
includes true false
indexOf 2 -1
join 1;2;;;;
fill f64 [1,0.5,0.5]
subarray tracking 3,4 2 3,4 2
6 3,4,0,0,0,0 3,4
callbacks
forEach 1/2//
forEach shrink 1/2//
map [2,4,0,0]
map f32 [1,2,NaN,NaN]
filter [1,2,0,0]
filter f64 [1,2,NaN,NaN]
every true
some true
find undefined TypeError
findLast undefined 1
reduce 1|2|undefined|undefined
reduceRight |4|undefined|2|1
toLocaleString x,,,
comparators
sort detach TypeError
sort shrink [6,5,4]
toSorted shrink [6,5,4,3,2,1] 1,2,3
toSorted detach TypeError
sort grow [4,3,2,1,0,0]
iterators
{"value":1,"done":false}
TypeError TypeError
{"done":true} {"done":true}
{"value":1,"done":false}
{"value":0,"done":false}
{"done":true}
from map detach TypeError
coercion grows
with [1,2,3,4] 6
with value [1,2,3,9]
fill [1,7,7,7,0,0]
slice [2,3,4]
copyWithin [2,3,4,4,0,0]
includes false -1
join 1+2+3+4
set [1,1,1,1,1,1]
map [1,2] 1,2,0,0
sort [2,1,0,0]
===*/
