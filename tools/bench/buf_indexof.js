// Buffer.prototype.indexOf of the last 8 bytes of 1 MiB of random bytes (C limit: memmem).
var size = 1 << 20, hay = benchRandomBytes(benchBuffer(size)), needle = null;
bench({
	check: function () {
		var ok = benchNeeds(hay, 'Buffer.prototype', ['indexOf']);
		if (ok === true) {
			needle = hay.slice(size - 8);
			ok = hay.indexOf(needle) === size - 8 ? true : 'Buffer indexOf gives a wrong result';
		}
		return ok;
	},
	op: function () { return hay.indexOf(needle); }
});
