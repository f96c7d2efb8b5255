/*
 * Benchmark harness, prepended by tools/bench.py to every tools/bench/*.js
 * script (after `var P = {...}`, the runner's parameters, and after the
 * polyfill bundle on the polyfill engine).  Plain ES5 so it runs on stock
 * duk, dukext and node alike.  A script calls bench({...}) once:
 *   check()  true, or a string saying what is missing: printed as "NA <why>"
 *   op()     one operation (the timed hot loop calls it n times)
 *   per      operations inside one op() call (time is divided by it)
 *   value()  instead of op: a measured quantity (e.g. encoded size), printed
 *            as "VALUE <number> <unit>"
 * Timing mode (default): op() runs once (warm-up), then in batches of n calls
 * until one batch lasts P.target_ms; prints "RESULT <ms per op> <n>".  When
 * the warm-up call alone lasts P.target_ms, it is the measurement (n = 1).
 * Count mode (P.iters set): op() runs exactly P.iters times and prints
 * "DONE <per>"; the runner subtracts a P.iters = 0 run to get instructions,
 * allocations and peak heap growth per operation.
 */
if (typeof print === 'undefined') {
	print = console.log; // node
}

function benchNow() {
	return (typeof performance === 'object' && performance && performance.now) ? performance.now() : Date.now();
}

// xorshift32, the same sequence as tools/bench/climits.c.
var benchSeed = 2463534242;
function benchNext() {
	var x = benchSeed;
	x ^= x << 13;
	x ^= x >>> 17;
	x ^= x << 5;
	benchSeed = x >>> 0;
	return benchSeed;
}

function benchRandomBytes(u8) {
	for (var i = 0; i < u8.length; i++) {
		u8[i] = benchNext() & 255;
	}
	return u8;
}

// "true" when every name is a function on obj, otherwise what is missing.
function benchNeeds(obj, label, names) {
	for (var i = 0; i < names.length; i++) {
		if (obj === undefined || obj === null || typeof obj[names[i]] !== 'function') {
			return 'no ' + label + '.' + names[i];
		}
	}
	return true;
}

// A zeroed Buffer of n bytes on every engine (stock Duktape has no Buffer.alloc).
function benchBuffer(n) {
	return typeof Buffer.alloc === 'function' ? Buffer.alloc(n) : new Buffer(n);
}

// 1 MiB of printable ASCII (what the utf8 benchmarks encode and decode).
function benchAscii(n) {
	var parts = [], line = 'The quick brown fox jumps over the lazy dog 0123456789.\n';
	for (var len = 0; len < n; len += line.length) {
		parts.push(line);
	}
	return parts.join('').substring(0, n);
}

function bench(spec) {
	var ok = spec.check ? spec.check() : true;
	if (ok !== true) {
		print('NA ' + ok);
		return;
	}
	if (spec.value) {
		print('VALUE ' + spec.value() + ' ' + (spec.unit || 'B'));
		return;
	}
	var op = spec.op, per = spec.per || 1, i;
	if (P.iters !== undefined) {
		for (i = 0; i < P.iters; i++) {
			op();
		}
		print('DONE ' + per);
		return;
	}
	var target = P.target_ms || 200, n = 1, t0 = benchNow(), t;
	op();
	t = benchNow() - t0;
	// An operation slower than a whole batch is timed once: the warm-up is the measurement.
	while (t < target) {
		n = t < target / 64 ? n * 64 : Math.ceil(n * target * 1.2 / t);
		t0 = benchNow();
		for (i = 0; i < n; i++) {
			op();
		}
		t = benchNow() - t0;
	}
	print('RESULT ' + (t / n / per) + ' ' + n);
}
