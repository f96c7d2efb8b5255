/*
 * Float16Array (ES2025 23.2, element type Float16): constructor forms
 * (length, array, array-like, iterable, typed array, ArrayBuffer with offset
 * and length, resizable buffer), BYTES_PER_ELEMENT, prototype chain, binary16
 * rounding of element writes, numeric keys, detached and length-tracking
 * instances, DataView getFloat16/setFloat16 over the same bytes.
 * Expected output: node v26.10.0 (same code with print = console.log).
 */
/*--- {"features": ["float16", "arraybuffer", "dataview", "bridge_internal"]} ---*/
function show(label, f) {
    try {
        print(label, f());
    } catch (e) {
        print(label, 'threw', e.name);
    }
}
function num(x) {
    return x === 0 && 1 / x < 0 ? '-0' : String(x);
}
function elems(ta) {
    var out = [];
    for (var i = 0; i < ta.length; i++) {
        out.push(num(ta[i]));
    }
    return '[' + out.join(',') + ']';
}
function desc(ta) {
    return ta.length + '/' + ta.byteLength + '/' + ta.byteOffset + ' ' + elems(ta);
}
var TA = Object.getPrototypeOf(Uint8Array);

print('-- shape');
print(typeof Float16Array, Float16Array.name, Float16Array.length, Float16Array.BYTES_PER_ELEMENT, Float16Array.prototype.BYTES_PER_ELEMENT);
print(Object.getPrototypeOf(Float16Array) === TA, Object.getPrototypeOf(Float16Array.prototype) === TA.prototype);
print(Float16Array.prototype.constructor === Float16Array);
var d = Object.getOwnPropertyDescriptor(Float16Array, 'BYTES_PER_ELEMENT');
print(d.value, d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(Float16Array, 'prototype');
print(d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor((function () { return this; })(), 'Float16Array');
print(d.writable, d.enumerable, d.configurable);
var h = new Float16Array(3);
print(h instanceof Float16Array, Object.getPrototypeOf(h) === Float16Array.prototype, h.constructor === Float16Array);
print(h.BYTES_PER_ELEMENT, ArrayBuffer.isView(h), h.buffer instanceof ArrayBuffer, h.buffer.byteLength);

print('-- constructor forms');
show('()', function () { return desc(new Float16Array()); });
show('(4)', function () { return desc(new Float16Array(4)); });
show('("2")', function () { return desc(new Float16Array('2')); });
show('(2.7)', function () { return desc(new Float16Array(2.7)); });
show('(null)', function () { return desc(new Float16Array(null)); });
show('(-1)', function () { return desc(new Float16Array(-1)); });
show('(Infinity)', function () { return desc(new Float16Array(Infinity)); });
show('call', function () { return Float16Array(2); });
show('array', function () { return desc(new Float16Array([1, -2.5, 0.1, '3', null, undefined, -0])); });
show('array-like', function () { return desc(new Float16Array({ length: 3, 0: 7, 2: 1e9 })); });
show('array-like length "2"', function () { return desc(new Float16Array({ length: '2', 0: 1, 1: 2 })); });
show('object without length', function () { return desc(new Float16Array({ a: 1 })); });
show('Float64Array', function () { return desc(new Float16Array(new Float64Array([1 / 3, 65504, 65520, 1e-8]))); });
show('Uint8Array', function () { return desc(new Float16Array(new Uint8Array([0, 128, 255]))); });
show('Float16Array', function () { return desc(new Float16Array(new Float16Array([1.5, -3]))); });
var it = {};
it[Symbol.iterator] = function () {
    var n = 0;
    return { next: function () { n++; return { value: n / 4, done: n > 3 }; } };
};
show('iterable', function () { return desc(new Float16Array(it)); });
var bad = {};
bad[Symbol.iterator] = 1;
show('non-callable iterator', function () { return desc(new Float16Array(bad)); });
var buf = new ArrayBuffer(10);
new Uint16Array(buf)[1] = 0x3c00;
show('(buffer)', function () { return desc(new Float16Array(buf)); });
show('(buffer, 2)', function () { return desc(new Float16Array(buf, 2)); });
show('(buffer, 2, 3)', function () { return desc(new Float16Array(buf, 2, 3)); });
show('(buffer, 1)', function () { return desc(new Float16Array(buf, 1)); });
show('(buffer, 2, 5)', function () { return desc(new Float16Array(buf, 2, 5)); });
show('(buffer, 12)', function () { return desc(new Float16Array(buf, 12)); });
show('(odd buffer)', function () { return desc(new Float16Array(new ArrayBuffer(3))); });
show('buffer shared', function () { return new Float16Array(buf).buffer === buf; });

print('-- element conversion');
var c = new Float16Array(1);
[1, 0.1, 1 / 3, 2049, 2051, 2047.5, 65504, 65519, 65520, 1e6, -1e6, 6.1e-5, 5.96e-8, 2.98e-8, 2.99e-8, 1e-10,
 -1e-10, NaN, Infinity, -Infinity, -0, '1.5', '0x10', true, null, undefined, {}].forEach(function (v) {
    c[0] = v;
    print(num(typeof v === 'object' && v !== null ? 'object' : v), '->', num(c[0]));
});
show('value.valueOf throws', function () { c[0] = { valueOf: function () { throw new RangeError('x'); } }; });

print('-- keys');
var k = new Float16Array([1, 2]);
print(0 in k, 1 in k, 2 in k, -1 in k, '-0' in k, '1.5' in k, 'foo' in k, 'length' in k);
print(k['1'], k['1.0'], k[-1], k['-0'], k[2], k.foo);
k['1.0'] = 5;
k[2] = 6;
k['-0'] = 7;
k.foo = 8;
print(k['1.0'], k[2], k['-0'], k.foo, k.length, elems(k));
print(Object.keys(k).join());
print(delete k[0], delete k[5], delete k.foo, k.foo, elems(k));
print(JSON.stringify(k));

print('-- over a resizable buffer');
var rab = new ArrayBuffer(6, { maxByteLength: 12 });
var track = new Float16Array(rab);
var fixed = new Float16Array(rab, 2, 2);
track[0] = 1; track[1] = 2; track[2] = 3;
print(desc(track), desc(fixed));
rab.resize(12);
print(desc(track), desc(fixed));
rab.resize(4);
print(desc(track), desc(fixed), fixed[0]);
rab.resize(5);
print(desc(track));
var dv = new DataView(rab);
var LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1; /* elements are in platform order */
dv.setFloat16(0, 0.5, LE);
print(track[0], dv.getFloat16(2, LE), dv.getFloat16(0, !LE));
show('dv.getFloat16(4)', function () { return dv.getFloat16(4); });
show('dv.getFloat16(3)', function () { return typeof dv.getFloat16(3); });

print('-- detached');
var dh = new Float16Array([1, 2, 3]);
var moved = dh.buffer.transfer();
print(desc(dh), dh[0], 0 in dh, new Float16Array(moved)[2]);
show('copy detached', function () { return new Float16Array(dh); });
show('view of detached buffer', function () { return new Float16Array(dh.buffer); });

/*===
-- shape
function Float16Array 3 2 2
true true
true
2 false false false
false false false
true false true
true true true
2 true true 6
-- constructor forms
() 0/0/0 []
(4) 4/8/0 [0,0,0,0]
("2") 2/4/0 [0,0]
(2.7) 2/4/0 [0,0]
(null) 0/0/0 []
(-1) threw RangeError
(Infinity) threw RangeError
call threw TypeError
array 7/14/0 [1,-2.5,0.0999755859375,3,0,NaN,-0]
array-like 3/6/0 [7,NaN,Infinity]
array-like length "2" 2/4/0 [1,2]
object without length 0/0/0 []
Float64Array 4/8/0 [0.333251953125,65504,Infinity,0]
Uint8Array 3/6/0 [0,128,255]
Float16Array 2/4/0 [1.5,-3]
iterable 3/6/0 [0.25,0.5,0.75]
non-callable iterator threw TypeError
(buffer) 5/10/0 [0,1,0,0,0]
(buffer, 2) 4/8/2 [1,0,0,0]
(buffer, 2, 3) 3/6/2 [1,0,0]
(buffer, 1) threw RangeError
(buffer, 2, 5) threw RangeError
(buffer, 12) threw RangeError
(odd buffer) threw RangeError
buffer shared true
-- element conversion
1 -> 1
0.1 -> 0.0999755859375
0.3333333333333333 -> 0.333251953125
2049 -> 2048
2051 -> 2052
2047.5 -> 2048
65504 -> 65504
65519 -> 65504
65520 -> Infinity
1000000 -> Infinity
-1000000 -> -Infinity
0.000061 -> 0.00006097555160522461
5.96e-8 -> 5.960464477539063e-8
2.98e-8 -> 0
2.99e-8 -> 5.960464477539063e-8
1e-10 -> 0
-1e-10 -> -0
NaN -> NaN
Infinity -> Infinity
-Infinity -> -Infinity
-0 -> -0
1.5 -> 1.5
0x10 -> 16
true -> 1
null -> 0
undefined -> NaN
object -> NaN
value.valueOf throws threw RangeError
-- keys
true true false false false false false true
2 undefined undefined undefined undefined undefined
5 undefined undefined 8 2 [1,2]
0,1,1.0,foo
false true true undefined [1,2]
{"0":1,"1":2,"1.0":5}
-- over a resizable buffer
3/6/0 [1,2,3] 2/4/2 [2,3]
6/12/0 [1,2,3,0,0,0] 2/4/2 [2,3]
2/4/0 [1,2] 0/0/0 [] undefined
2/4/0 [1,2]
0.5 2 0.000003337860107421875
dv.getFloat16(4) threw RangeError
dv.getFloat16(3) number
-- detached
0/0/0 [] undefined false 3
copy detached threw TypeError
view of detached buffer threw TypeError
===*/
