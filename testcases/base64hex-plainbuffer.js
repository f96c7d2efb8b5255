/*
 * A Duktape plain buffer acts as a Uint8Array for toBase64, toHex,
 * setFromBase64, setFromHex, TextEncoder.encodeInto and TextDecoder.decode.
 * On node the test runs with Uint8Array.allocPlain shimmed to new
 * Uint8Array(n), so the expected output (node v26.10.0, via
 * tools/expect_from_node.py) is what a real Uint8Array gives.
 */
/*--- {"features": ["base64hex", "encoding"]} ---*/
if (typeof Uint8Array.allocPlain !== 'function') {
    Uint8Array.allocPlain = function (n) { return new Uint8Array(n); };
}
function plain(bytes) {
    var p = Uint8Array.allocPlain(bytes.length);
    for (var i = 0; i < bytes.length; i++) {
        p[i] = bytes[i];
    }
    return p;
}
function show(r) {
    return 'read ' + r.read + ' written ' + r.written;
}
var p = plain([0x66, 0x6f, 0x6f, 0x62, 0x61]);
print(Uint8Array.prototype.toBase64.call(p), Uint8Array.prototype.toBase64.call(p, { alphabet: 'base64url', omitPadding: true }));
print(Uint8Array.prototype.toHex.call(p));
var q = plain([0, 0, 0, 0]);
print(show(Uint8Array.prototype.setFromBase64.call(q, 'Zm9vYmFy')), Array.prototype.join.call(q, ','));
print(show(Uint8Array.prototype.setFromHex.call(q, 'a1b2c3d4e5')), Array.prototype.join.call(q, ','));
try {
    Uint8Array.prototype.setFromHex.call(q, '01zz');
} catch (e) {
    print(e.name, Array.prototype.join.call(q, ','));
}
var r = plain([0, 0, 0, 0, 0]);
print(show(new TextEncoder().encodeInto('a\u00e9\u20ac', r)), Array.prototype.join.call(r, ','));
print(new TextDecoder().decode(plain([0x68, 0xc3, 0xa9])), new TextDecoder('utf-16le').decode(plain([0x41, 0, 0x42, 0])));
var d = new TextDecoder();
print(d.decode(plain([0xe2, 0x82]), { stream: true }) + d.decode(plain([0xac])));

/*===
Zm9vYmE= Zm9vYmE
666f6f6261
read 4 written 3 102,111,111,0
read 8 written 4 161,178,195,212
SyntaxError 1,178,195,212
read 2 written 3 97,195,169,0,0
hé AB
€
===*/
