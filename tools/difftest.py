#!/usr/bin/env python3
"""Differential test: random Buffer / typed array / ArrayBuffer / DataView /
encoding operations run in node v26 (the oracle) and in dukext, compared
result by result; some of them run user code (valueOf, toString, a getter, a
callback) that resizes or detaches the receiver's buffer mid-call.

Each operation is a small ES5 function that builds fresh receivers (so a
difference never cascades into later operations), calls one method with
random arguments (typical values mixed with edge values: NaN, -0,
+-Infinity, huge, negative and fractional offsets, wrong types, objects whose
valueOf returns odd values or throws) and returns the result together with
the receiver's state afterwards.  Results are serialised canonically by a
shared prelude: -0 and NaN are distinguished, strings are escaped code unit by
code unit, buffers print as type + contents, errors as class + Node `code`
(+ message only for errors that carry a `code`: Node's Buffer API contract).

A difference is one of: value (both returned, different values), class (error
class differs, or one side threw and the other did not), code, message,
crash (dukext died or hung; never allowed), plain (dukext runs every program
a second time with its generated Uint8Arrays replaced by the plain buffers
under them, Uint8Array.plainOf: a plain buffer must behave as that
Uint8Array; the two dukext lines take node's and dukext's places).  Known
deliberate differences sit in tools/difftest_allow.txt: `regex | kinds |
reason` per line; the regex is searched in "label<TAB>node line<TAB>dukext
line<TAB>code", kinds is a comma list or *.

  tools/difftest.py --ops 100000 --seed 1        full run
  tools/difftest.py --ops 2000 --seed 7 --quiet  the `make check` run
Exits 0 when every difference is allowed (or node v26 cannot be installed:
the run is skipped with a message), 1 otherwise.  Unexplained differences are
listed with a standalone repro file under <build>/difftest/.
"""
import argparse
import collections
import os
import random
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import node26  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALLOW_FILE = os.path.join(ROOT, "tools", "difftest_allow.txt")

# Shared by both engines: plain ES5.  __r(i, fn) prints "i<TAB>serialisation".
PRELUDE = r"""
var __G = (function () { return this; })();
var __P = __G.__PLAIN ? function (x) { return Uint8Array.plainOf(x); } : function (x) { return x; };
var __TA = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array'];
function __num(v) {
  if (v !== v) return 'NaN';
  if (v === 0 && 1 / v < 0) return '-0';
  return String(v);
}
function __str(s) {
  var o = '"', i, c, h;
  for (i = 0; i < s.length; i++) {
    c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) { o += s.charAt(i); }
    else { h = c.toString(16); o += '\\u' + '0000'.substr(h.length) + h; }
  }
  return o + '"';
}
function __elems(v) {
  var o = [], i;
  for (i = 0; i < v.length; i++) o.push(__num(v[i]));
  return '[' + o.join(',') + ']';
}
function __abinfo(v) {
  var s = 'ArrayBuffer(' + v.byteLength;
  if (v.resizable === true) s += ',max=' + v.maxByteLength;
  if (v.detached === true) s += ',detached';
  return s + ')' + (v.detached === true ? '' : __elems(new Uint8Array(v)));
}
function __view(v) {
  var i, C;
  if (typeof Buffer === 'function' && Buffer.isBuffer(v)) return 'Buffer' + __elems(v);
  for (i = 0; i < __TA.length; i++) {
    C = __G[__TA[i]];
    if (typeof C === 'function' && Object.getPrototypeOf(v) === C.prototype) {
      return __TA[i] + '@' + v.byteOffset + __elems(v);
    }
  }
  return null;
}
function __ser(v, depth) {
  var t = typeof v, s, k, ks, i, o;
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (t === 'number') return __num(v);
  if (t === 'string') return __str(v);
  if (t === 'boolean') return String(v);
  if (t === 'function') return 'function';
  if (t !== 'object') return t;
  if (depth > 3) return '...';
  s = __view(v);
  if (s !== null) return s;
  if (v instanceof ArrayBuffer) return __abinfo(v);
  if (v instanceof DataView) {
    try { return 'DataView(' + v.byteOffset + ',' + v.byteLength + ')'; }
    catch (e) { return 'DataView(' + __err(e) + ')'; }
  }
  if (v instanceof Error) return 'Error ' + __err(v);
  if (Array.isArray(v)) {
    o = [];
    for (i = 0; i < v.length; i++) o.push(__ser(v[i], depth + 1));
    return '[' + o.join(',') + ']';
  }
  ks = Object.keys(v);
  o = [];
  for (i = 0; i < ks.length; i++) { k = ks[i]; o.push(k + ':' + __ser(v[k], depth + 1)); }
  return '{' + o.join(',') + '}';
}
function __err(e) {
  var cls;
  if (!(e instanceof Error)) return 'throw ' + __ser(e, 0);
  if (e instanceof RangeError) cls = 'RangeError';
  else if (e instanceof TypeError) cls = 'TypeError';
  else if (e instanceof SyntaxError) cls = 'SyntaxError';
  else if (e instanceof ReferenceError) cls = 'ReferenceError';
  else if (e instanceof URIError) cls = 'URIError';
  else cls = 'Error';
  if (e.code === undefined) return cls;
  return cls + ' ' + e.code + ' ' + __str(String(e.message));
}
function __r(i, fn) {
  var out;
  try { out = __ser(fn(), 0); } catch (e) { out = '!' + __err(e); }
  print(i + '\t' + out);
}
function __iter(it) {
  var o = [], n, k;
  for (k = 0; k < 64; k++) { n = it.next(); if (n.done) break; o.push(n.value); }
  return o;
}
"""

NODE_SHIM = "globalThis.print = console.log;\n"
# dukext's second run: every __P(new Uint8Array(...)) is a plain buffer.
PLAIN_SHIM = "var __PLAIN = true;\n"

# ---------------------------------------------------------------- values

EDGES = [
    ("nan", "NaN"), ("negzero", "-0"), ("inf", "Infinity"), ("inf", "-Infinity"),
    ("frac", "1.5"), ("frac", "-1.5"), ("frac", "0.5"), ("frac", "2.9999"),
    ("huge", "4294967296"), ("huge", "2147483648"), ("huge", "9007199254740992"),
    ("huge", "-9007199254740992"), ("huge", "1e300"), ("huge", "4294967295"),
    ("neg", "-1"), ("neg", "-2"), ("neg", "-100"),
    ("undef", "undefined"), ("null", "null"), ("bool", "true"), ("bool", "false"),
    ("str", '"1"'), ("str", '""'), ("str", '"abc"'), ("str", '"0x10"'), ("str", '" 2 "'),
    ("obj", "{}"), ("arr", "[]"), ("arr", "[2]"),
    ("vo", "{valueOf:function(){return 2}}"), ("vo", "{valueOf:function(){return NaN}}"),
    ("vo", "{valueOf:function(){return -0}}"), ("vo", '{valueOf:function(){return "3"}}'),
    ("vo", "{valueOf:function(){return 1.5}}"), ("vo", "{valueOf:function(){return -1}}"),
    ("vo", "{valueOf:function(){return {}}, toString:function(){return '1'}}"),
    ("vothrow", '{valueOf:function(){throw new RangeError("vo")}}'),
    ("tostr", '{toString:function(){return "7"}}'),
    ("fn", "function(){}"),
]

ENCODINGS = ["utf8", "utf-8", "UTF8", "hex", "HEX", "base64", "base64url", "latin1", "binary",
             "ascii", "ucs2", "ucs-2", "utf16le", "utf-16le", "UTF-16LE", "bogus", ""]

STRINGS = ["", "a", "abc", "hello world", "\u00e9t\u00e9", "\u20ac", "\ud83d\ude00", "\ud800",
           "\udc00x", "a\u0000b", "0123456789abcdef", "ABCDEF", "0g", "abc", "fff",
           "aGVsbG8=", "aGVsbG8", "aGV sbG8=", "a-_b", "YQ==", "YQ", "Y", "====", "+/+/",
           "\u00ff\u0100", "\ufeffbom", "x" * 17]


def js_str(s):
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch in '"\\' or c < 0x20 or c > 0x7e:
            if c > 0xffff:
                c -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff)))
            else:
                out.append("\\u%04x" % c)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


TYPES = {  # name: (element size, kind)
    "Int8Array": (1, "i"), "Uint8Array": (1, "u"), "Uint8ClampedArray": (1, "u"),
    "Int16Array": (2, "i"), "Uint16Array": (2, "u"), "Int32Array": (4, "i"),
    "Uint32Array": (4, "u"), "Float16Array": (2, "f"), "Float32Array": (4, "f"),
    "Float64Array": (8, "f"),
}
INT_TYPES = [t for t in TYPES if TYPES[t][1] != "f"]

# DataView accessors and Buffer field accessors: (suffix, size).
DV_TYPES = [("Int8", 1), ("Uint8", 1), ("Int16", 2), ("Uint16", 2), ("Int32", 4), ("Uint32", 4),
            ("Float16", 2), ("Float32", 4), ("Float64", 8), ("BigInt64", 8), ("BigUint64", 8)]
BUF_FIELDS = [("UInt8", 1), ("Uint8", 1), ("Int8", 1)] + [
    (n + e, s) for n, s in [("UInt16", 2), ("Uint16", 2), ("Int16", 2), ("UInt32", 4), ("Uint32", 4),
                            ("Int32", 4), ("Float", 4), ("Double", 8), ("BigInt64", 8),
                            ("BigUInt64", 8), ("BigUint64", 8)] for e in ("LE", "BE")]
BUF_VAR_FIELDS = ["UIntLE", "UIntBE", "UintLE", "UintBE", "IntLE", "IntBE"]


def plain(src):
    """A fresh Uint8Array that dukext's second run turns into the plain
    buffer under it (Uint8Array.plainOf): both runs must agree."""
    return "__P(%s)" % src


class Gen:
    """Random arguments; every argument is (kind, js source)."""

    def __init__(self, rng):
        self.r = rng

    def chance(self, p):
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    def edge(self):
        return self.pick(EDGES)

    def int_arg(self, lo, hi):
        n = self.r.randint(lo, hi)
        return ("neg" if n < 0 else "int", str(n))

    def off(self, n, edge_p=0.3):
        """An offset or length into something n long."""
        return self.edge() if self.chance(edge_p) else self.int_arg(-1, n + 1)

    def new_length(self, n):
        """A byte length a buffer is reallocated to (transfer): like off(),
        without the edge values that make node allocate gigabytes."""
        a = self.off(n, 0.3)
        while a[0] == "huge" and a[1] in ("4294967296", "2147483648", "4294967295"):
            a = self.off(n, 0.3)
        return a

    def size(self):
        """A size for an allocation: never large enough to allocate much."""
        if self.chance(0.25):
            return self.pick([("neg", "-1"), ("nan", "NaN"), ("frac", "2.5"), ("negzero", "-0"),
                              ("inf", "Infinity"), ("huge", "9007199254740992"),
                              ("huge", "1e300"), ("str", '"3"'), ("undef", "undefined"),
                              ("null", "null"), ("vo", "{valueOf:function(){return 2}}"),
                              ("obj", "{}"), ("bool", "true")])
        return self.int_arg(0, 9)

    def byte_vals(self, n):
        return [self.r.randint(0, 255) for _ in range(n)]

    def bytes_src(self, n=None):
        n = self.r.randint(0, 10) if n is None else n
        return "[" + ",".join(str(b) for b in self.byte_vals(n)) + "]"

    def elem_num(self, kind):
        """A number literal suitable to store in an element of this kind."""
        if self.chance(0.2):
            return self.pick(["NaN", "-0", "Infinity", "-Infinity", "1.5", "-1.5", "256", "-129",
                              "65537", "4294967297", "1e10", "0.1", "65504", "65520", "3.4e38",
                              "1e-8", "5.960464477539063e-8", "2.9802322387695312e-8"])
        if kind == "f":
            return self.pick([str(self.r.randint(-50, 50)), "%.3f" % self.r.uniform(-100, 100),
                              str(self.r.randint(0, 70000))])
        return str(self.r.randint(-130, 300) if self.chance(0.5) else self.r.randint(0, 100))

    def elem_list(self, kind, n=None):
        n = self.r.randint(0, 8) if n is None else n
        return "[" + ",".join(self.elem_num(kind) for _ in range(n)) + "]"

    def value(self, kind="i"):
        """A value to store (fill, with, set...)."""
        if self.chance(0.3):
            return self.edge()
        return ("num", self.elem_num(kind))

    def string(self):
        return ("str", js_str(self.pick(STRINGS)))

    def encoding(self):
        if self.chance(0.1):
            return self.edge()
        return ("enc", js_str(self.pick(ENCODINGS)))

    def typed(self, name=None, n=None):
        name = name or self.pick(list(TYPES))
        src = "new %s(%s)" % (name, self.elem_list(TYPES[name][1], n))
        return name, plain(src) if name == "Uint8Array" else src

    def buf(self, n=None):
        return "new Buffer(%s)" % self.bytes_src(n)

    def rab(self):
        """Source of a resizable ArrayBuffer with some bytes set."""
        n = self.r.randint(0, 8)
        m = n + self.r.randint(0, 8)
        return ("(function(){var a=new ArrayBuffer(%d,{maxByteLength:%d});"
                "new Uint8Array(a).set(%s);return a;})()" % (n, m, self.bytes_src(n)))

    def detached_ab(self):
        return "(function(){var a=new Uint8Array(%s).buffer;a.transfer();return a;})()" % self.bytes_src()

    def array_buffer(self):
        c = self.r.random()
        if c < 0.6:
            return "ab", "new Uint8Array(%s).buffer" % self.bytes_src()
        if c < 0.9:
            return "rab", self.rab()
        return "detached", self.detached_ab()

    def callback(self, role):
        return self.pick({
            "map": [("fn", "function(x){return x*2}"), ("fn", "function(x,i){return i-x}"),
                    ("fn", "function(x){return x/3}"), ("fn", "function(){return NaN}"),
                    ("fn", "function(x,i,a){return a.length}"), ("fn", "function(){return '5'}"),
                    ("fn", "function(){return {valueOf:function(){return -0}}}"),
                    ("notfn", "undefined"), ("notfn", "{}")],
            "pred": [("fn", "function(x){return x>3}"), ("fn", "function(x,i){return i%2}"),
                     ("fn", "function(x){return x!==x}"), ("fn", "function(){return true}"),
                     ("fn", "function(){return 0}"), ("notfn", "null"), ("notfn", "1")],
            "reduce": [("fn", "function(a,x){return a+x}"), ("fn", "function(a,x,i){return a*31+x+i}"),
                       ("fn", "function(a,x){return String(a)+'|'+x}"), ("notfn", "undefined")],
            "cmp": [("fn", "function(a,b){return b-a}"), ("fn", "function(a,b){return a-b}"),
                    ("fn", "function(){return 0}"), ("fn", "function(a,b){return a<b?1:-1}"),
                    ("fn", "function(){return NaN}"), ("undef", "undefined"), ("notfn", "{}"),
                    ("notfn", "1")],
        }[role])

    def args(self, gens):
        """Arguments from a list of generator thunks, maybe truncated or one extra."""
        out = [g() for g in gens]
        if out and self.chance(0.25):
            out = out[:self.r.randint(0, len(out))]
        return out


def call(recv, method, args, ret_recv=True):
    a = ",".join(src for _, src in args)
    if ret_recv:
        return "var o=%s; return [o.%s(%s), o];" % (recv, method, a)
    return "return %s.%s(%s);" % (recv, method, a)


def kinds(args):
    return ",".join(k for k, _ in args)


# ---------------------------------------------------------------- operations
# Each returns (label, function body).

def op_buf_field(g):
    if g.chance(0.25):
        name = g.pick(BUF_VAR_FIELDS)
        rw = g.pick(["read", "write"])
        n = g.r.randint(0, 10)
        bl = lambda: g.edge() if g.chance(0.2) else g.int_arg(0, 7)
        if rw == "read":
            args = g.args([lambda: g.off(n), bl])
        else:
            args = g.args([lambda: g.value(), lambda: g.off(n), bl])
    else:
        name, size = g.pick(BUF_FIELDS)
        rw = g.pick(["read", "write"])
        n = g.r.randint(0, 10)
        if rw == "read":
            args = g.args([lambda: g.off(n)])
        else:
            k = "f" if ("Float" in name or "Double" in name) else "i"
            args = g.args([lambda: g.value(k), lambda: g.off(n)])
    return "Buffer#%s%s(%s)" % (rw, name, kinds(args)), call(g.buf(n), rw + name, args, rw == "write")


def op_dataview(g):
    name, size = g.pick(DV_TYPES)
    n = g.r.randint(0, 12)
    k = "f" if "Float" in name else "i"
    le = lambda: g.pick([("bool", "true"), ("bool", "false"), ("undef", "undefined"), ("int", "1"),
                         ("str", '""'), ("obj", "{}")])
    if g.chance(0.5):
        args = g.args([lambda: g.off(n), le])
        meth = "get" + name
    else:
        args = g.args([lambda: g.off(n), lambda: g.value(k), le])
        meth = "set" + name
    recv = "new DataView(new Uint8Array(%s).buffer)" % g.bytes_src(n)
    if g.chance(0.2):
        recv = "new DataView(new Uint8Array(%s).buffer, %d)" % (g.bytes_src(n + 2), g.r.randint(0, 2))
    return "DataView#%s(%s)" % (meth, kinds(args)), call(recv, meth, args, meth.startswith("set"))


def op_dataview_ctor(g):
    kind, ab = g.array_buffer()
    args = g.args([lambda: g.off(8), lambda: g.off(8)])
    a = ",".join([ab] + [s for _, s in args])
    return ("new DataView(%s,%s)" % (kind, kinds(args)),
            "var d=new DataView(%s); return [d, d.byteOffset, d.byteLength];" % a)


def op_ta_ctor(g):
    name = g.pick(list(TYPES))
    c = g.r.random()
    if c < 0.25:
        arg = g.size()
        return "new %s(%s)" % (name, arg[0]), "return new %s(%s);" % (name, arg[1])
    if c < 0.45:
        src = g.pick(["array", "typed", "arraylike", "string", "buffer"])
        s = {"array": lambda: g.elem_list(TYPES[name][1]),
             "typed": lambda: g.typed()[1],
             "arraylike": lambda: "{length:%s, 0:%s, 1:%s}" % (g.size()[1], g.elem_num("i"), g.elem_num("f")),
             "string": lambda: js_str(g.pick(STRINGS)),
             "buffer": lambda: g.buf()}[src]()
        return "new %s(%s)" % (name, src), "return new %s(%s);" % (name, s)
    kind, ab = g.array_buffer()
    args = g.args([lambda: g.off(16), lambda: g.off(8)])
    a = ",".join([ab] + [s for _, s in args])
    return ("new %s(%s,%s)" % (name, kind, kinds(args)),
            "var t=new %s(%s); return [t, t.length, t.byteOffset, t.byteLength];" % (name, a))


def op_ta_static(g):
    name = g.pick(list(TYPES))
    if g.chance(0.5):
        args = [(k, s) for k, s in [g.value(TYPES[name][1]) for _ in range(g.r.randint(0, 4))]]
        return "%s.of(%s)" % (name, kinds(args)), "return %s.of(%s);" % (name, ",".join(s for _, s in args))
    src = g.pick([("array", g.elem_list(TYPES[name][1])), ("typed", g.typed()[1]),
                  ("arraylike", "{length:3,0:1,2:'7'}"), ("string", js_str(g.pick(STRINGS))),
                  ("null", "null"), ("set", "typeof Set==='function'?new Set([3,1,3]):[3,1]")])
    args = [src] + ([g.callback("map")] if g.chance(0.5) else [])
    return ("%s.from(%s)" % (name, kinds(args)),
            "return %s.from(%s);" % (name, ",".join(s for _, s in args)))


TA_METHODS = {
    # name: lambda g, n, kind -> argument thunks
    "at": lambda g, n, k: [lambda: g.off(n)],
    "copyWithin": lambda g, n, k: [lambda: g.off(n), lambda: g.off(n), lambda: g.off(n)],
    "fill": lambda g, n, k: [lambda: g.value(k), lambda: g.off(n), lambda: g.off(n)],
    "includes": lambda g, n, k: [lambda: g.value(k), lambda: g.off(n)],
    "indexOf": lambda g, n, k: [lambda: g.value(k), lambda: g.off(n)],
    "lastIndexOf": lambda g, n, k: [lambda: g.value(k), lambda: g.off(n)],
    "join": lambda g, n, k: [lambda: g.pick([("str", '","'), ("str", '"-"'), ("str", '""'),
                                             ("undef", "undefined"), ("null", "null"), ("int", "0")])],
    "reverse": lambda g, n, k: [],
    "slice": lambda g, n, k: [lambda: g.off(n), lambda: g.off(n)],
    "subarray": lambda g, n, k: [lambda: g.off(n), lambda: g.off(n)],
    "set": lambda g, n, k: [lambda: g.pick([("array", g.elem_list(k, g.r.randint(0, 4))),
                                            ("typed", g.typed(n=g.r.randint(0, 4))[1]),
                                            ("buffer", g.buf(g.r.randint(0, 4))),
                                            ("arraylike", "{length:2,0:9,1:'x'}"),
                                            ("num", "7"), ("str", '"12"')]),
                            lambda: g.off(n)],
    "sort": lambda g, n, k: [lambda: g.callback("cmp")],
    "toSorted": lambda g, n, k: [lambda: g.callback("cmp")],
    "toReversed": lambda g, n, k: [],
    "with": lambda g, n, k: [lambda: g.off(n), lambda: g.value(k)],
    "toString": lambda g, n, k: [],
    "map": lambda g, n, k: [lambda: g.callback("map")],
    "filter": lambda g, n, k: [lambda: g.callback("pred")],
    "every": lambda g, n, k: [lambda: g.callback("pred")],
    "some": lambda g, n, k: [lambda: g.callback("pred")],
    "find": lambda g, n, k: [lambda: g.callback("pred")],
    "findIndex": lambda g, n, k: [lambda: g.callback("pred")],
    "findLast": lambda g, n, k: [lambda: g.callback("pred")],
    "findLastIndex": lambda g, n, k: [lambda: g.callback("pred")],
    "forEach": lambda g, n, k: [lambda: ("fn", "function(x,i,a){a[i]=x+1}")],
    "reduce": lambda g, n, k: [lambda: g.callback("reduce"), lambda: g.value(k)],
    "reduceRight": lambda g, n, k: [lambda: g.callback("reduce"), lambda: g.value(k)],
    "entries": None, "keys": None, "values": None,
}


def op_ta_method(g):
    name, recv = g.typed()
    k = TYPES[name][1]
    n = recv.count(",") + 1 if "[]" not in recv else 0
    if g.chance(0.1):
        recv = "(function(){var b=new Buffer(%s);return b;})()" % g.bytes_src()
        name = "Buffer"
    meth = g.pick(list(TA_METHODS))
    if TA_METHODS[meth] is None:
        return "%s#%s()" % (name, meth), "return __iter(%s.%s());" % (recv, meth)
    args = g.args(TA_METHODS[meth](g, n, k))
    return "%s#%s(%s)" % (name, meth, kinds(args)), call(recv, meth, args)


def op_ta_on_rab(g):
    """Length-tracking and fixed views over a resizable buffer, then a resize."""
    name = g.pick(["Uint8Array", "Int16Array", "Float32Array", "Uint32Array"])
    n = g.r.randint(0, 8)
    m = n + g.r.randint(0, 8)
    fixed = g.chance(0.4)
    view = "new %s(a,%d%s)" % (name, g.r.randint(0, 2) * TYPES[name][0], ",1" if fixed else "")
    newlen = g.off(m + 2, 0.2)
    meth = g.pick(["fill", "at", "slice", "subarray", "indexOf", "reverse", "sort", "join",
                   "map", "set", "length"])
    if meth == "length":
        tail = "[t.length, t.byteLength, t.byteOffset]"
    elif meth == "set":
        tail = "t.set([1,2])"
    elif meth == "map":
        tail = "t.map(function(x){return x+1})"
    elif meth in ("fill", "indexOf"):
        tail = "t.%s(0)" % meth
    elif meth in ("at", "slice", "subarray"):
        tail = "t.%s(1)" % meth
    else:
        tail = "t.%s()" % meth
    if g.chance(0.3):
        # The method first, the resize after: does its result track the buffer?
        if meth == "length":
            meth, tail = "subarray", "t.subarray(%d)" % g.r.randint(0, 2)
        if g.chance(0.3):
            name, view, fixed = "Buffer", "Buffer.from(a%s)" % (",1" if g.chance(0.5) else ""), False
        body = ("var a=new ArrayBuffer(%d,{maxByteLength:%d}); new Uint8Array(a).set(%s);"
                " var t=%s; var r=%s; a.resize(%s); return [r, t, a];" % (n, m, g.bytes_src(n), view, tail,
                                                                         newlen[1]))
        return ("rab:%s(%s)#%s#resize(%s)" % (name, "fixed" if fixed else "tracking", meth, newlen[0]),
                body)
    body = ("var a=new ArrayBuffer(%d,{maxByteLength:%d}); new Uint8Array(a).set(%s);"
            " var t=%s; a.resize(%s); var r=%s; return [r, t, a];" % (n, m, g.bytes_src(n), view,
                                                                     newlen[1], tail))
    return "rab:%s(%s)#resize(%s)#%s" % (name, "fixed" if fixed else "tracking", newlen[0], meth), body


def op_arraybuffer(g):
    c = g.r.random()
    if c < 0.2:
        args = [g.size()]
        if g.chance(0.5):
            args.append(g.pick([("opts", "{maxByteLength:%d}" % g.r.randint(0, 12)),
                                ("opts", "{maxByteLength:-1}"), ("opts", "{maxByteLength:NaN}"),
                                ("opts", "{maxByteLength:9007199254740992}"), ("opts", "{}"),
                                ("null", "null"), ("opts", "{maxByteLength:undefined}")]))
        return ("new ArrayBuffer(%s)" % kinds(args),
                "return new ArrayBuffer(%s);" % ",".join(s for _, s in args))
    kind, ab = g.array_buffer()
    meth = g.pick(["slice", "resize", "transfer", "transferToFixedLength", "isView", "props"])
    if meth == "isView":
        a = g.pick([("ta", g.typed()[1]), ("dv", "new DataView(new ArrayBuffer(2))"),
                    ("ab", ab), ("buf", g.buf()), ("num", "1"), ("undef", "")])
        return "ArrayBuffer.isView(%s)" % a[0], "return ArrayBuffer.isView(%s);" % a[1]
    if meth == "props":
        return ("%s.props" % kind,
                "var a=%s; return [a.byteLength, a.maxByteLength, a.resizable, a.detached];" % ab)
    args = g.args({"slice": [lambda: g.off(8), lambda: g.off(8)],
                   "resize": [lambda: g.off(16, 0.4)],
                   "transfer": [lambda: g.new_length(16)],
                   "transferToFixedLength": [lambda: g.new_length(16)]}[meth])
    return "%s#%s(%s)" % (kind, meth, kinds(args)), call(ab, meth, args)


def op_buf_static(g):
    meth = g.pick(["alloc", "allocUnsafe", "from", "from", "from", "byteLength", "compare",
                   "concat", "isBuffer", "isEncoding", "copyBytesFrom", "stringLength"])
    if meth == "alloc":
        args = g.args([g.size, lambda: g.pick([g.value(), g.string(), ("buf", g.buf())]),
                       g.encoding])
    elif meth == "allocUnsafe":
        args = [g.size()]
        if g.chance(0.5):
            args.append(g.pick([("int", "1"), ("int", "8"), ("int", "4096"), ("int", "3"), ("int", "0"),
                                ("huge", "2147483648"), g.edge()]))
        name = g.pick(["allocUnsafe", "allocUnsafeSlow"])
        return ("Buffer.%s(%s)" % (name, kinds(args)),
                "return Buffer.%s(%s).length;" % (name, ",".join(src for _, src in args)))
    elif meth == "from":
        src = g.pick(["string", "string", "array", "ab", "buffer", "typed", "obj", "bad"])
        if src == "string":
            args = [g.string()] + ([g.encoding()] if g.chance(0.7) else [])
        elif src == "array":
            args = [("array", g.elem_list("i"))]
        elif src == "ab":
            kind, ab = g.array_buffer()
            args = g.args([lambda: (kind, ab), lambda: g.off(10), lambda: g.off(10)])
            if not args:
                args = [(kind, ab)]
        elif src == "buffer":
            args = [("buffer", g.buf())]
        elif src == "typed":
            args = [("typed", g.typed()[1])]
        elif src == "obj":
            args = [g.pick([("vo", "{valueOf:function(){return 'abc'}}"),
                            ("obj", "{length:2,0:1,1:300}"),
                            ("obj", "{type:'Buffer',data:[1,2,3]}"),
                            ("tostr", "{toString:function(){return 'x'}}")])]
        else:
            args = [g.edge()]
    elif meth == "byteLength":
        args = g.args([lambda: g.pick([g.string(), ("buffer", g.buf()), ("typed", g.typed()[1]),
                                       ("ab", "new ArrayBuffer(3)"), g.edge()]), g.encoding])
    elif meth == "compare":
        args = [("buffer", g.buf(g.r.randint(0, 4))), g.pick([("buffer", g.buf(g.r.randint(0, 4))),
                                                             ("u8", plain("new Uint8Array([1,2])")),
                                                             g.edge()])]
    elif meth == "concat":
        lst = g.pick([("list", "[%s]" % ",".join(g.buf(g.r.randint(0, 3)) for _ in range(g.r.randint(0, 3)))),
                      ("list", "[%s, %s]" % (plain("new Uint8Array([1,2])"), g.buf(2))),
                      ("list", "[1]"), ("str", '"ab"'), ("undef", "undefined")])
        args = [lst] + ([g.pick([g.int_arg(0, 8), g.edge()])] if g.chance(0.5) else [])
        if args[-1][1] in ("4294967296", "2147483648", "9007199254740992", "1e300", "4294967295"):
            args = args[:1]
    elif meth == "isBuffer":
        args = [g.pick([("buffer", g.buf()), ("typed", g.typed()[1]), g.edge()])]
    elif meth == "isEncoding":
        args = [g.encoding()]
    elif meth == "stringLength":
        args = g.args([lambda: g.pick([("buffer", g.buf()), ("typed", g.typed()[1]), g.array_buffer(),
                                       g.string(), g.edge()]), g.encoding])
    else:
        args = g.args([lambda: ("typed", g.typed()[1]), lambda: g.off(6), lambda: g.off(6)])
    return ("Buffer.%s(%s)" % (meth, kinds(args)),
            "return Buffer.%s(%s);" % (meth, ",".join(s for _, s in args)))


def op_buf_method(g):
    n = g.r.randint(0, 10)
    recv = g.buf(n)
    meth = g.pick(["toString", "toString", "write", "write", "fill", "fill", "indexOf", "lastIndexOf",
                   "includes", "slice", "subarray", "equals", "compare", "copy", "swap16", "swap32",
                   "swap64", "toJSON", "toLocaleString"])
    needle = lambda: g.pick([g.string(), ("buffer", g.buf(g.r.randint(0, 3))), g.int_arg(-1, 300),
                             ("u8", plain("new Uint8Array([%d])" % g.r.randint(0, 3))), g.edge()])
    gens = {
        "toString": [g.encoding, lambda: g.off(n), lambda: g.off(n)],
        "toLocaleString": [g.encoding],
        "write": [g.string, lambda: g.pick([g.off(n), g.encoding()]),
                  lambda: g.pick([g.off(n), g.encoding()]), g.encoding],
        "fill": [lambda: g.pick([g.value(), g.string(), ("buffer", g.buf(g.r.randint(0, 3)))]),
                 lambda: g.pick([g.off(n), g.encoding()]), lambda: g.off(n), g.encoding],
        "indexOf": [needle, lambda: g.pick([g.off(n), g.encoding()]), g.encoding],
        "lastIndexOf": [needle, lambda: g.pick([g.off(n), g.encoding()]), g.encoding],
        "includes": [needle, lambda: g.off(n), g.encoding],
        "slice": [lambda: g.off(n), lambda: g.off(n)],
        "subarray": [lambda: g.off(n), lambda: g.off(n)],
        "equals": [lambda: g.pick([("buffer", g.buf(g.r.randint(0, 3))), ("u8", plain("new Uint8Array(0)")),
                                   g.edge()])],
        "compare": [lambda: g.pick([("buffer", g.buf(g.r.randint(0, 4))), g.edge()]),
                    lambda: g.off(4), lambda: g.off(4), lambda: g.off(n), lambda: g.off(n)],
        "copy": [lambda: g.pick([("buffer", g.buf(g.r.randint(0, 6))),
                                 ("u16", "new Uint16Array(2)"), g.edge()]),
                 lambda: g.off(6), lambda: g.off(n), lambda: g.off(n)],
        "swap16": [], "swap32": [], "swap64": [], "toJSON": [],
    }[meth]
    args = g.args(gens)
    if meth == "copy" and args:
        a = ",".join(s for _, s in args)
        return ("Buffer#copy(%s)" % kinds(args),
                "var o=%s, t=%s; return [o.copy(%s), o, t];" % (recv, args[0][1], a))
    return "Buffer#%s(%s)" % (meth, kinds(args)), call(recv, meth, args)


def op_buffer_module(g):
    meth = g.pick(["isUtf8", "isAscii", "isLatin1", "transcode", "atob", "btoa"])
    if meth in ("atob", "btoa"):
        a = g.pick([g.string(), g.edge()])
        return "%s(%s)" % (meth, a[0]), "return %s(%s);" % (meth, a[1])
    if meth == "isLatin1":
        args = [g.pick([g.string(), g.edge(), ("buffer", g.buf())])]
    elif meth == "transcode":
        args = [("buffer", g.buf()), g.encoding(), g.encoding()]
    else:
        args = [g.pick([("buffer", g.buf()), ("typed", g.typed()[1]), ("ab", "new ArrayBuffer(2)"),
                        ("str", '"a"'), g.edge()])]
    return ("buffer.%s(%s)" % (meth, kinds(args)),
            "return require('buffer').%s(%s);" % (meth, ",".join(s for _, s in args)))


def op_text(g):
    c = g.r.random()
    if c < 0.3:
        s = g.pick([g.string(), g.edge()])
        return "TextEncoder#encode(%s)" % s[0], "return new TextEncoder().encode(%s);" % s[1]
    if c < 0.5:
        s = g.string()
        dst = g.pick([("u8", plain("new Uint8Array(%d)" % g.r.randint(0, 8))), ("buffer", g.buf(4)),
                      ("u16", "new Uint16Array(2)"), g.edge()])
        return ("TextEncoder#encodeInto(%s,%s)" % (s[0], dst[0]),
                "var d=%s; return [new TextEncoder().encodeInto(%s,d), d];" % (dst[1], s[1]))
    label = g.pick([("enc", '"utf-8"'), ("enc", '"utf8"'), ("enc", '"utf-16le"'), ("enc", '"latin1"'),
                    ("enc", '"windows-1252"'), ("enc", '"ascii"'), ("enc", '" UTF-8 "'),
                    ("enc", '"bogus"'), ("undef", "undefined")])
    opts = g.pick(["", ",{fatal:true}", ",{ignoreBOM:true}", ",{fatal:true,ignoreBOM:true}"])
    data = g.pick([("bytes", plain("new Uint8Array(%s)" % g.bytes_src())),
                   ("utf8", plain("new Uint8Array([0xef,0xbb,0xbf,0x61,0xc3,0xa9])")),
                   ("bad", plain("new Uint8Array([0x61,0xc3,0x28,0xed,0xa0,0x80,0xf4,0x90,0x80,0x80])")),
                   ("trunc", plain("new Uint8Array([0xe2,0x82])")),
                   ("u16", "new Uint16Array([0xfeff,0x41,0xd800])"), ("ab", "new Uint8Array([104,105]).buffer"),
                   ("dv", "new DataView(new Uint8Array([65,66,67]).buffer,1)"),
                   ("buffer", g.buf()), ("undef", "undefined"), ("str", '"x"')])
    stream = g.pick(["", ",{stream:true}"])
    return ("TextDecoder(%s%s)#decode(%s%s)" % (label[0], opts, data[0], stream),
            "var d=new TextDecoder(%s%s); return [d.encoding, d.fatal, d.ignoreBOM, d.decode(%s%s)];"
            % (label[1], opts, data[1], stream))


def op_base64hex(g):
    meth = g.pick(["fromBase64", "fromHex", "toBase64", "toHex", "setFromBase64", "setFromHex"])
    opts = g.pick([("none", ""), ("opts", "{}"), ("alpha", "{alphabet:'base64url'}"),
                   ("alpha", "{alphabet:'base64'}"), ("bad", "{alphabet:'x'}"),
                   ("lch", "{lastChunkHandling:'strict'}"), ("lch", "{lastChunkHandling:'loose'}"),
                   ("lch", "{lastChunkHandling:'stop-before-partial'}"), ("bad", "{lastChunkHandling:1}"),
                   ("omit", "{omitPadding:true}"), ("null", "null"), ("num", "1")])
    if meth in ("fromBase64", "fromHex"):
        s = g.pick([g.string(), g.edge()])
        a = s[1] + ("," + opts[1] if opts[1] else "")
        return ("Uint8Array.%s(%s,%s)" % (meth, s[0], opts[0]),
                "return Uint8Array.%s(%s);" % (meth, a))
    if meth in ("toBase64", "toHex"):
        recv = g.pick([("u8", plain("new Uint8Array(%s)" % g.bytes_src())), ("buffer", g.buf()),
                       ("u16", "new Uint16Array(2)")])
        a = opts[1] if meth == "toBase64" else ""
        return ("%s#%s(%s)" % (recv[0], meth, opts[0]), "return %s.%s(%s);" % (recv[1], meth, a))
    s = g.pick([g.string(), g.edge()])
    recv = plain("new Uint8Array(%d)" % g.r.randint(0, 6))
    a = s[1] + ("," + opts[1] if opts[1] else "")
    return ("u8#%s(%s,%s)" % (meth, s[0], opts[0]),
            "var o=%s; return [o.%s(%s), o];" % (recv, meth, a))



# Hostile user code: a method's argument (valueOf, toString, a getter, a
# callback) resizes or detaches the buffer under the receiver in the middle
# of the call.  The method must see the buffer as it is afterwards: node
# says what that means for each method, and the sanitizer build says
# whether dukext ever touches bytes that are gone.  H is replaced by a
# hostile number, S a string, O base64 options, P TextDecoder options, C a
# callback, G the user code itself (in a getter): each runs the resize or
# detach once.
HOSTILE_TA = {
    "at": ["H"], "fill": ["1,H", "H", "1,0,H"], "copyWithin": ["0,H", "H,0", "0,1,H"],
    "includes": ["0,H"], "indexOf": ["0,H"], "lastIndexOf": ["0,H"], "slice": ["H", "0,H"],
    "subarray": ["H", "0,H"], "with": ["0,H", "H,1"],
    "set": ["[1,2],H", "{length:H}", "{length:2,get 0(){G;return 7},1:8}"],
    "join": ["S"], "sort": ["C"], "toSorted": ["C"], "map": ["C"], "filter": ["C"],
    "forEach": ["C"], "every": ["C"], "some": ["C"], "find": ["C"], "findIndex": ["C"],
    "findLast": ["C"], "findLastIndex": ["C"], "reduce": ["C,0"], "reduceRight": ["C,0"],
}
HOSTILE_OTHER = {
    "dataview": ["getUint8(H)", "getInt16(H,true)", "getFloat64(H)", "setUint8(0,H)", "getFloat16(H)",
                 "setUint16(H,1)", "setFloat32(1,H,true)", "setFloat16(0,H)"],
    "buffer": ["fill(H)", "fill(1,H)", "toString('hex',H)", "toString('utf8',0,H)", "write('ab',H)",
               "indexOf(1,H)", "lastIndexOf(1,H)", "includes(1,H)", "readUInt8(H)", "slice(H)",
               "copy(Buffer.alloc(4),H)", "compare(Buffer.alloc(2),H)", "equals(H)",
               "write('abcd',0,H)", "write('abcd',H,'latin1')", "toString('base64',0,H)",
               "indexOf(Buffer.from([0]),H)", "fill('ab',H)", "fill('ab',0,H,'latin1')", "copy(t,H)",
               "writeUInt8(H,0)", "writeUInt16LE(H,1)", "writeDoubleBE(H,0)", "writeIntLE(H,0,3)",
               "writeFloatLE(H,2)", "toString(S)", "write('abcd',0,2,S)", "fill('ab',0,2,S)",
               "lastIndexOf('b',H,'latin1')", "includes(Buffer.from([1]),H,'latin1')"],
    "target": ["Buffer.alloc(4,7).copy(t,H)", "Buffer.alloc(3,9).copy(t,0,H)",
               "Buffer.concat([t,Buffer.alloc(1)],H)", "new Uint8Array([5,6]).set(t,H)",
               "new Float32Array(4).set(t,H)", "Buffer.from(t.buffer,H)",
               "require('buffer').transcode(t,'latin1',S)"],
    "arraybuffer": ["slice(H)", "slice(0,H)", "resize(H)", "transfer(H)", "transferToFixedLength(H)"],
    "base64": ["setFromBase64('AQID',O)", "setFromHex(S)", "toBase64(O)", "toHex()"],
    "ctor": ["new Uint8Array(a,H)", "new Int16Array(a,0,H)", "new Uint16Array(a,0,H)", "new DataView(a,H)",
             "new DataView(a,0,H)", "Buffer.from(a,H)", "Buffer.from(a,0,H)"],
    "text": ["new TextEncoder().encodeInto(S,t)", "new TextDecoder().decode(t,P)"],
    "iter": ["(function(){var i=t.%s(),r=[i.next().value];G;r.push(i.next(),i.next());return r;})()" % m
             for m in ("values", "keys", "entries")],
}


def op_hostile(g):
    n = g.r.randint(0, 8)
    m = n + g.r.randint(0, 8)
    resizable = g.chance(0.6)
    act = "a.transfer()" if not resizable or g.chance(0.3) else "a.resize(%d)" % g.r.randint(0, m)
    num = g.pick(["0", "1", "2", "-1", "5"])
    once = "__h||(__h=1,%s)" % act
    subst = {"H": "{valueOf:function(){%s;return %s}}" % (once, num),
             "S": "{toString:function(){%s;return '%s'}}" % (once, g.pick(["", "-", "0a", "ab"])),
             "O": "{get alphabet(){%s;return 'base64'}}" % once,
             "P": "{get stream(){%s;return false}}" % once,
             "G": once,
             "C": "function(x,y){%s;return %s}" % (once, g.pick(["x-y", "y-x", "0"]))}
    area = g.pick(["ta", "ta", "ta", "dataview", "buffer", "target", "arraybuffer", "base64", "ctor",
                   "text", "iter"])
    if area == "ta":
        name = g.pick(["Uint8Array", "Int16Array", "Float32Array", "Float64Array", "Uint8ClampedArray",
                       "Float16Array", "Uint32Array"])
        fixed = g.chance(0.4)
        view = "new %s(a,0%s)" % (name, ",%d" % (n // TYPES[name][0]) if fixed else "")
        meth = g.pick(list(HOSTILE_TA))
        call_src = "%s(%s)" % (meth, g.pick(HOSTILE_TA[meth]))
        label = "hostile:%s(%s)#%s" % (name, "fixed" if fixed else "tracking", call_src)
        expr = "t." + call_src
    else:
        view = {"dataview": "new DataView(a)", "buffer": "Buffer.from(a)", "arraybuffer": "a",
                "base64": "new Uint8Array(a)", "ctor": "new Uint8Array(a)",
                "target": g.pick(["new Uint8Array(a)", "Buffer.from(a)"]),
                "text": "new Uint8Array(a)",
                "iter": g.pick(["new Uint8Array(a)", "new Int16Array(a)", "new Float32Array(a,0,1)"])}[area]
        call_src = g.pick(HOSTILE_OTHER[area])
        label = "hostile:%s#%s" % (area, call_src)
        expr = call_src if area in ("ctor", "text", "target", "iter") else "t." + call_src
    for key, src in subst.items():
        expr = re.sub(r"\b%s\b" % key, lambda _: src, expr)
    label += "#%s#H=%s" % ("detach" if act == "a.transfer()" else "resize", num)
    body = ("var a=new ArrayBuffer(%d%s); new Uint8Array(a).set(%s); var __h=0; var t=%s;"
            " var r=%s; return [r, t, a];" % (n, ",{maxByteLength:%d}" % m if resizable else "",
                                              g.bytes_src(n), view, expr))
    return label, body

OPS = [  # (generator, weight)
    (op_buf_field, 14), (op_dataview, 12), (op_dataview_ctor, 3), (op_ta_ctor, 8),
    (op_ta_static, 4), (op_ta_method, 20), (op_ta_on_rab, 4), (op_arraybuffer, 6),
    (op_buf_static, 10), (op_buf_method, 14), (op_buffer_module, 2), (op_text, 6),
    (op_base64hex, 6), (op_hostile, 8),
]


def generate(seed, count):
    rng = random.Random(seed)
    g = Gen(rng)
    gens = [f for f, w in OPS for _ in range(w)]
    return [rng.choice(gens)(g) for _ in range(count)]


# ---------------------------------------------------------------- running

def program(ops, first):
    parts = [PRELUDE]
    for i, (label, body) in enumerate(ops):
        parts.append("__r(%d, function(){ %s });\n" % (first + i, body))
    return "".join(parts)


def run_engine(argv, path, timeout):
    try:
        p = subprocess.run(argv + [path], capture_output=True, timeout=timeout)
        status = p.returncode
        out = p.stdout
    except subprocess.TimeoutExpired as e:
        status = "timeout"
        out = e.stdout or b""
    results = {}
    for line in out.decode("utf-8", "replace").split("\n"):
        i, _, v = line.partition("\t")
        if i.isdigit():
            results[int(i)] = v
    return results, status


NUM_RE = re.compile(r"(?<![\w.])-?\d+\.?\d*(?:e[+-]?\d+)?(?![\w.])")
LONG_NUM_RE = re.compile(r"(?<![\w.])-?(?=[\d.]{17,})\d+\.\d+(?:e[+-]?\d+)?(?![\w.])")


def canonical(line):
    """Non-integer numbers outside strings in their shortest round-trip
    form: Duktape's number-to-string picks the other of two equally short
    digit strings in some ties (2.9802322387695313e-8 for 2**-25)."""
    parts = line.split('"')
    for i in range(0, len(parts), 2):
        parts[i] = NUM_RE.sub(lambda m: repr(float(m.group(0))) if re.search("[.e]", m.group(0))
                              else m.group(0), parts[i])
    for i in range(1, len(parts), 2):
        # Inside strings (join, String(x)) only 16- and 17-digit numbers:
        # nothing but number-to-string writes those.
        parts[i] = LONG_NUM_RE.sub(lambda m: repr(float(m.group(0))), parts[i])
    return '"'.join(parts)


def classify(a, b):
    """Kind of difference between node's line a and dukext's line b."""
    if a.startswith("!") and b.startswith("!"):
        ea, eb = a[1:].split(" ", 2), b[1:].split(" ", 2)
        if ea[0] != eb[0]:
            return "class"
        if ea[1:2] != eb[1:2]:
            return "code"
        return "message"
    if a.startswith("!") or b.startswith("!"):
        return "class"
    return "value"


def load_allow(path):
    rules = []
    if not os.path.exists(path):
        return rules
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" | ")]
            if len(parts) != 3:
                sys.exit("%s:%d: expected 'label regex | kinds | reason'" % (path, n))
            kinds_ = None if parts[1] == "*" else set(parts[1].split(","))
            rules.append((re.compile(parts[0]), kinds_, parts[2]))
    return rules


def allowed(rules, op, kind, a, b):
    """The reason of the first rule whose regex matches "label<TAB>node
    line<TAB>dukext line<TAB>code" and whose kinds include this difference's."""
    if kind == "crash":
        return None
    text = "%s\t%s\t%s\t%s" % (op[0], a, b, op[1])
    for rx, kinds_, reason in rules:
        if rx.search(text) and (kinds_ is None or kind in kinds_):
            return reason
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ops", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=500, help="operations per program")
    ap.add_argument("--dukext", default=os.path.join(ROOT, "build", "dukext"))
    ap.add_argument("--exec-prefix", default="", help="command to run dukext under (valgrind, qemu)")
    ap.add_argument("--allow", default=ALLOW_FILE)
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "difftest"),
                    help="folder for programs and repro files")
    ap.add_argument("--show", type=int, default=20, help="unexplained differences to print")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--list-allowed", action="store_true", help="print every allowed difference")
    ap.add_argument("--timeout", type=int, default=120)
    args = ap.parse_args()

    try:
        node = os.environ.get("NODE26") or node26.ensure_node26()
    except (OSError, subprocess.CalledProcessError) as e:
        print("difftest: SKIPPED: node v26 cannot be installed (%s)" % e)
        return 0
    if not os.path.exists(node):
        print("difftest: SKIPPED: node v26 not found at %s" % node)
        return 0
    rules = load_allow(args.allow)
    os.makedirs(args.out, exist_ok=True)
    dukext = args.exec_prefix.split() + [args.dukext]
    t0 = time.time()
    ops = generate(args.seed, args.ops)
    diffs = []          # (index, label, kind, node line, dukext line)
    by_reason = collections.Counter()
    pending = list(range(len(ops)))
    crashes = 0
    node_crashes = []   # operations that node itself could not run
    while pending:
        batch = pending[:args.batch]
        pending = pending[args.batch:]
        src = program([ops[i] for i in batch], 0)
        # Programs number their operations 0..n-1; map back to global indexes.
        path = os.path.join(args.out, "prog.js")
        with open(path, "w", encoding="utf-8") as f:
            f.write(src)
        npath = os.path.join(args.out, "prog_node.js")
        with open(npath, "w", encoding="utf-8") as f:
            f.write(NODE_SHIM + src)
        ppath = os.path.join(args.out, "prog_plain.js")
        with open(ppath, "w", encoding="utf-8") as f:
            f.write(PLAIN_SHIM + src)
        expect, _ = run_engine([node, "--no-deprecation"], npath, args.timeout)
        actual, status = run_engine(dukext, path, args.timeout)
        plain_actual, plain_status = run_engine(dukext, ppath, args.timeout)
        for j, gi in enumerate(batch):
            if j not in expect:
                # node itself died here (it has assertion failures on some
                # hostile arguments): not comparable; go on after it.
                node_crashes.append((gi, ops[gi][0]))
                pending = batch[j + 1:] + pending
                break
            if j not in actual or j not in plain_actual:
                # dukext died or hung at this operation: record it, go on after it.
                crashes += 1
                diffs.append((gi, ops[gi][0], "crash", expect[j], "exit status %s" %
                              (status if j not in actual else "%s (plain buffer run)" % plain_status)))
                pending = batch[j + 1:] + pending
                break
            for kind, a, b in [(None, expect[j], actual[j]), ("plain", actual[j], plain_actual[j])]:
                if a == b or (kind is None and canonical(a) == canonical(b)):
                    continue
                kind = kind or classify(a, b)
                reason = allowed(rules, ops[gi], kind, a, b)
                if reason:
                    by_reason[reason] += 1
                    if args.list_allowed:
                        print("allowed [%s] %s %s\n  %s\n  %s" % (reason, kind, ops[gi][0], a, b))
                else:
                    diffs.append((gi, ops[gi][0], kind, a, b))
    elapsed = time.time() - t0

    for n, (gi, label, kind, a, b) in enumerate(diffs):
        repro = os.path.join(args.out, "repro_%d.js" % gi)
        with open(repro, "w", encoding="utf-8") as f:
            f.write(PRELUDE + "__r(%d, function(){ %s });\n" % (gi, ops[gi][1]))
        if n < args.show:
            names = ("Uint8Array:", "plain:") if kind == "plain" else ("node:", "dukext:")
            print("DIFF %s op %d %s\n  %-11s %s\n  %-11s %s\n  code:   %s\n  repro:  %s"
                  % (kind, gi, label, names[0], a, names[1], b, ops[gi][1], repro))
    for gi, label in ([] if args.quiet else node_crashes):
        print("node v26 itself failed on op %d %s: %s" % (gi, label, ops[gi][1]))
    total_allowed = sum(by_reason.values())
    if not args.quiet or diffs:
        for reason, c in by_reason.most_common():
            print("  allowed %6d  %s" % (c, reason))
    print("difftest: seed %d, %d operations, %d differences: %d allowed (%d rules), %d unexplained "
          "(%d crashes); %d not comparable (node failed); %.1f s"
          % (args.seed, len(ops), total_allowed + len(diffs), total_allowed, len(rules), len(diffs),
             crashes, len(node_crashes), elapsed))
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
