#!/usr/bin/env python3
"""Fills the expected-output block of ECMAScript testcases from node v26.

Usage: tools/expect_from_node.py testcases/foo.js [...]

The testcase's code (everything outside /*=== ... ===*/ blocks, plus the
files its metadata "include"s, in order) runs under node v26 with
`globalThis.print = console.log` prepended; node's stdout replaces the
testcase's expected blocks with one block at the end of the file.  The code
must therefore be plain ES5 that runs the same on node and on dukext.
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from node26 import ensure_node26  # noqa: E402

EXPECT_RE = re.compile(r"\n?/\*===\n.*?===\*/\n?", re.S)
META_RE = re.compile(r"/\*---\s*(\{.*?\})\s*---\*/", re.S)


def fill(path, node):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    code = EXPECT_RE.sub("\n", text).rstrip() + "\n"
    meta = META_RE.search(text)
    includes = json.loads(meta.group(1)).get("include", []) if meta else []
    parts = ["globalThis.print = console.log;\n"]
    for inc in includes:
        with open(os.path.join(os.path.dirname(path), inc), encoding="utf-8") as f:
            parts.append(f.read())
    parts.append(code)
    proc = subprocess.run([node, "-"], input="".join(parts).encode("utf-8"), capture_output=True, check=False,
                          cwd=os.path.dirname(os.path.abspath(path)))  # require('./x') as from the testcase
    if proc.returncode != 0:
        sys.exit("%s: node failed:\n%s" % (path, proc.stderr.decode("utf-8", "replace")))
    out = proc.stdout.decode("utf-8")
    with open(path, "w", encoding="utf-8") as f:
        f.write(code + "\n/*===\n" + out + "===*/\n")


def main():
    node = ensure_node26()
    for path in sys.argv[1:]:
        fill(path, node)


if __name__ == "__main__":
    main()
