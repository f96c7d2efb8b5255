/*
 * Views of a resizable ArrayBuffer (ES2025 10.4.5, 23.2.5.1.3, 25.3.2.1):
 * length-tracking typed arrays and DataViews follow the buffer, fixed-length
 * views go out of bounds when it shrinks (length / byteLength / byteOffset
 * read 0, elements read undefined, DataView access throws TypeError) and come
 * back when it grows; constructor RangeErrors for offsets and lengths.
 * Expected output: node v26.10.0 (same code with print = console.log).
 */
/*--- {"features": ["arraybuffer", "float16", "dataview", "bridge_internal"]} ---*/
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
function ta(v) {
    return [v.length, v.byteLength, v.byteOffset].join('/');
}
function dvs(v) {
    try {
        return [v.byteLength, v.byteOffset].join('/');
    } catch (e) {
        return e.name;
    }
}
var rab = new ArrayBuffer(8, { maxByteLength: 16 });
var bytes = new Uint8Array(rab);
for (var i = 0; i < 8; i++) {
    bytes[i] = i >> 1; /* byte pairs: 16-bit elements read the same in either byte order */
}
var track8 = new Uint8Array(rab);
var track16 = new Uint16Array(rab, 2);
var track32 = new Int32Array(rab, 4);
var fixed8 = new Uint8Array(rab, 2, 4);
var fixed64 = new Float64Array(rab, 0, 1);
var dvTrack = new DataView(rab, 3);
var dvFixed = new DataView(rab, 1, 5);
var all = function (label) {
    print(label, 'rab', rab.byteLength, '|', ta(track8), ta(track16), ta(track32), ta(fixed8), ta(fixed64),
          '|', dvs(dvTrack), dvs(dvFixed));
};
all('start');
print(elems(track8), elems(track16), elems(fixed8));
rab.resize(13);
all('13');
print(elems(track8), elems(fixed8), track8[12], track8[13]);
rab.resize(7);
all('7');
print(track8[6], track8[7], fixed64[0], elems(track32));
rab.resize(5);
all('5');
print(fixed8[0], fixed8[3], elems(fixed8), elems(track16));
show('dvFixed.getUint8(0)', function () { return dvFixed.getUint8(0); });
show('dvFixed.setUint8(0, 1)', function () { return dvFixed.setUint8(0, 1); });
show('dvTrack.getUint8(1)', function () { return dvTrack.getUint8(1); });
show('dvTrack.getUint8(2)', function () { return dvTrack.getUint8(2); });
show('dvTrack.getUint16(1)', function () { return dvTrack.getUint16(1); });
rab.resize(3);
all('3');
show('dvTrack.getUint8(0)', function () { return dvTrack.getUint8(0); });
rab.resize(1);
all('1');
rab.resize(0);
all('0');
rab.resize(16);
all('16');
print(elems(track8));
print(elems(fixed8), fixed64[0]);
track16[0] = 0x0101;
print(track8[2], track8[3], dvTrack.getUint8(0), new DataView(rab).getUint16(2, true));

print('-- construction');
var r = new ArrayBuffer(6, { maxByteLength: 8 });
show('Uint16Array(r, 1)', function () { return ta(new Uint16Array(r, 1)); });
show('Uint16Array(r, 6)', function () { return ta(new Uint16Array(r, 6)); });
show('Uint16Array(r, 8)', function () { return ta(new Uint16Array(r, 8)); });
show('Uint32Array(r)', function () { return ta(new Uint32Array(r)); });
show('Uint32Array(r, 4, 1)', function () { return ta(new Uint32Array(r, 4, 1)); });
show('Uint32Array(r, 4, 2)', function () { return ta(new Uint32Array(r, 4, 2)); });
show('Uint8Array(r, -1)', function () { return ta(new Uint8Array(r, -1)); });
show('Uint8Array(r, 0, -1)', function () { return ta(new Uint8Array(r, 0, -1)); });
show('DataView(r, 7)', function () { return dvs(new DataView(r, 7)); });
show('DataView(r, 6)', function () { return dvs(new DataView(r, 6)); });
show('DataView(r, 2, 5)', function () { return dvs(new DataView(r, 2, 5)); });
show('DataView(r, 2, 4)', function () { return dvs(new DataView(r, 2, 4)); });
show('DataView(r, -1)', function () { return dvs(new DataView(r, -1)); });
show('DataView({})', function () { return dvs(new DataView({})); });
show('DataView(Uint8Array)', function () { return dvs(new DataView(new Uint8Array(2))); });
show('DataView()', function () { return dvs(new DataView()); });
show('DataView(r) call', function () { return DataView(r); });
show('Uint8Array(r) call', function () { return Uint8Array(r); });
var f = new ArrayBuffer(6);
show('Uint32Array(fixed)', function () { return ta(new Uint32Array(f)); });
show('Uint16Array(fixed, 2)', function () { return ta(new Uint16Array(f, 2)); });
show('Uint16Array(fixed, 8)', function () { return ta(new Uint16Array(f, 8)); });
show('DataView(fixed, 2)', function () { return dvs(new DataView(f, 2)); });
var v = new Uint8Array(r);
print(v.buffer === r, new DataView(r).buffer === r);

print('-- getters on other objects');
var taLen = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'byteLength').get;
var dvLen = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
show('TA byteLength on DataView', function () { return taLen.call(new DataView(r)); });
show('TA byteLength on ArrayBuffer', function () { return taLen.call(r); });
show('TA byteLength on {}', function () { return taLen.call({}); });
show('DV byteLength on Uint8Array', function () { return dvLen.call(new Uint8Array(2)); });
show('DV byteLength on {}', function () { return dvLen.call({}); });

print('-- getter shapes');
var TAP = Object.getPrototypeOf(Uint8Array.prototype);
['byteLength', 'byteOffset', 'length'].forEach(function (name) {
    var d = Object.getOwnPropertyDescriptor(TAP, name);
    print('%TypedArray%.prototype.' + name, typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
});
['byteLength', 'byteOffset'].forEach(function (name) {
    var d = Object.getOwnPropertyDescriptor(DataView.prototype, name);
    print('DataView.prototype.' + name, typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
});
var lenGetter = Object.getOwnPropertyDescriptor(TAP, 'length').get;
var lr = new ArrayBuffer(4, { maxByteLength: 8 });
var lt = new Uint16Array(lr);
var lf = new Uint16Array(lr, 2, 1);
lr.resize(7);
print(lenGetter.call(lt), lenGetter.call(lf), lenGetter.call(new Float16Array(lr)));
lr.resize(3);
print(lenGetter.call(lt), lenGetter.call(lf));
show('length getter on DataView', function () { return lenGetter.call(new DataView(lr)); });

/*===
start rab 8 | 8/8/0 3/6/2 1/4/4 4/4/2 1/8/0 | 5/3 5/1
[0,0,1,1,2,2,3,3] [257,514,771] [1,1,2,2]
13 rab 13 | 13/13/0 5/10/2 2/8/4 4/4/2 1/8/0 | 10/3 5/1
[0,0,1,1,2,2,3,3,0,0,0,0,0] [1,1,2,2] 0 undefined
7 rab 7 | 7/7/0 2/4/2 0/0/4 4/4/2 0/0/0 | 4/3 5/1
3 undefined undefined []
5 rab 5 | 5/5/0 1/2/2 0/0/4 0/0/0 0/0/0 | 2/3 TypeError
undefined undefined [] [257]
dvFixed.getUint8(0) threw TypeError
dvFixed.setUint8(0, 1) threw TypeError
dvTrack.getUint8(1) 2
dvTrack.getUint8(2) threw RangeError
dvTrack.getUint16(1) threw RangeError
3 rab 3 | 3/3/0 0/0/2 0/0/0 0/0/0 0/0/0 | 0/3 TypeError
dvTrack.getUint8(0) threw RangeError
1 rab 1 | 1/1/0 0/0/0 0/0/0 0/0/0 0/0/0 | TypeError TypeError
0 rab 0 | 0/0/0 0/0/0 0/0/0 0/0/0 0/0/0 | TypeError TypeError
16 rab 16 | 16/16/0 7/14/2 3/12/4 4/4/2 1/8/0 | 13/3 5/1
[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]
[0,0,0,0] 0
1 1 1 257
-- construction
Uint16Array(r, 1) threw RangeError
Uint16Array(r, 6) 0/0/6
Uint16Array(r, 8) threw RangeError
Uint32Array(r) 1/4/0
Uint32Array(r, 4, 1) threw RangeError
Uint32Array(r, 4, 2) threw RangeError
Uint8Array(r, -1) threw RangeError
Uint8Array(r, 0, -1) threw RangeError
DataView(r, 7) threw RangeError
DataView(r, 6) 0/6
DataView(r, 2, 5) threw RangeError
DataView(r, 2, 4) 4/2
DataView(r, -1) threw RangeError
DataView({}) threw TypeError
DataView(Uint8Array) threw TypeError
DataView() threw TypeError
DataView(r) call threw TypeError
Uint8Array(r) call threw TypeError
Uint32Array(fixed) threw RangeError
Uint16Array(fixed, 2) 2/4/2
Uint16Array(fixed, 8) threw RangeError
DataView(fixed, 2) 4/2
true true
-- getters on other objects
TA byteLength on DataView threw TypeError
TA byteLength on ArrayBuffer threw TypeError
TA byteLength on {} threw TypeError
DV byteLength on Uint8Array threw TypeError
DV byteLength on {} threw TypeError
-- getter shapes
%TypedArray%.prototype.byteLength function get byteLength undefined false true
%TypedArray%.prototype.byteOffset function get byteOffset undefined false true
%TypedArray%.prototype.length function get length undefined false true
DataView.prototype.byteLength function get byteLength undefined false true
DataView.prototype.byteOffset function get byteOffset undefined false true
3 1 3
1 0
length getter on DataView threw TypeError
===*/
