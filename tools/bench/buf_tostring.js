// Buffer.prototype.toString(P.enc) of 1 MiB: random bytes for base64/hex, ASCII text for utf8
// (C limit: scalar base64/hex loop; memcpy for utf8).  n/a where the engine ignores the encoding.
var size = 1 << 20, enc = P.enc, buf = benchBuffer(size), ascii = P.enc === 'utf8' ? benchAscii(size) : '';
if (enc === 'utf8') {
	for (var i = 0; i < size; i++) {
		buf[i] = ascii.charCodeAt(i);
	}
} else {
	benchRandomBytes(buf);
}
bench({
	check: function () {
		var t = benchBuffer(3);
		t[0] = 0x66; t[1] = 0x6f; t[2] = 0xff;
		var want = { utf8: 'fo\ufffd', hex: '666fff', base64: 'Zm//' }[enc];
		return t.toString(enc) === want ? true : 'Buffer toString(\'' + enc + '\') gives a wrong result';
	},
	op: function () { return buf.toString(enc); }
});
