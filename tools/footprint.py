#!/usr/bin/env python3
"""Prints what each build profile costs in code and data.

    tools/footprint.py [--markdown] [-j N] [PROFILE ...]   (default: every configs/*.toml)

For each profile it builds the profile the way firmware is built (flags
below) into build/footprint/PROFILE and measures the sections of the objects
(`size -A`): .text (machine code), .rodata (constant tables and strings),
.data (including .data.rel.ro) and .bss; unwind tables (.eh_frame) and notes
are left out:
  extension  every extension object plus the engine bridge's own code.  The
             bridge (bindings/engine_bridge.c) compiles the whole engine in
             its translation unit, so its own share is engine_bridge.o minus
             the same translation unit without the bridge (`#include
             "duktape.c"` alone, same flags and duk_config.h).
  linked     the extension's .text once dukext is linked with --gc-sections:
             functions no registered method, no other object and not the
             dukext host reaches are dropped (helpers of features the
             profile leaves out, public C functions the host does not call).
  dukext     the whole dukext binary (engine + extension + CLI), linked with
             --gc-sections, as `size` prints it (text includes .rodata and
             .eh_frame).
  cortex-m4  when arm-none-eabi-gcc is installed: the extension objects (and
             the bridge, measured the same way) compiled with -mcpu=cortex-m4
             -mthumb -Os.
Flags (x86-64): -Os -fno-pie -ffunction-sections -fdata-sections, linked
-no-pie -Wl,--gc-sections.  Firmware is linked at a fixed address, so its code
is not position independent: Debian's gcc builds PIE by default, which costs
about 2.5% of .text (a RIP-relative lea is 7 bytes where an absolute address
is 5) and turns tables of function pointers into relocated .data.rel.ro;
-fno-pie measures the code a firmware build gets (arm-none-eabi-gcc is not
PIC by default either).  -ffunction-sections/-fdata-sections leave the
objects' .text as it is (measured: same sum) and let the linker's
--gc-sections drop unreferenced functions, as firmware links do.
-fno-asynchronous-unwind-tables changes only .eh_frame, which is not counted.
Goals (issue 6): full <= 48 KB and iot <= 16 KB extension .text on x86-64 -Os
(the `.text` column).
--objects lists every object of the profiles with its sections; --features
sums each profile's .text by the feature or internal module (tools/configure.py
FEATURES / MODULES) that owns the object: what leaving a feature out saves.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import configure  # noqa: E402

ROOT = configure.ROOT
GOALS = {"full": 48 * 1024, "iot": 16 * 1024}
ARM_CC = "arm-none-eabi-gcc"
ARM_FLAGS = ["-mcpu=cortex-m4", "-mthumb", "-Os", "-std=c99"]
X86_FLAGS = ["-Os", "-fno-pie", "-ffunction-sections", "-fdata-sections"]
X86_LDFLAGS = ["-no-pie", "-Wl,--gc-sections", "-Wl,--print-gc-sections"]
BRIDGE = "bindings/engine_bridge.c"


def run(argv, want_stderr=False):
    p = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("%s failed:\n%s%s" % (" ".join(argv), p.stdout, p.stderr))
    return (p.stdout, p.stderr) if want_stderr else p.stdout


def size_of(paths, size_tool="size"):
    """(text, data, bss) of a linked binary, as Berkeley `size` prints them."""
    cols = run([size_tool] + list(paths)).splitlines()[1].split()
    return tuple(int(c) for c in cols[:3])


def sections_of(paths, size_tool="size"):
    """(.text, .rodata, .data, .bss) summed over object files."""
    total = [0, 0, 0, 0]
    for line in run([size_tool, "-A"] + list(paths)).splitlines():
        cols = line.split()
        if len(cols) < 2 or not cols[0].startswith(".") or not cols[1].isdigit():
            continue
        for i, prefix in enumerate((".text", ".rodata", ".data", ".bss")):
            if cols[0] == prefix or cols[0].startswith(prefix + "."):
                total[i] += int(cols[1])
    return tuple(total)


def sub(a, b):
    return tuple(x - y for x, y in zip(a, b))


def add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def include_flags(build):
    return ["-Iduk_ext", "-Ibindings", "-I" + os.path.join(build, "include"), "-I" + os.path.join(build, "engine"),
            "-I" + configure.DUKTAPE_DIR]


def compile_objects(cc, flags, build, sources, outdir):
    """Compiles each source to outdir; returns the object paths."""
    objs = []
    for src in sources:
        obj = os.path.join(outdir, src.replace("/", "_")[:-2] + ".o")
        os.makedirs(os.path.dirname(os.path.join(ROOT, obj)), exist_ok=True)
        run([cc] + flags + include_flags(build) + ["-c", src, "-o", obj])
        objs.append(obj)
    return objs


def engine_only(cc, flags, build, outdir):
    """The bridge's translation unit without the bridge: the engine alone."""
    src = os.path.join(outdir, "engine_only.c")
    with open(os.path.join(ROOT, src), "w") as f:
        f.write('/* The engine alone, to subtract from engine_bridge.o (tools/footprint.py). */\n'
                '#include "duktape.c"\n')
    obj = src[:-2] + ".o"
    run([cc] + flags + include_flags(build) + ["-c", src, "-o", obj])
    return obj


def extension_size(objs, sources, engine_obj, size_tool):
    """Extension objects plus the bridge's own share (bridge.o - engine.o)."""
    ext = [o for o, s in zip(objs, sources) if s != BRIDGE]
    total = sections_of(ext, size_tool) if ext else (0, 0, 0, 0)
    if BRIDGE in sources:
        bridge = objs[sources.index(BRIDGE)]
        total = add(total, sub(sections_of([bridge], size_tool), sections_of([engine_obj], size_tool)))
    return total


def build_profile(profile, build, jobs):
    """Builds the profile with the firmware flags; returns the linker's list
    of the sections --gc-sections removed, as (section, archive member).
    make does not track flags: a build made with other flags is removed."""
    stamp = os.path.join(ROOT, build, "footprint-flags")
    flags = " ".join(X86_FLAGS + X86_LDFLAGS)
    if not os.path.exists(stamp) or open(stamp).read() != flags:
        shutil.rmtree(os.path.join(ROOT, build), ignore_errors=True)
    binary = os.path.join(ROOT, build, "dukext")
    if os.path.exists(binary):
        os.remove(binary)  # relink, so that the linker lists what it removes
    _, err = run(["make", "-s", "--no-print-directory", "-j%d" % jobs, "PROFILE=" + profile, "BUILD=" + build,
                  "OPT=" + " ".join(X86_FLAGS), "LDFLAGS=" + " ".join(X86_LDFLAGS), "all"], want_stderr=True)
    with open(stamp, "w") as f:
        f.write(flags)
    return re.findall(r"removing unused section '([^']+)' in file '[^']*\(([^)]+)\)'", err)


def removed_text(objs, sources, removed):
    """.text of the extension objects that the linker removed."""
    by_member = {}
    for section, member in removed:
        by_member.setdefault(member, set()).add(section)
    total = 0
    for o, s in zip(objs, sources):
        sections = by_member.get(os.path.basename(o))
        if s == BRIDGE or not sections:
            continue
        for line in run(["size", "-A", o]).splitlines():
            cols = line.split()
            if len(cols) >= 2 and cols[0] in sections and cols[0].startswith(".text") and cols[1].isdigit():
                total += int(cols[1])
    return total


def measure(profile, jobs, arm):
    build = os.path.join("build", "footprint", profile)
    removed = build_profile(profile, build, jobs)
    plan = configure.plan(profile)
    sources = plan["sources"]
    objs = [os.path.join(build, "obj", s[:-2] + ".o") for s in sources]
    row = {"profile": profile, "features": plan["features"], "engine": plan["engine"]}
    engine_obj = engine_only("cc", ["-std=c99"] + X86_FLAGS, build, build) if BRIDGE in sources else None
    row["ext"] = extension_size(objs, sources, engine_obj, "size")
    row["linked"] = row["ext"][0] - removed_text(objs, sources, removed)
    row["dukext"] = size_of([os.path.join(build, "dukext")])
    row["objects"] = [(s, sections_of([o])) for o, s in zip(objs, sources) if s != BRIDGE]
    if engine_obj is not None:
        row["objects"].append((BRIDGE + " (own share)", sub(sections_of([objs[sources.index(BRIDGE)]]),
                                                            sections_of([engine_obj]))))
    if arm:
        armdir = os.path.join(build, "arm")
        try:
            aobjs = compile_objects(ARM_CC, ARM_FLAGS, build, [s for s in sources if s != BRIDGE], armdir)
            asrc = [s for s in sources if s != BRIDGE]
            row["arm"] = extension_size(aobjs, asrc, None, "arm-none-eabi-size")
            row["arm_bridge"] = None
            if BRIDGE in sources:
                try:
                    bobj = compile_objects(ARM_CC, ARM_FLAGS, build, [BRIDGE], armdir)[0]
                    eobj = engine_only(ARM_CC, ARM_FLAGS, build, armdir)
                    row["arm_bridge"] = sub(sections_of([bobj], "arm-none-eabi-size"),
                                            sections_of([eobj], "arm-none-eabi-size"))
                    row["arm"] = add(row["arm"], row["arm_bridge"])
                except RuntimeError as e:
                    row["arm_note"] = "engine does not build for Cortex-M4: %s" % str(e).splitlines()[-1]
        except RuntimeError as e:
            row["arm"] = None
            row["arm_note"] = str(e).splitlines()[-1]
    return row


def kb(n):
    return "%.1f KB" % (n / 1024.0)


def print_table(rows, arm, markdown):
    head = ["profile", ".text", ".rodata", ".data", ".bss", "goal (.text)", ".text linked", "dukext text/data/bss"]
    if arm:
        head += ["Cortex-M4 .text", ".rodata", ".data", ".bss"]
    lines = [head]
    for r in rows:
        goal = GOALS.get(r["profile"])
        goal_s = "" if goal is None else ("<= %s: %s" % (kb(goal), "met" if r["ext"][0] <= goal else "missed"))
        cells = [r["profile"], "%d (%s)" % (r["ext"][0], kb(r["ext"][0]))] + [str(v) for v in r["ext"][1:]] + \
            [goal_s, "%d (%s)" % (r["linked"], kb(r["linked"])), "%d / %d / %d" % r["dukext"]]
        if arm:
            a = r.get("arm")
            cells += ["n/a", "", "", ""] if a is None else ["%d (%s)" % (a[0], kb(a[0]))] + [str(v) for v in a[1:]]
        lines.append(cells)
    if markdown:
        print("| " + " | ".join(lines[0]) + " |")
        print("|" + " --- |" * len(lines[0]))
        for cells in lines[1:]:
            print("| " + " | ".join(cells) + " |")
    else:
        widths = [max(len(c[i]) for c in lines) for i in range(len(lines[0]))]
        for cells in lines:
            print("  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip())
    for r in rows:
        if r.get("arm_note"):
            print("note: %s: Cortex-M4: %s" % (r["profile"], r["arm_note"]))


def print_objects(rows):
    for r in rows:
        print("\n%s (x86-64 -Os): .text .rodata .data .bss" % r["profile"])
        for src, sec in sorted(r["objects"], key=lambda x: -x[1][0]):
            print("  %-44s %6d %6d %6d %6d" % ((src,) + sec))


def print_owners(rows):
    owner = configure.claim(configure.repo_sources(), "src")
    for r in rows:
        by_owner = {}
        for src, sec in r["objects"]:
            name = owner.get(src.split(" ")[0]) or "?"
            by_owner[name] = by_owner.get(name, 0) + sec[0]
        print("\n%s (x86-64 -Os): .text by feature (internal modules in brackets)" % r["profile"])
        for name, text in sorted(by_owner.items(), key=lambda x: -x[1]):
            label = name if name in configure.FEATURES else "[%s]" % name
            print("  %-24s %6d  %5.1f%%" % (label, text, 100.0 * text / r["ext"][0]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("profiles", nargs="*")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table (README.md)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--objects", action="store_true", help="also list each object's sections")
    ap.add_argument("--features", action="store_true", help="also sum .text by owning feature or module")
    args = ap.parse_args()
    profiles = args.profiles or sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "configs"))
                                       if f.endswith(".toml"))
    arm = shutil.which(ARM_CC) is not None
    rows = []
    try:
        for p in profiles:
            rows.append(measure(p, args.jobs, arm))
    except (RuntimeError, configure.ConfigError) as e:
        print("footprint.py: %s" % e, file=sys.stderr)
        return 1
    print_table(rows, arm, args.markdown)
    if args.objects:
        print_objects(rows)
    if args.features:
        print_owners(rows)
    if not arm:
        print("(arm-none-eabi-gcc not installed: no Cortex-M4 column; Debian package gcc-arm-none-eabi)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
