/*
 * buf.indexOf, lastIndexOf and includes: numbers, strings (with encodings),
 * Buffers and Uint8Arrays; byteOffset rules (negative, NaN, strings as the
 * encoding, huge values), the v26 end argument, empty needles, utf16le
 * code-unit alignment, long needles (Two-Way search), and errors.
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer"]} ---*/
function show(v) {
    if (Buffer.isBuffer(v)) { return v.inspect(); }
    if (typeof v === 'string') { return JSON.stringify(v); }
    if (v && typeof v === 'object') { return JSON.stringify(v); }
    return String(v);
}
function t(label, f) {
    try { print(label, show(f())); } catch (e) { print(label, 'threw', e.name, e.code, e.message); }
}
/* For errors whose message names buffer.constants.MAX_LENGTH, which differs
 * from node's by design: class and code only. */
function tc(label, f) {
    try { print(label, show(f())); } catch (e) { print(label, 'threw', e.name, e.code); }
}

var b = Buffer.from('abcabcabd');
t('num', function () { return [b.indexOf(98), b.lastIndexOf(98), b.indexOf(0x62 + 256), b.indexOf(-158), b.indexOf(120)]; });
t('num offsets', function () { return [b.indexOf(97, 1), b.indexOf(97, -3), b.indexOf(97, -100), b.lastIndexOf(97, 5), b.lastIndexOf(97, -4), b.lastIndexOf(97, -100)]; });
t('num past end', function () { return [b.indexOf(100, 9), b.indexOf(100, 8), b.lastIndexOf(100, 100)]; });
t('str', function () { return [b.indexOf('abc'), b.indexOf('abd'), b.indexOf('abc', 1), b.lastIndexOf('abc'), b.lastIndexOf('abc', 5), b.lastIndexOf('abc', 2), b.indexOf('x')]; });
t('str neg offset', function () { return [b.indexOf('ab', -3), b.indexOf('ab', -2), b.lastIndexOf('ab', -3), b.lastIndexOf('bd', -1)]; });
t('str NaN offset', function () { return [b.indexOf('ab', NaN), b.lastIndexOf('ab', NaN), b.indexOf('ab', {}), b.lastIndexOf('ab', undefined), b.indexOf('ab', null), b.lastIndexOf('ab', null), b.indexOf('ab', [])]; });
t('str frac offset', function () { return [b.indexOf('c', 2.9), b.lastIndexOf('c', 4.9), b.indexOf('c', -0.5)]; });
t('str huge offset', function () { return [b.indexOf('a', Math.pow(2, 40)), b.lastIndexOf('a', Math.pow(2, 40)), b.indexOf('a', -Math.pow(2, 40)), b.lastIndexOf('a', -Math.pow(2, 40)), b.indexOf('a', Infinity), b.lastIndexOf('a', -Infinity)]; });
t('str valueOf offset', function () { return b.indexOf('a', { valueOf: function () { return 1; } }); });
t('str offset is enc', function () { return [b.indexOf('6162', 'hex'), b.lastIndexOf('6162', 'hex'), b.includes('6162', 'hex')]; });
t('str enc arg', function () { return [b.indexOf('6364', 0, 'hex'), b.indexOf('YWJk', 0, 'latin1'), b.indexOf('abd', 0, 'latin1')]; });
t('empty needle', function () { return [b.indexOf(''), b.indexOf('', 4), b.indexOf('', 20), b.lastIndexOf(''), b.lastIndexOf('', 4), b.indexOf('', -2), b.lastIndexOf('', -20), b.indexOf(Buffer.alloc(0), 3)]; });
t('empty hay', function () { var e = Buffer.alloc(0); return [e.indexOf('a'), e.indexOf(''), e.lastIndexOf(''), e.indexOf(0), e.includes(Buffer.alloc(0))]; });
t('buf needle', function () { return [b.indexOf(Buffer.from('ca')), b.lastIndexOf(Buffer.from('ca')), b.indexOf(new Uint8Array([98, 100])), b.includes(Buffer.from('abcabcabd')), b.includes(Buffer.from('abcabcabdx'))]; });
t('buf needle bad enc', function () { return b.indexOf(Buffer.from('c'), 0, 'nope'); });
t('str bad enc', function () { return b.indexOf('c', 0, 'nope'); });
t('str offset bad enc', function () { return b.indexOf('c', 'nope'); });
t('num bad enc', function () { return b.indexOf(99, 0, 'nope'); });
t('bad value', function () { return b.indexOf({}); });
t('bad value bool', function () { return b.lastIndexOf(true); });
t('bad value u16', function () { return b.includes(new Uint16Array(1)); });
t('includes', function () { return [b.includes('abd'), b.includes('abd', 7), b.includes(97, -1), b.includes('')]; });
t('end arg', function () { return [b.indexOf('c', 0, 2), b.indexOf('c', 0, 3), b.lastIndexOf('c', 8, 4), b.indexOf(99, 0, 2), b.indexOf('b', 0, 100), b.indexOf('', 0, 3), b.indexOf('', 5, 3), b.lastIndexOf('', 5, 3), b.indexOf('b', 0, 1.7)]; });
var u = Buffer.from([0x61, 0x00, 0x62, 0x00, 0x00, 0x61, 0x00, 0x62, 0x00]);
t('ucs2', function () { return [u.indexOf('ab', 0, 'ucs2'), u.indexOf('a', 1, 'utf16le'), u.lastIndexOf('a', 8, 'ucs2'), u.indexOf('b', 'ucs2')]; });
t('ucs2 odd match skipped', function () { var v = Buffer.from([0x00, 0x61, 0x00, 0x61, 0x00]); return [v.indexOf('a', 0, 'ucs2'), v.indexOf(Buffer.from([0x61, 0x00]), 0, 'ucs2'), v.indexOf(Buffer.from([0x61, 0x00]))]; });
t('ucs2 short', function () { return [Buffer.from([0x61]).indexOf('a', 0, 'ucs2'), u.indexOf(Buffer.from([0x61]), 0, 'ucs2')]; });
var big = Buffer.alloc(100000, 'abcdefgh');
big.write('needle!!', 77777);
big.write('needle!!', 123);
t('long', function () { return [big.indexOf('needle!!'), big.lastIndexOf('needle!!'), big.indexOf('needle!!', 124), big.indexOf('abcdefghabcdefgha'), big.lastIndexOf('habcdefgha'), big.indexOf('aaaa')]; });
var per = Buffer.alloc(5000, 'a');
per[4000] = 98;
t('periodic', function () { return [per.indexOf('aaaaaaaab'), per.lastIndexOf('baaaaaaaa'), per.indexOf('aaaaaaaaaaaa', 3995), per.lastIndexOf('aaaaaaaaaaaa', 4005)]; });
t('u8 this', function () { return Buffer.prototype.indexOf.call(new Uint8Array([1, 2, 3]), 3); });


/* A grid over the end argument (NaN, negative, huge: node's binding reads an
 * int64), byteOffsets counted from the buffer's end, and utf16le needles on
 * odd lengths (whole code units; -0 never comes back). */
var grid = [Buffer.from([2, 0, 3, 0, 2, 0, 2]), Buffer.from([2, 0, 2, 0, 2, 0, 2, 0]), Buffer.from([2])];
var gridEnds = [undefined, -3, 0, 1, 2.5, 5, 7, 9, 1e19, Infinity, NaN];
var gridOffsets = [undefined, -8, -3, -1, -0, 1, 3, 5, 6, 9, NaN];
var gridNeedles = [['', 'ucs2'], ['', 'utf8'], [Buffer.alloc(0), 'ucs2'], [Buffer.alloc(0), undefined], ['\u0002', 'ucs2'],
                   [Buffer.from([2, 0]), 'utf16le'], [Buffer.from([2]), 'latin1'], [2, 'ucs2'], ['\u0002\u0003', 'ucs2']];
for (var gb = 0; gb < grid.length; gb++) {
    for (var gn = 0; gn < gridNeedles.length; gn++) {
        var rows = [];
        for (var ge = 0; ge < gridEnds.length; ge++) {
            for (var go = 0; go < gridOffsets.length; go++) {
                var hay = grid[gb], nd = gridNeedles[gn], e = gridEnds[ge] === undefined ? hay.length : gridEnds[ge];
                var f = hay.indexOf(nd[0], gridOffsets[go], e, nd[1]), l = hay.lastIndexOf(nd[0], gridOffsets[go], e, nd[1]);
                rows.push((1 / f < 0 ? '-0' : f) + '/' + (1 / l < 0 ? '-0' : l) + (hay.includes(nd[0], gridOffsets[go], e, nd[1]) ? '' : 'x'));
            }
        }
        print('grid', hay.length, JSON.stringify(String(nd[0])), nd[1], rows.join(' '));
    }
}
/* end exactly 2**63 is past int64 (node: 0, nothing found); the largest double below it is a huge end */
t('end at 2**63', function () { var h = Buffer.from('abcabc'); return [h.indexOf('c', 0, 9223372036854775808), h.includes(99, 0, 9223372036854775808),
    h.lastIndexOf('c', 5, 9223372036854775808), h.indexOf('c', 0, 9223372036854774784), h.lastIndexOf('c', 5, 9223372036854774784)]; });
t('wrong type before end', function () { return Buffer.from('ab').includes({}, 0, { valueOf: function () { throw new RangeError('end'); } }); });
t('wrong type before end (indexOf)', function () { return Buffer.from('ab').indexOf(null, 0, { valueOf: function () { throw new RangeError('end'); } }); });
t('wrong type after encoding', function () { return Buffer.from('ab').indexOf(true, 0, 2, { valueOf: function () { throw new RangeError('enc'); } }); });
var seen = [];
t('byteOffset compared, then converted', function () {
    return Buffer.from('abcabc').indexOf('c', { valueOf: function () { seen.push('o'); return 3; } });
});
print(seen.join(','));
t('empty needle at -0', function () { var r = Buffer.from('ab').indexOf('', -0); return 1 / r; });
t('empty needle lastIndexOf at -0', function () { var r = Buffer.from('ab').lastIndexOf(Buffer.alloc(0), -0); return 1 / r; });
/* A byteOffset whose valueOf gives a small number twice (the clamp tests)
 * and then a value past int64 (infinities too): node's binding reads it as
 * INT64_MIN, a negative offset before the start. */
function late(v) { var n = 0; return { valueOf: function () { return n++ < 2 ? 0 : v; } }; }
t('late huge byteOffset', function () {
    var h = Buffer.from('abcabc');
    return [h.indexOf('a', late(1e300)), h.indexOf('a', late(Infinity)), h.indexOf(99, late(9.3e18)), h.includes('c', late(-Infinity)),
            h.lastIndexOf('a', late(Infinity)), h.lastIndexOf('a', late(-1e19)), h.lastIndexOf(97, late(1e300)),
            h.indexOf('c', late(9223372036854774784)), h.lastIndexOf('c', late(9223372036854774784)), h.indexOf('c', late(4294967298)),
            h.lastIndexOf('c', late(-4294967298)), h.indexOf('', late(1e300)), h.lastIndexOf('', late(Infinity))];
});

/*===
num [1,7,1,1,-1]
num offsets [3,6,0,3,3,-1]
num past end [-1,8,8]
str [0,6,3,3,3,0,-1]
str neg offset [6,-1,6,7]
str NaN offset [0,6,0,6,0,0,0]
str frac offset [2,2,2]
str huge offset [-1,6,0,-1,-1,-1]
str valueOf offset 3
str offset is enc [0,6,true]
str enc arg [-1,-1,6]
empty needle [0,4,9,9,4,7,0,3]
empty hay [-1,0,0,-1,true]
buf needle [2,5,7,true,false]
buf needle bad enc 2
str bad enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
str offset bad enc threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
num bad enc 2
bad value threw TypeError ERR_INVALID_ARG_TYPE The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object
bad value bool threw TypeError ERR_INVALID_ARG_TYPE The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received type boolean (true)
bad value u16 threw TypeError ERR_INVALID_ARG_TYPE The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Uint16Array
includes [true,false,false,true]
end arg [-1,2,2,-1,1,0,3,3,-1]
ucs2 [0,-1,0,2]
ucs2 odd match skipped [-1,-1,1]
ucs2 short [-1,-1]
long [123,77777,77777,0,99983,-1]
periodic [3992,4000,4001,4005]
u8 this 2
grid 7 "" ucs2 0/6 0/0 3/3 5/5 0/0 1/1 3/3 5/5 6/6 6/6 0/6 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/2 0/0 2/2 2/2 0/0 1/1 2/2 2/2 2/2 2/2 0/2 0/4 0/0 3/3 4/4 0/0 1/1 3/3 4/4 4/4 4/4 0/4 0/6 0/0 3/3 5/5 0/0 1/1 3/3 5/5 6/6 6/6 0/6 0/6 0/0 3/3 5/5 0/0 1/1 3/3 5/5 6/6 6/6 0/6 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 7 "" utf8 0/7 0/0 4/4 6/6 0/0 1/1 3/3 5/5 6/6 7/7 0/7 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/1 0/0 1/1 1/1 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/2 0/0 2/2 2/2 0/0 1/1 2/2 2/2 2/2 2/2 0/2 0/5 0/0 4/4 5/5 0/0 1/1 3/3 5/5 5/5 5/5 0/5 0/7 0/0 4/4 6/6 0/0 1/1 3/3 5/5 6/6 7/7 0/7 0/7 0/0 4/4 6/6 0/0 1/1 3/3 5/5 6/6 7/7 0/7 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 7 "" ucs2 0/6 0/0 4/4 6/6 0/0 1/1 3/3 5/5 6/6 6/6 0/6 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/2 0/0 2/2 2/2 0/0 1/1 2/2 2/2 2/2 2/2 0/2 0/4 0/0 4/4 4/4 0/0 1/1 3/3 4/4 4/4 4/4 0/4 0/6 0/0 4/4 6/6 0/0 1/1 3/3 5/5 6/6 6/6 0/6 0/6 0/0 4/4 6/6 0/0 1/1 3/3 5/5 6/6 6/6 0/6 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 7 "" undefined 0/7 0/0 4/4 6/6 0/0 1/1 3/3 5/5 6/6 7/7 0/7 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/1 0/0 1/1 1/1 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/2 0/0 2/2 2/2 0/0 1/1 2/2 2/2 2/2 2/2 0/2 0/5 0/0 4/4 5/5 0/0 1/1 3/3 5/5 5/5 5/5 0/5 0/7 0/0 4/4 6/6 0/0 1/1 3/3 5/5 6/6 7/7 0/7 0/7 0/0 4/4 6/6 0/0 1/1 3/3 5/5 6/6 7/7 0/7 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 7 "\u0002" ucs2 0/4 0/-0 4/0 -0/4x 0/0 4/0 4/0 -0/4x -0/4x -0/4x 0/4 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/4 0/-0 4/0 -0/4x 0/0 4/0 4/0 -0/4x -0/4x -0/4x 0/4 0/4 0/-0 4/0 -0/4x 0/0 4/0 4/0 -0/4x -0/4x -0/4x 0/4 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 7 "\u0002\u0000" utf16le 0/4 0/-0 4/4 -0/4x 0/0 0/0 4/0 -0/4x -0/4x -0/4x 0/4 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 -0/0x -0/0x 0/0 0/0 -0/0x -0/0x -0/0x -0/0x 0/0 0/4 0/-0 4/4 -0/4x 0/0 0/0 4/0 -0/4x -0/4x -0/4x 0/4 0/4 0/-0 4/4 -0/4x 0/0 0/0 4/0 -0/4x -0/4x -0/4x 0/4 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 7 "\u0002" latin1 0/6 0/-0 4/4 6/6 0/0 4/0 4/0 6/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/4 0/-0 4/4 -0/4x 0/0 4/0 4/0 -0/4x -0/4x -0/4x 0/4 0/6 0/-0 4/4 6/6 0/0 4/0 4/0 6/4 6/6 -0/6x 0/6 0/6 0/-0 4/4 6/6 0/0 4/0 4/0 6/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 7 "2" ucs2 0/6 0/-0 4/4 6/6 0/0 4/0 4/0 6/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/4 0/-0 4/4 -0/4x 0/0 4/0 4/0 -0/4x -0/4x -0/4x 0/4 0/6 0/-0 4/4 6/6 0/0 4/0 4/0 6/4 6/6 -0/6x 0/6 0/6 0/-0 4/4 6/6 0/0 4/0 4/0 6/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 7 "\u0002\u0003" ucs2 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 8 "" ucs2 0/8 0/0 5/5 7/7 0/0 1/1 3/3 5/5 6/6 8/8 0/8 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/2 0/0 2/2 2/2 0/0 1/1 2/2 2/2 2/2 2/2 0/2 0/4 0/0 4/4 4/4 0/0 1/1 3/3 4/4 4/4 4/4 0/4 0/6 0/0 5/5 6/6 0/0 1/1 3/3 5/5 6/6 6/6 0/6 0/8 0/0 5/5 7/7 0/0 1/1 3/3 5/5 6/6 8/8 0/8 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 8 "" utf8 0/8 0/0 5/5 7/7 0/0 1/1 3/3 5/5 6/6 8/8 0/8 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/1 0/0 1/1 1/1 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/2 0/0 2/2 2/2 0/0 1/1 2/2 2/2 2/2 2/2 0/2 0/5 0/0 5/5 5/5 0/0 1/1 3/3 5/5 5/5 5/5 0/5 0/7 0/0 5/5 7/7 0/0 1/1 3/3 5/5 6/6 7/7 0/7 0/8 0/0 5/5 7/7 0/0 1/1 3/3 5/5 6/6 8/8 0/8 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 8 "" ucs2 0/8 0/0 5/5 7/7 0/0 1/1 3/3 5/5 6/6 8/8 0/8 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/2 0/0 2/2 2/2 0/0 1/1 2/2 2/2 2/2 2/2 0/2 0/4 0/0 4/4 4/4 0/0 1/1 3/3 4/4 4/4 4/4 0/4 0/6 0/0 5/5 6/6 0/0 1/1 3/3 5/5 6/6 6/6 0/6 0/8 0/0 5/5 7/7 0/0 1/1 3/3 5/5 6/6 8/8 0/8 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 8 "" undefined 0/8 0/0 5/5 7/7 0/0 1/1 3/3 5/5 6/6 8/8 0/8 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/1 0/0 1/1 1/1 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/2 0/0 2/2 2/2 0/0 1/1 2/2 2/2 2/2 2/2 0/2 0/5 0/0 5/5 5/5 0/0 1/1 3/3 5/5 5/5 5/5 0/5 0/7 0/0 5/5 7/7 0/0 1/1 3/3 5/5 6/6 7/7 0/7 0/8 0/0 5/5 7/7 0/0 1/1 3/3 5/5 6/6 8/8 0/8 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 8 "\u0002" ucs2 0/6 0/0 6/4 -0/6x 0/0 2/0 4/2 6/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/2 0/0 -0/2x -0/2x 0/0 2/0 -0/2x -0/2x -0/2x -0/2x 0/2 0/4 0/0 -0/4x -0/4x 0/0 2/0 4/2 -0/4x -0/4x -0/4x 0/4 0/6 0/0 6/4 -0/6x 0/0 2/0 4/2 6/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 8 "\u0002\u0000" utf16le 0/6 0/0 4/4 -0/6x 0/0 0/0 2/2 4/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/2 0/0 -0/2x -0/2x 0/0 0/0 -0/2x -0/2x -0/2x -0/2x 0/2 0/4 0/0 -0/4x -0/4x 0/0 0/0 2/2 -0/4x -0/4x -0/4x 0/4 0/6 0/0 4/4 -0/6x 0/0 0/0 2/2 4/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 8 "\u0002" latin1 0/6 0/0 6/4 -0/6x 0/0 2/0 4/2 6/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/4 0/0 -0/4x -0/4x 0/0 2/0 4/2 -0/4x -0/4x -0/4x 0/4 0/6 0/0 6/4 -0/6x 0/0 2/0 4/2 6/4 6/6 -0/6x 0/6 0/6 0/0 6/4 -0/6x 0/0 2/0 4/2 6/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 8 "2" ucs2 0/6 0/0 6/4 -0/6x 0/0 2/0 4/2 6/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/0 -0/0x -0/0x 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/4 0/0 -0/4x -0/4x 0/0 2/0 4/2 -0/4x -0/4x -0/4x 0/4 0/6 0/0 6/4 -0/6x 0/0 2/0 4/2 6/4 6/6 -0/6x 0/6 0/6 0/0 6/4 -0/6x 0/0 2/0 4/2 6/4 6/6 -0/6x 0/6 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 8 "\u0002\u0003" ucs2 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 1 "" ucs2 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 1 "" utf8 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 1 "" ucs2 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 1 "" undefined 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/1 0/0 0/0 0/0 0/0 1/1 1/1 1/1 1/1 1/1 0/1 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0
grid 1 "\u0002" ucs2 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 1 "\u0002\u0000" utf16le -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 1 "\u0002" latin1 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 1 "2" ucs2 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 0/0 0/-0 0/-0 0/0 0/0 -0/0x -0/0x -0/0x -0/0x -0/0x 0/0 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
grid 1 "\u0002\u0003" ucs2 -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x -0/-0x
end at 2**63 [-1,false,-1,2,5]
wrong type before end threw TypeError ERR_INVALID_ARG_TYPE The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object
wrong type before end (indexOf) threw TypeError ERR_INVALID_ARG_TYPE The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received null
wrong type after encoding threw RangeError undefined enc
byteOffset compared, then converted 5
o,o,o
empty needle at -0 Infinity
empty needle lastIndexOf at -0 Infinity
late huge byteOffset [0,0,2,true,-1,-1,-1,-1,5,-1,-1,0,0]
===*/
