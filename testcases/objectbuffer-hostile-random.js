/*
 *  ObjectBuffer.encode over random values whose getters and Proxy traps run
 *  hostile user code while the value is walked: they detach or resize typed
 *  arrays in the value, add and delete keys (also of the rows of a table
 *  being written), shorten and lengthen arrays, replace values, collect
 *  garbage and throw.  Whatever happens, encode must either return bytes
 *  that verify and decode (lazily too) or throw the getter's own error or a
 *  TypeError/RangeError; never crash (the sanitizer and valgrind builds run
 *  this file too).  Expected output: those invariants (objbuf_format.md).
 */
/*--- {"features": ["objectbuffer", "objectbuffer_open", "arraybuffer", "bridge_internal"]} ---*/
/*===
encode returned verifiable bytes or threw a proper error: true
every returned encoding decodes: true
every returned encoding opens and every value reads: true
both outcomes occurred: true
===*/

var seed = 12345;
function rnd(n) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 2147483648 * n);
}

var pool;   /* containers and typed arrays of the current value */
var buffers;
function Boom(msg) { this.message = msg; }

function hostileAction() {
    var target, k;
    switch (rnd(9)) {
    case 0:
        if (buffers.length) { target = buffers[rnd(buffers.length)]; if (!target.detached) { target.transfer(); } }
        break;
    case 1:
        if (buffers.length) {
            target = buffers[rnd(buffers.length)];
            if (target.resizable && !target.detached) { target.resize(rnd(target.maxByteLength + 1)); }
        }
        break;
    case 2:
        target = pool[rnd(pool.length)];
        target['k' + rnd(6)] = rnd(3) ? rnd(100) : { fresh: [1, 2] };
        break;
    case 3:
        target = pool[rnd(pool.length)];
        k = Object.keys(target);
        if (k.length) { delete target[k[rnd(k.length)]]; }
        break;
    case 4:
        target = pool[rnd(pool.length)];
        if (Array.isArray(target)) { target.length = rnd(4); }
        break;
    case 5:
        target = pool[rnd(pool.length)];
        if (Array.isArray(target)) { target.push(rnd(2) ? 'grown' : [rnd(9), rnd(9)]); }
        break;
    case 6:
        Duktape.gc();
        break;
    case 7:
        throw new Boom('getter');
    default:
        break;
    }
}

function leaf() {
    switch (rnd(8)) {
    case 0: return rnd(1000) - 500;
    case 1: return rnd(2) ? 'str' + rnd(50) : 'h\u00e9llo \u20ac';
    case 2: return rnd(2) === 1;
    case 3: return null;
    case 4: return undefined;
    case 5: return new Date(rnd(100000));
    case 6: return rnd(3) / 7;
    default: return rnd(2) ? NaN : -0;
    }
}

function typed() {
    var ab = rnd(2) ? new ArrayBuffer(8, { maxByteLength: 16 }) : new ArrayBuffer(8);
    buffers.push(ab);
    switch (rnd(4)) {
    case 0: return new Uint8Array(ab);
    case 1: return new Int16Array(ab, 2, rnd(2) ? 3 : undefined);
    case 2: return new Float64Array(ab);
    default: return new DataView(ab, 1);
    }
}

function value(depth) {
    var r = rnd(depth > 2 ? 3 : 10), o, n, i;
    if (r < 3) { return leaf(); }
    if (r === 3) { return typed(); }
    if (r === 4 && pool.length) { return pool[rnd(pool.length)]; } /* shared or circular */
    if (r === 5) {
        /* rows of one shape: the encoder may write a table */
        o = [];
        for (i = 0, n = 2 + rnd(3); i < n; i++) { o.push({ a: value(depth + 1), b: rnd(9) }); pool.push(o[i]); }
        pool.push(o);
        return o;
    }
    if (r === 6) {
        o = [];
        for (i = 0, n = 2 + rnd(3); i < n; i++) { o.push([rnd(9), rnd(9) / 2]); }
        pool.push(o);
        return o;
    }
    o = r === 7 ? [] : {};
    pool.push(o);
    for (i = 0, n = rnd(5); i < n; i++) {
        if (rnd(4) === 0) {
            Object.defineProperty(o, 'g' + i, {
                enumerable: true,
                configurable: true,
                get: function () { hostileAction(); return value(depth + 1); }
            });
        } else {
            o[r === 7 ? i : 'p' + i] = value(depth + 1);
        }
    }
    if (r === 8) {
        return new Proxy(o, {
            get: function (t, k) { if (rnd(3) === 0) { hostileAction(); } return t[k]; },
            ownKeys: function (t) { if (rnd(3) === 0) { hostileAction(); } return Object.keys(t); }
        });
    }
    return o;
}

/* Reads every key and value of a lazy view, each container once (views are
 * memoised, so a shared or circular one is the same object again). */
function walk(x, seen) {
    var keys, i;
    if (x === null || typeof x !== 'object' || seen.indexOf(x) >= 0) { return; }
    seen.push(x);
    keys = Object.keys(x);
    for (i = 0; i < keys.length; i++) { walk(x[keys[i]], seen); }
}

var properErrors = true, decodes = true, opens = true, returned = 0, threw = 0;
var round, v, bytes;
for (round = 0; round < 300; round++) {
    pool = [{}];
    buffers = [];
    v = value(0);
    bytes = null;
    try {
        bytes = ObjectBuffer.encode(v, rnd(2) ? { indexThreshold: 1 } : undefined);
    } catch (e) {
        threw++;
        if (!(e instanceof Boom || e instanceof TypeError || e instanceof RangeError)) {
            properErrors = false;
            print('round', round, 'threw', e);
        }
    }
    if (bytes !== null) {
        returned++;
        if (!(bytes instanceof Uint8Array) || ObjectBuffer.verify(bytes) !== true) {
            properErrors = false;
        }
        try { ObjectBuffer.decode(bytes); } catch (e2) { decodes = false; print('round', round, 'decode', e2); }
        try { walk(ObjectBuffer.open(bytes), []); } catch (e3) { opens = false; print('round', round, 'open', e3); }
    }
}
print('encode returned verifiable bytes or threw a proper error:', properErrors);
print('every returned encoding decodes:', decodes);
print('every returned encoding opens and every value reads:', opens);
print('both outcomes occurred:', returned > 0 && threw > 0);
