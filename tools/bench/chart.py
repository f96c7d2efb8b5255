#!/usr/bin/env python3
"""Draws the ratio chart of BENCHMARKS.md with matplotlib (run by tools/bench.py, possibly under
Debian's /usr/bin/python3 where python3-matplotlib lives).  Input: a JSON file with the row labels,
one series of dukext/engine time ratios per engine (null where not measured) and the output path
(a second argument overrides it, e.g. a .png to look at)."""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main(spec_path, out=None):
    with open(spec_path) as f:
        spec = json.load(f)
    labels, series = spec["labels"], spec["series"]
    n, k = len(labels), len(series)
    height = 0.8 / max(k, 1)
    fig, ax = plt.subplots(figsize=(10, 0.32 * n * max(k, 2) / 2 + 1.5))
    for j, (name, values) in enumerate(series.items()):
        ys = [i + (j - (k - 1) / 2.0) * height for i in range(n)]
        xs = [v if v is not None else 0 for v in values]
        ax.barh(ys, xs, height=height, label="dukext / " + name)
    ax.set_xscale("log")
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_yticks(range(n))
    ax.set_yticklabels(labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("time ratio, log scale (below 1: dukext is faster)")
    ax.set_title("duk_ext: dukext time divided by each engine's time")
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(axis="x", which="both", linewidth=0.3)
    fig.tight_layout()
    fig.savefig(out or spec["out"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
