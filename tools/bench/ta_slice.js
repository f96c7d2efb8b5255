// %TypedArray%.prototype.slice(): a new 1 MiB Uint8Array copied from another (C limit: memcpy).
var u8 = benchRandomBytes(new Uint8Array(1 << 20));
bench({
	check: function () { return benchNeeds(u8, 'Uint8Array.prototype', ['slice']); },
	op: function () { u8.slice(); }
});
