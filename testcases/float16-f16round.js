/*
 * Math.f16round (ES2025 21.3.2.17): the binary16 value nearest to ToNumber(x),
 * ties to even, overflow to infinity, subnormals, signed zero and NaN.
 * Expected output: node v26.10.0 (same code with print = console.log).
 */
/*--- {"features": ["float16", "arraybuffer"]} ---*/
function num(x) {
    return x === 0 && 1 / x < 0 ? '-0' : String(x);
}
print(typeof Math.f16round, Math.f16round.length, Math.f16round.name);
var d = Object.getOwnPropertyDescriptor(Math, 'f16round');
print(d.writable, d.enumerable, d.configurable);
['0', '-0', '1', '-1', '0.1', '0.2', '0.3333333333333333', '1.0009765625', '1.00048828125', '1.000732421875',
 '1.0001', '2049', '2050', '2051', '4097', '65503', '65504', '65519.99', '65520', '65536', '1e300', '-65520',
 '6.103515625e-5', '6.1e-5', '5.960464477539063e-8', '2.9802322387695312e-8', '2.980232238769532e-8',
 '8.940696716308594e-8', '1e-8', '-1e-8', '5e-324', 'NaN', 'Infinity', '-Infinity'].forEach(function (s) {
    print(s, '->', num(Math.f16round(Number(s))));
});
[['"2.5"', '2.5'], ['""', ''], ['" 12 "', ' 12 '], ['"x"', 'x'], ['true', true], ['false', false],
 ['null', null], ['undefined', undefined], ['[]', []], ['[7]', [7]], ['{}', {}]].forEach(function (p) {
    print(p[0], '->', num(Math.f16round(p[1])));
});
print(num(Math.f16round()));
print(Math.f16round({ valueOf: function () { return 3.14159; } }));
try {
    Math.f16round({ valueOf: function () { throw new TypeError('boom'); } });
} catch (e) {
    print(e.name, e.message);
}

/*===
function 1 f16round
true false true
0 -> 0
-0 -> -0
1 -> 1
-1 -> -1
0.1 -> 0.0999755859375
0.2 -> 0.199951171875
0.3333333333333333 -> 0.333251953125
1.0009765625 -> 1.0009765625
1.00048828125 -> 1
1.000732421875 -> 1.0009765625
1.0001 -> 1
2049 -> 2048
2050 -> 2050
2051 -> 2052
4097 -> 4096
65503 -> 65504
65504 -> 65504
65519.99 -> 65504
65520 -> Infinity
65536 -> Infinity
1e300 -> Infinity
-65520 -> -Infinity
6.103515625e-5 -> 0.00006103515625
6.1e-5 -> 0.00006097555160522461
5.960464477539063e-8 -> 5.960464477539063e-8
2.9802322387695312e-8 -> 0
2.980232238769532e-8 -> 5.960464477539063e-8
8.940696716308594e-8 -> 1.1920928955078125e-7
1e-8 -> 0
-1e-8 -> -0
5e-324 -> 0
NaN -> NaN
Infinity -> Infinity
-Infinity -> -Infinity
"2.5" -> 2.5
"" -> 0
" 12 " -> 12
"x" -> NaN
true -> 1
false -> 0
null -> 0
undefined -> NaN
[] -> 0
[7] -> 7
{} -> NaN
NaN
3.140625
TypeError boom
===*/
