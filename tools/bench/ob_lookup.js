// ObjectBuffer.open(bytes) plus one key lookup through the lazy Proxy, in an object of P.keys
// string keys ("k0", "k1", ...) encoded with a key index; each operation opens anew.
var n = P.keys, bytes = null, key = 'k' + Math.floor(n * 0.618);
bench({
	check: function () {
		if (typeof ObjectBuffer !== 'object') {
			return 'no ObjectBuffer';
		}
		var ok = benchNeeds(ObjectBuffer, 'ObjectBuffer', ['encode', 'open']);
		if (ok === true) {
			var o = {};
			for (var i = 0; i < n; i++) {
				o['k' + i] = i;
			}
			bytes = ObjectBuffer.encode(o, { dedup: true, sharedLayouts: true });
			ok = ObjectBuffer.open(bytes)[key] === Math.floor(n * 0.618) ? true : 'ObjectBuffer.open gives a wrong result';
		}
		return ok;
	},
	op: function () { return ObjectBuffer.open(bytes)[key]; }
});
