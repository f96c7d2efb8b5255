// Callback methods (P.method: map, filter, reduce, forEach) over a 10k-element Float64Array,
// or (P.form === 'loop') the same work written by hand in ES5, calling the same callback with
// the same (value, index, array) arguments.
var n = 10000, a = new Float64Array(n), method = P.method;
for (var i = 0; i < n; i++) {
	a[i] = benchNext() / 4294967296 - 0.5;
}
var fns = {
	map: function (x) { return x * 2; },
	filter: function (x) { return x > 0; },
	reduce: function (s, x) { return s + x; },
	forEach: function (x) { sink += x; }
};
var sink = 0, f = fns[method];
var loops = {
	map: function () {
		var r = new Float64Array(n);
		for (var i = 0; i < n; i++) {
			r[i] = f(a[i], i, a);
		}
		return r;
	},
	filter: function () {
		var kept = [];
		for (var i = 0; i < n; i++) {
			if (f(a[i], i, a)) {
				kept.push(a[i]);
			}
		}
		return new Float64Array(kept);
	},
	reduce: function () {
		var s = 0;
		for (var i = 0; i < n; i++) {
			s = f(s, a[i], i, a);
		}
		return s;
	},
	forEach: function () {
		for (var i = 0; i < n; i++) {
			f(a[i], i, a);
		}
	}
};
bench({
	check: function () { return P.form === 'loop' ? true : benchNeeds(a, 'Float64Array.prototype', [method]); },
	op: P.form === 'loop' ? loops[method] :
		method === 'reduce' ? function () { return a.reduce(f, 0); } : function () { return a[method](f); }
});
