// Buffer.compare(a, b) or a.equals(b) (P.method) of two equal 1 MiB buffers (C limit: memcmp).
var size = 1 << 20, a = benchRandomBytes(benchBuffer(size)), b = benchBuffer(size);
for (var i = 0; i < size; i++) {
	b[i] = a[i];
}
bench({
	check: function () { return P.method === 'compare' ? benchNeeds(Buffer, 'Buffer', ['compare']) : benchNeeds(a, 'Buffer.prototype', ['equals']); },
	op: P.method === 'compare' ? function () { return Buffer.compare(a, b); } : function () { return a.equals(b); }
});
