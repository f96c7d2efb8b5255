// Stock Duktape 2.7 behaviour that duk_ext must keep: run by
// tools/test_regressions.py on both the stock `duk` and dukext.
print(JSON.stringify({ a: [1, 'x', null, true], b: { c: 1.5 } }));
print(Duktape.enc('hex', 'abc'), Duktape.enc('base64', 'hello'));
print(Duktape.enc('hex', Duktape.dec('hex', '616263')), Duktape.dec('hex', '616263').length);
var enc = CBOR.encode({ k: [1, 2, 'three'], f: 1.25 });
print(enc.byteLength, JSON.stringify(CBOR.decode(enc)));
print(typeof Proxy, typeof Reflect, typeof Symbol);
var p = new Proxy({}, { get: function (t, k) { return 'got ' + String(k); } });
print(p.foo);
print([3, 1, 2].sort().join(), 'abc'.toUpperCase(), Math.max(1, 5, 3));
print(new Date(0).toISOString());
print(Object.prototype.toString.call(new Uint8Array(1)), Object.prototype.toString.call(new ArrayBuffer(1)));
try { null.x; } catch (e) { print(e.name); }
