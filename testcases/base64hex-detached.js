/*
 * Detached and shrunk buffers (also detached or shrunk by an options getter
 * while the method runs) in the Uint8Array base64/hex methods, TextEncoder,
 * TextDecoder and isUtf8/isAscii.
 * Expected output: node v26.10.0 (tools/expect_from_node.py).
 */
/*--- {"features": ["base64hex", "encoding", "arraybuffer", "nodebuffer", "bridge_internal"]} ---*/
var buffer = require('buffer');
function E(label, f) {
    try {
        var v = f();
        if (v && typeof v === 'object' && 'written' in v) {
            v = 'read ' + v.read + ' written ' + v.written;
        }
        print(label, typeof v, v);
    } catch (e) {
        print(label, e.name, e.code === undefined ? '' : e.code);
    }
}
function detached() {
    var ab = new ArrayBuffer(4);
    var u = new Uint8Array(ab);
    ab.transfer();
    return u;
}
E('toBase64 detached', function () { return detached().toBase64(); });
E('toHex detached', function () { return detached().toHex(); });
E('setFromBase64 detached', function () { return detached().setFromBase64('AAAA'); });
E('setFromHex detached', function () { return detached().setFromHex('00'); });
E('setFromBase64 detached bad string', function () { return detached().setFromBase64(5); });
E('encodeInto detached', function () { return new TextEncoder().encodeInto('abc', detached()); });
E('decode detached view', function () { return new TextDecoder().decode(detached()); });
E('decode detached buffer', function () { var ab = new ArrayBuffer(2); ab.transfer(); return new TextDecoder().decode(ab); });
E('isUtf8 detached', function () { var ab = new ArrayBuffer(2); ab.transfer(); return buffer.isUtf8(ab); });
E('isAscii detached view', function () { return buffer.isAscii(detached()); });

E('toBase64 detached by getter', function () {
    var ab = new ArrayBuffer(3), u = new Uint8Array(ab);
    return u.toBase64({ get alphabet() { ab.transfer(); return 'base64'; } });
});
E('setFromBase64 detached by getter', function () {
    var ab = new ArrayBuffer(3), u = new Uint8Array(ab);
    return u.setFromBase64('AAAA', { get lastChunkHandling() { ab.transfer(); return 'loose'; } });
});
E('toBase64 shrunk by getter', function () {
    var ab = new ArrayBuffer(6, { maxByteLength: 8 }), u = new Uint8Array(ab, 0, 6);
    return u.toBase64({ get omitPadding() { ab.resize(2); return false; } });
});
E('toBase64 length-tracking shrunk by getter', function () {
    var ab = new ArrayBuffer(6, { maxByteLength: 8 }), u = new Uint8Array(ab);
    u[0] = 0x66;
    u[1] = 0x6f;
    return u.toBase64({ get omitPadding() { ab.resize(2); return false; } });
});
E('setFromBase64 length-tracking shrunk by getter', function () {
    var ab = new ArrayBuffer(6, { maxByteLength: 8 }), u = new Uint8Array(ab);
    var r = u.setFromBase64('Zm9vYmFy', { get alphabet() { ab.resize(3); return 'base64'; } });
    return 'read ' + r.read + ' written ' + r.written + ' [' + Array.prototype.join.call(u, ',') + ']';
});
E('decode stream option detaches input', function () {
    var ab = new ArrayBuffer(2), u = new Uint8Array(ab);
    u[0] = 0x41;
    u[1] = 0x42;
    return new TextDecoder().decode(u, { get stream() { ab.transfer(); return false; } });
});

/*===
toBase64 detached TypeError 
toHex detached TypeError 
setFromBase64 detached TypeError 
setFromHex detached TypeError 
setFromBase64 detached bad string TypeError 
encodeInto detached string read 0 written 0
decode detached view string 
decode detached buffer string 
isUtf8 detached boolean true
isAscii detached view boolean true
toBase64 detached by getter TypeError 
setFromBase64 detached by getter TypeError 
toBase64 shrunk by getter TypeError 
toBase64 length-tracking shrunk by getter string Zm8=
setFromBase64 length-tracking shrunk by getter string read 4 written 3 [102,111,111]
decode stream option detaches input string 
===*/
