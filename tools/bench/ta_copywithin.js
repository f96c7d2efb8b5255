// %TypedArray%.prototype.copyWithin(1, 0): overlapping move of 1 MiB - 1 bytes (C limit: memmove).
var u8 = benchRandomBytes(new Uint8Array(1 << 20));
bench({
	check: function () { return benchNeeds(u8, 'Uint8Array.prototype', ['copyWithin']); },
	op: function () { u8.copyWithin(1, 0); }
});
