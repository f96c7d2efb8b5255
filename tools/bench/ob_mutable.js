// Mutable object-buffer (ObjectBuffer.create): P.method 'read' reads, 'write' writes one number
// property of a created object per call, 10k calls per operation; time is per call.
var ob = null, n = 10000;
bench({
	check: function () {
		if (typeof ObjectBuffer !== 'object') {
			return 'no ObjectBuffer';
		}
		var ok = benchNeeds(ObjectBuffer, 'ObjectBuffer', ['create']);
		if (ok === true) {
			ob = ObjectBuffer.create({ a: 1, b: 'two', c: [3] });
		}
		return ok;
	},
	per: n,
	op: P.method === 'write' ? function () {
		for (var i = 0; i < n; i++) {
			ob.a = i;
		}
	} : function () {
		var s = 0;
		for (var i = 0; i < n; i++) {
			s += ob.a;
		}
		return s;
	}
});
