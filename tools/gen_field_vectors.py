#!/usr/bin/env python3
"""Generates testcases/vectors/field_vectors.js: test vectors for every Buffer
read/write and DataView get/set accessor, computed by current Node.js (v26,
installed by tools/node26.py).  Each vector is [target, method, bytesHex,
argsSource, expected]; testcases/field-vectors-*.js replay them in dukext.

expected is {v: result, b: bytesHexAfter} or {e: errorName, c: code, m: message}
(messages are compared for Node's Buffer errors only; DataView messages are
engine wording)."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from node26 import ensure_node26  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "testcases", "vectors", "field_vectors.js")

NODE_PROGRAM = r"""
'use strict';
function lit(x) {
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
  if (typeof x === 'string') return JSON.stringify(x);
  if (x === undefined) return 'undefined';
  return JSON.stringify(x);
}
function hex(u8) { return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength).toString('hex'); }
// Deterministic byte patterns, including special float encodings in both orders.
var seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed & 0xff; }
var patterns = ['0000000000000000', 'ffffffffffffffff', '8000000000000000', '7fffffffffffffff',
  '0102030405060708', '7ff8000000000001', 'fff0000000000000', '0000000000000001', '0100000000000000',
  '7c00fc007e000001', '00800000007f0000', '3c0000003c01fbff', '7fefffffffffffff', '000000000000f07f',
  '0000c07f0000807f', '010000000080ff7f'];
for (var i = 0; i < 8; i++) { var s = ''; for (var j = 0; j < 8; j++) s += ('0' + rnd().toString(16)).slice(-2); patterns.push(s); }

var out = [];
function run(target, method, bytes, argsSrc) {
  var u8 = Buffer.from(bytes, 'hex');
  var obj = target === 'Buffer' ? u8 : new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  var args = eval('[' + argsSrc + ']');
  var exp;
  try {
    var v = obj[method].apply(obj, args);
    exp = '{v:' + lit(v) + ',b:' + lit(hex(u8)) + '}';
  } catch (e) {
    exp = '{e:' + lit(e.name) + ',c:' + lit(e.code) + ',m:' + lit(target === 'Buffer' ? e.message : undefined) + '}';
  }
  out.push('[' + lit(target) + ',' + lit(method) + ',' + lit(bytes) + ',' + lit(argsSrc) + ',' + exp + ']');
}

var widths = { 8: 1, 16: 2, 32: 4 };
var bufReads = [];
['UInt', 'Uint', 'Int'].forEach(function (k) {
  [8, 16, 32].forEach(function (bits) {
    (bits === 8 ? [''] : ['LE', 'BE']).forEach(function (e) {
      if (k === 'Uint' || k === 'UInt' || k === 'Int') bufReads.push([k + bits + e, widths[bits], k === 'Int']);
    });
  });
});
bufReads.push(['FloatLE', 4, 'f'], ['FloatBE', 4, 'f'], ['DoubleLE', 8, 'f'], ['DoubleBE', 8, 'f']);

var offsets = ['0', '1', '-1', '1.5', 'NaN', '"1"', 'undefined', 'Infinity', '-Infinity', 'null', '{}', '-0',
  '4', '5', '7', '8', '9', '2**32', '{valueOf: function () { return 0; }}', 'true'];
var intValues = ['0', '-0', '1', '-1', '127', '128', '-128', '-129', '255', '256', '32767', '32768', '-32768',
  '-32769', '65535', '65536', '2147483647', '2147483648', '-2147483648', '-2147483649', '4294967295',
  '4294967296', '2**40 - 1', '2**40', '-(2**39)', '-(2**39) - 1', '2**48 - 1', '2**48', '-(2**47)',
  '-(2**47) - 1', '2**53', '2**53 + 2', '-(2**53)', 'NaN', 'Infinity', '-Infinity', '1.5', '-1.5', '255.9',
  '-0.5', '"12"', '"x"', 'true', 'null', 'undefined', '{valueOf: function () { return 7; }}', '[]', '[300]'];
var floatValues = intValues.concat(['0.1', '1e-7', '1e-8', '5.960464477539063e-8', '2.9802322387695312e-8',
  '2.980232238769532e-8', '8.940696716308594e-8', '6.103515625e-5', '6.097555160522461e-5', '65504', '65519.99',
  '65520', '1 + 2**-11', '1 + 3 * 2**-11', '1 + 2**-24', '1 + 3 * 2**-24', '1.401298464324817e-45',
  '7.006492321624085e-46', '7.006492321624087e-46', '3.4028234663852886e38', '3.4028235677973366e38',
  '3.4028235677973362e38', '5e-324', '1.7976931348623157e308', '-1e-300', '1/3', '2**1023 * 1.5',
  '1.1754942106924411e-38']);

bufReads.forEach(function (r) {
  patterns.forEach(function (p, pi) {
    offsets.forEach(function (o, oi) {
      if (pi > 3 && oi > 3) return;
      run('Buffer', 'read' + r[0], p, o);
    });
  });
  run('Buffer', 'read' + r[0], '', '');
  run('Buffer', 'read' + r[0], '01', '0');
});
['UIntLE', 'UIntBE', 'UintLE', 'UintBE', 'IntLE', 'IntBE'].forEach(function (m) {
  ['0', '1', '2', '3', '4', '5', '6', '7', '1.5', 'undefined', '"2"', 'NaN', '-1', '{}'].forEach(function (n) {
    patterns.forEach(function (p, pi) {
      ['0', '1', '2', '3', '-1', '0.5', 'undefined'].forEach(function (o, oi) {
        if (pi > 4 && oi > 1) return;
        run('Buffer', 'read' + m, p, o + ', ' + n);
      });
    });
  });
});
bufReads.forEach(function (r) {
  var values = r[2] === 'f' ? floatValues : intValues;
  values.forEach(function (v, vi) {
    ['0', '1', undefined].forEach(function (o) {
      run('Buffer', 'write' + r[0], '0000000000000000', o === undefined ? v : v + ', ' + o);
    });
  });
  offsets.forEach(function (o) { run('Buffer', 'write' + r[0], '0000000000000000', '1, ' + o); run('Buffer', 'write' + r[0], '0000000000000000', '"x", ' + o); run('Buffer', 'write' + r[0], '0000000000000000', '1e10, ' + o); });
  run('Buffer', 'write' + r[0], '', '0');
});
['UIntLE', 'UIntBE', 'UintLE', 'UintBE', 'IntLE', 'IntBE'].forEach(function (m) {
  ['1', '2', '3', '4', '5', '6', '0', '7', 'undefined', '1.5'].forEach(function (n) {
    intValues.forEach(function (v) {
      run('Buffer', 'write' + m, '0000000000000000', v + ', 1, ' + n);
    });
    ['-1', '3', '0.5', '"1"', 'undefined'].forEach(function (o) { run('Buffer', 'write' + m, '0000000000000000', '1, ' + o + ', ' + n); run('Buffer', 'write' + m, '0000000000000000', '1e20, ' + o + ', ' + n); });
  });
});

var dvTypes = [['Int8', 1], ['Uint8', 1], ['Int16', 2], ['Uint16', 2], ['Int32', 4], ['Uint32', 4], ['Float16', 2], ['Float32', 4], ['Float64', 8]];
var dvOffsets = ['0', '1', '-1', '1.5', 'NaN', '"2"', 'undefined', 'Infinity', 'null', '{valueOf: function () { return 1; }}', '-0', '7', '8', '-0.5', '2**53'];
var endians = ['', 'true', 'false', '1', '0', '"x"', '""', 'undefined'];
dvTypes.forEach(function (t) {
  patterns.forEach(function (p, pi) {
    dvOffsets.forEach(function (o, oi) {
      endians.forEach(function (e, ei) {
        if ((pi > 3 && (oi > 2 || ei > 2)) || (oi > 3 && ei > 1)) return;
        run('DataView', 'get' + t[0], p, e ? o + ', ' + e : o);
      });
    });
  });
  run('DataView', 'get' + t[0], '', '0');
  (t[0].indexOf('Float') === 0 ? floatValues : intValues).forEach(function (v) {
    ['0', '1'].forEach(function (o) {
      ['true', 'false'].forEach(function (e) { run('DataView', 'set' + t[0], '0000000000000000', o + ', ' + v + ', ' + e); });
    });
  });
  dvOffsets.forEach(function (o) { run('DataView', 'set' + t[0], '0000000000000000', o + ', 1'); });
  run('DataView', 'set' + t[0], '0000000000000000', '');
});
process.stdout.write('// Generated by tools/gen_field_vectors.py with node ' + process.version +
  '; do not edit.\n// [target, method, bytesHex, argsSource, expected]\nvar FIELD_VECTORS = [\n' + out.join(',\n') + '\n];\n');
"""


def main():
    node = ensure_node26()
    result = subprocess.run([node, "-e", NODE_PROGRAM], check=True, capture_output=True, text=True)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(result.stdout)
    print("wrote %s (%d vectors)" % (OUT, result.stdout.count("\n[")))


if __name__ == "__main__":
    main()
