#!/usr/bin/env python3
"""No-regression check: runs every script in testcases/regress/ on the stock
Duktape 2.7 `duk` (Debian package duktape) and on dukext and compares stdout
and exit status.  Behaviour duk_ext changes on purpose (README.md, "Deliberate
changes") is kept out of these scripts.  Ends with "N passed, N failed"."""
import os
import shutil
import subprocess
import sys


def run(binary, script):
    p = subprocess.run([binary, script], capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout


def main():
    dukext = sys.argv[1] if len(sys.argv) > 1 else "build/dukext"
    folder = sys.argv[2] if len(sys.argv) > 2 else "testcases/regress"
    duk = shutil.which("duk")
    if duk is None:
        print("stock duk not found (Debian package duktape): install it to run the regression check")
        return 1
    passed = failed = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".js"):
            continue
        script = os.path.join(folder, name)
        stock, ours = run(duk, script), run(dukext, script)
        if stock == ours:
            passed += 1
            print("PASS %s" % name)
        else:
            failed += 1
            print("FAIL %s\n stock duk: %r\n dukext:    %r" % (name, stock, ours))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
