/*
 *  ObjectBuffer errors: unsupported values name their path, skipUnsupported
 *  leaves them out, bad arguments and too deep nesting.  Expected output:
 *  from duk_ext/objbuf_format.md (what encode accepts, the path notation and
 *  the message form "unsupported value (<kind>) at <path>").
 */
/*--- {"features": ["objectbuffer", "nodebuffer"]} ---*/

/*===
TypeError ObjectBuffer.encode: unsupported value (function) at $.users[3].cb
TypeError ObjectBuffer.encode: unsupported value (function) at $
TypeError ObjectBuffer.encode: unsupported value (symbol) at $[0][1]
TypeError ObjectBuffer.encode: unsupported value (object) at $["with space"]["0"].re
TypeError ObjectBuffer.encode: unsupported value (object) at $.p
TypeError ObjectBuffer.encode: unsupported value (object) at $.e
TypeError ObjectBuffer.encode: unsupported value (object) at $.b
skip
{"a":1,"c":[1,null,3]} true
true
depth
RangeError
true
arguments
TypeError
TypeError
TypeError
TypeError
===*/

function show(f) {
    try {
        f();
        print('no error');
    } catch (e) {
        print(e.name, e.message);
    }
}

function fn() {}
var users = [{}, {}, {}, { name: 'x', cb: fn }];
show(function () { ObjectBuffer.encode({ users: users }); });
show(function () { ObjectBuffer.encode(fn); });
show(function () { ObjectBuffer.encode([[1, Symbol('s')]]); });
show(function () { ObjectBuffer.encode({ 'with space': { '0': { re: /x/ } } }); });
show(function () { ObjectBuffer.encode({ p: new Proxy({}, {}) }); });
show(function () { ObjectBuffer.encode({ e: new Error('x') }); });
show(function () { ObjectBuffer.encode({ b: new Boolean(true) }); });

print('skip');
var skipped = ObjectBuffer.decode(ObjectBuffer.encode({ a: 1, f: fn, s: Symbol('q'), c: [1, fn, 3] }, { skipUnsupported: true }));
print(JSON.stringify(skipped), skipped.c[1] === undefined && skipped.c.length === 3);
print(ObjectBuffer.decode(ObjectBuffer.encode(fn, { skipUnsupported: true })) === undefined);

print('depth');
var deep = [], cur = deep, i;
for (i = 0; i < 1000; i++) { cur.push([]); cur = cur[0]; }
try { ObjectBuffer.encode(deep); print('no error'); } catch (e) { print(e.name); }
deep = deep[0];
var back = ObjectBuffer.decode(ObjectBuffer.encode(deep));
for (i = 0; i < 999; i++) { back = back[0]; }
print(Array.isArray(back) && back.length === 0);

print('arguments');
try { ObjectBuffer.decode('not bytes'); } catch (e) { print(e.name); }
try { ObjectBuffer.verify({}); } catch (e) { print(e.name); }
try { ObjectBuffer.open(42); } catch (e) { print(e.name); }
try { ObjectBuffer.encode(1, 'opts'); } catch (e) { print(e.name); }
