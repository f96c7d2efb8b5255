// Buffer read/write accessors (P.method, e.g. readUInt32LE, writeDoubleLE): one call per
// element over a 64 KiB buffer; time is per call.
var size = 65536, buf = benchRandomBytes(benchBuffer(size)), method = P.method;
var width = /Double|BigInt/.test(method) ? 8 : /32/.test(method) ? 4 : /16/.test(method) ? 2 : 1;
var count = size / width, write = method.charAt(0) === 'w';
bench({
	check: function () { return benchNeeds(buf, 'Buffer.prototype', [method]); },
	per: count,
	op: write ? function () {
		for (var off = 0; off < size; off += width) {
			buf[method](off & 255, off);
		}
	} : function () {
		var s = 0;
		for (var off = 0; off < size; off += width) {
			s += buf[method](off);
		}
		return s;
	}
});
