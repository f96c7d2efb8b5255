// Float64Array.from(array) vs (P.form === 'new') new Float64Array(array), array = 100k numbers.
var n = 100000, arr = [];
for (var i = 0; i < n; i++) {
	arr.push(benchNext() / 4294967296);
}
bench({
	check: function () { return P.form === 'new' ? true : benchNeeds(Float64Array, 'Float64Array', ['from']); },
	op: P.form === 'new' ? function () { return new Float64Array(arr); } : function () { return Float64Array.from(arr); }
});
