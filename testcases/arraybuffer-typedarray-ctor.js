/*
 * Typed array constructors given an ArrayBuffer, an iterable, a DataView or a
 * detached / out-of-bounds typed array (ES2025 23.2.5.1), for every element
 * type: byteOffset alignment and ToIndex RangeErrors, length-tracking views
 * of resizable buffers, the .buffer identity, and the forms Duktape's own
 * constructor keeps handling (length, array, typed array copy).
 * Expected output: node v26.10.0 (same code with print = console.log).
 */
/*--- {"features": ["arraybuffer", "float16", "bridge_internal"]} ---*/
function show(label, f) {
    try {
        print(label, f());
    } catch (e) {
        print(label, 'threw', e.name);
    }
}
function elems(ta) {
    var out = [];
    for (var i = 0; i < ta.length; i++) {
        out.push(ta[i]);
    }
    return '[' + out.join(',') + ']';
}
function desc(ta) {
    return ta.length + '/' + ta.byteLength + '/' + ta.byteOffset;
}
var ctors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
             Float32Array, Float64Array, Float16Array];
ctors.forEach(function (C) {
    var n = C.BYTES_PER_ELEMENT;
    var ab = new ArrayBuffer(16);
    var rab = new ArrayBuffer(16, { maxByteLength: 32 });
    var out = [C.name];
    function add(label, f) {
        try {
            out.push(label + '=' + f());
        } catch (e) {
            out.push(label + '=' + e.name);
        }
    }
    add('ab', function () { return desc(new C(ab)); });
    add('ab,n', function () { return desc(new C(ab, n)); });
    add('ab,1', function () { return desc(new C(ab, 1)); });
    add('ab,n,1', function () { return desc(new C(ab, n, 1)); });
    add('ab,0,17/n', function () { return desc(new C(ab, 0, Math.floor(16 / n) + 1)); });
    add('ab,16', function () { return desc(new C(ab, 16)); });
    add('ab,-n', function () { return desc(new C(ab, -n)); });
    add('rab', function () { return desc(new C(rab)); });
    add('rab,n', function () { return desc(new C(rab, n)); });
    var t = new C(rab, n);
    rab.resize(24);
    add('grown', function () { return desc(t); });
    add('buffer', function () { return t.buffer === rab; });
    add('odd ab', function () { return desc(new C(new ArrayBuffer(n + 1))); });
    add('odd rab', function () { return desc(new C(new ArrayBuffer(n + 1, { maxByteLength: 64 }))); });
    print(out.join(' '));
});

print('-- other sources');
var it = {};
it[Symbol.iterator] = function () {
    var values = [3, '4', 300, -1], i = 0;
    return { next: function () { return i < values.length ? { value: values[i++], done: false } : { value: 'x', done: true }; } };
};
show('Uint8Array(iterable)', function () { return elems(new Uint8Array(it)); });
show('Int16Array(iterable)', function () { return elems(new Int16Array(it)); });
show('Float32Array(iterable)', function () { return elems(new Float32Array(it)); });
var nullIt = { length: 2, 0: 5, 1: 6 };
nullIt[Symbol.iterator] = null;
show('iterator null: array-like', function () { return elems(new Uint8Array(nullIt)); });
var badIt = {};
badIt[Symbol.iterator] = function () { return 5; };
show('iterator returns a number', function () { return new Uint8Array(badIt); });
var badNext = {};
badNext[Symbol.iterator] = function () { return { next: function () { return 1; } }; };
show('next returns a number', function () { return new Uint8Array(badNext); });
var throwing = {};
throwing[Symbol.iterator] = function () { throw new RangeError('from iterator'); };
show('iterator throws', function () { return new Uint8Array(throwing); });
show('Uint8Array(DataView)', function () { return desc(new Uint8Array(new DataView(new ArrayBuffer(4)))); });
show('Float64Array(DataView)', function () { return desc(new Float64Array(new DataView(new ArrayBuffer(8)))); });
show('Uint8Array(5)', function () { return desc(new Uint8Array(5)); });
show('Uint8Array(-1)', function () { return desc(new Uint8Array(-1)); });
show('Int16Array([1, 70000])', function () { return elems(new Int16Array([1, 70000])); });
show('Uint8ClampedArray(Float64Array)', function () { return elems(new Uint8ClampedArray(new Float64Array([-5, 1.5, 2.5, 300]))); });
show('Float32Array(Float16Array)', function () { return elems(new Float32Array(new Float16Array([0.1, 2]))); });
show('Uint16Array(Float16Array)', function () { return elems(new Uint16Array(new Float16Array([1.5, 70000]))); });
var det = new Int32Array([1, 2]);
det.buffer.transfer();
show('Uint8Array(detached)', function () { return new Uint8Array(det); });
var shrink = new ArrayBuffer(8, { maxByteLength: 8 });
var oob = new Uint16Array(shrink, 4, 2);
shrink.resize(6);
show('Uint8Array(out of bounds)', function () { return new Uint8Array(oob); });
var trk = new Uint16Array(shrink);
trk[0] = 9;
show('Uint8Array(length-tracking)', function () { return elems(new Uint8Array(trk)); });
show('call without new', function () { return Int8Array(2); });

/*===
Int8Array ab=16/16/0 ab,n=15/15/1 ab,1=15/15/1 ab,n,1=1/1/1 ab,0,17/n=RangeError ab,16=0/0/16 ab,-n=RangeError rab=16/16/0 rab,n=15/15/1 grown=23/23/1 buffer=true odd ab=2/2/0 odd rab=2/2/0
Uint8Array ab=16/16/0 ab,n=15/15/1 ab,1=15/15/1 ab,n,1=1/1/1 ab,0,17/n=RangeError ab,16=0/0/16 ab,-n=RangeError rab=16/16/0 rab,n=15/15/1 grown=23/23/1 buffer=true odd ab=2/2/0 odd rab=2/2/0
Uint8ClampedArray ab=16/16/0 ab,n=15/15/1 ab,1=15/15/1 ab,n,1=1/1/1 ab,0,17/n=RangeError ab,16=0/0/16 ab,-n=RangeError rab=16/16/0 rab,n=15/15/1 grown=23/23/1 buffer=true odd ab=2/2/0 odd rab=2/2/0
Int16Array ab=8/16/0 ab,n=7/14/2 ab,1=RangeError ab,n,1=1/2/2 ab,0,17/n=RangeError ab,16=0/0/16 ab,-n=RangeError rab=8/16/0 rab,n=7/14/2 grown=11/22/2 buffer=true odd ab=RangeError odd rab=1/2/0
Uint16Array ab=8/16/0 ab,n=7/14/2 ab,1=RangeError ab,n,1=1/2/2 ab,0,17/n=RangeError ab,16=0/0/16 ab,-n=RangeError rab=8/16/0 rab,n=7/14/2 grown=11/22/2 buffer=true odd ab=RangeError odd rab=1/2/0
Int32Array ab=4/16/0 ab,n=3/12/4 ab,1=RangeError ab,n,1=1/4/4 ab,0,17/n=RangeError ab,16=0/0/16 ab,-n=RangeError rab=4/16/0 rab,n=3/12/4 grown=5/20/4 buffer=true odd ab=RangeError odd rab=1/4/0
Uint32Array ab=4/16/0 ab,n=3/12/4 ab,1=RangeError ab,n,1=1/4/4 ab,0,17/n=RangeError ab,16=0/0/16 ab,-n=RangeError rab=4/16/0 rab,n=3/12/4 grown=5/20/4 buffer=true odd ab=RangeError odd rab=1/4/0
Float32Array ab=4/16/0 ab,n=3/12/4 ab,1=RangeError ab,n,1=1/4/4 ab,0,17/n=RangeError ab,16=0/0/16 ab,-n=RangeError rab=4/16/0 rab,n=3/12/4 grown=5/20/4 buffer=true odd ab=RangeError odd rab=1/4/0
Float64Array ab=2/16/0 ab,n=1/8/8 ab,1=RangeError ab,n,1=1/8/8 ab,0,17/n=RangeError ab,16=0/0/16 ab,-n=RangeError rab=2/16/0 rab,n=1/8/8 grown=2/16/8 buffer=true odd ab=RangeError odd rab=1/8/0
Float16Array ab=8/16/0 ab,n=7/14/2 ab,1=RangeError ab,n,1=1/2/2 ab,0,17/n=RangeError ab,16=0/0/16 ab,-n=RangeError rab=8/16/0 rab,n=7/14/2 grown=11/22/2 buffer=true odd ab=RangeError odd rab=1/2/0
-- other sources
Uint8Array(iterable) [3,4,44,255]
Int16Array(iterable) [3,4,300,-1]
Float32Array(iterable) [3,4,300,-1]
iterator null: array-like [5,6]
iterator returns a number threw TypeError
next returns a number threw TypeError
iterator throws threw RangeError
Uint8Array(DataView) 0/0/0
Float64Array(DataView) 0/0/0
Uint8Array(5) 5/5/0
Uint8Array(-1) threw RangeError
Int16Array([1, 70000]) [1,4464]
Uint8ClampedArray(Float64Array) [0,2,2,255]
Float32Array(Float16Array) [0.0999755859375,2]
Uint16Array(Float16Array) [1,0]
Uint8Array(detached) threw TypeError
Uint8Array(out of bounds) threw TypeError
Uint8Array(length-tracking) [9,0,0]
call without new threw TypeError
===*/
