/*
 * Hostile user code in the middle of DataView get/set, the Buffer methods
 * that call user code (field writes coerce the value with valueOf, fill's
 * value, toString/write/fill encodings, copy's offsets, Buffer.from's
 * offsets) and the encoding methods (base64 option getters, encodeInto's
 * source, TextDecoder#decode's options).  The user code detaches the buffer,
 * shrinks or grows a resizable buffer, or overwrites its bytes.  Each line:
 * family, method, scenario, result, then the view's bytes afterwards.
 * Expected output: node v26.10.0 (this code with print = console.log).
 * Not here: Buffer.from(ab, 1, length) whose length.valueOf detaches or
 * shrinks ab and toString(encoding) whose encoding.toString shrinks it
 * (hostile-buffer-known.js, known differences); indexOf/includes with
 * an object encoding (node v26 itself aborts on an assertion).
 */
var BUFFER_SKIP = null;
var FILL_SKIP = null;
var FROM_SKIP = /^(detach|shrink)$/;
var TOSTRING_SKIP = /^shrink$/;
function ser(v) {
    var i, o;
    if (v === undefined) return 'undefined';
    if (v === null || typeof v !== 'object') {
        if (typeof v === 'number' && v === 0 && 1 / v < 0) return '-0';
        return typeof v === 'string' ? JSON.stringify(v) : String(v);
    }
    if (Array.isArray(v)) {
        o = [];
        for (i = 0; i < v.length; i++) o.push(ser(v[i]));
        return '[' + o.join(',') + ']';
    }
    if (v instanceof DataView) return 'DataView';
    if (ArrayBuffer.isView(v)) return bytes(v);
    o = [];
    for (i in v) o.push(i + ':' + ser(v[i]));
    return '{' + o.join(',') + '}';
}
function bytes(v) {
    var o = [], i, n, u;
    try {
        u = v instanceof DataView ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : v;
        n = u.length;
    } catch (e) {
        return 'threw ' + e.name;
    }
    for (i = 0; i < n; i++) o.push(u[i]);
    return n + ':[' + o.join(',') + ']';
}
var hit;
function hv(x) { return { valueOf: function () { hit(); return x; } }; }
function hs(s) { return { toString: function () { hit(); return s; } }; }
function fill(ab) {
    var u = new Uint8Array(ab);
    for (var i = 0; i < u.length; i++) u[i] = 0x61 + i;
}
// Scenarios: an 8-byte buffer, a view made by mk(ab), and one hostile action.
var scenarios = [
    ['detach', function (mk) {
        var ab = new ArrayBuffer(8);
        fill(ab);
        hit = function () { ab.transfer(); };
        return mk(ab);
    }],
    ['shrink', function (mk) {
        var ab = new ArrayBuffer(8, { maxByteLength: 16 });
        fill(ab);
        hit = function () { ab.resize(3); };
        return mk(ab);
    }],
    ['grow', function (mk) {
        var ab = new ArrayBuffer(8, { maxByteLength: 16 });
        fill(ab);
        hit = function () { ab.resize(12); };
        return mk(ab);
    }],
    ['overwrite', function (mk) {
        var ab = new ArrayBuffer(8);
        fill(ab);
        hit = function () { new Uint8Array(ab).fill(0x7a); };
        return mk(ab);
    }]
];
function run(family, mk, name, f, skip) {
    var i, v, r;
    for (i = 0; i < scenarios.length; i++) {
        if (skip && skip.test(scenarios[i][0])) continue;
        v = scenarios[i][1](mk);
        try {
            r = ser(f(v));
        } catch (e) {
            r = 'threw ' + e.name + (e.code ? ' ' + e.code : '');
        }
        print(family, name, scenarios[i][0], r, bytes(v));
    }
}
var families = {
    dataview: function (ab) { return new DataView(ab); },
    'dataview-fixed': function (ab) { return new DataView(ab, 1, 6); },
    buffer: function (ab) { return Buffer.from(ab); },
    u8: function (ab) { return new Uint8Array(ab); }
};
var methods = {
    dataview: [
        ['setUint8(v,1)', function (d) { return d.setUint8(hv(1), 1); }],
        ['setUint16(0,v)', function (d) { return d.setUint16(0, hv(0x1234)); }],
        ['setInt32(v,1)', function (d) { return d.setInt32(hv(2), -1, true); }],
        ['setFloat16(4,v)', function (d) { return d.setFloat16(4, hv(1.5)); }],
        ['setFloat64(0,v)', function (d) { return d.setFloat64(0, hv(-0), true); }],
        ['getUint16(v)', function (d) { return d.getUint16(hv(2)); }],
        ['getFloat32(v)', function (d) { return d.getFloat32(hv(0), true); }],
        ['getInt8(v)', function (d) { return d.getInt8(hv(5)); }]
    ],
    buffer: [
        ['writeUInt8(v,0)', function (b) { return b.writeUInt8(hv(5), 0); }],
        ['writeUInt16LE(v,2)', function (b) { return b.writeUInt16LE(hv(0x1234), 2); }],
        ['writeInt32BE(v,4)', function (b) { return b.writeInt32BE(hv(-2), 4); }],
        ['writeFloatLE(v,0)', function (b) { return b.writeFloatLE(hv(1.5), 0); }],
        ['writeDoubleBE(v,0)', function (b) { return b.writeDoubleBE(hv(-0), 0); }],
        ['writeUIntLE(v,1,3)', function (b) { return b.writeUIntLE(hv(0x123456), 1, 3); }],
        ['writeIntBE(v,0,6)', function (b) { return b.writeIntBE(hv(-3), 0, 6); }],
        ['fill(v)', function (b) { return b.fill(hv(0x41)); }, FILL_SKIP],
        ['fill(s)', function (b) { return b.fill('xy', 0, 4, hs('latin1')); }],
        ['toString(enc)', function (b) { return b.toString(hs('hex')); }, TOSTRING_SKIP],
        ['toString(enc,1,3)', function (b) { return b.toString(hs('latin1'), 1, 3); }],
        ['write(s,enc)', function (b) { return b.write('QUJD', hs('base64')); }],
        ['copy(t,v)', function (b) { var t = Buffer.alloc(4); return [b.copy(t, hv(1)), t]; }],
        ['copy(t,0,v)', function (b) { var t = Buffer.alloc(4); return [b.copy(t, 0, hv(2)), t]; }],
        ['t.copy(b,v)', function (b) { return Buffer.from('WXYZ').copy(b, hv(1)); }],
        ['from(ab,v)', function (b) { return Buffer.from(b.buffer, hv(1), 4); }],
        ['from(ab,1,v)', function (b) { return Buffer.from(b.buffer, 1, hv(4)); }, FROM_SKIP]
    ],
    u8: [
        ['setFromBase64(opts)', function (u) { return u.setFromBase64('QUJDREVGR0g=', { get alphabet() { hit(); return 'base64'; } }); }],
        ['setFromBase64(lch)', function (u) { return u.setFromBase64('QUJD', { get lastChunkHandling() { hit(); return 'loose'; } }); }],
        ['toBase64(opts)', function (u) { return u.toBase64({ get alphabet() { hit(); return 'base64url'; } }); }],
        ['toBase64(omit)', function (u) { return u.toBase64({ get omitPadding() { hit(); return true; } }); }],
        ['encodeInto(s,u)', function (u) { return new TextEncoder().encodeInto(hs('\u00e9t\u00e9!'), u); }],
        ['decode(u,opts)', function (u) { return new TextDecoder().decode(u, { get stream() { hit(); return false; } }); }],
        ['decode(u,opts)/fatal', function (u) { return new TextDecoder('utf-8', { fatal: true }).decode(u, { get stream() { hit(); return true; } }); }]
    ]
};
var fam, m, list;
for (fam in families) {
    list = methods[fam.replace('-fixed', '')];
    for (m = 0; m < list.length; m++) {
        run(fam, families[fam], list[m][0], list[m][1], fam === 'buffer' ? list[m][2] || BUFFER_SKIP : undefined);
    }
}

/*===
dataview setUint8(v,1) detach threw TypeError threw TypeError
dataview setUint8(v,1) shrink undefined 3:[97,1,99]
dataview setUint8(v,1) grow undefined 12:[97,1,99,100,101,102,103,104,0,0,0,0]
dataview setUint8(v,1) overwrite undefined 8:[122,1,122,122,122,122,122,122]
dataview setUint16(0,v) detach threw TypeError threw TypeError
dataview setUint16(0,v) shrink undefined 3:[18,52,99]
dataview setUint16(0,v) grow undefined 12:[18,52,99,100,101,102,103,104,0,0,0,0]
dataview setUint16(0,v) overwrite undefined 8:[18,52,122,122,122,122,122,122]
dataview setInt32(v,1) detach threw TypeError threw TypeError
dataview setInt32(v,1) shrink threw RangeError 3:[97,98,99]
dataview setInt32(v,1) grow undefined 12:[97,98,255,255,255,255,103,104,0,0,0,0]
dataview setInt32(v,1) overwrite undefined 8:[122,122,255,255,255,255,122,122]
dataview setFloat16(4,v) detach threw TypeError threw TypeError
dataview setFloat16(4,v) shrink threw RangeError 3:[97,98,99]
dataview setFloat16(4,v) grow undefined 12:[97,98,99,100,62,0,103,104,0,0,0,0]
dataview setFloat16(4,v) overwrite undefined 8:[122,122,122,122,62,0,122,122]
dataview setFloat64(0,v) detach threw TypeError threw TypeError
dataview setFloat64(0,v) shrink threw RangeError 3:[97,98,99]
dataview setFloat64(0,v) grow undefined 12:[0,0,0,0,0,0,0,128,0,0,0,0]
dataview setFloat64(0,v) overwrite undefined 8:[0,0,0,0,0,0,0,128]
dataview getUint16(v) detach threw TypeError threw TypeError
dataview getUint16(v) shrink threw RangeError 3:[97,98,99]
dataview getUint16(v) grow 25444 12:[97,98,99,100,101,102,103,104,0,0,0,0]
dataview getUint16(v) overwrite 31354 8:[122,122,122,122,122,122,122,122]
dataview getFloat32(v) detach threw TypeError threw TypeError
dataview getFloat32(v) shrink threw RangeError 3:[97,98,99]
dataview getFloat32(v) grow 1.6777999408082104e+22 12:[97,98,99,100,101,102,103,104,0,0,0,0]
dataview getFloat32(v) overwrite 3.251395836102948e+35 8:[122,122,122,122,122,122,122,122]
dataview getInt8(v) detach threw TypeError threw TypeError
dataview getInt8(v) shrink threw RangeError 3:[97,98,99]
dataview getInt8(v) grow 102 12:[97,98,99,100,101,102,103,104,0,0,0,0]
dataview getInt8(v) overwrite 122 8:[122,122,122,122,122,122,122,122]
dataview-fixed setUint8(v,1) detach threw TypeError threw TypeError
dataview-fixed setUint8(v,1) shrink threw TypeError threw TypeError
dataview-fixed setUint8(v,1) grow undefined 6:[98,1,100,101,102,103]
dataview-fixed setUint8(v,1) overwrite undefined 6:[122,1,122,122,122,122]
dataview-fixed setUint16(0,v) detach threw TypeError threw TypeError
dataview-fixed setUint16(0,v) shrink threw TypeError threw TypeError
dataview-fixed setUint16(0,v) grow undefined 6:[18,52,100,101,102,103]
dataview-fixed setUint16(0,v) overwrite undefined 6:[18,52,122,122,122,122]
dataview-fixed setInt32(v,1) detach threw TypeError threw TypeError
dataview-fixed setInt32(v,1) shrink threw TypeError threw TypeError
dataview-fixed setInt32(v,1) grow undefined 6:[98,99,255,255,255,255]
dataview-fixed setInt32(v,1) overwrite undefined 6:[122,122,255,255,255,255]
dataview-fixed setFloat16(4,v) detach threw TypeError threw TypeError
dataview-fixed setFloat16(4,v) shrink threw TypeError threw TypeError
dataview-fixed setFloat16(4,v) grow undefined 6:[98,99,100,101,62,0]
dataview-fixed setFloat16(4,v) overwrite undefined 6:[122,122,122,122,62,0]
dataview-fixed setFloat64(0,v) detach threw TypeError threw TypeError
dataview-fixed setFloat64(0,v) shrink threw TypeError threw TypeError
dataview-fixed setFloat64(0,v) grow threw RangeError 6:[98,99,100,101,102,103]
dataview-fixed setFloat64(0,v) overwrite threw RangeError 6:[122,122,122,122,122,122]
dataview-fixed getUint16(v) detach threw TypeError threw TypeError
dataview-fixed getUint16(v) shrink threw TypeError threw TypeError
dataview-fixed getUint16(v) grow 25701 6:[98,99,100,101,102,103]
dataview-fixed getUint16(v) overwrite 31354 6:[122,122,122,122,122,122]
dataview-fixed getFloat32(v) detach threw TypeError threw TypeError
dataview-fixed getFloat32(v) shrink threw TypeError threw TypeError
dataview-fixed getFloat32(v) grow 6.7408302962612004e+22 6:[98,99,100,101,102,103]
dataview-fixed getFloat32(v) overwrite 3.251395836102948e+35 6:[122,122,122,122,122,122]
dataview-fixed getInt8(v) detach threw TypeError threw TypeError
dataview-fixed getInt8(v) shrink threw TypeError threw TypeError
dataview-fixed getInt8(v) grow 103 6:[98,99,100,101,102,103]
dataview-fixed getInt8(v) overwrite 122 6:[122,122,122,122,122,122]
buffer writeUInt8(v,0) detach threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 0:[]
buffer writeUInt8(v,0) shrink 1 3:[5,98,99]
buffer writeUInt8(v,0) grow 1 12:[5,98,99,100,101,102,103,104,0,0,0,0]
buffer writeUInt8(v,0) overwrite 1 8:[5,122,122,122,122,122,122,122]
buffer writeUInt16LE(v,2) detach threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 0:[]
buffer writeUInt16LE(v,2) shrink threw RangeError ERR_OUT_OF_RANGE 3:[97,98,99]
buffer writeUInt16LE(v,2) grow 4 12:[97,98,52,18,101,102,103,104,0,0,0,0]
buffer writeUInt16LE(v,2) overwrite 4 8:[122,122,52,18,122,122,122,122]
buffer writeInt32BE(v,4) detach threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 0:[]
buffer writeInt32BE(v,4) shrink threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 3:[97,98,99]
buffer writeInt32BE(v,4) grow 8 12:[97,98,99,100,255,255,255,254,0,0,0,0]
buffer writeInt32BE(v,4) overwrite 8 8:[122,122,122,122,255,255,255,254]
buffer writeFloatLE(v,0) detach threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 0:[]
buffer writeFloatLE(v,0) shrink threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 3:[97,98,99]
buffer writeFloatLE(v,0) grow 4 12:[0,0,192,63,101,102,103,104,0,0,0,0]
buffer writeFloatLE(v,0) overwrite 4 8:[0,0,192,63,122,122,122,122]
buffer writeDoubleBE(v,0) detach threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 0:[]
buffer writeDoubleBE(v,0) shrink threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 3:[97,98,99]
buffer writeDoubleBE(v,0) grow 8 12:[128,0,0,0,0,0,0,0,0,0,0,0]
buffer writeDoubleBE(v,0) overwrite 8 8:[128,0,0,0,0,0,0,0]
buffer writeUIntLE(v,1,3) detach threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 0:[]
buffer writeUIntLE(v,1,3) shrink threw RangeError ERR_OUT_OF_RANGE 3:[97,98,99]
buffer writeUIntLE(v,1,3) grow 4 12:[97,86,52,18,101,102,103,104,0,0,0,0]
buffer writeUIntLE(v,1,3) overwrite 4 8:[122,86,52,18,122,122,122,122]
buffer writeIntBE(v,0,6) detach threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 0:[]
buffer writeIntBE(v,0,6) shrink threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 3:[97,98,99]
buffer writeIntBE(v,0,6) grow 6 12:[255,255,255,255,255,253,103,104,0,0,0,0]
buffer writeIntBE(v,0,6) overwrite 6 8:[255,255,255,255,255,253,122,122]
buffer fill(v) detach 0:[] 0:[]
buffer fill(v) shrink 3:[65,65,65] 3:[65,65,65]
buffer fill(v) grow 12:[65,65,65,65,65,65,65,65,0,0,0,0] 12:[65,65,65,65,65,65,65,65,0,0,0,0]
buffer fill(v) overwrite 8:[65,65,65,65,65,65,65,65] 8:[65,65,65,65,65,65,65,65]
buffer fill(s) detach threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
buffer fill(s) shrink threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
buffer fill(s) grow threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
buffer fill(s) overwrite threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
buffer toString(enc) detach "" 0:[]
buffer toString(enc) grow "6162636465666768" 12:[97,98,99,100,101,102,103,104,0,0,0,0]
buffer toString(enc) overwrite "7a7a7a7a7a7a7a7a" 8:[122,122,122,122,122,122,122,122]
buffer toString(enc,1,3) detach "" 0:[]
buffer toString(enc,1,3) shrink "bc" 3:[97,98,99]
buffer toString(enc,1,3) grow "bc" 12:[97,98,99,100,101,102,103,104,0,0,0,0]
buffer toString(enc,1,3) overwrite "zz" 8:[122,122,122,122,122,122,122,122]
buffer write(s,enc) detach threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
buffer write(s,enc) shrink threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
buffer write(s,enc) grow threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
buffer write(s,enc) overwrite threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
buffer copy(t,v) detach [0,4:[0,0,0,0]] 0:[]
buffer copy(t,v) shrink [3,4:[0,97,98,99]] 3:[97,98,99]
buffer copy(t,v) grow [3,4:[0,97,98,99]] 12:[97,98,99,100,101,102,103,104,0,0,0,0]
buffer copy(t,v) overwrite [3,4:[0,122,122,122]] 8:[122,122,122,122,122,122,122,122]
buffer copy(t,0,v) detach threw RangeError ERR_OUT_OF_RANGE 0:[]
buffer copy(t,0,v) shrink [1,4:[99,0,0,0]] 3:[97,98,99]
buffer copy(t,0,v) grow [4,4:[99,100,101,102]] 12:[97,98,99,100,101,102,103,104,0,0,0,0]
buffer copy(t,0,v) overwrite [4,4:[122,122,122,122]] 8:[122,122,122,122,122,122,122,122]
buffer t.copy(b,v) detach 0 0:[]
buffer t.copy(b,v) shrink 2 3:[97,87,88]
buffer t.copy(b,v) grow 4 12:[97,87,88,89,90,102,103,104,0,0,0,0]
buffer t.copy(b,v) overwrite 4 8:[122,87,88,89,90,122,122,122]
buffer from(ab,v) detach threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 0:[]
buffer from(ab,v) shrink threw RangeError ERR_BUFFER_OUT_OF_BOUNDS 3:[97,98,99]
buffer from(ab,v) grow 4:[98,99,100,101] 12:[97,98,99,100,101,102,103,104,0,0,0,0]
buffer from(ab,v) overwrite 4:[122,122,122,122] 8:[122,122,122,122,122,122,122,122]
buffer from(ab,1,v) grow 4:[98,99,100,101] 12:[97,98,99,100,101,102,103,104,0,0,0,0]
buffer from(ab,1,v) overwrite 4:[122,122,122,122] 8:[122,122,122,122,122,122,122,122]
u8 setFromBase64(opts) detach threw TypeError 0:[]
u8 setFromBase64(opts) shrink {read:4,written:3} 3:[65,66,67]
u8 setFromBase64(opts) grow {read:12,written:8} 12:[65,66,67,68,69,70,71,72,0,0,0,0]
u8 setFromBase64(opts) overwrite {read:12,written:8} 8:[65,66,67,68,69,70,71,72]
u8 setFromBase64(lch) detach threw TypeError 0:[]
u8 setFromBase64(lch) shrink {read:4,written:3} 3:[65,66,67]
u8 setFromBase64(lch) grow {read:4,written:3} 12:[65,66,67,100,101,102,103,104,0,0,0,0]
u8 setFromBase64(lch) overwrite {read:4,written:3} 8:[65,66,67,122,122,122,122,122]
u8 toBase64(opts) detach threw TypeError 0:[]
u8 toBase64(opts) shrink "YWJj" 3:[97,98,99]
u8 toBase64(opts) grow "YWJjZGVmZ2gAAAAA" 12:[97,98,99,100,101,102,103,104,0,0,0,0]
u8 toBase64(opts) overwrite "enp6enp6eno=" 8:[122,122,122,122,122,122,122,122]
u8 toBase64(omit) detach threw TypeError 0:[]
u8 toBase64(omit) shrink "YWJj" 3:[97,98,99]
u8 toBase64(omit) grow "YWJjZGVmZ2gAAAAA" 12:[97,98,99,100,101,102,103,104,0,0,0,0]
u8 toBase64(omit) overwrite "enp6enp6eno" 8:[122,122,122,122,122,122,122,122]
u8 encodeInto(s,u) detach threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
u8 encodeInto(s,u) shrink threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
u8 encodeInto(s,u) grow threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
u8 encodeInto(s,u) overwrite threw TypeError ERR_INVALID_ARG_TYPE 8:[97,98,99,100,101,102,103,104]
u8 decode(u,opts) detach "" 0:[]
u8 decode(u,opts) shrink "abc" 3:[97,98,99]
u8 decode(u,opts) grow "abcdefgh\u0000\u0000\u0000\u0000" 12:[97,98,99,100,101,102,103,104,0,0,0,0]
u8 decode(u,opts) overwrite "zzzzzzzz" 8:[122,122,122,122,122,122,122,122]
u8 decode(u,opts)/fatal detach "" 0:[]
u8 decode(u,opts)/fatal shrink "abc" 3:[97,98,99]
u8 decode(u,opts)/fatal grow "abcdefgh\u0000\u0000\u0000\u0000" 12:[97,98,99,100,101,102,103,104,0,0,0,0]
u8 decode(u,opts)/fatal overwrite "zzzzzzzz" 8:[122,122,122,122,122,122,122,122]
===*/
