// Stock Duktape 2.7 Node Buffer behaviour that duk_ext must keep (compared
// live against the stock `duk`).
var b = new Buffer(4);
b.fill(0);
b[0] = 0x41; b[1] = 0x42;
print(b.length, b[0], b[3], Buffer.isBuffer(b), b instanceof Uint8Array);
b.writeUInt16BE(0x4344, 2);
print(b.toString(), b.readUInt16LE(0), b.readInt8(3));
var s = b.slice(1, 3);
s[0] = 0x5a;
print(s.length, b[1], String(s));
print(Buffer.byteLength('h\u00e9'), Buffer.isEncoding('utf8'));
var c = Buffer.concat([new Buffer('ab'), new Buffer('cd')]);
print(c.toString(), c.length, Buffer.compare(new Buffer('a'), new Buffer('b')));
print(new Buffer('xyz').equals(new Buffer('xyz')), JSON.stringify(new Buffer('hi')));
var t = new Buffer(6);
t.fill(0);
print(t.write('hey'), t.toString('utf8', 0, 3));
print(new Buffer([1, 2, 3]).readUInt8(2), new Buffer('abc').copy(t, 3));
