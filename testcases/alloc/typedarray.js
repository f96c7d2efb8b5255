// Representative script for the allocation-failure test
// (testcases/unit/test_alloc_failure.c): %TypedArray% methods that allocate
// (result arrays, iterators, strings, callbacks' arguments).
/*--- {"features": ["typedarray", "typedarray_callbacks", "typedarray_iter", "typedarray_sort"]} ---*/
var t = Int16Array.from([5, -3, 9, 1], function (x) { return x * 2; });
var m = t.map(function (x) { return x + 1; }).filter(function (x) { return x > 0; });
var s = t.toSorted().join('-') + t.toReversed().toString() + t.with(1, 7).slice(1, 3).join();
var f = new Float64Array([3.5, NaN, -0, 1]);
f.sort();
var it = f.entries(), e = it.next();
var sum = m.length + s.length + e.value[0] + f.indexOf(1) + f.subarray(1).length;
sum += new Uint8Array(t.buffer).reduce(function (a, x) { return a + x; }, 0);
try {
    t.with(10, 1);
} catch (err) {
    sum += err.name.length;
}
sum;
