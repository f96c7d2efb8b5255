// Allocation-failure script for the ArrayBuffer / view / Float16Array surface:
// resizable buffers, length-tracking views, transfer (moving and copying),
// Float16Array construction and element access.
/*--- {"features": ["arraybuffer", "float16", "dataview", "bridge_internal"]} ---*/
var rab = new ArrayBuffer(8, { maxByteLength: 64 });
var track = new Uint16Array(rab);
var fixed = new DataView(rab, 2, 4);
rab.resize(32);
track[15] = 7;
rab.resize(4);
var moved = rab.transfer(16);
var plain = new Uint8Array(4);
var copy = plain.buffer.transfer(8);
var h = new Float16Array([1.5, 2, 3]);
h[1] = 0.1;
var h2 = new Float16Array(moved, 2);
var s = copy.slice(1, 5);
var it = {};
it[Symbol.iterator] = function () {
    var n = 0;
    return { next: function () { n++; return { value: n, done: n > 2 }; } };
};
var fromIt = new Int8Array(it);
Math.f16round(h[1] + h2.length + s.byteLength + fromIt[1] + track.length);
