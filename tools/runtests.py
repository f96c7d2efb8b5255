#!/usr/bin/env python3
"""Runs ECMAScript testcases in Duktape's testcase format with dukext.

A testcase is a .js file.  Every /*=== ... ===*/ block holds stdout the code
must print; the blocks are concatenated in order and compared with the
actual stdout.  An optional /*--- {json} ---*/ block holds metadata:
  "skip": true or a reason string    -> reported as skipped
  "features": ["nodebuffer", ...]    -> skipped unless the build has them
  "include": ["vectors/x.js", ...]   -> files (relative to the testcase)
                                        run first in the same heap
  "exit": N                          -> the exit status dukext must end with
                                        (default 0; an uncaught error gives 1)
Prints PASS/FAIL per test (with a diff on failure) and ends with the line
"N passed, N failed, N skipped"; exits 1 when anything failed.
"""
import argparse
import concurrent.futures
import difflib
import json
import os
import re
import subprocess
import sys

EXPECT_RE = re.compile(r"/\*===\n(.*?)===\*/", re.S)
META_RE = re.compile(r"/\*---\s*(\{.*?\})\s*---\*/", re.S)


def parse_testcase(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    meta = {}
    m = META_RE.search(text)
    if m:
        meta = json.loads(m.group(1))
    expected = "".join(EXPECT_RE.findall(text))
    return meta, expected


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files.extend(os.path.join(p, n) for n in sorted(os.listdir(p)) if n.endswith(".js"))
        else:
            files.append(p)
    return files


def run_one(dukext, path, features, timeout):
    """dukext is the command as a list (an emulator prefix may come first)."""
    name = os.path.basename(path)
    meta, expected = parse_testcase(path)
    if meta.get("skip"):
        return "SKIP", name, "skip: %s" % meta["skip"]
    missing = [f for f in meta.get("features", []) if features is not None and f not in features]
    if missing:
        return "SKIP", name, "needs feature(s): %s" % ", ".join(missing)
    base = os.path.dirname(path)
    argv = dukext + [os.path.join(base, inc) for inc in meta.get("include", [])] + [path]
    try:
        proc = subprocess.run(argv, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "FAIL", name, "timed out after %ds" % timeout
    actual = proc.stdout.decode("utf-8", "replace")
    if actual == expected and proc.returncode == meta.get("exit", 0):
        return "PASS", name, ""
    diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        "expected", "actual"))
    stderr = proc.stderr.decode("utf-8", "replace")
    return "FAIL", name, diff + ("\nstderr:\n" + stderr if stderr else "") + "\nexit code %d" % proc.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="testcase files or folders")
    ap.add_argument("--dukext", default="build/dukext")
    ap.add_argument("--exec-prefix", default="",
                    help="command to run dukext under, e.g. qemu-s390x-static for a cross build")
    ap.add_argument("--features", help="comma-separated features of the build (default: all)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=int, default=120)
    args = ap.parse_args()
    features = None if args.features is None else set(filter(None, args.features.split(",")))
    files = collect(args.paths)
    dukext = args.exec_prefix.split() + [args.dukext]
    counts = {"PASS": 0, "FAIL": 0, "SKIP": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = pool.map(lambda p: run_one(dukext, p, features, args.timeout), files)
        for status, name, detail in results:
            counts[status] += 1
            print("%s %s%s" % (status, name, (" (" + detail + ")") if status == "SKIP" else ""))
            if status == "FAIL":
                print(detail)
    print("%d passed, %d failed, %d skipped" % (counts["PASS"], counts["FAIL"], counts["SKIP"]))
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
