// Buffer.from(string, P.enc): decode the base64/hex text of 1 MiB of random bytes, or encode
// 1 MiB of ASCII as utf8 (C limit: scalar base64/hex loop; memcpy for utf8).
var size = 1 << 20, enc = P.enc, text = null;
bench({
	check: function () {
		var ok = benchNeeds(Buffer, 'Buffer', ['from']);
		if (ok !== true) {
			return ok;
		}
		if (enc === 'utf8') {
			text = benchAscii(size);
		} else {
			text = benchRandomBytes(Buffer.alloc(size)).toString(enc);
			if (Buffer.from('Zm//', 'base64').toString('hex') !== '666fff') {
				return 'Buffer.from ignores the encoding';
			}
		}
		return true;
	},
	op: function () { return Buffer.from(text, enc); }
});
