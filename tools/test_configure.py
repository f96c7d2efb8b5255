#!/usr/bin/env python3
"""Tests tools/configure.py and configs/: every profile resolves, every source
file and unit test belongs to a feature, every feature a testcase names
exists, the profiles keep what issue 6 asks of them, and bad profiles fail
with a message that names the problem.  Ends with "N passed, N failed"."""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import configure  # noqa: E402

ROOT = configure.ROOT
PSEUDO = {"bridge_internal", "bridge_public"}  # the engine bridge a profile has
results = {"passed": 0, "failed": 0}


def check(name, cond, detail=""):
    results["passed" if cond else "failed"] += 1
    print("%s %s%s" % ("PASS" if cond else "FAIL", name, "" if cond else ": " + str(detail)))


def error_of(fn, *args):
    try:
        fn(*args)
    except configure.ConfigError as e:
        return str(e)
    return ""


profiles = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "configs")) if f.endswith(".toml"))
plans = {}
for name in profiles:
    err = error_of(lambda n: plans.__setitem__(n, configure.plan(n)), name)
    check("profile %s resolves" % name, not err, err)

for kind, paths in (("src", configure.repo_sources()), ("units", configure.repo_units())):
    unclaimed = [p for p, o in configure.claim(paths, kind).items() if o is None]
    check("every %s file belongs to a feature or module" % kind, not unclaimed,
          "assign in tools/configure.py FEATURES/MODULES: %s" % ", ".join(unclaimed))

meta_re = re.compile(r"/\*---\s*(\{.*?\})\s*---\*/", re.S)
unknown = []
for folder, _, files in os.walk(os.path.join(ROOT, "testcases")):
    for fn in files:
        if fn.endswith(".js"):
            with open(os.path.join(folder, fn), encoding="utf-8") as f:
                m = meta_re.search(f.read())
            for feat in json.loads(m.group(1)).get("features", []) if m else []:
                if feat not in configure.FEATURES and feat not in PSEUDO:
                    unknown.append("%s: %s" % (fn, feat))
check("testcases name only known features", not unknown, ", ".join(unknown))

groups = ("DUK_EXT_TYPEDARRAY", "DUK_EXT_DATAVIEW", "DUK_EXT_NODE_BUFFER", "DUK_EXT_ENCODING", "DUK_EXT_OBJECTBUF",
          "duk_ext_require_init")  # require() is installed by its own call
bad = ["%s: %s" % (f, d) for f, row in configure.FEATURES.items()
       for d in [x for x in row.get("requires", []) if x not in configure.FEATURES] +
       [m for m in row.get("uses", []) if m not in configure.MODULES]]
check("every feature names existing dependencies", not bad, bad)
bad = [f for f, row in configure.FEATURES.items() if row.get("group") not in groups]
check("every feature has a duk_ext_init group (or its own init call)", not bad, bad)
import test_install  # noqa: E402
bad = sorted(set(configure.FEATURES) ^ set(test_install.PROBES))
check("test_install.py probes exactly the features", not bad, bad)

if all(p in plans for p in ("full", "es", "node", "iot")):
    check("full has every feature", plans["full"]["features"] == sorted(configure.FEATURES))
    check("es: no Node Buffer, no ObjectBuffer",
          not [f for f in plans["es"]["features"] if f.startswith(("nodebuffer", "objectbuffer"))])
    check("es: typed arrays, ArrayBuffer, DataView, encoding",
          {"typedarray", "arraybuffer", "dataview", "encoding", "base64hex"} <= set(plans["es"]["features"]))
    check("node: Buffer and typed arrays", {"nodebuffer", "typedarray"} <= set(plans["node"]["features"]))
    check("iot: firmware set, -Os", plans["iot"]["opt"] == "-Os" and set(plans["iot"]["features"]) == {
        "typedarray", "dataview", "nodebuffer_rw", "base64hex", "objectbuffer_reader"})
    check("full and node: every typed array method",
          all({"typedarray_callbacks", "typedarray_iter", "typedarray_sort"} <= set(plans[p]["features"])
              for p in ("full", "node")))
    check("iot sets engine options", bool(plans["iot"]["overrides"]))
if "public-api" in plans:
    check("public-api links the shared engine through the public bridge",
          plans["public-api"]["engine"] == "shared" and "bindings/engine_bridge_public.c" in plans["public-api"]["sources"]
          and "bindings/engine_bridge.c" not in plans["public-api"]["sources"])

err = error_of(configure.resolve_features, "x", {"features": ["nodebuffer", "nodebuffer_rw"]})
check("missing dependency is named", "'nodebuffer' needs feature 'typedarray'" in err, err)
err = error_of(configure.resolve_features, "x", {"features": ["typedarray", "objectbuffer_open"]})
check("missing reader dependency is named", "'objectbuffer_open' needs feature 'objectbuffer_reader'" in err, err)
err = error_of(configure.resolve_features, "x", {"features": ["typedarrays"]})
check("unknown feature is named", "unknown feature 'typedarrays'" in err, err)
known = configure.known_engine_options()
err = error_of(configure.engine_overrides, "x", {"engine_options": {"DUK_USE_ES6_PROXY": False}}, "bundled", known)
check("builtin-removing engine option is rejected",
      "DUK_USE_ES6_PROXY cannot be changed" in err and "built-in" in err, err)
err = error_of(configure.engine_overrides, "x", {"engine_options": {"DUK_USE_NO_SUCH": True}}, "bundled", known)
check("unknown engine option is rejected", "DUK_USE_NO_SUCH is not a Duktape 2.7 engine option" in err, err)
err = error_of(configure.engine_overrides, "x", {"engine_options": {"DUK_USE_PREFER_SIZE": True}}, "shared", set())
check("engine options with the shared engine are rejected", "engine = \"shared\"" in err, err)
lines = configure.engine_overrides("x", {"engine_options": {"DUK_USE_PREFER_SIZE": True,
                                                            "DUK_USE_HEX_FASTPATH": False,
                                                            "DUK_USE_STRTAB_MINSIZE": 64}}, "bundled", known)
check("engine options become #define/#undef lines", lines == [
    "#undef DUK_USE_PREFER_SIZE\n#define DUK_USE_PREFER_SIZE", "#undef DUK_USE_HEX_FASTPATH",
    "#undef DUK_USE_STRTAB_MINSIZE\n#define DUK_USE_STRTAB_MINSIZE 64"], lines)
for opt, reason in configure.REJECTED_OPTIONS.items():
    if opt not in known:
        check("rejected option %s exists in Duktape 2.7" % opt, False, reason)

cli = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "configure.py"), "--check", "no-such-profile"],
                     capture_output=True, text=True)
check("configure.py names an unknown profile", cli.returncode == 1 and "no profile 'no-such-profile'" in cli.stderr,
      cli.stderr)

print("%d passed, %d failed" % (results["passed"], results["failed"]))
sys.exit(1 if results["failed"] else 0)
