// %TypedArray%.prototype.set: copy one 1 MiB Uint8Array into another (C limit: memcpy).
var src = benchRandomBytes(new Uint8Array(1 << 20)), dst = new Uint8Array(1 << 20);
bench({
	check: function () { return benchNeeds(dst, 'Uint8Array.prototype', ['set']); },
	op: function () { dst.set(src); }
});
