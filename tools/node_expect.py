#!/usr/bin/env python3
"""Fills the expected-output block of ECMAScript testcases from node v26.

For each testcase file given, runs its code (everything outside /*=== ===*/
blocks) under node v26 with a print() shim that prints like dukext (arguments
joined by a space; a Buffer in Node's inspect format, anything else as
String(x)), then rewrites the file with node's stdout as its single expected
block at the end.  Use it only for tests whose expected values are node's.
  python3 tools/node_expect.py testcases/buffer-*.js
NODE26=/path/to/node picks an already installed node v26.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import node26  # noqa: E402

EXPECT_RE = re.compile(r"\n?/\*===\n.*?===\*/\n?", re.S)
SHIM = ("globalThis.print = function () { console.log(Array.prototype.map.call(arguments, function (x) {"
        " return Buffer.isBuffer(x) ? x.inspect() : String(x); }).join(' ')); };\n")


def main(paths):
    node = os.environ.get("NODE26") or node26.ensure_node26()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        code = EXPECT_RE.sub("\n", text).rstrip() + "\n"
        proc = subprocess.run([node, "-e", SHIM + code], capture_output=True, cwd=os.path.dirname(os.path.abspath(path)))
        out = proc.stdout.decode("utf-8")
        if proc.returncode != 0:
            sys.exit("%s: node failed:\n%s" % (path, proc.stderr.decode("utf-8", "replace")))
        with open(path, "w", encoding="utf-8") as f:
            f.write(code + "\n/*===\n" + out + "===*/\n")
        print("%s: %d lines" % (path, out.count("\n")))


if __name__ == "__main__":
    main(sys.argv[1:])
