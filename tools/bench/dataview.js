// DataView accessors (P.method, e.g. getUint32, setFloat64), little endian, one call per element
// over a 64 KiB buffer; time is per call.
var size = 65536, bytes = benchRandomBytes(new Uint8Array(size)), method = P.method;
var dv = new DataView(bytes.buffer);
var width = /64/.test(method) ? 8 : /32/.test(method) ? 4 : /16/.test(method) ? 2 : 1;
var count = size / width, write = method.charAt(0) === 's';
bench({
	check: function () { return benchNeeds(dv, 'DataView.prototype', [method]); },
	per: count,
	op: write ? function () {
		for (var off = 0; off < size; off += width) {
			dv[method](off, off & 255, true);
		}
	} : function () {
		var s = 0;
		for (var off = 0; off < size; off += width) {
			s += dv[method](off, true);
		}
		return s;
	}
});
