/*
 * A Duktape plain buffer acts as a Uint8Array (duk_ext rule, DESIGN.md) in
 * every Buffer method, as `this` and as an argument: each line compares the
 * result for a plain buffer with the result for an equal Uint8Array.
 * Expected output: from that rule (every comparison true).
 */
/*--- {"features": ["nodebuffer"]} ---*/
function plain(arr) { var p = Uint8Array.allocPlain(arr.length), i; for (i = 0; i < arr.length; i++) { p[i] = arr[i]; } return p; }
function same(label, f) {
    var a, b;
    try { a = String(f(function (x) { return new Uint8Array(x); })); } catch (e) { a = e.name + ' ' + e.code; }
    try { b = String(f(plain)); } catch (e) { b = e.name + ' ' + e.code; }
    print(label, a === b);
}
same('from', function (mk) { return Buffer.from(mk([1, 2])).inspect(); });
same('concat', function (mk) { return Buffer.concat([mk([1]), mk([2, 3])]).inspect(); });
same('compare', function (mk) { return Buffer.compare(mk([1]), mk([2])); });
same('equals', function (mk) { return Buffer.from([1]).equals(mk([1])); });
same('this toString', function (mk) { return Buffer.prototype.toString.call(mk([104, 105]), 'hex'); });
same('this indexOf', function (mk) { return Buffer.prototype.indexOf.call(mk([1, 2, 3]), mk([2, 3])); });
same('this fill', function (mk) { var x = mk([0, 0, 0]); Buffer.prototype.fill.call(x, 7, 1); return [x[0], x[1], x[2]]; });
same('this write', function (mk) { var x = mk([0, 0]); return Buffer.prototype.write.call(x, 'hi') + ':' + x[1]; });
same('copy target', function (mk) { var x = mk([0, 0]); Buffer.from([5, 6]).copy(x); return [x[0], x[1]]; });
same('copyBytesFrom', function (mk) { return Buffer.copyBytesFrom(mk([1, 2, 3]), 1).inspect(); });
same('byteLength', function (mk) { return Buffer.byteLength(mk([1, 2, 3])); });
same('fill value', function (mk) { return Buffer.alloc(3).fill(mk([1, 2])).inspect(); });
same('this swap16', function (mk) { var x = mk([1, 2]); Buffer.prototype.swap16.call(x); return [x[0], x[1]]; });
same('this subarray', function (mk) { var x = mk([1, 2, 3]); var s = Buffer.prototype.subarray.call(x, 1); s[0] = 9; return [Buffer.isBuffer(s), x[1]]; });
same('this toJSON', function (mk) { return JSON.stringify(Buffer.prototype.toJSON.call(mk([1, 2]))); });
/*===
from true
concat true
compare true
equals true
this toString true
this indexOf true
this fill true
this write true
copy target true
copyBytesFrom true
byteLength true
fill value true
this swap16 true
this subarray true
this toJSON true
===*/
