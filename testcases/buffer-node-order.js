/*
 * Where Node coerces Buffer method arguments and in which order: an encoding
 * object goes through `encoding + ''` (valueOf first), toString compares
 * start and end before naming the encoding (valueOf runs once per
 * comparison), -0 shows as "-0" in messages, and Buffer.from(arrayBuffer,
 * offset, length), indexOf/includes check before they coerce.
 * Expected output: node v26.12.1 (tools/expect_from_node.py).
 */
/*--- {"features": ["nodebuffer"]} ---*/
function T(label, f) { try { print(label, JSON.stringify(f())); } catch (e) { print(label, 'threw', e.name, e.code, e.message); } }
var b = Buffer.from('hi!');
var log = [];
function counted(name, v) { return { valueOf: function () { log.push(name); return v; } }; }
T('vo first', function () { return b.toString({ valueOf: function () { return 'hex'; }, toString: function () { return 'base64'; } }); });
T('vo object', function () { return b.toString({ valueOf: function () { return {}; }, toString: function () { return 'base64'; } }); });
T('vo throws', function () { return b.toString({ valueOf: function () { throw new RangeError('vo'); } }); });
T('negzero', function () { return b.toString(-0); });
T('number', function () { return b.toString(12); });
T('NaN', function () { return b.toLocaleString(NaN); });
T('true', function () { return b.toString(true); });
T('null', function () { return b.toString(null); });
T('own toString', function () { return b.toString({ valueOf: function () { return 'xx'; }, toString: function () { return 'yy'; } }); });
T('date', function () { var d = new Date(0); d.toString = function () { return 'hex'; }; return b.toString(d); });
T('byteLength vo', function () { return Buffer.byteLength('abcd', { valueOf: function () { return 'hex'; }, toString: function () { return 'utf8'; } }); });
T('write vo', function () { var c = Buffer.alloc(4); c.write('6162', 0, 4, { valueOf: function () { return 'hex'; }, toString: function () { return 'utf8'; } }); return c.toString('hex'); });
T('write negzero', function () { return Buffer.alloc(4).write('ab', 0, 2, -0); });
T('write 5', function () { return Buffer.alloc(4).write('ab', 0, 2, 5); });
T('indexOf vo', function () { return Buffer.from('a\u0000b\u0000').indexOf('b', 0, undefined, { valueOf: function () { return 'ucs2'; }, toString: function () { return 'utf8'; } }); });
T('indexOf buf vo', function () { return Buffer.from('ab').indexOf(Buffer.from('b'), 0, undefined, { valueOf: function () { return 'hex'; } }); });
T('indexOf negzero', function () { return b.indexOf('h', 0, undefined, -0); });
T('from negzero', function () { return Buffer.from('ab', -0); });
T('alloc fill negzero', function () { return Buffer.alloc(2, 'ab', -0); });
T('empty end', function () { return Buffer.alloc(0).toString('utf8', 0, { valueOf: function () { throw new RangeError('end'); } }); });
T('empty end2', function () { return Buffer.alloc(0).toString('bad', 0, counted('end', 1)); });
T('empty start', function () { return Buffer.alloc(0).toString('bad', counted('start', 1), counted('end', 1)); });
log = []; T('count', function () { return b.toString('hex', counted('s', 1), counted('e', 2)); }); print(log.join());
log = []; T('count big', function () { return b.toString('hex', counted('s', 0), counted('e', 9)); }); print(log.join());
log = []; T('count past', function () { return b.toString('hex', counted('s', 5), counted('e', 9)); }); print(log.join());
log = []; T('count neg', function () { return b.toString('hex', counted('s', -1), counted('e', 2.5)); }); print(log.join());
T('start NaN str', function () { return b.toString('hex', 'x', '2'); });
T('start -0.5', function () { return b.toString('hex', -0.5, 1.9); });
/* engine wording differs for a Symbol: class only */
function TC(label, f) { try { print(label, JSON.stringify(f())); } catch (e) { print(label, 'threw', e.name); } }
TC('start sym', function () { return b.toString('hex', Symbol()); });
TC('enc sym', function () { return b.toString(Symbol()); });

var ab = new ArrayBuffer(4);
T('from ab offset before length', function () { return Buffer.from(ab, 5, { valueOf: function () { throw new RangeError('length'); } }); });
T('from ab offset NaN', function () { return Buffer.from(ab, 'x', 2).length; });
T('from ab length past', function () { return Buffer.from(ab, 1, 4); });
T('from ab length negative', function () { return Buffer.from(ab, 1, -5).length; });
T('from ab offset -1', function () { try { Buffer.from(ab, -1, 1); } catch (e) { return e.name + ' ' + e.code; } });

/*===
vo first "686921"
vo object "aGkh"
vo throws threw RangeError undefined vo
negzero threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: -0
number threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 12
NaN threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: NaN
true threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: true
null threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: null
own toString threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: yy
date "686921"
byteLength vo 2
write vo "61620000"
write negzero 2
write 5 threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 5
indexOf vo 2
indexOf buf vo 1
indexOf negzero threw TypeError ERR_UNKNOWN_ENCODING Unknown encoding: -0
from negzero {"type":"Buffer","data":[97,98]}
alloc fill negzero threw TypeError ERR_INVALID_ARG_TYPE The "encoding" argument must be of type string. Received type number (-0)
empty end threw RangeError undefined end
empty end2 ""
empty start ""
count "69"
s,s,s,e,e
count big "686921"
s,e
count past ""
s,s
count neg "6869"
s,e,e
start NaN str "6869"
start -0.5 "68"
start sym threw TypeError
enc sym threw TypeError
from ab offset before length threw RangeError ERR_BUFFER_OUT_OF_BOUNDS "offset" is outside of buffer bounds
from ab offset NaN 2
from ab length past threw RangeError ERR_BUFFER_OUT_OF_BOUNDS "length" is outside of buffer bounds
from ab length negative 0
from ab offset -1 "RangeError undefined"
===*/
