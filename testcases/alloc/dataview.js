// Representative script for the allocation-failure test
// (testcases/unit/test_alloc_failure.c): DataView accessors, Float16 included.
/*--- {"features": ["dataview"]} ---*/
var dv = new DataView(new ArrayBuffer(16));
dv.setFloat16(0, 1.5);
dv.setFloat64(8, dv.getFloat16(0), true);
dv.getFloat64(8, true);
