// %TypedArray%.prototype.indexOf / includes / lastIndexOf (P.method) of a byte absent from
// 1 MiB of zeros: a full scan (C limit: memchr, memrchr).
var u8 = new Uint8Array(1 << 20), method = P.method;
bench({
	check: function () { return benchNeeds(u8, 'Uint8Array.prototype', [method]); },
	op: function () { u8[method](1); }
});
