#!/usr/bin/env python3
"""Benchmark runner for duk_ext (issue 7): every speed goal measured side by side, in one run.

Each benchmark is a small ES5 script in tools/bench/ plus one row of BENCHMARKS below.  The runner
prepends `var P = {...}` (the row's parameters) and tools/bench/harness.js, and runs the result on:

  dukext   build/dukext (duk_ext registered)
  duk      Debian's stock Duktape 2.7 (/usr/bin/duk)
  polyfill stock duk with the pure-JS polyfills a Duktape user loads today: npm core-js
           (core-js/actual) and npm buffer, installed with npm into .bench/, bundled with esbuild
           and lowered to ES5 with @babel/preset-env
  node     node v26 (tools/node26.py)
  C        tools/bench/climits.c: the C library limit on the same workload; for the C cursor rows,
           tools/bench/ccursor.c: the object-buffer C API (duk_ext_objbuf.h) without an engine

Timing: the script times its own hot loop (performance.now(), or Date.now() where absent): one
untimed warm-up call, then batches of n calls until one batch lasts --target-ms; time per operation
= batch time / n.  Process start-up, parsing and setup are outside the timed loop.  Engines and
benchmarks are interleaved (rep 1 of every row on every engine, then rep 2, ...), and the median
of --reps repetitions is reported.  A method an engine lacks (or implements wrongly, e.g. stock
Duktape ignoring toString('hex')) is reported as n/a.

Counts (dukext --alloc-stats and, with --callgrind, valgrind's callgrind): the script runs the
operation exactly K times in one process and 0 times in another; the difference divided by K is
the cost of one operation (allocations, peak live heap growth, instructions).

  tools/bench.py                 full run, prints the Markdown tables
  tools/bench.py --write         ... and writes BENCHMARKS.md and the chart (bench-ratios.svg)
  tools/bench.py --callgrind     ... adds instruction counts (C-limit rows and other light rows)
  tools/bench.py --report        rewrites the tables (and with --write, BENCHMARKS.md) from the last
                                 run's results, saved in .bench/results.json
  tools/bench.py --smoke         a few rows, one repetition, no npm or node needed (make check)
  tools/bench.py --only ta.fill,buf.concat
"""
import argparse
import glob
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "tools", "bench")
WORK = os.path.join(ROOT, ".bench")
CHART = "bench-ratios.svg"
sys.path.insert(0, os.path.join(ROOT, "tools"))

ENGINES = ["dukext", "duk", "polyfill", "node", "c"]
ENGINE_TITLE = {"dukext": "dukext", "duk": "duk", "polyfill": "duk+polyfill", "node": "node 26", "c": "C limit"}
JS_ONLY = ["dukext", "duk", "polyfill", "node"]
STOCK_JS = ["dukext", "duk", "node"]  # rows where the polyfills change nothing
JSONEXAMPLES = ["twitter", "citm_catalog", "canada"]
NPM_PACKAGES = ["core-js", "buffer", "esbuild", "@babel/core", "@babel/preset-env"]


def row(bid, title, script, params=None, c=None, engines=None, group="", cg=False, data=None, cprog="climits"):
    """One benchmark: id, title, script in tools/bench/, parameters (P), operation of the C program
    cprog (climits: the C limit), engines it runs on, group, whether --callgrind counts it, simdjson
    file it reads."""
    return {"id": bid, "title": title, "script": script, "params": params or {}, "c": c, "cprog": cprog,
            "engines": engines or (JS_ONLY + (["c"] if c else [])), "group": group, "cg": cg, "data": data}


def _benchmarks():
    rows = [
        row("ta.fill", "Uint8Array fill, 1 MiB", "ta_fill.js", c="memset", group="typed arrays", cg=True),
        row("ta.set", "Uint8Array set, 1 MiB", "ta_set.js", c="memcpy", group="typed arrays", cg=True),
        row("ta.copyWithin", "Uint8Array copyWithin(1, 0), 1 MiB", "ta_copywithin.js", c="memmove",
            group="typed arrays", cg=True),
        row("ta.slice", "Uint8Array slice(), 1 MiB", "ta_slice.js", c="memcpy", group="typed arrays", cg=True),
        row("ta.reverse", "Uint8Array reverse, 1 MiB", "ta_reverse.js", c="memcpy", group="typed arrays", cg=True),
        row("ta.indexOf", "Uint8Array indexOf (absent), 1 MiB", "ta_search.js", {"method": "indexOf"},
            c="memchr", group="typed arrays", cg=True),
        row("ta.includes", "Uint8Array includes (absent), 1 MiB", "ta_search.js", {"method": "includes"},
            c="memchr", group="typed arrays", cg=True),
        row("ta.lastIndexOf", "Uint8Array lastIndexOf (absent), 1 MiB", "ta_search.js",
            {"method": "lastIndexOf"}, c="memrchr", group="typed arrays", cg=True),
        row("ta.sort.f64", "Float64Array sort, 100k", "ta_sort.js", {"type": "Float64"}, c="qsort_f64",
            group="typed arrays", cg=True),
        row("ta.sort.i32", "Int32Array sort, 100k", "ta_sort.js", {"type": "Int32"}, c="qsort_i32",
            group="typed arrays", cg=True),
    ]
    for m in ["map", "filter", "reduce", "forEach"]:
        rows.append(row("ta." + m, "Float64Array %s, 10k" % m, "ta_callback.js", {"method": m},
                        group="typed arrays", cg=True))
        rows.append(row("ta.%s.loop" % m, "hand-written ES5 %s loop, 10k" % m, "ta_callback.js",
                        {"method": m, "form": "loop"}, engines=STOCK_JS, group="typed arrays", cg=True))
    rows += [
        row("ta.from", "Float64Array.from(array), 100k", "ta_from.js", {"form": "from"}, group="typed arrays",
            cg=True),
        row("ta.new", "new Float64Array(array), 100k", "ta_from.js", {"form": "new"}, engines=STOCK_JS,
            group="typed arrays", cg=True),
        row("u8.toBase64", "Uint8Array toBase64, 1 MiB", "u8_base64.js", {"method": "toBase64"}, c="b64enc",
            group="typed arrays", cg=True),
        row("u8.fromBase64", "Uint8Array.fromBase64, 1 MiB", "u8_base64.js", {"method": "fromBase64"},
            c="b64dec", group="typed arrays", cg=True),
        row("u8.toHex", "Uint8Array toHex, 1 MiB", "u8_base64.js", {"method": "toHex"}, c="hexenc",
            group="typed arrays", cg=True),
        row("u8.fromHex", "Uint8Array.fromHex, 1 MiB", "u8_base64.js", {"method": "fromHex"}, c="hexdec",
            group="typed arrays", cg=True),
        row("buf.base64.encode", "Buffer toString('base64'), 1 MiB", "buf_tostring.js", {"enc": "base64"},
            c="b64enc", group="Buffer", cg=True),
        row("buf.base64.decode", "Buffer.from(s, 'base64'), 1 MiB", "buf_from.js", {"enc": "base64"},
            c="b64dec", group="Buffer", cg=True),
        row("buf.hex.encode", "Buffer toString('hex'), 1 MiB", "buf_tostring.js", {"enc": "hex"}, c="hexenc",
            group="Buffer", cg=True),
        row("buf.hex.decode", "Buffer.from(s, 'hex'), 1 MiB", "buf_from.js", {"enc": "hex"}, c="hexdec",
            group="Buffer", cg=True),
        row("buf.utf8.decode", "Buffer toString('utf8'), 1 MiB ASCII", "buf_tostring.js", {"enc": "utf8"},
            c="memcpy", group="Buffer", cg=True),
        row("buf.utf8.encode", "Buffer.from(s, 'utf8'), 1 MiB ASCII", "buf_from.js", {"enc": "utf8"},
            c="memcpy", group="Buffer", cg=True),
        row("buf.compare", "Buffer.compare, equal 1 MiB", "buf_compare.js", {"method": "compare"}, c="memcmp",
            group="Buffer", cg=True),
        row("buf.equals", "Buffer equals, equal 1 MiB", "buf_compare.js", {"method": "equals"}, c="memcmp",
            group="Buffer", cg=True),
        row("buf.indexOf", "Buffer indexOf, 8-byte needle in 1 MiB", "buf_indexof.js", c="memmem",
            group="Buffer", cg=True),
        row("buf.concat", "Buffer.concat, 1000 x 64 B", "buf_concat.js", group="Buffer", cg=True),
    ]
    for m in ["readUInt32LE", "writeUInt32LE", "readDoubleLE", "writeDoubleLE", "readUInt8"]:
        rows.append(row("buf." + m, "Buffer %s, per call" % m, "buf_access.js", {"method": m}, group="Buffer",
                        cg=m.endswith("32LE")))
    for m in ["getUint32", "setUint32", "getFloat64", "setFloat64"]:
        rows.append(row("dv." + m, "DataView %s LE, per call" % m, "dataview.js", {"method": m},
                        group="DataView", cg=m.endswith("Uint32")))
    for f in JSONEXAMPLES:
        short = f.split("_")[0]
        for d in ["decode", "encode"]:
            rows.append(row("ob.%s.%s" % (d, short), "ObjectBuffer.%s %s" % (d, f), "ob_codec.js",
                            {"codec": "objectbuffer", "dir": d}, engines=["dukext"], group="object-buffer",
                            cg=short == "twitter", data=f))
            rows.append(row("cbor.%s.%s" % (d, short), "CBOR.%s %s" % (d, f), "ob_codec.js",
                            {"codec": "cbor", "dir": d}, engines=["dukext", "duk"], group="object-buffer",
                            cg=short == "twitter", data=f))
            rows.append(row("json.%s.%s" % (d, short), "JSON.%s %s" % ("parse" if d == "decode" else "stringify", f),
                            "ob_codec.js", {"codec": "json", "dir": d}, engines=STOCK_JS, group="object-buffer",
                            cg=short == "twitter", data=f))
        rows.append(row("ob.size.%s" % short, "ObjectBuffer size %s" % f, "ob_codec.js",
                        {"codec": "objectbuffer", "dir": "size"}, engines=["dukext"], group="object-buffer",
                        data=f))
        rows.append(row("cbor.size.%s" % short, "CBOR size %s" % f, "ob_codec.js", {"codec": "cbor", "dir": "size"},
                        engines=["dukext"], group="object-buffer", data=f))
    for keys, label in [(1000, "1k"), (35000, "35k"), (1000000, "1m")]:
        rows.append(row("ob.lookup." + label, "ObjectBuffer.open + 1 lookup, %s keys" % label, "ob_lookup.js",
                        {"keys": keys}, engines=["dukext"], group="object-buffer", cg=keys == 35000))
    for keys, label in [(1000, "1k"), (35000, "35k"), (1000000, "1m")]:
        rows.append(row("ob.cursor." + label, "C cursor open + 1 lookup, %s keys" % label, None,
                        c="lookup:%d" % keys, cprog="ccursor", engines=["c"], group="object-buffer", cg=True))
    for m in ["read", "write"]:
        rows.append(row("ob.mutable." + m, "mutable object-buffer %s, per call" % m, "ob_mutable.js",
                        {"method": m}, engines=["dukext"], group="object-buffer"))
    return rows


BENCHMARKS = _benchmarks()
SMOKE = ["ta.fill", "ta.sort.i32", "ta.map", "ta.map.loop", "buf.base64.encode", "buf.compare", "buf.concat",
         "buf.readUInt32LE", "dv.getUint32", "ob.lookup.1k", "ob.cursor.1k"]


def goal(issue, text, num, den, limit, strict=False):
    """A speed goal: metric(num) / metric(den) must be <= limit (< limit when strict).  num and den
    are (row id, engine); den None means an absolute limit in ms; num[2] == 'allocs' compares the
    allocations per operation with limit."""
    return {"issue": issue, "text": text, "num": num, "den": den, "limit": limit, "strict": strict}


def _goals():
    g = []
    for bid, name, lim in [("ta.fill", "memset", "memset"), ("ta.set", "memcpy", ""), ("ta.copyWithin", "memmove", ""),
                           ("ta.slice", "memcpy", ""), ("ta.reverse", "memcpy", ""), ("ta.indexOf", "memchr", ""),
                           ("ta.includes", "memchr", ""), ("ta.lastIndexOf", "memrchr", "")]:
        g.append(goal(3, "%s within 2x of %s" % (bid[3:], name), (bid, "dukext"), (bid, "c"), 2.0))
    for bid, t in [("ta.sort.f64", "Float64"), ("ta.sort.i32", "Int32")]:
        g.append(goal(3, "sort of 100k %s faster than qsort" % t, (bid, "dukext"), (bid, "c"), 1.0, strict=True))
    for m in ["map", "filter", "reduce", "forEach"]:
        g.append(goal(3, "%s no slower than the hand-written loop" % m, ("ta." + m, "dukext"),
                      ("ta.%s.loop" % m, "dukext"), 1.0))
    g.append(goal(3, "from(100k array) no slower than new TA(array)", ("ta.from", "dukext"), ("ta.new", "dukext"), 1.0))
    for bid, t in [("buf.base64.encode", "base64 encode"), ("buf.base64.decode", "base64 decode"),
                   ("buf.hex.encode", "hex encode"), ("buf.hex.decode", "hex decode")]:
        g.append(goal(4, "%s within 1.5x of node" % t, (bid, "dukext"), (bid, "node"), 1.5))
    g.append(goal(4, "compare within 2x of memcmp", ("buf.compare", "dukext"), ("buf.compare", "c"), 2.0))
    g.append(goal(4, "equals within 2x of memcmp", ("buf.equals", "dukext"), ("buf.equals", "c"), 2.0))
    g.append(goal(4, "indexOf 8-byte needle within 2x of memmem", ("buf.indexOf", "dukext"), ("buf.indexOf", "c"), 2.0))
    g.append(goal(4, "concat of 1000 small buffers no slower than stock duk", ("buf.concat", "dukext"),
                  ("buf.concat", "duk"), 1.0))
    g.append(goal(4, "toString('utf8') 1 MiB ASCII within 2x of memcpy + interning (stock duk's toString)",
                  ("buf.utf8.decode", "dukext"), ("buf.utf8.decode", "duk"), 2.0))
    for f in JSONEXAMPLES:
        s = f.split("_")[0]
        g.append(goal(5, "decode %s 3x faster than JSON.parse" % s, ("ob.decode." + s, "dukext"),
                      ("json.decode." + s, "dukext"), 1 / 3.0))
        cb = 1.0 if s == "canada" else 1 / 1.3
        g.append(goal(5, "decode %s %s CBOR.decode" % (s, "as fast as" if s == "canada" else "1.3x faster than"),
                      ("ob.decode." + s, "dukext"), ("cbor.decode." + s, "dukext"), cb))
        g.append(goal(5, "encode %s within 1.5x of CBOR.encode" % s, ("ob.encode." + s, "dukext"),
                      ("cbor.encode." + s, "dukext"), 1.5))
        g.append(goal(5, "size %s at most %s CBOR's" % (s, "1.0x" if s == "canada" else "0.6x"),
                      ("ob.size." + s, "dukext"), ("cbor.size." + s, "dukext"), 1.0 if s == "canada" else 0.6))
    g.append(goal(5, "open + 1 lookup in 35K keys under 30 us (Proxy)", ("ob.lookup.35k", "dukext"), None, 0.030,
                  strict=True))
    g.append(goal(5, "lookup at 1M keys within 2x of 1K keys", ("ob.lookup.1m", "dukext"), ("ob.lookup.1k", "dukext"),
                  2.0))
    g.append(goal(5, "open + 1 lookup at most 10 heap allocations", ("ob.lookup.35k", "dukext", "allocs"), None, 10))
    g.append(goal(5, "open + 1 lookup in 35K keys under 2 us through the C cursor", ("ob.cursor.35k", "c"), None,
                  0.002, strict=True))
    g.append(goal(5, "C cursor lookup at 1M keys within 2x of 1K keys", ("ob.cursor.1m", "c"), ("ob.cursor.1k", "c"),
                  2.0))
    return g


GOALS = _goals()


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- setup of engines and data

# The C programs: name -> the engine-free library sources each one is compiled with.
C_PROGRAMS = {"climits": [], "ccursor": ["duk_ext/dx_objbuf_read.c", "duk_ext/dx_objbuf_write.c", "duk_ext/dx_field.c"]}


def build_c_programs(build):
    """Compiles tools/bench/NAME.c (plus its library sources) into BUILD/bench/NAME when out of date;
    returns {name: path}."""
    progs = {}
    for name, lib in C_PROGRAMS.items():
        out = os.path.join(build, "bench", name)
        srcs = [os.path.join(BENCH_DIR, name + ".c")] + [os.path.join(ROOT, f) for f in lib]
        if not os.path.exists(out) or any(os.path.getmtime(out) < os.path.getmtime(f) for f in srcs):
            os.makedirs(os.path.dirname(out), exist_ok=True)
            subprocess.run([os.environ.get("CC", "cc"), "-std=c99", "-O2", "-Wall", "-Wextra", "-Werror",
                            "-I" + os.path.join(ROOT, "duk_ext")] + srcs + ["-o", out, "-lm"], check=True)
        progs[name] = out
    return progs


def npm_install():
    """core-js, buffer and the bundling tools in .bench/node_modules (git-ignored)."""
    if all(os.path.isdir(os.path.join(WORK, "node_modules", p)) for p in NPM_PACKAGES):
        return True
    if not shutil.which("npm"):
        return False
    os.makedirs(WORK, exist_ok=True)
    pj = os.path.join(WORK, "package.json")
    if not os.path.exists(pj):
        with open(pj, "w") as f:
            json.dump({"name": "duk-ext-bench", "private": True}, f)
    log("bench: npm install %s into .bench/" % " ".join(NPM_PACKAGES))
    r = subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund"] + NPM_PACKAGES, cwd=WORK)
    return r.returncode == 0


def package_version(name):
    try:
        with open(os.path.join(WORK, "node_modules", name, "package.json")) as f:
            return json.load(f)["version"]
    except (OSError, ValueError, KeyError):
        return "?"


def build_polyfill(node):
    """Bundles core-js/actual + npm buffer (esbuild), lowers it to ES5 (babel preset-env, IE 11
    target) and checks that it loads on stock duk.  Returns the bundle's path or None."""
    out = os.path.join(WORK, "polyfill.js")
    if os.path.exists(out):
        return out
    if not npm_install():
        return None
    entry = os.path.join(WORK, "polyfill-entry.js")
    with open(entry, "w") as f:
        f.write("require('core-js/actual');\n"
                "var B = require('buffer');\n"
                "(function (g) { g.Buffer = B.Buffer; })(typeof globalThis !== 'undefined' ? globalThis : this);\n")
    lower = os.path.join(WORK, "lower.js")
    with open(lower, "w") as f:
        f.write("var babel = require('@babel/core'), fs = require('fs');\n"
                "var out = babel.transformSync(fs.readFileSync(process.argv[2], 'utf8'), {babelrc: false,\n"
                "  configFile: false, compact: true, sourceType: 'script',\n"
                "  presets: [[require.resolve('@babel/preset-env'), {targets: {ie: '11'}, modules: false}]]});\n"
                "fs.writeFileSync(process.argv[3], out.code);\n")
    bundled = os.path.join(WORK, "polyfill-es2017.js")
    esbuild = os.path.join(WORK, "node_modules", ".bin", "esbuild")
    try:
        subprocess.run([esbuild, entry, "--bundle", "--format=iife", "--target=es2017", "--log-level=error",
                        "--outfile=" + bundled], check=True)
        subprocess.run([node, lower, bundled, out + ".tmp"], check=True, cwd=WORK)
        probe = subprocess.run(["duk", out + ".tmp"], capture_output=True, timeout=60)
        if probe.returncode != 0:
            log("bench: the polyfill bundle does not load on duk: %s" % probe.stderr.decode()[-300:])
            return None
        os.replace(out + ".tmp", out)
        return out
    except (OSError, subprocess.SubprocessError) as e:
        log("bench: cannot build the polyfill bundle: %s" % e)
        return None


def fetch_jsonexamples():
    """twitter.json, citm_catalog.json, canada.json from `npm pack simdjson` into .bench/jsonexamples."""
    dest = os.path.join(WORK, "jsonexamples")
    want = [os.path.join(dest, f + ".json") for f in JSONEXAMPLES]
    if all(os.path.exists(p) for p in want):
        return dest
    if not shutil.which("npm"):
        return None
    os.makedirs(dest, exist_ok=True)
    try:
        subprocess.run(["npm", "pack", "--silent", "simdjson"], cwd=WORK, check=True, stdout=subprocess.DEVNULL)
        tgz = sorted(glob.glob(os.path.join(WORK, "simdjson-*.tgz")))[-1]
        with tarfile.open(tgz) as t:
            for f in JSONEXAMPLES:
                member = t.extractfile("package/jsonexamples/%s.json" % f)
                with open(os.path.join(dest, f + ".json"), "wb") as out:
                    out.write(member.read())
        os.remove(tgz)
        return dest
    except (OSError, subprocess.SubprocessError, KeyError, IndexError) as e:
        log("bench: cannot get simdjson's jsonexamples: %s" % e)
        return None


def find_node(allow_install):
    import node26
    if os.path.exists(node26.BINARY):
        return node26.BINARY
    if not allow_install or not shutil.which("npm"):
        return None
    try:
        return node26.ensure_node26()
    except (OSError, subprocess.SubprocessError) as e:
        log("bench: no node v26 (%s)" % e)
        return None


# ---------------------------------------------------------------- running one measurement

class Runner:
    def __init__(self, args, dukext, cprogs, node, polyfill, data_dir):
        self.args = args
        self.dukext = dukext
        self.cprogs = cprogs
        self.node = node
        self.polyfill = polyfill
        self.data_dir = data_dir
        self.tmp = tempfile.mkdtemp(prefix="dukext-bench-")
        self.harness = open(os.path.join(BENCH_DIR, "harness.js")).read()
        self.json_cache = {}

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def available(self, engine):
        return {"dukext": self.dukext, "duk": shutil.which("duk"), "polyfill": self.polyfill and shutil.which("duk"),
                "node": self.node, "c": self.cprogs.get("climits")}[engine]

    def script(self, b, engine, extra):
        """Writes the script for row b on engine and returns its path (None when data is missing)."""
        params = dict(b["params"], **extra)
        if b["data"]:
            if not self.data_dir:
                return None
            if b["data"] not in self.json_cache:
                with open(os.path.join(self.data_dir, b["data"] + ".json"), encoding="utf-8") as f:
                    self.json_cache[b["data"]] = f.read()
            params["json"] = self.json_cache[b["data"]]
        parts = []
        if engine == "polyfill":
            with open(self.polyfill) as f:
                parts.append(f.read())
        parts.append("var P = %s;\n" % json.dumps(params))
        parts.append(self.harness)
        with open(os.path.join(BENCH_DIR, b["script"])) as f:
            parts.append(f.read())
        path = os.path.join(self.tmp, "%s.%s.js" % (b["id"], engine))
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(parts))
        return path

    def command(self, b, engine, extra, prefix=(), alloc=False):
        if engine == "c":
            tail = [str(extra["iters"])] if "iters" in extra else ["-t", str(self.args.target_ms)]
            return list(prefix) + [self.cprogs[b["cprog"]], b["c"]] + tail
        path = self.script(b, engine, extra)
        if path is None:
            return None
        exe = {"dukext": self.dukext, "duk": "duk", "polyfill": "duk", "node": self.node}[engine]
        return list(prefix) + [exe] + (["--alloc-stats"] if alloc else []) + [path]

    def run(self, b, engine, extra=None, prefix=(), alloc=False, timeout=None):
        """Returns (kind, value, stderr): kind is 'time' (value: ms per operation), 'value', 'done'
        (count mode; value: operations per op() call), 'na', 'err' or 'timeout'."""
        cmd = self.command(b, engine, extra or {}, prefix, alloc)
        if cmd is None:
            return ("na", "no simdjson data", "")
        timeout = timeout or self.args.timeout
        try:
            p = subprocess.run(cmd, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return ("timeout", timeout, "")
        out = p.stdout.decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        for line in out.splitlines():
            if line.startswith("NA "):
                return ("na", line[3:], err)
            if p.returncode != 0:
                break
            try:
                if line.startswith("RESULT "):
                    return ("time", float(line.split()[1]), err)
                if line.startswith("VALUE "):
                    return ("value", float(line.split()[1]), err)
                if line.startswith("DONE"):
                    return ("done", float(line.split()[1]) if engine != "c" else 1, err)
            except ValueError:
                return ("err", "bad output: " + line[:100], err)
        msg = (err.strip().splitlines() or ["exit status %d" % p.returncode])[0]
        return ("err", msg[:160], err)


# ---------------------------------------------------------------- measuring

def measure_times(runner, rows, engines, reps):
    """Interleaved timing: {(row, engine): {'kind', 'samples' | 'value' | 'why'}}."""
    res = {}
    for rep in range(reps):
        log("bench: repetition %d of %d" % (rep + 1, reps))
        for b in rows:
            for e in engines:
                if e not in b["engines"]:
                    continue
                cur = res.get((b["id"], e))
                if cur and (cur["kind"] != "time" or cur["samples"][0] >= SLOW_MS):
                    continue  # n/a, error, timeout, values and very slow cells are measured once
                kind, val, _ = runner.run(b, e)
                if kind == "time":
                    res.setdefault((b["id"], e), {"kind": "time", "samples": []})["samples"].append(val)
                elif kind == "value":
                    res[(b["id"], e)] = {"kind": "value", "value": val}
                else:
                    res[(b["id"], e)] = {"kind": kind, "why": val}
    for r in res.values():
        if r["kind"] == "time":
            r["value"] = statistics.median(r["samples"])
    return res


SLOW_MS = 2000  # a cell whose operation lasts this long is measured once
CG_MAX_MS = 150  # callgrind skips cells whose operation lasts longer (about 50x slower under valgrind)


def measure_allocs(runner, rows, iters):
    """dukext --alloc-stats with the operation run iters times minus 0 times, per operation."""
    res = {}
    for b in rows:
        if "dukext" not in b["engines"] or b["params"].get("dir") == "size":
            continue
        stats = []
        for n in (0, iters):
            kind, per, err = runner.run(b, "dukext", {"iters": n}, alloc=True)
            m = re.search(r"alloc-stats: peak_bytes=(\d+) allocs=(\d+) reallocs=(\d+)", err)
            if kind != "done" or not m:
                break
            stats.append([int(x) for x in m.groups()])
        if len(stats) == 2:
            res[b["id"]] = {"allocs": (stats[1][1] + stats[1][2] - stats[0][1] - stats[0][2]) / iters / per,
                            "peak": max(0, stats[1][0] - stats[0][0])}
    return res


def callgrind_ir(runner, b, engine, iters):
    """Instructions of one operation: a run with iters operations minus a run with none."""
    prefix = ("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null")
    counts = []
    for n in (0, iters):
        kind, per, err = runner.run(b, engine, {"iters": n}, prefix=prefix, timeout=max(600, runner.args.timeout))
        m = re.search(r"Collected\s*:\s*(\d+)", err)
        if kind != "done" or not m:
            return None
        counts.append(int(m.group(1)))
    return (counts[1] - counts[0]) / iters / per


def measure_callgrind(runner, rows, iters, times):
    """Instructions per operation on dukext, duk and C for the rows marked cg, where timing worked."""
    res = {}
    for b in rows:
        if not b["cg"]:
            continue
        for e in ["dukext", "duk", "c"]:
            t = num(times.get((b["id"], e)))
            if e not in b["engines"] or not runner.available(e) or t is None or t > CG_MAX_MS:
                continue
            log("bench: callgrind %s on %s" % (b["id"], e))
            ir = callgrind_ir(runner, b, e, iters)
            if ir is not None:
                res[(b["id"], e)] = ir
    return res


# ---------------------------------------------------------------- reporting

def fmt_time(ms):
    if ms is None:
        return ""
    if ms >= 1000:
        return "%.2f s" % (ms / 1000)
    if ms >= 1:
        return "%.3g ms" % ms
    if ms >= 0.001:
        return "%.3g us" % (ms * 1000)
    return "%.3g ns" % (ms * 1e6)


def fmt_cell(r, unit_time=True):
    if r is None:
        return ""
    if r["kind"] == "time":
        return fmt_time(r["value"])
    if r["kind"] == "value":
        return "%d B" % r["value"]
    if r["kind"] == "na":
        return "n/a"
    if r["kind"] == "timeout":
        return "> %d s" % r["why"]
    return "err"


def fmt_count(x):
    return "%.3g" % x if x >= 0.01 else "%.2f" % x


def fmt_ratio(x):
    if x is None:
        return ""
    return "%.3g" % x


def num(r):
    return r["value"] if r and r["kind"] in ("time", "value") else None


def ratio(a, b):
    return a / b if a is not None and b not in (None, 0) else None


def goal_value(g, times, allocs, irs, metric):
    """(measured ratio or value, met) for goal g on metric 'time' or 'ir'; None when unmeasured."""
    nb, ne = g["num"][0], g["num"][1]
    if len(g["num"]) > 2:
        if metric != "time" or nb not in allocs:
            return None
        v = allocs[nb]["allocs"]
        return v, v <= g["limit"]
    if metric == "ir":
        if g["den"] is None or g["den"][1] == "node":
            return None
        a, b = irs.get((nb, ne)), irs.get(tuple(g["den"]))
        v = ratio(a, b)
    else:
        a = num(times.get((nb, ne)))
        v = a if g["den"] is None else ratio(a, num(times.get(tuple(g["den"]))))
    if v is None:
        return None
    return v, (v < g["limit"]) if g["strict"] else (v <= g["limit"])


def markdown(rows, engines, times, allocs, irs):
    out = []
    cols = [e for e in engines]
    head = ["benchmark"] + [ENGINE_TITLE[e] for e in cols] + ["dukext/" + ENGINE_TITLE[e] for e in cols if e != "dukext"]
    if allocs:
        head += ["dukext allocs/op", "dukext peak +KiB"]
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + " --- |" * len(head))
    group = None
    for b in rows:
        if b["group"] != group:
            group = b["group"]
            out.append("| **%s** |%s" % (group, " |" * (len(head) - 1)))
        cells = [b["title"]]
        for e in cols:
            cells.append(fmt_cell(times.get((b["id"], e))) if e in b["engines"] else "")
        mine = num(times.get((b["id"], "dukext")))
        for e in cols:
            if e != "dukext":
                cells.append(fmt_ratio(ratio(mine, num(times.get((b["id"], e))))))
        if allocs:
            a = allocs.get(b["id"])
            cells += [fmt_count(a["allocs"]), "%.1f" % (a["peak"] / 1024.0)] if a else ["", ""]
        out.append("| " + " | ".join(cells) + " |")
    tables = ["\n".join(out)]
    if irs:
        out = ["| benchmark | dukext Ir/op | duk Ir/op | C Ir/op | dukext/duk | dukext/C |", "|" + " --- |" * 6]
        for b in rows:
            vals = [irs.get((b["id"], e)) for e in ("dukext", "duk", "c")]
            if not any(v is not None for v in vals):
                continue
            out.append("| %s | %s | %s | %s | %s | %s |" % (
                b["title"], *["" if v is None else "{:,.0f}".format(v) for v in vals],
                fmt_ratio(ratio(vals[0], vals[1])), fmt_ratio(ratio(vals[0], vals[2]))))
        tables.append("\n".join(out))
    out = ["| issue | goal | measured | met | measured (Ir) | met (Ir) |", "|" + " --- |" * 6]
    for g in GOALS:
        if not any(g["num"][0] == b["id"] for b in rows):
            continue
        cells = ["#%d" % g["issue"], g["text"]]
        for metric in ("time", "ir"):
            gv = goal_value(g, times, allocs, irs, metric)
            if gv is None:
                cells += ["", "not measured" if metric == "time" else ""]
            else:
                v, met = gv
                shown = (fmt_time(v) if g["den"] is None and len(g["num"]) == 2 else
                         "%.3g allocs" % v if len(g["num"]) > 2 else "%.3gx (limit %.3gx)" % (v, g["limit"]))
                cells += [shown, "yes" if met else "**no**"]
        out.append("| " + " | ".join(cells) + " |")
    tables.append("\n".join(out))
    notes = []
    for e in cols:
        for kind, label in (("err", "errors"), ("timeout", "too slow"), ("na", "n/a")):
            items = ["%s (%s)" % (bid, r["why"]) if kind != "timeout" else bid
                     for (bid, ee), r in sorted(times.items()) if ee == e and r["kind"] == kind]
            if items:
                notes.append("- %s, %s: %s" % (ENGINE_TITLE[e], label, "; ".join(items)))
    return tables, notes


RESULTS = os.path.join(WORK, "results.json")


def save_results(path, meta, times, allocs, irs):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump({"meta": meta, "times": {"%s|%s" % k: v for k, v in times.items()}, "allocs": allocs,
                   "irs": {"%s|%s" % k: v for k, v in irs.items()}}, f, indent=1)


def load_results(path):
    with open(path) as f:
        d = json.load(f)
    split = lambda m: {tuple(k.split("|")): v for k, v in m.items()}  # noqa: E731
    return d["meta"], split(d["times"]), d["allocs"], split(d["irs"])


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %d cores, %s %s" % (cpu, os.cpu_count() or 0, platform.system(), platform.release())


def chart_python():
    """A Python that imports matplotlib (Debian's python3-matplotlib may live only in /usr/bin/python3);
    installs the package when running as root with apt-get."""
    cands = [sys.executable, "/usr/bin/python3"]
    for attempt in range(2):
        for py in cands:
            if os.path.exists(py) and subprocess.run([py, "-c", "import matplotlib"], capture_output=True).returncode == 0:
                return py
        if attempt == 0 and os.geteuid() == 0 and shutil.which("apt-get"):
            log("bench: apt-get install python3-matplotlib")
            subprocess.run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "
                           "python3-matplotlib", shell=True, stdout=subprocess.DEVNULL)
        else:
            break
    return None


def draw_chart(rows, times, path):
    py = chart_python()
    if py is None:
        log("bench: matplotlib is not available (apt-get install python3-matplotlib): no chart drawn")
        return False
    series = {}
    labels = []
    for b in rows:
        mine = num(times.get((b["id"], "dukext")))
        if mine is None or times[(b["id"], "dukext")]["kind"] != "time":
            continue
        rs = {e: ratio(mine, num(times.get((b["id"], e)))) for e in ("duk", "polyfill", "node", "c")}
        if any(v is not None for v in rs.values()):
            labels.append(b["title"])
            for e, v in rs.items():
                series.setdefault(ENGINE_TITLE[e], []).append(v)
    os.makedirs(WORK, exist_ok=True)
    spec = os.path.join(WORK, "chart.json")  # kept: `chart.py .bench/chart.json` redraws the last chart
    with open(spec, "w") as f:
        json.dump({"labels": labels, "series": series, "out": path}, f)
    return subprocess.run([py, os.path.join(BENCH_DIR, "chart.py"), spec]).returncode == 0


def git_commit():
    try:
        rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return rev + (" (with uncommitted changes)" if dirty else "")
    except OSError:
        return "?"


def write_report(tables, notes, meta, chart_ok):
    path = os.path.join(ROOT, "BENCHMARKS.md")
    lines = [
        "# duk_ext benchmarks",
        "",
        "Generated by `make bench` (`tools/bench.py --callgrind --write`); do not edit by hand.",
        "",
        "- commit: `%s`" % meta["commit"],
        "- machine: %s. **The machine was shared with other jobs during the run**: wall-clock times are"
        " noisy; the instruction counts (callgrind) are the stable numbers for the goals against C." % meta["machine"],
        "- date: %s; %d repetitions per cell, median shown; each timed batch lasts >= %d ms; run took %.0f s"
        % (meta["date"], meta["reps"], meta["target_ms"], meta["elapsed"]),
        "- engines: %s" % ", ".join(meta["engines_used"]),
    ]
    for s in meta["skipped"]:
        lines.append("- skipped: %s" % s)
    lines += [
        "",
        "How it measures: each benchmark is an ES5 script in `tools/bench/`; it times its own hot loop"
        " (performance.now() around a batch of n calls, after one warm-up call; start-up, parsing and setup are"
        " not timed). Engines and rows are interleaved per repetition. Ratios are dukext time divided by the"
        " other engine's time: below 1 means dukext is faster. `C limit` is `tools/bench/climits.c` (glibc"
        " memset/memcpy/memmove/memchr/memrchr/memcmp/memmem/qsort, scalar base64/hex loops) on the same"
        " workload; the `C cursor` rows run `tools/bench/ccursor.c`, the object-buffer C API (duk_ext_objbuf.h)"
        " without an engine, in that column (median of 5 batches). `dukext allocs/op` and `peak +KiB` come from `dukext --alloc-stats` (operation run K times"
        " minus 0 times). n/a: the engine lacks the method or gets it wrong (see the notes below). A cell whose"
        " operation lasts %d ms or more is measured once; callgrind skips cells slower than %d ms per operation."
        % (SLOW_MS, CG_MAX_MS),
        "",
        "![dukext time ratios](%s)" % CHART if chart_ok else "(no chart: matplotlib was not available)",
        "",
        "## Times",
        "",
        tables[0],
        "",
    ]
    if len(tables) == 3:
        lines += ["## Instruction counts (callgrind, per operation)", "", tables[1], ""]
    lines += ["## Speed goals (issues 3, 4, 5)", "", tables[-1], ""]
    if notes:
        lines += ["## Notes", ""] + notes + [""]
    with open(path, "w") as f:
        f.write("\n".join(lines))
    log("bench: wrote %s" % path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dukext", default=os.path.join(ROOT, "build", "dukext"))
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), help="where the C programs (climits, ccursor) are built")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--target-ms", type=int, default=200, help="minimum duration of a timed batch")
    ap.add_argument("--timeout", type=int, default=30, help="seconds before one run counts as too slow")
    ap.add_argument("--only", help="comma-separated row ids (prefixes allowed)")
    ap.add_argument("--smoke", action="store_true", help="a few rows, one repetition, nothing installed")
    ap.add_argument("--callgrind", action="store_true", help="instruction counts for the rows marked cg")
    ap.add_argument("--cg-iters", type=int, default=1, help="operations per callgrind run")
    ap.add_argument("--alloc-iters", type=int, default=3, help="operations per --alloc-stats run")
    ap.add_argument("--no-polyfill", action="store_true")
    ap.add_argument("--no-node", action="store_true")
    ap.add_argument("--write", action="store_true", help="write BENCHMARKS.md and the chart")
    ap.add_argument("--report", action="store_true", help="only rewrite the report from .bench/results.json")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if args.list:
        for b in BENCHMARKS:
            print("%-22s %s" % (b["id"], b["title"]))
        return 0
    if args.smoke:
        args.reps, args.target_ms, args.timeout = 1, 10, 30
    t0 = time.time()
    rows = BENCHMARKS
    if args.only or args.smoke:
        want = args.only.split(",") if args.only else SMOKE
        rows = [b for b in BENCHMARKS if any(b["id"] == w or b["id"].startswith(w + ".") for w in want)]
        if not rows:
            log("bench: no benchmark matches %s" % want)
            return 2
    if args.report:
        meta, times, allocs, irs = load_results(RESULTS)
        rows = [b for b in rows if any(k[0] == b["id"] for k in times)]
        return report(rows, meta, times, allocs, irs, args)
    if not os.path.exists(args.dukext):
        log("bench: %s not found (run make first)" % args.dukext)
        return 2
    skipped = []
    cprogs = build_c_programs(args.build)
    node = None if args.no_node else find_node(allow_install=not args.smoke)
    if node is None:
        skipped.append("node 26 (not installed%s)" % ("; the smoke run installs nothing" if args.smoke else ""))
    polyfill = None
    if args.smoke:
        skipped.append("duk+polyfill (too slow for the smoke run)")
    elif not args.no_polyfill and shutil.which("duk"):
        polyfill = build_polyfill(node or shutil.which("node") or "node")
        if polyfill is None:
            skipped.append("duk+polyfill (bundle not built: needs npm)")
    if not shutil.which("duk"):
        skipped.append("duk (stock Duktape not installed: apt-get install duktape)")
    data = None
    if any(b["data"] for b in rows):
        data = os.path.join(WORK, "jsonexamples") if args.smoke else fetch_jsonexamples()
        if not data or not os.path.exists(os.path.join(data, "twitter.json")):
            data = None
            skipped.append("simdjson jsonexamples (not fetched: needs npm)")
    for s in skipped:
        log("bench: skipping %s" % s)
    runner = Runner(args, args.dukext, cprogs, node, polyfill, data)
    engines = [e for e in ENGINES if runner.available(e)]
    try:
        times = measure_times(runner, rows, engines, args.reps)
        log("bench: allocation counts")
        allocs = measure_allocs(runner, rows, args.alloc_iters)
        irs = {}
        if args.callgrind:
            if shutil.which("valgrind"):
                irs = measure_callgrind(runner, rows, args.cg_iters, times)
            else:
                skipped.append("callgrind (valgrind not installed)")
                log("bench: valgrind not installed: no instruction counts")
    finally:
        runner.close()
    used = [ENGINE_TITLE[e] for e in engines]
    if "polyfill" in engines:
        used[used.index("duk+polyfill")] += " (core-js %s, buffer %s)" % (package_version("core-js"),
                                                                        package_version("buffer"))
    if "node" in engines:
        v = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
        used[used.index("node 26")] += " (%s)" % v
    meta = {"commit": git_commit(), "machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "reps": args.reps, "target_ms": args.target_ms, "elapsed": time.time() - t0, "engines": engines,
            "engines_used": used, "skipped": skipped}
    if not args.smoke:
        save_results(RESULTS, meta, times, allocs, irs)
    return report(rows, meta, times, allocs, irs, args)


def report(rows, meta, times, allocs, irs, args):
    tables, notes = markdown(rows, meta["engines"], times, allocs, irs)
    print("\n\n".join(tables))
    if notes:
        print("\n" + "\n".join(notes))
    if args.write:
        chart_ok = draw_chart(rows, times, os.path.join(ROOT, CHART))
        write_report(tables, notes, meta, chart_ok)
    errors = [n for n in notes if n.startswith("- dukext, errors: ") or n.startswith("- C limit, errors: ")]
    if args.smoke and errors:
        log("bench: smoke run failed:\n" + "\n".join(errors))
        return 1
    log("bench: done in %.0f s" % meta["elapsed"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
