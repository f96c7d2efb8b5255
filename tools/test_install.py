#!/usr/bin/env python3
"""Tests `make install` and embedding: installs the profile's build into a
temporary prefix, builds tools/example_host/host.c exactly as README says
(`cc host.c $(pkg-config --cflags --libs duk_ext)`, PKG_CONFIG_PATH pointing
into the prefix), runs it, and checks that each feature the profile contains
has registered its JS surface and each feature it leaves out has left none.
Usage: test_install.py --profile NAME --build DIR.  Ends with "N passed, N failed"."""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import configure  # noqa: E402

ROOT = configure.ROOT

# One property per feature that only that feature registers: the probe is
# "function" when the feature is in, "undefined" when it is out.
PROBES = {
    "typedarray": "Uint8Array.prototype.fill",
    "typedarray_callbacks": "Uint8Array.prototype.map",
    "typedarray_iter": "Uint8Array.prototype.values",
    "typedarray_sort": "Uint8Array.prototype.sort",
    "arraybuffer": "ArrayBuffer.prototype.transfer",
    "float16": "Math.f16round",
    "dataview": "DataView.prototype.getFloat16",
    "encoding": "TextEncoder.prototype.encodeInto",
    "base64hex": "Uint8Array.fromBase64",
    "nodebuffer": "Buffer.alloc",
    "nodebuffer_rw": "Buffer.prototype.readUint16LE",
    "objectbuffer_reader": "(typeof ObjectBuffer === 'object' ? ObjectBuffer.decode : undefined)",
    "objectbuffer_open": "(typeof ObjectBuffer === 'object' ? ObjectBuffer.open : undefined)",
    "objectbuffer": "(typeof ObjectBuffer === 'object' ? ObjectBuffer.encode : undefined)",
    "objectbuffer_rx": "(typeof ObjectBuffer === 'object' ? ObjectBuffer.decodeRX : undefined)",
    "require": "require",
}

results = {"passed": 0, "failed": 0}


def check(name, cond, detail=""):
    results["passed" if cond else "failed"] += 1
    print("%s %s%s" % ("PASS" if cond else "FAIL", name, "" if cond else ": " + detail))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", default="full")
    ap.add_argument("--build", default="build")
    args = ap.parse_args()
    plan = configure.plan(args.profile)
    # A feature whose files have not landed yet has nothing to probe.
    owner = configure.claim(plan["sources"], "src")
    present = set(owner.values())
    with tempfile.TemporaryDirectory() as prefix:
        inst = subprocess.run(["make", "--no-print-directory", "-s", "install", "PROFILE=" + args.profile,
                               "BUILD=" + args.build, "PREFIX=" + prefix],
                              cwd=ROOT, capture_output=True, text=True)
        check("make install", inst.returncode == 0, inst.stdout + inst.stderr)
        if inst.returncode != 0:
            return 1
        for rel in ("include/duk_ext/duk_ext.h", "include/duk_ext/duk_ext_config.h",
                    "lib/libduk_ext.a", "lib/pkgconfig/duk_ext.pc", "bin/dukext"):
            check("installed " + rel, os.path.exists(os.path.join(prefix, rel)))
        env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(prefix, "lib", "pkgconfig"))
        host = os.path.join(prefix, "host")
        cc = subprocess.run("cc tools/example_host/host.c $(pkg-config --cflags --libs duk_ext) -o %s" % host,
                            shell=True, cwd=ROOT, env=env, capture_output=True, text=True)
        check("cc host.c $(pkg-config --cflags --libs duk_ext)", cc.returncode == 0, cc.stdout + cc.stderr)
        if cc.returncode != 0:
            return 1
        probed = [f for f in sorted(configure.FEATURES) if f in present or f not in plan["features"]]
        code = "".join("print('%s', typeof %s);" % (f, PROBES[f]) for f in probed)
        run = subprocess.run([host, code], capture_output=True, text=True, timeout=60)
        lines = run.stdout.splitlines()
        check("host runs", run.returncode == 0, run.stderr)
        check("host names the profile", lines[:1] == ["duk_ext %s, profile %s" % (
            configure_version(), args.profile)], repr(lines[:1]))
        for f, line in zip(probed, lines[1:]):
            want = "function" if f in plan["features"] else "undefined"
            check("feature %s %s" % (f, "registered" if want == "function" else "left no property"),
                  line == "%s %s" % (f, want), line)
        check("host reads a view from C", lines[-1:] == ["sum from C: 516"], repr(lines[-1:]))
    print("%d passed, %d failed" % (results["passed"], results["failed"]))
    return 1 if results["failed"] else 0


def configure_version():
    with open(os.path.join(ROOT, "duk_ext", "duk_ext.h")) as f:
        for line in f:
            if line.startswith("#define DUK_EXT_VERSION"):
                return line.split('"')[1]
    return "?"


if __name__ == "__main__":
    sys.exit(main())
