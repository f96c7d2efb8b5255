// %TypedArray%.prototype.sort() in default order of 100k random values of P.type (Float64 or
// Int32); each operation first restores the unsorted data with set() (C limit: memcpy + qsort on
// the same xorshift32 values as climits.c).
var n = 100000, Ctor = P.type === 'Int32' ? Int32Array : Float64Array;
var src = new Ctor(n), a = new Ctor(n);
for (var i = 0; i < n; i++) {
	src[i] = P.type === 'Int32' ? benchNext() | 0 : benchNext() / 4294967296 * 2e6 - 1e6;
}
bench({
	check: function () { return benchNeeds(a, P.type + 'Array.prototype', ['sort']); },
	op: function () { a.set(src); a.sort(); }
});
