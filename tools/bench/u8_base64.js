// ES2026 Uint8Array base64/hex (P.method: toBase64, toHex, fromBase64, fromHex) on 1 MiB of
// random bytes or its encoding (C limit: a scalar base64 / hex loop).
var u8 = benchRandomBytes(new Uint8Array(1 << 20)), method = P.method, text = null;
bench({
	check: function () {
		var ok = method.charAt(0) === 't' ? benchNeeds(u8, 'Uint8Array.prototype', [method]) :
			benchNeeds(Uint8Array, 'Uint8Array', [method]);
		if (ok === true && method.charAt(0) === 'f') {
			ok = benchNeeds(u8, 'Uint8Array.prototype', [method === 'fromBase64' ? 'toBase64' : 'toHex']);
			text = ok === true ? (method === 'fromBase64' ? u8.toBase64() : u8.toHex()) : null;
		}
		return ok;
	},
	op: method.charAt(0) === 't' ? function () { return u8[method](); } : function () { return Uint8Array[method](text); }
});
