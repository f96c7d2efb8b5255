#!/usr/bin/env python3
"""Turns a build profile (configs/PROFILE.toml) into what `make PROFILE=...` builds.

    tools/configure.py [--build DIR] [--check] PROFILE

writes into DIR (default: build for `full`, build/PROFILE otherwise):
  include/duk_ext_config.h  one DUK_EXT_USE_<FEATURE> per feature (set or #undef);
                            DUK_EXT_OPTIMIZE_SIZE when the profile's opt is -Os/-Oz
  include/duk_config.h      Debian's duk_config.h with the profile's engine
                            options appended after its __OVERRIDE_DEFINES__ marker
  include/duktape.h         Debian's duktape.h beside it (bundled engine only)
  engine/duktape.c          symlink to Debian's duktape.c, so that the engine
                            compiled inside engine_bridge.c sees that duk_config.h
  config.mk                 source list, unit tests, features, flags for the Makefile
--check only validates the profile and the feature table (no files written).

FEATURES below is the ONE place that assigns source files to features: each row
names the files (globs) it owns, the features it needs (a profile that lacks one
is an error naming it), the internal modules it uses (pulled in silently) and
the duk_ext_init() flag group that registers it.  When two globs match a file,
the longer (more specific) glob wins.  A source file no row claims is compiled
into every profile with a warning; `tools/test_configure.py` fails on it.
"""
import argparse
import fnmatch
import glob
import os
import re
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DUKTAPE_DIR = os.environ.get("DUKTAPE_DIR", "/usr/share/duktape")
SHARED_LIB = "-lduktape"

# Internal modules: no switch of their own, compiled when a feature (or
# another module) uses them.
MODULES = {
    "core": dict(src=["bindings/binding_util*.c", "bindings/node_errors*.c", "bindings/init.c"],
                 units=["test_view*", "test_alloc_failure*", "test_hostile*"]),
    "bridge": dict(src=["bindings/engine_bridge.c"]),
    "bridge_public": dict(src=["bindings/engine_bridge_public*.c"]),
    "field": dict(src=["duk_ext/dx_field*.c", "bindings/field_access*.c"], units=["test_field*"]),
    "elem": dict(uses=["field"], src=["duk_ext/dx_elem*.c"], units=["test_elem*"]),
    "b64hex": dict(src=["duk_ext/dx_base64*.c", "duk_ext/dx_hex*.c"], units=["test_base64*", "test_hex*"]),
    "codecs": dict(uses=["b64hex"],
                   src=["duk_ext/dx_utf8*.c", "duk_ext/dx_utf16*.c", "duk_ext/dx_latin1*.c",
                        "duk_ext/dx_lenient*.c", "duk_ext/dx_xutf8*.c",
                        "bindings/encoding_api*.c"],
                   units=["test_utf8*", "test_utf16*", "test_latin1*", "test_lenient*"]),
    "bytesearch": dict(src=["duk_ext/dx_bytesearch*.c"], units=["test_bytesearch*"]),
    "objbuf_format": dict(uses=["field"], src=["duk_ext/dx_objbuf_read*.c", "duk_ext/dx_objbuf_verify*.c",
                               "duk_ext/dx_objbuf_cursor*.c"],
                          units=["test_objbuf_read*", "test_objbuf_verify*", "test_objbuf_cursor*"]),
}

# User-visible features: the names profiles and testcase metadata use.
# group: the duk_ext_init() flag (duk_ext.h) whose table row registers it
# (for `require`: the separate call duk_ext_require_init()).
FEATURES = {
    "typedarray": dict(group="DUK_EXT_TYPEDARRAY", uses=["elem"],
                       src=["bindings/typedarray*.c", "duk_ext/dx_search*.c"],
                       units=["test_search*"],
                       doc="%TypedArray% core methods (at, fill, set, subarray, slice, copyWithin, indexOf, "
                           "lastIndexOf, includes, join, reverse, toReversed, with, toString)"),
    "typedarray_callbacks": dict(group="DUK_EXT_TYPEDARRAY", requires=["typedarray"],
                                 src=["bindings/typedarray_callback*.c"],
                                 doc="%TypedArray% methods that call a function per element (forEach, map, "
                                     "filter, every, some, find*, reduce*)"),
    "typedarray_iter": dict(group="DUK_EXT_TYPEDARRAY", requires=["typedarray"],
                            src=["bindings/typedarray_iter*.c"],
                            doc="%TypedArray% keys, values, entries, [Symbol.iterator], from, of"),
    "typedarray_sort": dict(group="DUK_EXT_TYPEDARRAY", requires=["typedarray"],
                            src=["bindings/typedarray_sort*.c", "duk_ext/dx_sort*.c"], units=["test_sort*"],
                            doc="%TypedArray% sort and toSorted"),
    "arraybuffer": dict(group="DUK_EXT_TYPEDARRAY", requires=["typedarray"],
                        src=["bindings/arraybuffer*.c"],
                        doc="ES2025 ArrayBuffer (resizable, transfer, detached) and view constructors"),
    "float16": dict(group="DUK_EXT_TYPEDARRAY", requires=["arraybuffer"], uses=["field"],
                    src=["bindings/float16*.c"], doc="Float16Array, Math.f16round"),
    "dataview": dict(group="DUK_EXT_DATAVIEW", uses=["field"], src=["bindings/dataview*.c"],
                     doc="DataView get/set (Float16 included) through the field codec"),
    "encoding": dict(group="DUK_EXT_ENCODING", uses=["codecs"], src=["bindings/textcodec*.c"],
                     doc="TextEncoder, TextDecoder, atob, btoa"),
    "base64hex": dict(group="DUK_EXT_ENCODING", uses=["b64hex"], src=["bindings/uint8_base64hex*.c"],
                      doc="Uint8Array.fromBase64/fromHex, toBase64/toHex, setFrom*"),
    "nodebuffer": dict(group="DUK_EXT_NODE_BUFFER",
                       requires=["typedarray", "typedarray_callbacks", "typedarray_iter", "typedarray_sort",
                                 "require"],
                       uses=["codecs", "bytesearch"],
                       src=["bindings/node_buffer*.c"],
                       doc="Node.js Buffer API (from, alloc, toString(enc), indexOf, ...), "
                           "require('buffer'), atob, btoa"),
    "nodebuffer_rw": dict(group="DUK_EXT_NODE_BUFFER", uses=["field"],
                          src=["bindings/node_buffer_fields*.c"],
                          doc="Buffer read/write fields for every width and endianness"),
    "objectbuffer_reader": dict(group="DUK_EXT_OBJECTBUF", uses=["objbuf_format"],
                                src=["bindings/objectbuffer*.c"],
                                doc="ObjectBuffer.decode and verify, the C cursor (duk_ext_objbuf.h)"),
    "objectbuffer_open": dict(group="DUK_EXT_OBJECTBUF", requires=["objectbuffer_reader"],
                              src=["bindings/objectbuffer_open*.c"],
                              doc="ObjectBuffer.open, the lazy read-only view (a Proxy)"),
    "objectbuffer_rx": dict(group="DUK_EXT_OBJECTBUF", requires=["objectbuffer_reader"],
                            src=["bindings/objectbuffer_rx*.c"],
                            doc="ObjectBuffer.decodeRX, a reader of the RX text format"),
    "objectbuffer": dict(group="DUK_EXT_OBJECTBUF", requires=["objectbuffer_reader"],
                         src=["duk_ext/dx_objbuf*.c", "bindings/objectbuffer_encode*.c"], units=["test_objbuf*"],
                         doc="ObjectBuffer.encode (the object-buffer writer)"),
    "require": dict(group="duk_ext_require_init",
                    src=["bindings/require*.c"],
                    doc="CommonJS require(): built-in modules ('buffer', 'objectbuffer') and files, "
                        "installed by duk_ext_require_init()"),
}

# Engine options that cannot be changed on Debian's prebuilt duktape.c.  Its
# built-in objects, their native function table and the built-in string table
# were generated (Duktape's configure.py, genbuiltins) with these options set;
# changing them in duk_config.h leaves the tables pointing at functions or
# strings that the option now compiles out (or the reverse).
BUILTIN_REASON = "it removes a built-in object or property; duktape.c was generated with it present"
REJECTED_OPTIONS = {
    "DUK_USE_BUFFEROBJECT_SUPPORT": "it removes ArrayBuffer, typed arrays, DataView and Buffer, "
                                    "which duk_ext extends; duktape.c was generated with them present",
    "DUK_USE_ES6_PROXY": BUILTIN_REASON + " (Proxy)",
    "DUK_USE_REFLECT_BUILTIN": BUILTIN_REASON + " (Reflect)",
    "DUK_USE_SYMBOL_BUILTIN": BUILTIN_REASON + " (Symbol)",
    "DUK_USE_ENCODING_BUILTINS": BUILTIN_REASON + " (TextEncoder, TextDecoder)",
    "DUK_USE_PERFORMANCE_BUILTIN": BUILTIN_REASON + " (performance)",
    "DUK_USE_PROMISE_BUILTIN": BUILTIN_REASON + " (Promise)",
    "DUK_USE_CBOR_BUILTIN": BUILTIN_REASON + " (CBOR)",
    "DUK_USE_DUKTAPE_BUILTIN": BUILTIN_REASON + " (Duktape)",
    "DUK_USE_GLOBAL_BUILTIN": BUILTIN_REASON + " (global functions)",
    "DUK_USE_OBJECT_BUILTIN": BUILTIN_REASON + " (Object)",
    "DUK_USE_FUNCTION_BUILTIN": BUILTIN_REASON + " (Function)",
    "DUK_USE_ARRAY_BUILTIN": BUILTIN_REASON + " (Array)",
    "DUK_USE_STRING_BUILTIN": BUILTIN_REASON + " (String)",
    "DUK_USE_BOOLEAN_BUILTIN": BUILTIN_REASON + " (Boolean)",
    "DUK_USE_NUMBER_BUILTIN": BUILTIN_REASON + " (Number)",
    "DUK_USE_DATE_BUILTIN": BUILTIN_REASON + " (Date)",
    "DUK_USE_MATH_BUILTIN": BUILTIN_REASON + " (Math)",
    "DUK_USE_JSON_BUILTIN": BUILTIN_REASON + " (JSON)",
    "DUK_USE_REGEXP_SUPPORT": BUILTIN_REASON + " (RegExp)",
    "DUK_USE_COROUTINE_SUPPORT": BUILTIN_REASON + " (Duktape.Thread)",
    "DUK_USE_SECTION_B": BUILTIN_REASON + " (escape, unescape, Date getYear/setYear, ...)",
    "DUK_USE_GLOBAL_BINDING": BUILTIN_REASON + " (globalThis)",
    "DUK_USE_ES6_OBJECT_PROTO_PROPERTY": BUILTIN_REASON + " (Object.prototype.__proto__)",
    "DUK_USE_ES6_OBJECT_SETPROTOTYPEOF": BUILTIN_REASON + " (Object.setPrototypeOf)",
    "DUK_USE_BYTECODE_DUMP_SUPPORT": BUILTIN_REASON + " (Duktape.dump/load helpers)",
    "DUK_USE_LIGHTFUNC_BUILTINS": "it changes how built-in functions are represented in the generated built-in tables",
    "DUK_USE_ROM_OBJECTS": "it needs built-ins generated into ROM by Duktape's configure.py",
    "DUK_USE_ROM_STRINGS": "it needs built-in strings generated into ROM by Duktape's configure.py",
    "DUK_USE_ROM_GLOBAL_CLONE": "it needs ROM built-ins generated by Duktape's configure.py",
    "DUK_USE_ROM_GLOBAL_INHERIT": "it needs ROM built-ins generated by Duktape's configure.py",
}


class ConfigError(Exception):
    pass


def all_entries():
    """name -> (is_feature, row) for modules and features together."""
    out = {n: (False, r) for n, r in MODULES.items()}
    out.update({n: (True, r) for n, r in FEATURES.items()})
    return out


def claim(paths, key):
    """Maps each path to the entry whose glob (in row[key]) matches it most
    specifically; unclaimed paths map to None."""
    owner = {}
    for path in paths:
        best, best_len = None, -1
        for name, (_, row) in all_entries().items():
            for pattern in row.get(key, []):
                target = path if "/" in pattern else os.path.basename(path)
                if fnmatch.fnmatchcase(target, pattern if "/" in pattern else pattern + ".c") \
                        and len(pattern) > best_len:
                    best, best_len = name, len(pattern)
        owner[path] = best
    return owner


def repo_sources():
    return sorted(glob.glob("duk_ext/*.c", root_dir=ROOT) + glob.glob("bindings/*.c", root_dir=ROOT))


def repo_units():
    return sorted(glob.glob("testcases/unit/test_*.c", root_dir=ROOT))


def load_profile(name):
    path = os.path.join(ROOT, "configs", name + ".toml")
    if not os.path.exists(path):
        known = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "configs")) if f.endswith(".toml"))
        raise ConfigError("no profile '%s' (configs/%s.toml); known profiles: %s"
                          % (name, name, ", ".join(known)))
    with open(path, "rb") as f:
        try:
            prof = tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            raise ConfigError("configs/%s.toml: %s" % (name, e))
    unknown = set(prof) - {"description", "features", "opt", "engine", "engine_options"}
    if unknown:
        raise ConfigError("configs/%s.toml: unknown key(s) %s" % (name, ", ".join(sorted(unknown))))
    return prof


def resolve_features(name, prof):
    """The profile's feature set, after checking names and dependencies."""
    feats = prof.get("features", [])
    if feats == "all":
        return sorted(FEATURES)
    if not isinstance(feats, list):
        raise ConfigError("configs/%s.toml: features must be \"all\" or a list of names" % name)
    for f in feats:
        if f not in FEATURES:
            raise ConfigError("configs/%s.toml: unknown feature '%s'; features are: %s"
                              % (name, f, ", ".join(sorted(FEATURES))))
    for f in feats:
        for dep in FEATURES[f].get("requires", []):
            if dep not in feats:
                raise ConfigError("configs/%s.toml: feature '%s' needs feature '%s', which the "
                                  "profile leaves out: add \"%s\" to its features"
                                  % (name, f, dep, dep))
    return sorted(feats)


def engine_kind(name, prof):
    kind = prof.get("engine", "bundled")
    if kind not in ("bundled", "shared"):
        raise ConfigError("configs/%s.toml: engine must be \"bundled\" (compile Debian's duktape.c) "
                          "or \"shared\" (link -lduktape), not %r" % (name, kind))
    return kind


def engine_overrides(name, prof, kind, known_options):
    """The #define/#undef lines for the profile's engine options."""
    opts = prof.get("engine_options", {})
    if opts and kind == "shared":
        raise ConfigError("configs/%s.toml: engine options cannot be set with engine = \"shared\": "
                          "the shared libduktape was compiled with Debian's duk_config.h" % name)
    lines = []
    for opt, value in opts.items():
        if opt in REJECTED_OPTIONS:
            raise ConfigError("configs/%s.toml: engine option %s cannot be changed on Debian's "
                              "prebuilt duktape.c: %s" % (name, opt, REJECTED_OPTIONS[opt]))
        if not re.fullmatch(r"DUK_USE_[A-Z0-9_]+", opt) or opt not in known_options:
            raise ConfigError("configs/%s.toml: %s is not a Duktape 2.7 engine option "
                              "(no DUK_USE_ name in duktape.c / duk_config.h)" % (name, opt))
        if value is True:
            lines.append("#undef %s\n#define %s" % (opt, opt))
        elif value is False:
            lines.append("#undef %s" % opt)
        elif isinstance(value, (int, str)) and not isinstance(value, bool):
            lines.append("#undef %s\n#define %s %s" % (opt, opt, value))
        else:
            raise ConfigError("configs/%s.toml: %s = %r: use true, false, a number or a string"
                              % (name, opt, value))
    return lines


def known_engine_options():
    names = set()
    for fn in ("duk_config.h", "duktape.c"):
        with open(os.path.join(DUKTAPE_DIR, fn), encoding="latin-1") as f:
            names.update(re.findall(r"\bDUK_USE_[A-Z0-9_]+\b", f.read()))
    return names


def plan(name):
    """Everything the profile builds, as a dict (no files written)."""
    prof = load_profile(name)
    feats = resolve_features(name, prof)
    kind = engine_kind(name, prof)
    entries = set(feats) | {"core", "bridge" if kind == "bundled" else "bridge_public"}
    todo = [m for f in feats for m in FEATURES[f].get("uses", [])]
    while todo:
        m = todo.pop()
        if m not in entries:
            entries.add(m)
            todo.extend(MODULES[m].get("uses", []))
    src_owner = claim(repo_sources(), "src")
    unit_owner = claim(repo_units(), "units")
    unclaimed = [p for p, o in list(src_owner.items()) + list(unit_owner.items()) if o is None]
    opt = prof.get("opt", "-O2")
    if not isinstance(opt, str) or not re.fullmatch(r"-O[0-3sgz]", opt):
        raise ConfigError("configs/%s.toml: opt must be one of -O0..-O3, -Os, -Oz, -Og" % name)
    return dict(
        name=name, features=feats, engine=kind, opt=opt,
        description=prof.get("description", ""),
        sources=[p for p, o in src_owner.items() if o in entries or o is None],
        units=[p for p, o in unit_owner.items() if o in entries or o is None],
        unclaimed=unclaimed,
        overrides=engine_overrides(name, prof, kind, known_engine_options() if kind == "bundled" else set()),
    )


def write_if_changed(path, text):
    """Leaves an unchanged file alone so that make does not rebuild on it."""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def config_header(p):
    lines = ["/* duk_ext_config.h: generated by tools/configure.py from configs/%s.toml; do not edit. */"
             % p["name"],
             "#ifndef DUK_EXT_CONFIG_H", "#define DUK_EXT_CONFIG_H", "",
             "#define DUK_EXT_PROFILE \"%s\"" % p["name"],
             "/* The features of this build, as testcase metadata names them. */",
             "#define DUK_EXT_FEATURES \"%s\"" % ",".join(feature_names(p)), ""]
    for f in sorted(FEATURES):
        macro = "DUK_EXT_USE_" + f.upper()
        if f in p["features"]:
            lines.append("#define %s  /* %s */" % (macro, FEATURES[f]["doc"].replace("*/", "*")))
        else:
            lines.append("#undef %s" % macro)
    lines += ["", "/* Profiles built for size (opt -Os/-Oz) pick the generic, element-size-driven loops over",
              " * the per-type specialised ones (same results, smaller and slower). */",
              "#define DUK_EXT_OPTIMIZE_SIZE" if p["opt"] in ("-Os", "-Oz") else "#undef DUK_EXT_OPTIMIZE_SIZE"]
    lines += ["", "/* The engine: compiled in (full bridge) or Debian's shared libduktape (public API only). */",
              "#define DUK_EXT_USE_%s_ENGINE" % ("BUNDLED" if p["engine"] == "bundled" else "SHARED"),
              "", "#endif", ""]
    return "\n".join(lines)


def duk_config(p):
    with open(os.path.join(DUKTAPE_DIR, "duk_config.h"), encoding="latin-1") as f:
        text = f.read()
    marker = "/* __OVERRIDE_DEFINES__ */"
    if marker not in text:
        raise ConfigError("%s/duk_config.h has no %s marker" % (DUKTAPE_DIR, marker))
    block = "\n/* Engine options of profile %s (configs/%s.toml, tools/configure.py) */\n%s\n" % (
        p["name"], p["name"], "\n".join(p["overrides"]))
    return text.replace(marker, marker + "\n" + block, 1)


def feature_names(p):
    """The profile's features plus the pseudo-feature naming its engine bridge."""
    return list(p["features"]) + ["bridge_internal" if p["engine"] == "bundled" else "bridge_public"]


def make_fragment(p):
    feats = feature_names(p)
    return "".join([
        "# Generated by tools/configure.py from configs/%s.toml; do not edit.\n" % p["name"],
        "DX_PROFILE := %s\n" % p["name"],
        "DX_ENGINE := %s\n" % p["engine"],
        "DX_OPT := %s\n" % p["opt"],
        "DX_FEATURES := %s\n" % ",".join(feats),
        "DX_ENGINE_LIBS := %s\n" % (SHARED_LIB if p["engine"] == "shared" else ""),
        "DX_SRC := %s\n" % " ".join(p["sources"]),
        "DX_UNITS := %s\n" % " ".join(p["units"]),
    ])


def write(p, build):
    inc, eng = os.path.join(build, "include"), os.path.join(build, "engine")
    os.makedirs(inc, exist_ok=True)
    write_if_changed(os.path.join(inc, "duk_ext_config.h"), config_header(p))
    if p["engine"] == "bundled":
        os.makedirs(eng, exist_ok=True)
        write_if_changed(os.path.join(inc, "duk_config.h"), duk_config(p))
        with open(os.path.join(DUKTAPE_DIR, "duktape.h"), encoding="latin-1") as f:
            write_if_changed(os.path.join(inc, "duktape.h"), f.read())
        link = os.path.join(eng, "duktape.c")
        if not os.path.islink(link) or os.readlink(link) != os.path.join(DUKTAPE_DIR, "duktape.c"):
            if os.path.lexists(link):
                os.remove(link)
            os.symlink(os.path.join(DUKTAPE_DIR, "duktape.c"), link)
    write_if_changed(os.path.join(build, "config.mk"), make_fragment(p))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("profile")
    ap.add_argument("--build", help="build folder (default: build, or build/PROFILE)")
    ap.add_argument("--check", action="store_true", help="validate only, write nothing")
    args = ap.parse_args()
    try:
        p = plan(args.profile)
        for path in p["unclaimed"]:
            print("configure.py: warning: %s belongs to no feature: it is built into every profile; "
                  "assign it in FEATURES (tools/configure.py)" % path, file=sys.stderr)
        if not args.check:
            build = args.build or ("build" if args.profile == "full" else os.path.join("build", args.profile))
            write(p, os.path.join(ROOT, build) if not os.path.isabs(build) else build)
    except ConfigError as e:
        print("configure.py: error: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
