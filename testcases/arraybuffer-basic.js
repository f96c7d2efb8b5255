/*
 * ArrayBuffer: constructor (ToIndex, options), isView, slice (relative and
 * negative indices, detached this), byteLength / maxByteLength / resizable /
 * detached getters and their TypeErrors (ES2025 25.1).
 * Expected output: node v26.10.0 (same code with print = console.log).
 */
/*--- {"features": ["arraybuffer", "bridge_internal"]} ---*/
function show(label, f) {
    try {
        print(label, f());
    } catch (e) {
        print(label, 'threw', e.name);
    }
}
function bytes(ab) {
    var u = new Uint8Array(ab), out = [];
    for (var i = 0; i < u.length; i++) {
        out.push(u[i]);
    }
    return '[' + out.join(',') + ']';
}

print('-- constructor');
show('new ArrayBuffer()', function () { return new ArrayBuffer().byteLength; });
show('new ArrayBuffer(5)', function () { return new ArrayBuffer(5).byteLength; });
show('new ArrayBuffer(2.9)', function () { return new ArrayBuffer(2.9).byteLength; });
show('new ArrayBuffer("3")', function () { return new ArrayBuffer('3').byteLength; });
show('new ArrayBuffer(NaN)', function () { return new ArrayBuffer(NaN).byteLength; });
show('new ArrayBuffer(-0.5)', function () { return new ArrayBuffer(-0.5).byteLength; });
show('new ArrayBuffer(-1)', function () { return new ArrayBuffer(-1).byteLength; });
show('new ArrayBuffer(Infinity)', function () { return new ArrayBuffer(Infinity).byteLength; });
show('new ArrayBuffer(2**53)', function () { return new ArrayBuffer(9007199254740992).byteLength; });
show('ArrayBuffer(4)', function () { return ArrayBuffer(4); });
show('options null', function () { return new ArrayBuffer(4, null).resizable; });
show('options number', function () { return new ArrayBuffer(4, 8).resizable; });
show('options {}', function () { return new ArrayBuffer(4, {}).resizable; });
show('maxByteLength undefined', function () { return new ArrayBuffer(4, { maxByteLength: undefined }).resizable; });
show('maxByteLength -1', function () { return new ArrayBuffer(4, { maxByteLength: -1 }).resizable; });
show('maxByteLength < length', function () { return new ArrayBuffer(4, { maxByteLength: 3 }).resizable; });
show('maxByteLength == length', function () { return new ArrayBuffer(4, { maxByteLength: 4 }).maxByteLength; });
show('maxByteLength "9.5"', function () { return new ArrayBuffer(4, { maxByteLength: '9.5' }).maxByteLength; });
var order = [];
show('coercion order', function () {
    new ArrayBuffer({ valueOf: function () { order.push('length'); return 1; } },
                    { get maxByteLength() { order.push('options'); return 2; } });
    return order.join(',');
});
var ab = new ArrayBuffer(3);
show('fresh bytes', function () { return bytes(ab); });
show('instanceof', function () { return ab instanceof ArrayBuffer; });
show('toString', function () { return Object.prototype.toString.call(ab); });

print('-- getters');
var fixed = new ArrayBuffer(6);
print(fixed.byteLength, fixed.maxByteLength, fixed.resizable, fixed.detached);
var rab = new ArrayBuffer(2, { maxByteLength: 10 });
print(rab.byteLength, rab.maxByteLength, rab.resizable, rab.detached);
['byteLength', 'maxByteLength', 'resizable', 'detached'].forEach(function (name) {
    var getter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, name).get;
    show(name + ' on {}', function () { return getter.call({}); });
    show(name + ' on Uint8Array', function () { return getter.call(new Uint8Array(2)); });
    show(name + ' on DataView', function () { return getter.call(new DataView(fixed)); });
});
fixed.transfer();
rab.transfer();
print(fixed.byteLength, fixed.maxByteLength, fixed.resizable, fixed.detached);
print(rab.byteLength, rab.maxByteLength, rab.resizable, rab.detached);

print('-- isView');
print(ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView(new Float64Array(1)),
      ArrayBuffer.isView(new DataView(new ArrayBuffer(1))), ArrayBuffer.isView(new ArrayBuffer(1)),
      ArrayBuffer.isView({}), ArrayBuffer.isView([]), ArrayBuffer.isView(), ArrayBuffer.isView(null));
var detachedView = new Uint8Array(4);
detachedView.buffer.transfer();
print(ArrayBuffer.isView(detachedView));

print('-- slice');
var src = new ArrayBuffer(8);
var s = new Uint8Array(src);
for (var i = 0; i < 8; i++) {
    s[i] = i + 1;
}
[[], [2], [2, 5], [-3], [-3, -1], [5, 2], [-100, 100], [0, -100], [1.7, 4.2], [NaN, 3], ['2', '4'],
 [Infinity], [-Infinity, Infinity], [undefined, 3], [3, undefined]].forEach(function (args) {
    var r = src.slice.apply(src, args);
    print(JSON.stringify(args), r.byteLength, bytes(r), r.resizable, r !== src);
});
var rsrc = new ArrayBuffer(4, { maxByteLength: 8 });
new Uint8Array(rsrc)[1] = 7;
var rs = rsrc.slice(1);
print(rs.byteLength, bytes(rs), rs.resizable);
show('slice on {}', function () { return ArrayBuffer.prototype.slice.call({}, 0); });
show('slice on Uint8Array', function () { return ArrayBuffer.prototype.slice.call(new Uint8Array(2), 0); });
var gone = new ArrayBuffer(4);
gone.transfer();
show('slice detached', function () { return gone.slice(0); });
var late = new ArrayBuffer(4);
show('slice detached by start.valueOf', function () {
    return late.slice({ valueOf: function () { late.transfer(); return 0; } });
});
var shrinking = new ArrayBuffer(6, { maxByteLength: 6 });
(function () { var u = new Uint8Array(shrinking); for (var i = 0; i < 6; i++) { u[i] = 10 + i; } })();
show('slice shrunk by end.valueOf', function () {
    var r = shrinking.slice(1, { valueOf: function () { shrinking.resize(3); return 5; } });
    return r.byteLength + ' ' + bytes(r);
});

print('-- function shapes');
var P = ArrayBuffer.prototype;
['slice', 'resize', 'transfer', 'transferToFixedLength'].forEach(function (name) {
    var d = Object.getOwnPropertyDescriptor(P, name);
    print(name, typeof d.value, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
});
['byteLength', 'maxByteLength', 'resizable', 'detached'].forEach(function (name) {
    var d = Object.getOwnPropertyDescriptor(P, name);
    print(name, typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
});
var iv = Object.getOwnPropertyDescriptor(ArrayBuffer, 'isView');
print('isView', iv.value.length, iv.value.name, iv.writable, iv.enumerable, iv.configurable);
print('ArrayBuffer', ArrayBuffer.length, ArrayBuffer.name, 'DataView', DataView.length, DataView.name);

/*===
-- constructor
new ArrayBuffer() 0
new ArrayBuffer(5) 5
new ArrayBuffer(2.9) 2
new ArrayBuffer("3") 3
new ArrayBuffer(NaN) 0
new ArrayBuffer(-0.5) 0
new ArrayBuffer(-1) threw RangeError
new ArrayBuffer(Infinity) threw RangeError
new ArrayBuffer(2**53) threw RangeError
ArrayBuffer(4) threw TypeError
options null false
options number false
options {} false
maxByteLength undefined false
maxByteLength -1 threw RangeError
maxByteLength < length threw RangeError
maxByteLength == length 4
maxByteLength "9.5" 9
coercion order length,options
fresh bytes [0,0,0]
instanceof true
toString [object ArrayBuffer]
-- getters
6 6 false false
2 10 true false
byteLength on {} threw TypeError
byteLength on Uint8Array threw TypeError
byteLength on DataView threw TypeError
maxByteLength on {} threw TypeError
maxByteLength on Uint8Array threw TypeError
maxByteLength on DataView threw TypeError
resizable on {} threw TypeError
resizable on Uint8Array threw TypeError
resizable on DataView threw TypeError
detached on {} threw TypeError
detached on Uint8Array threw TypeError
detached on DataView threw TypeError
0 0 false true
0 0 true true
-- isView
true true true false false false false false
true
-- slice
[] 8 [1,2,3,4,5,6,7,8] false true
[2] 6 [3,4,5,6,7,8] false true
[2,5] 3 [3,4,5] false true
[-3] 3 [6,7,8] false true
[-3,-1] 2 [6,7] false true
[5,2] 0 [] false true
[-100,100] 8 [1,2,3,4,5,6,7,8] false true
[0,-100] 0 [] false true
[1.7,4.2] 3 [2,3,4] false true
[null,3] 3 [1,2,3] false true
["2","4"] 2 [3,4] false true
[null] 0 [] false true
[null,null] 8 [1,2,3,4,5,6,7,8] false true
[null,3] 3 [1,2,3] false true
[3,null] 5 [4,5,6,7,8] false true
3 [7,0,0] false
slice on {} threw TypeError
slice on Uint8Array threw TypeError
slice detached threw TypeError
slice detached by start.valueOf threw TypeError
slice shrunk by end.valueOf 4 [11,12,0,0]
-- function shapes
slice function 2 slice true false true
resize function 1 resize true false true
transfer function 0 transfer true false true
transferToFixedLength function 0 transferToFixedLength true false true
byteLength function get byteLength undefined false true
maxByteLength function get maxByteLength undefined false true
resizable function get resizable undefined false true
detached function get detached undefined false true
isView 1 isView true false true
ArrayBuffer 1 ArrayBuffer DataView 1 DataView
===*/
