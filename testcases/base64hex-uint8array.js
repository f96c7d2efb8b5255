/*
 * Uint8Array.fromBase64 / fromHex / prototype.toBase64 / toHex /
 * setFromBase64 / setFromHex (ECMAScript 2026): every option, the
 * lastChunkHandling modes, partial writes, argument order and errors.
 * Error messages are engine wording: only the class is printed.
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
 */
/*--- {"features": ["base64hex"]} ---*/
function show(v) {
    if (v && typeof v === 'object' && 'written' in v) {
        return 'read ' + v.read + ' written ' + v.written;
    }
    if (v && typeof v === 'object') {
        return Object.prototype.toString.call(v) + ' [' + Array.prototype.join.call(v, ',') + ']';
    }
    return typeof v + ' ' + v;
}
function E(label, f) {
    try {
        print(label, show(f()));
    } catch (e) {
        print(label, e.name);
    }
}
function q(s) { return JSON.stringify(s); }

print(Uint8Array.fromBase64.length, Uint8Array.fromHex.length, Uint8Array.prototype.toBase64.length,
      Uint8Array.prototype.toHex.length, Uint8Array.prototype.setFromBase64.length, Uint8Array.prototype.setFromHex.length);

var b64 = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy', 'Zg', 'Zm8', 'Z', 'Zm9vY', 'Zh==', 'Zm9=',
           'Zg=', 'Zg===', 'Z===', '=', 'Zm9v=', ' Z g = = ', 'Zm\t9\nv\fY\rm', 'Zg==Zg==', 'Zg==\n', 'Zm9v\u00a0',
           '+/+/', '-_-_', 'Zm9v!', 'Zm9vYg=x', 'Zm 9v Y', '\u00e9Zg==', 'Zg=\u00e9'];
var modes = [undefined, 'loose', 'strict', 'stop-before-partial'];
for (var i = 0; i < b64.length; i++) {
    for (var m = 0; m < modes.length; m++) {
        E('fromBase64 ' + q(b64[i]) + ' ' + modes[m], function () {
            return Uint8Array.fromBase64(b64[i], { lastChunkHandling: modes[m] });
        });
    }
    E('fromBase64 url ' + q(b64[i]), function () { return Uint8Array.fromBase64(b64[i], { alphabet: 'base64url' }); });
}
E('fromBase64 no options', function () { return Uint8Array.fromBase64('AQID'); });
E('fromBase64 number', function () { return Uint8Array.fromBase64(5); });
E('fromBase64 String obj', function () { return Uint8Array.fromBase64(new String('AQID')); });
E('fromBase64 options null', function () { return Uint8Array.fromBase64('AQID', null); });
E('fromBase64 options 1', function () { return Uint8Array.fromBase64('AQID', 1); });
E('fromBase64 options fn', function () { var f = function () {}; f.alphabet = 'base64url'; return Uint8Array.fromBase64('-_-_', f); });
E('fromBase64 bad alphabet', function () { return Uint8Array.fromBase64('AQID', { alphabet: 'BASE64' }); });
E('fromBase64 alphabet obj', function () {
    return Uint8Array.fromBase64('AQID', { alphabet: { toString: function () { return 'base64'; } } });
});
E('fromBase64 bad lastChunk', function () { return Uint8Array.fromBase64('AQID', { lastChunkHandling: 'Loose' }); });
E('fromBase64 alphabet with NUL', function () { return Uint8Array.fromBase64('AQID', { alphabet: 'base64\0x' }); });
E('fromBase64 lastChunk with NUL', function () { return Uint8Array.fromBase64('AQID', { lastChunkHandling: 'loose\0' }); });
E('fromBase64 alphabet symbol', function () { return Uint8Array.fromBase64('AQID', { alphabet: Symbol.for('base64') }); });
E('fromBase64 lastChunk symbol', function () { return Uint8Array.fromBase64('AQID', { lastChunkHandling: Symbol('loose') }); });
E('fromBase64 alphabet prefix', function () { return Uint8Array.fromBase64('AQID', { alphabet: 'base' }); });
E('fromBase64 alphabet empty', function () { return Uint8Array.fromBase64('AQID', { alphabet: '' }); });
E('fromBase64 vertical tab', function () { return Uint8Array.fromBase64('Zm9v\u000bYg=='); });
E('toBase64 alphabet symbol', function () { return new Uint8Array(1).toBase64({ alphabet: Symbol.for('base64url') }); });
E('fromBase64 order', function () {
    var log = [];
    var opts = {};
    Object.defineProperty(opts, 'alphabet', { get: function () { log.push('alphabet'); return undefined; } });
    Object.defineProperty(opts, 'lastChunkHandling', { get: function () { log.push('lastChunkHandling'); return 'x'; } });
    try { Uint8Array.fromBase64('AQID', opts); } catch (e) { log.push(e.name); }
    return log.join(',');
});
E('fromBase64 string checked first', function () {
    return Uint8Array.fromBase64(1, { get alphabet() { throw new Error('getter ran'); } });
});
E('fromBase64 via subclass this', function () { return Uint8Array.fromBase64.call(Int8Array, 'AQID'); });

var hexes = ['', '00', 'ff', 'FF', 'aB', '0123456789abcdefABCDEF', 'f', 'fff', 'fg', 'gf', ' ff', 'ff ', '0x', '\u00e9\u00e9', 'ab\u00e9a'];
for (var i = 0; i < hexes.length; i++) {
    E('fromHex ' + q(hexes[i]), function () { return Uint8Array.fromHex(hexes[i]); });
}
E('fromHex number', function () { return Uint8Array.fromHex(12); });

var bytes = [[], [0], [0xff], [1, 2], [1, 2, 3], [0xfb, 0xff, 0xbf], [0xfb, 0xff], [0x66, 0x6f, 0x6f, 0x62, 0x61, 0x72]];
for (var i = 0; i < bytes.length; i++) {
    var u = new Uint8Array(bytes[i]);
    E('toBase64 ' + bytes[i], function () { return u.toBase64(); });
    E('toBase64 url ' + bytes[i], function () { return u.toBase64({ alphabet: 'base64url' }); });
    E('toBase64 omit ' + bytes[i], function () { return u.toBase64({ omitPadding: true }); });
    E('toBase64 url omit ' + bytes[i], function () { return u.toBase64({ alphabet: 'base64url', omitPadding: 1 }); });
    E('toHex ' + bytes[i], function () { return u.toHex(); });
}
E('toBase64 subarray', function () { return new Uint8Array([1, 2, 3, 4, 5]).subarray(1, 4).toBase64(); });
E('toHex subarray', function () { return new Uint8Array([1, 2, 3, 4, 5]).subarray(3).toHex(); });
E('toBase64 bad alphabet', function () { return new Uint8Array(1).toBase64({ alphabet: 'url' }); });
E('toBase64 options 5', function () { return new Uint8Array(1).toBase64(5); });
E('toBase64 on Int8Array', function () { return Uint8Array.prototype.toBase64.call(new Int8Array(1)); });
E('toHex on Uint8ClampedArray', function () { return Uint8Array.prototype.toHex.call(new Uint8ClampedArray(1)); });
E('toHex on array', function () { return Uint8Array.prototype.toHex.call([1]); });
E('toHex on ArrayBuffer', function () { return Uint8Array.prototype.toHex.call(new ArrayBuffer(1)); });
E('toHex on DataView', function () { return Uint8Array.prototype.toHex.call(new DataView(new ArrayBuffer(1))); });

function setB64(cap, s, opts) {
    E('setFromBase64 cap ' + cap + ' ' + q(s) + ' ' + JSON.stringify(opts), function () {
        var u = new Uint8Array(cap);
        for (var k = 0; k < cap; k++) { u[k] = 0xee; }
        try {
            var r = u.setFromBase64(s, opts);
            return show(r) + ' [' + Array.prototype.join.call(u, ',') + ']';
        } catch (e) {
            return e.name + ' [' + Array.prototype.join.call(u, ',') + ']';
        }
    });
}
var sets = ['Zm9vYmFy', 'Zm9vYmE=', 'Zm9vYg==', 'Zm9vYg', 'Zm9vY', 'Zm9v YmFy', 'Zm9vYmFy!', 'Zm9v!mFy', 'AAAABBBB!', 'Zm9vYg=',
            ' Zm9v ', '', 'Zm9vYh=='];
for (var i = 0; i < sets.length; i++) {
    for (var cap = 0; cap <= 7; cap++) {
        setB64(cap, sets[i], undefined);
    }
    setB64(4, sets[i], { lastChunkHandling: 'strict' });
    setB64(4, sets[i], { lastChunkHandling: 'stop-before-partial' });
    setB64(8, sets[i], { lastChunkHandling: 'stop-before-partial' });
}
var full = ['Zm9vYg==', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmE=', 'Zm9vYh==', 'Zm9v Y', 'Zm9vYm', 'Zm9vY===', 'Zm9v=',
            'Zm9vYmFyYmF6', 'Zm9vYmFy!Zm9v', 'Zm9vYm!', 'Zm9vYmF=', 'Zm9vYmE!'];
for (var i = 0; i < full.length; i++) {
    for (var m = 0; m < modes.length; m++) {
        setB64(3, full[i], { lastChunkHandling: modes[m] });
        setB64(4, full[i], { lastChunkHandling: modes[m] });
    }
}
setB64(3, '-_-_', { alphabet: 'base64url' });
setB64(3, '+/+/', { alphabet: 'base64url' });
setB64(0, '!!!!', undefined);
setB64(3, 5, undefined);
setB64(3, 'AAAA', 5);

function setHex(cap, s) {
    E('setFromHex cap ' + cap + ' ' + q(s), function () {
        var u = new Uint8Array(cap);
        try {
            var r = u.setFromHex(s);
            return show(r) + ' [' + Array.prototype.join.call(u, ',') + ']';
        } catch (e) {
            return e.name + ' [' + Array.prototype.join.call(u, ',') + ']';
        }
    });
}
var hsets = ['', 'abcd', 'abcdef', 'abc', 'abzz', 'zzab', 'abcdzz', 'ab\u00e9\u00e9'];
for (var i = 0; i < hsets.length; i++) {
    for (var cap = 0; cap <= 3; cap++) {
        setHex(cap, hsets[i]);
    }
}
setHex(2, 12);
E('setFromHex subarray', function () {
    var u = new Uint8Array(4);
    var r = u.subarray(1, 3).setFromHex('0102030405');
    return show(r) + ' [' + Array.prototype.join.call(u, ',') + ']';
});
E('setFromHex on Uint16Array', function () { return Uint8Array.prototype.setFromHex.call(new Uint16Array(2), 'ab'); });
E('setFromBase64 on Int8Array', function () { return Uint8Array.prototype.setFromBase64.call(new Int8Array(2), 'AA=='); });
E('setFromBase64 checks this before string', function () { return Uint8Array.prototype.setFromBase64.call({}, 5); });
E('round trip', function () {
    var u = new Uint8Array(256);
    for (var k = 0; k < 256; k++) { u[k] = k; }
    var a = Uint8Array.fromBase64(u.toBase64()), b = Uint8Array.fromHex(u.toHex());
    var c = Uint8Array.fromBase64(u.toBase64({ alphabet: 'base64url', omitPadding: true }), { alphabet: 'base64url' });
    for (var k = 0; k < 256; k++) {
        if (a[k] !== k || b[k] !== k || c[k] !== k) { return 'mismatch at ' + k; }
    }
    return a.length + ' ' + b.length + ' ' + c.length;
});

/*===
1 1 0 0 1 1
fromBase64 "" undefined [object Uint8Array] []
fromBase64 "" loose [object Uint8Array] []
fromBase64 "" strict [object Uint8Array] []
fromBase64 "" stop-before-partial [object Uint8Array] []
fromBase64 url "" [object Uint8Array] []
fromBase64 "Zg==" undefined [object Uint8Array] [102]
fromBase64 "Zg==" loose [object Uint8Array] [102]
fromBase64 "Zg==" strict [object Uint8Array] [102]
fromBase64 "Zg==" stop-before-partial [object Uint8Array] [102]
fromBase64 url "Zg==" [object Uint8Array] [102]
fromBase64 "Zm8=" undefined [object Uint8Array] [102,111]
fromBase64 "Zm8=" loose [object Uint8Array] [102,111]
fromBase64 "Zm8=" strict [object Uint8Array] [102,111]
fromBase64 "Zm8=" stop-before-partial [object Uint8Array] [102,111]
fromBase64 url "Zm8=" [object Uint8Array] [102,111]
fromBase64 "Zm9v" undefined [object Uint8Array] [102,111,111]
fromBase64 "Zm9v" loose [object Uint8Array] [102,111,111]
fromBase64 "Zm9v" strict [object Uint8Array] [102,111,111]
fromBase64 "Zm9v" stop-before-partial [object Uint8Array] [102,111,111]
fromBase64 url "Zm9v" [object Uint8Array] [102,111,111]
fromBase64 "Zm9vYg==" undefined [object Uint8Array] [102,111,111,98]
fromBase64 "Zm9vYg==" loose [object Uint8Array] [102,111,111,98]
fromBase64 "Zm9vYg==" strict [object Uint8Array] [102,111,111,98]
fromBase64 "Zm9vYg==" stop-before-partial [object Uint8Array] [102,111,111,98]
fromBase64 url "Zm9vYg==" [object Uint8Array] [102,111,111,98]
fromBase64 "Zm9vYmE=" undefined [object Uint8Array] [102,111,111,98,97]
fromBase64 "Zm9vYmE=" loose [object Uint8Array] [102,111,111,98,97]
fromBase64 "Zm9vYmE=" strict [object Uint8Array] [102,111,111,98,97]
fromBase64 "Zm9vYmE=" stop-before-partial [object Uint8Array] [102,111,111,98,97]
fromBase64 url "Zm9vYmE=" [object Uint8Array] [102,111,111,98,97]
fromBase64 "Zm9vYmFy" undefined [object Uint8Array] [102,111,111,98,97,114]
fromBase64 "Zm9vYmFy" loose [object Uint8Array] [102,111,111,98,97,114]
fromBase64 "Zm9vYmFy" strict [object Uint8Array] [102,111,111,98,97,114]
fromBase64 "Zm9vYmFy" stop-before-partial [object Uint8Array] [102,111,111,98,97,114]
fromBase64 url "Zm9vYmFy" [object Uint8Array] [102,111,111,98,97,114]
fromBase64 "Zg" undefined [object Uint8Array] [102]
fromBase64 "Zg" loose [object Uint8Array] [102]
fromBase64 "Zg" strict SyntaxError
fromBase64 "Zg" stop-before-partial [object Uint8Array] []
fromBase64 url "Zg" [object Uint8Array] [102]
fromBase64 "Zm8" undefined [object Uint8Array] [102,111]
fromBase64 "Zm8" loose [object Uint8Array] [102,111]
fromBase64 "Zm8" strict SyntaxError
fromBase64 "Zm8" stop-before-partial [object Uint8Array] []
fromBase64 url "Zm8" [object Uint8Array] [102,111]
fromBase64 "Z" undefined SyntaxError
fromBase64 "Z" loose SyntaxError
fromBase64 "Z" strict SyntaxError
fromBase64 "Z" stop-before-partial [object Uint8Array] []
fromBase64 url "Z" SyntaxError
fromBase64 "Zm9vY" undefined SyntaxError
fromBase64 "Zm9vY" loose SyntaxError
fromBase64 "Zm9vY" strict SyntaxError
fromBase64 "Zm9vY" stop-before-partial [object Uint8Array] [102,111,111]
fromBase64 url "Zm9vY" SyntaxError
fromBase64 "Zh==" undefined [object Uint8Array] [102]
fromBase64 "Zh==" loose [object Uint8Array] [102]
fromBase64 "Zh==" strict SyntaxError
fromBase64 "Zh==" stop-before-partial [object Uint8Array] [102]
fromBase64 url "Zh==" [object Uint8Array] [102]
fromBase64 "Zm9=" undefined [object Uint8Array] [102,111]
fromBase64 "Zm9=" loose [object Uint8Array] [102,111]
fromBase64 "Zm9=" strict SyntaxError
fromBase64 "Zm9=" stop-before-partial [object Uint8Array] [102,111]
fromBase64 url "Zm9=" [object Uint8Array] [102,111]
fromBase64 "Zg=" undefined SyntaxError
fromBase64 "Zg=" loose SyntaxError
fromBase64 "Zg=" strict SyntaxError
fromBase64 "Zg=" stop-before-partial [object Uint8Array] []
fromBase64 url "Zg=" SyntaxError
fromBase64 "Zg===" undefined SyntaxError
fromBase64 "Zg===" loose SyntaxError
fromBase64 "Zg===" strict SyntaxError
fromBase64 "Zg===" stop-before-partial SyntaxError
fromBase64 url "Zg===" SyntaxError
fromBase64 "Z===" undefined SyntaxError
fromBase64 "Z===" loose SyntaxError
fromBase64 "Z===" strict SyntaxError
fromBase64 "Z===" stop-before-partial SyntaxError
fromBase64 url "Z===" SyntaxError
fromBase64 "=" undefined SyntaxError
fromBase64 "=" loose SyntaxError
fromBase64 "=" strict SyntaxError
fromBase64 "=" stop-before-partial SyntaxError
fromBase64 url "=" SyntaxError
fromBase64 "Zm9v=" undefined SyntaxError
fromBase64 "Zm9v=" loose SyntaxError
fromBase64 "Zm9v=" strict SyntaxError
fromBase64 "Zm9v=" stop-before-partial SyntaxError
fromBase64 url "Zm9v=" SyntaxError
fromBase64 " Z g = = " undefined [object Uint8Array] [102]
fromBase64 " Z g = = " loose [object Uint8Array] [102]
fromBase64 " Z g = = " strict [object Uint8Array] [102]
fromBase64 " Z g = = " stop-before-partial [object Uint8Array] [102]
fromBase64 url " Z g = = " [object Uint8Array] [102]
fromBase64 "Zm\t9\nv\fY\rm" undefined [object Uint8Array] [102,111,111,98]
fromBase64 "Zm\t9\nv\fY\rm" loose [object Uint8Array] [102,111,111,98]
fromBase64 "Zm\t9\nv\fY\rm" strict SyntaxError
fromBase64 "Zm\t9\nv\fY\rm" stop-before-partial [object Uint8Array] [102,111,111]
fromBase64 url "Zm\t9\nv\fY\rm" [object Uint8Array] [102,111,111,98]
fromBase64 "Zg==Zg==" undefined SyntaxError
fromBase64 "Zg==Zg==" loose SyntaxError
fromBase64 "Zg==Zg==" strict SyntaxError
fromBase64 "Zg==Zg==" stop-before-partial SyntaxError
fromBase64 url "Zg==Zg==" SyntaxError
fromBase64 "Zg==\n" undefined [object Uint8Array] [102]
fromBase64 "Zg==\n" loose [object Uint8Array] [102]
fromBase64 "Zg==\n" strict [object Uint8Array] [102]
fromBase64 "Zg==\n" stop-before-partial [object Uint8Array] [102]
fromBase64 url "Zg==\n" [object Uint8Array] [102]
fromBase64 "Zm9v " undefined SyntaxError
fromBase64 "Zm9v " loose SyntaxError
fromBase64 "Zm9v " strict SyntaxError
fromBase64 "Zm9v " stop-before-partial SyntaxError
fromBase64 url "Zm9v " SyntaxError
fromBase64 "+/+/" undefined [object Uint8Array] [251,255,191]
fromBase64 "+/+/" loose [object Uint8Array] [251,255,191]
fromBase64 "+/+/" strict [object Uint8Array] [251,255,191]
fromBase64 "+/+/" stop-before-partial [object Uint8Array] [251,255,191]
fromBase64 url "+/+/" SyntaxError
fromBase64 "-_-_" undefined SyntaxError
fromBase64 "-_-_" loose SyntaxError
fromBase64 "-_-_" strict SyntaxError
fromBase64 "-_-_" stop-before-partial SyntaxError
fromBase64 url "-_-_" [object Uint8Array] [251,255,191]
fromBase64 "Zm9v!" undefined SyntaxError
fromBase64 "Zm9v!" loose SyntaxError
fromBase64 "Zm9v!" strict SyntaxError
fromBase64 "Zm9v!" stop-before-partial SyntaxError
fromBase64 url "Zm9v!" SyntaxError
fromBase64 "Zm9vYg=x" undefined SyntaxError
fromBase64 "Zm9vYg=x" loose SyntaxError
fromBase64 "Zm9vYg=x" strict SyntaxError
fromBase64 "Zm9vYg=x" stop-before-partial SyntaxError
fromBase64 url "Zm9vYg=x" SyntaxError
fromBase64 "Zm 9v Y" undefined SyntaxError
fromBase64 "Zm 9v Y" loose SyntaxError
fromBase64 "Zm 9v Y" strict SyntaxError
fromBase64 "Zm 9v Y" stop-before-partial [object Uint8Array] [102,111,111]
fromBase64 url "Zm 9v Y" SyntaxError
fromBase64 "éZg==" undefined SyntaxError
fromBase64 "éZg==" loose SyntaxError
fromBase64 "éZg==" strict SyntaxError
fromBase64 "éZg==" stop-before-partial SyntaxError
fromBase64 url "éZg==" SyntaxError
fromBase64 "Zg=é" undefined SyntaxError
fromBase64 "Zg=é" loose SyntaxError
fromBase64 "Zg=é" strict SyntaxError
fromBase64 "Zg=é" stop-before-partial SyntaxError
fromBase64 url "Zg=é" SyntaxError
fromBase64 no options [object Uint8Array] [1,2,3]
fromBase64 number TypeError
fromBase64 String obj TypeError
fromBase64 options null TypeError
fromBase64 options 1 TypeError
fromBase64 options fn [object Uint8Array] [251,255,191]
fromBase64 bad alphabet TypeError
fromBase64 alphabet obj TypeError
fromBase64 bad lastChunk TypeError
fromBase64 alphabet with NUL TypeError
fromBase64 lastChunk with NUL TypeError
fromBase64 alphabet symbol TypeError
fromBase64 lastChunk symbol TypeError
fromBase64 alphabet prefix TypeError
fromBase64 alphabet empty TypeError
fromBase64 vertical tab SyntaxError
toBase64 alphabet symbol TypeError
fromBase64 order string alphabet,lastChunkHandling,TypeError
fromBase64 string checked first TypeError
fromBase64 via subclass this [object Uint8Array] [1,2,3]
fromHex "" [object Uint8Array] []
fromHex "00" [object Uint8Array] [0]
fromHex "ff" [object Uint8Array] [255]
fromHex "FF" [object Uint8Array] [255]
fromHex "aB" [object Uint8Array] [171]
fromHex "0123456789abcdefABCDEF" [object Uint8Array] [1,35,69,103,137,171,205,239,171,205,239]
fromHex "f" SyntaxError
fromHex "fff" SyntaxError
fromHex "fg" SyntaxError
fromHex "gf" SyntaxError
fromHex " ff" SyntaxError
fromHex "ff " SyntaxError
fromHex "0x" SyntaxError
fromHex "éé" SyntaxError
fromHex "abéa" SyntaxError
fromHex number TypeError
toBase64  string 
toBase64 url  string 
toBase64 omit  string 
toBase64 url omit  string 
toHex  string 
toBase64 0 string AA==
toBase64 url 0 string AA==
toBase64 omit 0 string AA
toBase64 url omit 0 string AA
toHex 0 string 00
toBase64 255 string /w==
toBase64 url 255 string _w==
toBase64 omit 255 string /w
toBase64 url omit 255 string _w
toHex 255 string ff
toBase64 1,2 string AQI=
toBase64 url 1,2 string AQI=
toBase64 omit 1,2 string AQI
toBase64 url omit 1,2 string AQI
toHex 1,2 string 0102
toBase64 1,2,3 string AQID
toBase64 url 1,2,3 string AQID
toBase64 omit 1,2,3 string AQID
toBase64 url omit 1,2,3 string AQID
toHex 1,2,3 string 010203
toBase64 251,255,191 string +/+/
toBase64 url 251,255,191 string -_-_
toBase64 omit 251,255,191 string +/+/
toBase64 url omit 251,255,191 string -_-_
toHex 251,255,191 string fbffbf
toBase64 251,255 string +/8=
toBase64 url 251,255 string -_8=
toBase64 omit 251,255 string +/8
toBase64 url omit 251,255 string -_8
toHex 251,255 string fbff
toBase64 102,111,111,98,97,114 string Zm9vYmFy
toBase64 url 102,111,111,98,97,114 string Zm9vYmFy
toBase64 omit 102,111,111,98,97,114 string Zm9vYmFy
toBase64 url omit 102,111,111,98,97,114 string Zm9vYmFy
toHex 102,111,111,98,97,114 string 666f6f626172
toBase64 subarray string AgME
toHex subarray string 0405
toBase64 bad alphabet TypeError
toBase64 options 5 TypeError
toBase64 on Int8Array TypeError
toHex on Uint8ClampedArray TypeError
toHex on array TypeError
toHex on ArrayBuffer TypeError
toHex on DataView TypeError
setFromBase64 cap 0 "Zm9vYmFy" undefined string read 0 written 0 []
setFromBase64 cap 1 "Zm9vYmFy" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "Zm9vYmFy" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "Zm9vYmFy" undefined string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmFy" undefined string read 4 written 3 [102,111,111,238]
setFromBase64 cap 5 "Zm9vYmFy" undefined string read 4 written 3 [102,111,111,238,238]
setFromBase64 cap 6 "Zm9vYmFy" undefined string read 8 written 6 [102,111,111,98,97,114]
setFromBase64 cap 7 "Zm9vYmFy" undefined string read 8 written 6 [102,111,111,98,97,114,238]
setFromBase64 cap 4 "Zm9vYmFy" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 4 "Zm9vYmFy" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 8 "Zm9vYmFy" {"lastChunkHandling":"stop-before-partial"} string read 8 written 6 [102,111,111,98,97,114,238,238]
setFromBase64 cap 0 "Zm9vYmE=" undefined string read 0 written 0 []
setFromBase64 cap 1 "Zm9vYmE=" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "Zm9vYmE=" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "Zm9vYmE=" undefined string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmE=" undefined string read 4 written 3 [102,111,111,238]
setFromBase64 cap 5 "Zm9vYmE=" undefined string read 8 written 5 [102,111,111,98,97]
setFromBase64 cap 6 "Zm9vYmE=" undefined string read 8 written 5 [102,111,111,98,97,238]
setFromBase64 cap 7 "Zm9vYmE=" undefined string read 8 written 5 [102,111,111,98,97,238,238]
setFromBase64 cap 4 "Zm9vYmE=" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 4 "Zm9vYmE=" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 8 "Zm9vYmE=" {"lastChunkHandling":"stop-before-partial"} string read 8 written 5 [102,111,111,98,97,238,238,238]
setFromBase64 cap 0 "Zm9vYg==" undefined string read 0 written 0 []
setFromBase64 cap 1 "Zm9vYg==" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "Zm9vYg==" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "Zm9vYg==" undefined string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYg==" undefined string read 8 written 4 [102,111,111,98]
setFromBase64 cap 5 "Zm9vYg==" undefined string read 8 written 4 [102,111,111,98,238]
setFromBase64 cap 6 "Zm9vYg==" undefined string read 8 written 4 [102,111,111,98,238,238]
setFromBase64 cap 7 "Zm9vYg==" undefined string read 8 written 4 [102,111,111,98,238,238,238]
setFromBase64 cap 4 "Zm9vYg==" {"lastChunkHandling":"strict"} string read 8 written 4 [102,111,111,98]
setFromBase64 cap 4 "Zm9vYg==" {"lastChunkHandling":"stop-before-partial"} string read 8 written 4 [102,111,111,98]
setFromBase64 cap 8 "Zm9vYg==" {"lastChunkHandling":"stop-before-partial"} string read 8 written 4 [102,111,111,98,238,238,238,238]
setFromBase64 cap 0 "Zm9vYg" undefined string read 0 written 0 []
setFromBase64 cap 1 "Zm9vYg" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "Zm9vYg" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "Zm9vYg" undefined string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYg" undefined string read 6 written 4 [102,111,111,98]
setFromBase64 cap 5 "Zm9vYg" undefined string read 6 written 4 [102,111,111,98,238]
setFromBase64 cap 6 "Zm9vYg" undefined string read 6 written 4 [102,111,111,98,238,238]
setFromBase64 cap 7 "Zm9vYg" undefined string read 6 written 4 [102,111,111,98,238,238,238]
setFromBase64 cap 4 "Zm9vYg" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 4 "Zm9vYg" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 8 "Zm9vYg" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238,238,238,238,238]
setFromBase64 cap 0 "Zm9vY" undefined string read 0 written 0 []
setFromBase64 cap 1 "Zm9vY" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "Zm9vY" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "Zm9vY" undefined string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vY" undefined string SyntaxError [102,111,111,238]
setFromBase64 cap 5 "Zm9vY" undefined string SyntaxError [102,111,111,238,238]
setFromBase64 cap 6 "Zm9vY" undefined string SyntaxError [102,111,111,238,238,238]
setFromBase64 cap 7 "Zm9vY" undefined string SyntaxError [102,111,111,238,238,238,238]
setFromBase64 cap 4 "Zm9vY" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 4 "Zm9vY" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 8 "Zm9vY" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238,238,238,238,238]
setFromBase64 cap 0 "Zm9v YmFy" undefined string read 0 written 0 []
setFromBase64 cap 1 "Zm9v YmFy" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "Zm9v YmFy" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "Zm9v YmFy" undefined string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9v YmFy" undefined string read 4 written 3 [102,111,111,238]
setFromBase64 cap 5 "Zm9v YmFy" undefined string read 4 written 3 [102,111,111,238,238]
setFromBase64 cap 6 "Zm9v YmFy" undefined string read 9 written 6 [102,111,111,98,97,114]
setFromBase64 cap 7 "Zm9v YmFy" undefined string read 9 written 6 [102,111,111,98,97,114,238]
setFromBase64 cap 4 "Zm9v YmFy" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 4 "Zm9v YmFy" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 8 "Zm9v YmFy" {"lastChunkHandling":"stop-before-partial"} string read 9 written 6 [102,111,111,98,97,114,238,238]
setFromBase64 cap 0 "Zm9vYmFy!" undefined string read 0 written 0 []
setFromBase64 cap 1 "Zm9vYmFy!" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "Zm9vYmFy!" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "Zm9vYmFy!" undefined string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmFy!" undefined string read 4 written 3 [102,111,111,238]
setFromBase64 cap 5 "Zm9vYmFy!" undefined string read 4 written 3 [102,111,111,238,238]
setFromBase64 cap 6 "Zm9vYmFy!" undefined string SyntaxError [102,111,111,98,97,114]
setFromBase64 cap 7 "Zm9vYmFy!" undefined string SyntaxError [102,111,111,98,97,114,238]
setFromBase64 cap 4 "Zm9vYmFy!" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 4 "Zm9vYmFy!" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 8 "Zm9vYmFy!" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111,98,97,114,238,238]
setFromBase64 cap 0 "Zm9v!mFy" undefined string read 0 written 0 []
setFromBase64 cap 1 "Zm9v!mFy" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "Zm9v!mFy" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "Zm9v!mFy" undefined string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9v!mFy" undefined string SyntaxError [102,111,111,238]
setFromBase64 cap 5 "Zm9v!mFy" undefined string SyntaxError [102,111,111,238,238]
setFromBase64 cap 6 "Zm9v!mFy" undefined string SyntaxError [102,111,111,238,238,238]
setFromBase64 cap 7 "Zm9v!mFy" undefined string SyntaxError [102,111,111,238,238,238,238]
setFromBase64 cap 4 "Zm9v!mFy" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 4 "Zm9v!mFy" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111,238]
setFromBase64 cap 8 "Zm9v!mFy" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111,238,238,238,238,238]
setFromBase64 cap 0 "AAAABBBB!" undefined string read 0 written 0 []
setFromBase64 cap 1 "AAAABBBB!" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "AAAABBBB!" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "AAAABBBB!" undefined string read 4 written 3 [0,0,0]
setFromBase64 cap 4 "AAAABBBB!" undefined string read 4 written 3 [0,0,0,238]
setFromBase64 cap 5 "AAAABBBB!" undefined string read 4 written 3 [0,0,0,238,238]
setFromBase64 cap 6 "AAAABBBB!" undefined string SyntaxError [0,0,0,4,16,65]
setFromBase64 cap 7 "AAAABBBB!" undefined string SyntaxError [0,0,0,4,16,65,238]
setFromBase64 cap 4 "AAAABBBB!" {"lastChunkHandling":"strict"} string read 4 written 3 [0,0,0,238]
setFromBase64 cap 4 "AAAABBBB!" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [0,0,0,238]
setFromBase64 cap 8 "AAAABBBB!" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [0,0,0,4,16,65,238,238]
setFromBase64 cap 0 "Zm9vYg=" undefined string read 0 written 0 []
setFromBase64 cap 1 "Zm9vYg=" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "Zm9vYg=" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "Zm9vYg=" undefined string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYg=" undefined string SyntaxError [102,111,111,238]
setFromBase64 cap 5 "Zm9vYg=" undefined string SyntaxError [102,111,111,238,238]
setFromBase64 cap 6 "Zm9vYg=" undefined string SyntaxError [102,111,111,238,238,238]
setFromBase64 cap 7 "Zm9vYg=" undefined string SyntaxError [102,111,111,238,238,238,238]
setFromBase64 cap 4 "Zm9vYg=" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 4 "Zm9vYg=" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 8 "Zm9vYg=" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238,238,238,238,238]
setFromBase64 cap 0 " Zm9v " undefined string read 0 written 0 []
setFromBase64 cap 1 " Zm9v " undefined string read 0 written 0 [238]
setFromBase64 cap 2 " Zm9v " undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 " Zm9v " undefined string read 6 written 3 [102,111,111]
setFromBase64 cap 4 " Zm9v " undefined string read 6 written 3 [102,111,111,238]
setFromBase64 cap 5 " Zm9v " undefined string read 6 written 3 [102,111,111,238,238]
setFromBase64 cap 6 " Zm9v " undefined string read 6 written 3 [102,111,111,238,238,238]
setFromBase64 cap 7 " Zm9v " undefined string read 6 written 3 [102,111,111,238,238,238,238]
setFromBase64 cap 4 " Zm9v " {"lastChunkHandling":"strict"} string read 6 written 3 [102,111,111,238]
setFromBase64 cap 4 " Zm9v " {"lastChunkHandling":"stop-before-partial"} string read 6 written 3 [102,111,111,238]
setFromBase64 cap 8 " Zm9v " {"lastChunkHandling":"stop-before-partial"} string read 6 written 3 [102,111,111,238,238,238,238,238]
setFromBase64 cap 0 "" undefined string read 0 written 0 []
setFromBase64 cap 1 "" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "" undefined string read 0 written 0 [238,238,238]
setFromBase64 cap 4 "" undefined string read 0 written 0 [238,238,238,238]
setFromBase64 cap 5 "" undefined string read 0 written 0 [238,238,238,238,238]
setFromBase64 cap 6 "" undefined string read 0 written 0 [238,238,238,238,238,238]
setFromBase64 cap 7 "" undefined string read 0 written 0 [238,238,238,238,238,238,238]
setFromBase64 cap 4 "" {"lastChunkHandling":"strict"} string read 0 written 0 [238,238,238,238]
setFromBase64 cap 4 "" {"lastChunkHandling":"stop-before-partial"} string read 0 written 0 [238,238,238,238]
setFromBase64 cap 8 "" {"lastChunkHandling":"stop-before-partial"} string read 0 written 0 [238,238,238,238,238,238,238,238]
setFromBase64 cap 0 "Zm9vYh==" undefined string read 0 written 0 []
setFromBase64 cap 1 "Zm9vYh==" undefined string read 0 written 0 [238]
setFromBase64 cap 2 "Zm9vYh==" undefined string read 0 written 0 [238,238]
setFromBase64 cap 3 "Zm9vYh==" undefined string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYh==" undefined string read 8 written 4 [102,111,111,98]
setFromBase64 cap 5 "Zm9vYh==" undefined string read 8 written 4 [102,111,111,98,238]
setFromBase64 cap 6 "Zm9vYh==" undefined string read 8 written 4 [102,111,111,98,238,238]
setFromBase64 cap 7 "Zm9vYh==" undefined string read 8 written 4 [102,111,111,98,238,238,238]
setFromBase64 cap 4 "Zm9vYh==" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 4 "Zm9vYh==" {"lastChunkHandling":"stop-before-partial"} string read 8 written 4 [102,111,111,98]
setFromBase64 cap 8 "Zm9vYh==" {"lastChunkHandling":"stop-before-partial"} string read 8 written 4 [102,111,111,98,238,238,238,238]
setFromBase64 cap 3 "Zm9vYg==" {} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYg==" {} string read 8 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9vYg==" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYg==" {"lastChunkHandling":"loose"} string read 8 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9vYg==" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYg==" {"lastChunkHandling":"strict"} string read 8 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9vYg==" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYg==" {"lastChunkHandling":"stop-before-partial"} string read 8 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9vYg" {} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYg" {} string read 6 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9vYg" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYg" {"lastChunkHandling":"loose"} string read 6 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9vYg" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYg" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYg" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYg" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE" {} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmE" {} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmE" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYmE" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmE" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE=" {} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmE=" {} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE=" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmE=" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE=" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmE=" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE=" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmE=" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYh==" {} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYh==" {} string read 8 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9vYh==" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYh==" {"lastChunkHandling":"loose"} string read 8 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9vYh==" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYh==" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYh==" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYh==" {"lastChunkHandling":"stop-before-partial"} string read 8 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9v Y" {} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9v Y" {} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9v Y" {"lastChunkHandling":"loose"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9v Y" {"lastChunkHandling":"loose"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9v Y" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9v Y" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9v Y" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9v Y" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYm" {} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYm" {} string read 6 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9vYm" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYm" {"lastChunkHandling":"loose"} string read 6 written 4 [102,111,111,98]
setFromBase64 cap 3 "Zm9vYm" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYm" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYm" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYm" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vY===" {} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vY===" {} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vY===" {"lastChunkHandling":"loose"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vY===" {"lastChunkHandling":"loose"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vY===" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vY===" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vY===" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vY===" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9v=" {} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9v=" {} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9v=" {"lastChunkHandling":"loose"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9v=" {"lastChunkHandling":"loose"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9v=" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9v=" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9v=" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9v=" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmFyYmF6" {} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmFyYmF6" {} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmFyYmF6" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmFyYmF6" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmFyYmF6" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmFyYmF6" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmFyYmF6" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmFyYmF6" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmFy!Zm9v" {} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmFy!Zm9v" {} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmFy!Zm9v" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmFy!Zm9v" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmFy!Zm9v" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmFy!Zm9v" {"lastChunkHandling":"strict"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmFy!Zm9v" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmFy!Zm9v" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYm!" {} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYm!" {} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYm!" {"lastChunkHandling":"loose"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYm!" {"lastChunkHandling":"loose"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYm!" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYm!" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYm!" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYm!" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmF=" {} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmF=" {} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmF=" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmF=" {"lastChunkHandling":"loose"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmF=" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYmF=" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmF=" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111]
setFromBase64 cap 4 "Zm9vYmF=" {"lastChunkHandling":"stop-before-partial"} string read 4 written 3 [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE!" {} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYmE!" {} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE!" {"lastChunkHandling":"loose"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYmE!" {"lastChunkHandling":"loose"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE!" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYmE!" {"lastChunkHandling":"strict"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "Zm9vYmE!" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111]
setFromBase64 cap 4 "Zm9vYmE!" {"lastChunkHandling":"stop-before-partial"} string SyntaxError [102,111,111,238]
setFromBase64 cap 3 "-_-_" {"alphabet":"base64url"} string read 4 written 3 [251,255,191]
setFromBase64 cap 3 "+/+/" {"alphabet":"base64url"} string SyntaxError [238,238,238]
setFromBase64 cap 0 "!!!!" undefined string read 0 written 0 []
setFromBase64 cap 3 5 undefined string TypeError [238,238,238]
setFromBase64 cap 3 "AAAA" 5 string TypeError [238,238,238]
setFromHex cap 0 "" string read 0 written 0 []
setFromHex cap 1 "" string read 0 written 0 [0]
setFromHex cap 2 "" string read 0 written 0 [0,0]
setFromHex cap 3 "" string read 0 written 0 [0,0,0]
setFromHex cap 0 "abcd" string read 0 written 0 []
setFromHex cap 1 "abcd" string read 2 written 1 [171]
setFromHex cap 2 "abcd" string read 4 written 2 [171,205]
setFromHex cap 3 "abcd" string read 4 written 2 [171,205,0]
setFromHex cap 0 "abcdef" string read 0 written 0 []
setFromHex cap 1 "abcdef" string read 2 written 1 [171]
setFromHex cap 2 "abcdef" string read 4 written 2 [171,205]
setFromHex cap 3 "abcdef" string read 6 written 3 [171,205,239]
setFromHex cap 0 "abc" string SyntaxError []
setFromHex cap 1 "abc" string SyntaxError [0]
setFromHex cap 2 "abc" string SyntaxError [0,0]
setFromHex cap 3 "abc" string SyntaxError [0,0,0]
setFromHex cap 0 "abzz" string read 0 written 0 []
setFromHex cap 1 "abzz" string read 2 written 1 [171]
setFromHex cap 2 "abzz" string SyntaxError [171,0]
setFromHex cap 3 "abzz" string SyntaxError [171,0,0]
setFromHex cap 0 "zzab" string read 0 written 0 []
setFromHex cap 1 "zzab" string SyntaxError [0]
setFromHex cap 2 "zzab" string SyntaxError [0,0]
setFromHex cap 3 "zzab" string SyntaxError [0,0,0]
setFromHex cap 0 "abcdzz" string read 0 written 0 []
setFromHex cap 1 "abcdzz" string read 2 written 1 [171]
setFromHex cap 2 "abcdzz" string read 4 written 2 [171,205]
setFromHex cap 3 "abcdzz" string SyntaxError [171,205,0]
setFromHex cap 0 "abéé" string read 0 written 0 []
setFromHex cap 1 "abéé" string read 2 written 1 [171]
setFromHex cap 2 "abéé" string SyntaxError [171,0]
setFromHex cap 3 "abéé" string SyntaxError [171,0,0]
setFromHex cap 2 12 string TypeError [0,0]
setFromHex subarray string read 4 written 2 [0,1,2,0]
setFromHex on Uint16Array TypeError
setFromBase64 on Int8Array TypeError
setFromBase64 checks this before string TypeError
round trip string 256 256 256
===*/
