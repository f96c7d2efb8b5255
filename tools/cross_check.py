#!/usr/bin/env python3
"""Builds dukext for other machines with Debian's cross toolchains and runs
the ECMAScript testcases under qemu-user: s390x (64-bit big endian) and i686
(32-bit little endian).  Installs the toolchains and qemu-user-static with
apt-get when run as root; otherwise names the missing packages and fails.
Ends with "N passed, N failed" over the targets."""
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGETS = [
    # (name, compiler, Debian package of the compiler, emulator)
    ("s390x", "s390x-linux-gnu-gcc", "gcc-s390x-linux-gnu", "qemu-s390x-static"),
    ("i686", "i686-linux-gnu-gcc", "gcc-i686-linux-gnu", "qemu-i386-static"),
]


def ensure_packages():
    missing = [pkg for _, cc, pkg, _ in TARGETS if shutil.which(cc) is None]
    if any(shutil.which(emu) is None for *_, emu in TARGETS):
        missing.append("qemu-user-static")
    if not missing:
        return True
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq"] + missing, check=True, env=env)
        return True
    print("cross check needs: sudo apt-get install -y " + " ".join(missing))
    return False


def build_features(build):
    """The feature list the build's generated header names (DUK_EXT_FEATURES)."""
    with open(os.path.join(ROOT, build, "include", "duk_ext_config.h")) as f:
        m = re.search(r'#define DUK_EXT_FEATURES "([^"]*)"', f.read())
    return m.group(1) if m else ""


def main():
    if not ensure_packages():
        return 1
    passed = failed = 0
    for name, cc, _, emu in TARGETS:
        build = "build-" + name
        make = subprocess.run(["make", "-j2", "BUILD=" + build, "CC=" + cc, "READLINE_H=", "LDFLAGS=-static",
                               build + "/dukext"], cwd=ROOT, capture_output=True, text=True)
        if make.returncode != 0:
            print("FAIL %s: build failed\n%s" % (name, make.stdout[-3000:] + make.stderr[-3000:]))
            failed += 1
            continue
        tests = subprocess.run([sys.executable, "tools/runtests.py", "--exec-prefix", emu,
                                "--features", build_features(build),
                                "--dukext", build + "/dukext", "testcases"], cwd=ROOT,
                               capture_output=True, text=True)
        summary = tests.stdout.strip().splitlines()[-1] if tests.stdout.strip() else "no output"
        if tests.returncode == 0:
            passed += 1
            print("PASS %s (%s)" % (name, summary))
        else:
            failed += 1
            print("FAIL %s (%s)\n%s" % (name, summary, tests.stdout[-6000:]))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
