#!/usr/bin/env python3
"""Tests the dukext command line: files run in order in one heap, -e, print
and alert, --version, an uncaught error (stack on stderr, exit 1) and the
REPL.  Usage: test_cli.py path/to/dukext.  Ends with "N passed, N failed"."""
import os
import subprocess
import sys
import tempfile

DUKEXT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/dukext")
results = {"passed": 0, "failed": 0}


def run(args, stdin=None):
    return subprocess.run([DUKEXT] + args, input=stdin, capture_output=True, text=True, timeout=60)


def check(name, cond, detail=""):
    key = "passed" if cond else "failed"
    results[key] += 1
    print("%s %s%s" % ("PASS" if cond else "FAIL", name, "" if cond else ": " + detail))


with tempfile.TemporaryDirectory() as d:
    a, b, bad = (os.path.join(d, n) for n in ("a.js", "b.js", "bad.js"))
    with open(a, "w") as f:
        f.write("var shared = 40;\nprint('a', 1, true);\n")
    with open(b, "w") as f:
        f.write("print(shared + 2); alert('to', 'stderr');\n")
    with open(bad, "w") as f:
        f.write("function thrower() { throw new RangeError('boom'); }\nthrower();\n")

    p = run([a, b])
    check("files run in order in one heap", p.returncode == 0 and p.stdout == "a 1 true\n42\n", repr(p))
    check("alert writes to stderr", p.stderr == "to stderr\n", repr(p.stderr))

    # Every profile has DataView or Buffer field accessors (configs/).
    p = run(["-e", "print(typeof DataView.prototype.getFloat16 === 'function' || "
                   "typeof Buffer.prototype.readUint16LE === 'function')"])
    check("-e evaluates code with duk_ext registered", p.returncode == 0 and p.stdout == "true\n", repr(p))

    p = run([bad, a])
    check("uncaught error exits 1 and stops", p.returncode == 1 and p.stdout == "", repr(p))
    check("uncaught error prints its stack", p.stderr.startswith("RangeError: boom") and "thrower" in p.stderr,
          repr(p.stderr))

    p = run(["-e", "syntax error here"])
    check("syntax error exits 1", p.returncode == 1 and "SyntaxError" in p.stderr, repr(p))

    p = run(["--version"])
    check("--version", p.returncode == 0 and p.stdout.startswith("dukext ") and "Duktape 2.7.0" in p.stdout, repr(p))

    p = run([], stdin="1 + 2\nvar x = 'hi'; x\nnoSuchName\n")
    check("REPL prints results", "= 3" in p.stdout and "= hi" in p.stdout, repr(p.stdout))
    check("REPL reports errors and goes on", "ReferenceError" in p.stderr and p.returncode == 0, repr(p))

    p = run([os.path.join(d, "missing.js")])
    check("missing file exits 1", p.returncode == 1 and "cannot read" in p.stderr, repr(p))

print("%d passed, %d failed" % (results["passed"], results["failed"]))
sys.exit(1 if results["failed"] else 0)
