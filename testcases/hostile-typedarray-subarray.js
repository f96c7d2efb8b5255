/*
 * subarray(begin) of a length-tracking view with end undefined must give a
 * length-tracking view (ES2025 23.2.3.30 step 13), also when begin's valueOf
 * resizes the buffer (a bug found by tools/difftest.py, fixed on main).
 * Expected output: node v26.10.0.
 */
function elems(ta) {
    var o = [];
    for (var i = 0; i < ta.length; i++) o.push(ta[i]);
    return ta.length + ':[' + o.join(',') + ']';
}
function attempt(label, newLength, usercode) {
    var ab = new ArrayBuffer(4, { maxByteLength: 8 }), ta = new Uint8Array(ab), sub;
    ta.set([1, 2, 3, 4]);
    try {
        sub = ta.subarray(usercode ? { valueOf: function () { ab.resize(newLength); return 1; } } : 1);
        if (!usercode) ab.resize(newLength);
        print(label, elems(sub));
        ab.resize(8);
        print(label, 'after growing to 8', elems(sub));
    } catch (e) {
        print(label, 'threw', e.name);
    }
}
attempt('resize after, 8', 8, false);
attempt('resize after, 2', 2, false);
attempt('valueOf grows to 6', 6, true);
attempt('valueOf shrinks to 2', 2, true);
var ab2 = new ArrayBuffer(6, { maxByteLength: 8 });
var off = new Uint8Array(ab2, 2);
try {
    print('offset view', elems(off.subarray({ valueOf: function () { ab2.resize(3); return 0; } })));
} catch (e) {
    print('offset view threw', e.name);
}

/*===
resize after, 8 7:[2,3,4,0,0,0,0]
resize after, 8 after growing to 8 7:[2,3,4,0,0,0,0]
resize after, 2 1:[2]
resize after, 2 after growing to 8 7:[2,0,0,0,0,0,0]
valueOf grows to 6 5:[2,3,4,0,0]
valueOf grows to 6 after growing to 8 7:[2,3,4,0,0,0,0]
valueOf shrinks to 2 1:[2]
valueOf shrinks to 2 after growing to 8 7:[2,0,0,0,0,0,0]
offset view 1:[0]
===*/
