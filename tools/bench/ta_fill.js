// %TypedArray%.prototype.fill on a 1 MiB Uint8Array (C limit: memset).
var u8 = new Uint8Array(1 << 20);
bench({
	check: function () { return benchNeeds(u8, 'Uint8Array.prototype', ['fill']); },
	op: function () { u8.fill(7); }
});
