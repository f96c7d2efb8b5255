/*
 * The .length of DataView's accessors: the optional littleEndian argument is
 * not counted (ES2025: getInt8(byteOffset) is 1, setInt8(byteOffset, value)
 * is 2), and the property is non-writable and configurable.
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["dataview"]} ---*/
var p = DataView.prototype, out = [];
['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float16', 'Float32', 'Float64'].forEach(function (k) {
    out.push('get' + k + ':' + p['get' + k].length, 'set' + k + ':' + p['set' + k].length);
});
print(out.join(' '));
print(JSON.stringify(Object.getOwnPropertyDescriptor(p.getFloat64, 'length')));

/*===
getInt8:1 setInt8:2 getUint8:1 setUint8:2 getInt16:1 setInt16:2 getUint16:1 setUint16:2 getInt32:1 setInt32:2 getUint32:1 setUint32:2 getFloat16:1 setFloat16:2 getFloat32:1 setFloat32:2 getFloat64:1 setFloat64:2
{"value":1,"writable":false,"enumerable":false,"configurable":true}
===*/
