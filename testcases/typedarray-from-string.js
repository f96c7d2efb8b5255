/*
 * %TypedArray%.from(string) for every element type: a string source is
 * iterated by code points (String.prototype[Symbol.iterator], which Duktape
 * 2.7 lacks), so a surrogate pair is one element: ToNumber of the two-unit
 * string is NaN (0 in the integer types); lone surrogates stay one element
 * each.  mapfn sees each code-point string.
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["typedarray", "float16"]} ---*/
var TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float16Array,
             Float32Array, Float64Array];
var STRINGS = ['', '123', '1\ud83d\ude002', '\ud83d', 'a\ude00\ud83d', '\ud800\ud800\udc00', '9\u00e9 ', '0x10', '-1.5\ud83d\ude00'];
function codes(s) {
    var r = [];
    for (var i = 0; i < s.length; i++) {
        r.push(s.charCodeAt(i).toString(16));
    }
    return r.join('.');
}
TYPES.forEach(function (C) {
    STRINGS.forEach(function (s) {
        var a = C.from(s);
        print(C.name, codes(s), a.length, Array.prototype.join.call(a, ','));
    });
    print(C.name, 'mapfn', Array.prototype.join.call(C.from('1\ud83d\ude0023', function (v, k) { return v.length * 10 + k; }), ','));
});

/*===
Int8Array  0 
Int8Array 31.32.33 3 1,2,3
Int8Array 31.d83d.de00.32 3 1,0,2
Int8Array d83d 1 0
Int8Array 61.de00.d83d 3 0,0,0
Int8Array d800.d800.dc00 2 0,0
Int8Array 39.e9.20 3 9,0,0
Int8Array 30.78.31.30 4 0,0,1,0
Int8Array 2d.31.2e.35.d83d.de00 5 0,1,0,5,0
Int8Array mapfn 10,21,12,13
Uint8Array  0 
Uint8Array 31.32.33 3 1,2,3
Uint8Array 31.d83d.de00.32 3 1,0,2
Uint8Array d83d 1 0
Uint8Array 61.de00.d83d 3 0,0,0
Uint8Array d800.d800.dc00 2 0,0
Uint8Array 39.e9.20 3 9,0,0
Uint8Array 30.78.31.30 4 0,0,1,0
Uint8Array 2d.31.2e.35.d83d.de00 5 0,1,0,5,0
Uint8Array mapfn 10,21,12,13
Uint8ClampedArray  0 
Uint8ClampedArray 31.32.33 3 1,2,3
Uint8ClampedArray 31.d83d.de00.32 3 1,0,2
Uint8ClampedArray d83d 1 0
Uint8ClampedArray 61.de00.d83d 3 0,0,0
Uint8ClampedArray d800.d800.dc00 2 0,0
Uint8ClampedArray 39.e9.20 3 9,0,0
Uint8ClampedArray 30.78.31.30 4 0,0,1,0
Uint8ClampedArray 2d.31.2e.35.d83d.de00 5 0,1,0,5,0
Uint8ClampedArray mapfn 10,21,12,13
Int16Array  0 
Int16Array 31.32.33 3 1,2,3
Int16Array 31.d83d.de00.32 3 1,0,2
Int16Array d83d 1 0
Int16Array 61.de00.d83d 3 0,0,0
Int16Array d800.d800.dc00 2 0,0
Int16Array 39.e9.20 3 9,0,0
Int16Array 30.78.31.30 4 0,0,1,0
Int16Array 2d.31.2e.35.d83d.de00 5 0,1,0,5,0
Int16Array mapfn 10,21,12,13
Uint16Array  0 
Uint16Array 31.32.33 3 1,2,3
Uint16Array 31.d83d.de00.32 3 1,0,2
Uint16Array d83d 1 0
Uint16Array 61.de00.d83d 3 0,0,0
Uint16Array d800.d800.dc00 2 0,0
Uint16Array 39.e9.20 3 9,0,0
Uint16Array 30.78.31.30 4 0,0,1,0
Uint16Array 2d.31.2e.35.d83d.de00 5 0,1,0,5,0
Uint16Array mapfn 10,21,12,13
Int32Array  0 
Int32Array 31.32.33 3 1,2,3
Int32Array 31.d83d.de00.32 3 1,0,2
Int32Array d83d 1 0
Int32Array 61.de00.d83d 3 0,0,0
Int32Array d800.d800.dc00 2 0,0
Int32Array 39.e9.20 3 9,0,0
Int32Array 30.78.31.30 4 0,0,1,0
Int32Array 2d.31.2e.35.d83d.de00 5 0,1,0,5,0
Int32Array mapfn 10,21,12,13
Uint32Array  0 
Uint32Array 31.32.33 3 1,2,3
Uint32Array 31.d83d.de00.32 3 1,0,2
Uint32Array d83d 1 0
Uint32Array 61.de00.d83d 3 0,0,0
Uint32Array d800.d800.dc00 2 0,0
Uint32Array 39.e9.20 3 9,0,0
Uint32Array 30.78.31.30 4 0,0,1,0
Uint32Array 2d.31.2e.35.d83d.de00 5 0,1,0,5,0
Uint32Array mapfn 10,21,12,13
Float16Array  0 
Float16Array 31.32.33 3 1,2,3
Float16Array 31.d83d.de00.32 3 1,NaN,2
Float16Array d83d 1 NaN
Float16Array 61.de00.d83d 3 NaN,NaN,NaN
Float16Array d800.d800.dc00 2 NaN,NaN
Float16Array 39.e9.20 3 9,NaN,0
Float16Array 30.78.31.30 4 0,NaN,1,0
Float16Array 2d.31.2e.35.d83d.de00 5 NaN,1,NaN,5,NaN
Float16Array mapfn 10,21,12,13
Float32Array  0 
Float32Array 31.32.33 3 1,2,3
Float32Array 31.d83d.de00.32 3 1,NaN,2
Float32Array d83d 1 NaN
Float32Array 61.de00.d83d 3 NaN,NaN,NaN
Float32Array d800.d800.dc00 2 NaN,NaN
Float32Array 39.e9.20 3 9,NaN,0
Float32Array 30.78.31.30 4 0,NaN,1,0
Float32Array 2d.31.2e.35.d83d.de00 5 NaN,1,NaN,5,NaN
Float32Array mapfn 10,21,12,13
Float64Array  0 
Float64Array 31.32.33 3 1,2,3
Float64Array 31.d83d.de00.32 3 1,NaN,2
Float64Array d83d 1 NaN
Float64Array 61.de00.d83d 3 NaN,NaN,NaN
Float64Array d800.d800.dc00 2 NaN,NaN
Float64Array 39.e9.20 3 9,NaN,0
Float64Array 30.78.31.30 4 0,NaN,1,0
Float64Array 2d.31.2e.35.d83d.de00 5 NaN,1,NaN,5,NaN
Float64Array mapfn 10,21,12,13
===*/
