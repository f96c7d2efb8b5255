// %TypedArray%.prototype.reverse of a 1 MiB Uint8Array in place (C limit: memcpy of the same bytes).
var u8 = benchRandomBytes(new Uint8Array(1 << 20));
bench({
	check: function () { return benchNeeds(u8, 'Uint8Array.prototype', ['reverse']); },
	op: function () { u8.reverse(); }
});
