/*
 * Detach and resize from user code that runs in the middle of an operation
 * (valueOf of an argument, an iterator, a getter): DataView get/set,
 * typed array and DataView construction, Float16Array element writes.  The
 * operation sees the buffer as it is after the user code ran (ES2025).
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

print('-- DataView set/get');
var ab = new ArrayBuffer(4);
var dv = new DataView(ab);
show('setUint8 value.valueOf detaches', function () {
    return dv.setUint8(0, { valueOf: function () { ab.transfer(); return 1; } });
});
var rab = new ArrayBuffer(4, { maxByteLength: 8 });
var dvr = new DataView(rab);
show('setUint8 offset.valueOf shrinks', function () {
    return dvr.setUint8({ valueOf: function () { rab.resize(2); return 3; } }, 1);
});
show('getUint8 offset.valueOf grows', function () {
    return dvr.getUint8({ valueOf: function () { rab.resize(8); return 7; } });
});
show('setUint16 value.valueOf shrinks to 1', function () {
    return dvr.setUint16(0, { valueOf: function () { rab.resize(1); return 1; } });
});
rab.resize(8);
var fixedDv = new DataView(rab, 0, 4);
show('fixed DataView, setFloat32 value.valueOf shrinks', function () {
    return fixedDv.setFloat32(0, { valueOf: function () { rab.resize(3); return 1; } });
});
rab.resize(8);
show('fixed DataView back in bounds', function () { return fixedDv.getFloat32(0); });
show('setFloat16 value.valueOf detaches', function () {
    return fixedDv.setFloat16(0, { valueOf: function () { rab.transfer(); return 1; } });
});

print('-- typed array construction');
var b1 = new ArrayBuffer(8);
show('byteOffset.valueOf detaches', function () {
    return new Uint8Array(b1, { valueOf: function () { b1.transfer(); return 0; } });
});
var b2 = new ArrayBuffer(8, { maxByteLength: 8 });
show('length.valueOf shrinks', function () {
    return new Uint8Array(b2, 0, { valueOf: function () { b2.resize(2); return 4; } }).length;
});
var b3 = new ArrayBuffer(8, { maxByteLength: 8 });
show('byteOffset.valueOf shrinks below offset', function () {
    return new Uint8Array(b3, { valueOf: function () { b3.resize(2); return 4; } }).length;
});
var b4 = new ArrayBuffer(8, { maxByteLength: 8 });
show('byteOffset.valueOf shrinks, tracking view', function () {
    var t = new Uint16Array(b4, { valueOf: function () { b4.resize(5); return 2; } });
    return t.length + ' ' + t.byteLength;
});
var src = new Uint8Array(new ArrayBuffer(4, { maxByteLength: 8 }));
src[0] = 7;
var it = {};
it[Symbol.iterator] = function () {
    var n = 0;
    return {
        next: function () {
            n++;
            if (n === 2) {
                src.buffer.resize(1);
            }
            return n <= 3 ? { value: n * 10, done: false } : { done: true };
        }
    };
};
show('iterable source', function () { return elems(new Int16Array(it)); });
show('source resized by the iterator', function () { return elems(src); });
show('copy of a shrunk source', function () { return elems(new Float64Array(src)); });

print('-- DataView construction');
var b5 = new ArrayBuffer(8);
show('byteOffset.valueOf detaches', function () {
    return new DataView(b5, { valueOf: function () { b5.transfer(); return 0; } });
});
var b6 = new ArrayBuffer(8, { maxByteLength: 8 });
show('byteLength.valueOf shrinks', function () {
    return new DataView(b6, 0, { valueOf: function () { b6.resize(2); return 4; } }).byteLength;
});
var b7 = new ArrayBuffer(8);
show('byteLength.valueOf detaches', function () {
    return new DataView(b7, 0, { valueOf: function () { b7.transfer(); return 4; } }).byteLength;
});
var b8 = new ArrayBuffer(8, { maxByteLength: 8 });
show('byteOffset.valueOf shrinks, tracking', function () {
    return new DataView(b8, { valueOf: function () { b8.resize(3); return 2; } }).byteLength;
});

print('-- Float16Array element writes');
var hb = new ArrayBuffer(8, { maxByteLength: 8 });
var h = new Float16Array(hb);
show('write value.valueOf shrinks', function () {
    h[3] = { valueOf: function () { hb.resize(4); return 1.5; } };
    return h.length + ' ' + h[3] + ' ' + h[1];
});
show('write value.valueOf detaches', function () {
    h[0] = { valueOf: function () { hb.transfer(); return 2; } };
    return h.length + ' ' + h[0];
});

print('-- ArrayBuffer resize, join');
var rab9 = new ArrayBuffer(4, { maxByteLength: 8 });
show('resize newLength.valueOf detaches, -1', function () {
    return rab9.resize({ valueOf: function () { rab9.transfer(); return -1; } });
});
show('resize(-1)', function () { return new ArrayBuffer(1, { maxByteLength: 2 }).resize(-1); });
var ab10 = new ArrayBuffer(4);
var u10 = new Uint8Array(ab10);
show('join separator.toString detaches', function () {
    return JSON.stringify(u10.join({ toString: function () { ab10.transfer(); return ''; } }));
});
var rab11 = new ArrayBuffer(4, { maxByteLength: 8 });
var u11 = new Uint8Array(rab11);
u11.set([1, 2, 3, 4]);
show('join separator.toString shrinks', function () {
    return u11.join({ toString: function () { rab11.resize(2); return '-'; } });
});

/*===
-- DataView set/get
setUint8 value.valueOf detaches threw TypeError
setUint8 offset.valueOf shrinks threw RangeError
getUint8 offset.valueOf grows 0
setUint16 value.valueOf shrinks to 1 threw RangeError
fixed DataView, setFloat32 value.valueOf shrinks threw TypeError
fixed DataView back in bounds 0
setFloat16 value.valueOf detaches threw TypeError
-- typed array construction
byteOffset.valueOf detaches threw TypeError
length.valueOf shrinks threw RangeError
byteOffset.valueOf shrinks below offset threw RangeError
byteOffset.valueOf shrinks, tracking view 1 2
iterable source [10,20,30]
source resized by the iterator [7]
copy of a shrunk source [7]
-- DataView construction
byteOffset.valueOf detaches threw TypeError
byteLength.valueOf shrinks threw RangeError
byteLength.valueOf detaches threw TypeError
byteOffset.valueOf shrinks, tracking 1
-- Float16Array element writes
write value.valueOf shrinks 2 undefined 0
write value.valueOf detaches 0 undefined
-- ArrayBuffer resize, join
resize newLength.valueOf detaches, -1 threw TypeError
resize(-1) threw RangeError
join separator.toString detaches ""
join separator.toString shrinks 1-2--
===*/
