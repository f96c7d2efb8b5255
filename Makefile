# duk_ext build.  `make` builds build/dukext and build/libduk_ext.a; `make check`
# runs the Check unit tests and the ECMAScript testcases; `make check-asan` runs
# them again under AddressSanitizer + UndefinedBehaviorSanitizer; `make run`
# runs a demo.  The engine is Debian's duktape.c (package duktape-dev), compiled
# inside bindings/engine_bridge.c.
#
# Profiles (configs/NAME.toml) select features and engine options:
# `make PROFILE=iot` builds into build/iot/ (the default profile `full` builds
# into build/), `make check PROFILE=iot` runs the tests that apply to it,
# `make check-profiles` builds and tests every profile.  tools/configure.py
# turns the profile into BUILD/config.mk (sources, features, flags) and the
# generated headers in BUILD/include/.  `make install PREFIX=...` installs
# the headers, the library and duk_ext.pc; `make footprint` prints the sizes.

PROFILE     ?= full
BUILD       ?= $(if $(filter full,$(PROFILE)),build,build/$(PROFILE))
DUKTAPE_DIR ?= /usr/share/duktape
CC          ?= cc
SANITIZE    ?=
PYTHON      ?= python3
PREFIX      ?= /usr/local

# Goals that need no profile configuration.
NO_CONFIG_GOALS := clean deps check-profiles check-cross footprint
ifneq ($(filter-out $(NO_CONFIG_GOALS),$(or $(MAKECMDGOALS),all)),)
include $(BUILD)/config.mk
endif
OPT ?= $(DX_OPT)

WARN     := -std=c99 -Wall -Wextra -Werror
CPPFLAGS := -Iduk_ext -Ibindings -I$(BUILD)/include -I$(BUILD)/engine
CFLAGS    = $(WARN) $(OPT) $(SANITIZE) -MMD -MP
LDLIBS    = $(DX_ENGINE_LIBS) -lm

READLINE_H := $(wildcard /usr/include/readline/readline.h)
ifneq ($(READLINE_H),)
CLI_FLAGS := -DDX_HAVE_READLINE
CLI_LIBS  := -lreadline
endif

CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null || echo -lcheck -lsubunit -lrt -pthread)

LIB_OBJ  := $(patsubst %.c,$(BUILD)/obj/%.o,$(DX_SRC))
UNIT_BIN := $(patsubst testcases/unit/%.c,$(BUILD)/unit/%,$(DX_UNITS))
PUBLIC_H := $(wildcard duk_ext/duk_ext*.h)
DEPS_OK  := $(BUILD)/.deps-ok
PROFILES := $(basename $(notdir $(wildcard configs/*.toml)))

.PHONY: all deps check check-unit check-js check-cli check-config check-install check-asan \
        check-cross check-valgrind check-profiles fuzz fuzz-lib footprint install run clean
all: $(BUILD)/dukext $(BUILD)/libduk_ext.a $(BUILD)/include/duk_ext.h

# Installs what the build and tests need on a fresh Debian machine when run as
# root; otherwise names the missing packages and stops.
$(DEPS_OK):
	@missing=""; \
	[ -f $(DUKTAPE_DIR)/duktape.c ] || missing="$$missing duktape-dev"; \
	[ -f /usr/include/check.h ] || missing="$$missing check"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	command -v $(PYTHON) >/dev/null 2>&1 || missing="$$missing python3"; \
	command -v duk >/dev/null 2>&1 || missing="$$missing duktape"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing || exit 1; \
	  else \
	    echo "duk_ext needs these Debian packages:$$missing"; \
	    echo "Install them with: sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi
	@grep -q 'define DUK_VERSION *20700L' $(DUKTAPE_DIR)/duktape.h || \
	  { echo "duk_ext needs Duktape 2.7.0 in $(DUKTAPE_DIR) (DUK_VERSION 20700)"; exit 1; }
	@mkdir -p $(BUILD) && touch $@
deps: $(DEPS_OK)

# The profile's configuration; rerun when the profile, the feature table or
# the set of source files changes (adding a file changes its folder).
$(BUILD)/config.mk: $(wildcard configs/$(PROFILE).toml) tools/configure.py duk_ext bindings testcases/unit | $(DEPS_OK)
	$(PYTHON) tools/configure.py --build $(BUILD) $(PROFILE)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/libduk_ext.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/include/duk_ext.h: $(PUBLIC_H)
	@mkdir -p $(dir $@)
	cp $(PUBLIC_H) $(dir $@)

$(BUILD)/dukext: tools/dukext/dukext.c $(BUILD)/libduk_ext.a $(BUILD)/include/duk_ext.h
	$(CC) $(CPPFLAGS) $(CFLAGS) $(CLI_FLAGS) $(LDFLAGS) $< $(BUILD)/libduk_ext.a $(LDLIBS) $(CLI_LIBS) -o $@

# Each testcases/unit/test_*.c is one Check program with its own main().
$(BUILD)/unit/%: testcases/unit/%.c $(BUILD)/libduk_ext.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $< $(BUILD)/libduk_ext.a $(CHECK_LIBS) $(LDLIBS) -o $@

check-unit: $(UNIT_BIN)
	@for t in $(UNIT_BIN); do echo "== $$t"; $$t || exit 1; done

# Testcases whose metadata names a feature this profile lacks are skipped.
check-js: $(BUILD)/dukext
	$(PYTHON) tools/runtests.py --dukext $(BUILD)/dukext --features $(DX_FEATURES) testcases

# The command line itself, and stock Duktape behaviour compared live with `duk`.
check-cli: $(BUILD)/dukext
	$(PYTHON) tools/test_cli.py $(BUILD)/dukext
	$(PYTHON) tools/test_regressions.py $(BUILD)/dukext testcases/regress

# Profiles and the feature table are consistent; every file belongs to a feature.
check-config:
	$(PYTHON) tools/test_configure.py

# Installs into a temporary prefix and builds tools/example_host/host.c with
# `cc host.c $(pkg-config --cflags --libs duk_ext)`.
check-install: all
	$(PYTHON) tools/test_install.py --profile $(PROFILE) --build $(BUILD)

check: check-unit check-js check-cli check-config check-install
# The benchmark smoke run and the differential test need every feature.
ifeq ($(PROFILE),full)
check: bench-smoke check-difftest
endif

# The testcases on a big-endian (s390x) and a 32-bit (i686) build under qemu-user.
check-cross:
	$(PYTHON) tools/cross_check.py

# The testcases under valgrind memcheck (errors or definite leaks fail a test).
check-valgrind: $(BUILD)/dukext
	$(PYTHON) tools/runtests.py -j 2 --dukext $(BUILD)/dukext --features $(DX_FEATURES) \
	  --exec-prefix "valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite" testcases

# libFuzzer harnesses (testcases/fuzz/fuzz_*.c) under ASan + UBSan with clang,
# each run for FUZZ_SECONDS from its committed seed corpus.  clang's
# pointer-overflow check is off: Duktape's own property lookup computes
# NULL + 0 on every empty object (ASan still catches any real out-of-bounds).
FUZZ_SECONDS ?= 60
FUZZ_SRC     := $(wildcard testcases/fuzz/fuzz_*.c)
FUZZ_BIN     := $(patsubst testcases/fuzz/%.c,build-fuzz/%,$(FUZZ_SRC))
fuzz-lib: | $(DEPS_OK)
	@command -v clang >/dev/null 2>&1 && [ -n "$$(clang -print-file-name=libclang_rt.fuzzer-x86_64.a | grep /)" ] || \
	  { if [ "$$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev; \
	    else echo "make fuzz needs: sudo apt-get install -y clang libclang-rt-14-dev"; exit 1; fi; }
	$(MAKE) BUILD=build-fuzz/lib CC=clang OPT="-O1 -g" \
	  SANITIZE="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=pointer-overflow -fno-sanitize-recover=all" \
	  build-fuzz/lib/libduk_ext.a
build-fuzz/fuzz_%: testcases/fuzz/fuzz_%.c fuzz-lib
	clang $(subst $(BUILD)/,build-fuzz/lib/,$(CPPFLAGS)) $(WARN) -O1 -g -fsanitize=fuzzer,address,undefined \
	  -fno-sanitize-recover=all $< build-fuzz/lib/libduk_ext.a -lm -o $@
fuzz: $(FUZZ_BIN)
	@for h in $(FUZZ_BIN); do \
	  name=$${h#build-fuzz/fuzz_}; mkdir -p build-fuzz/corpus/$$name; \
	  echo "== $$h ($(FUZZ_SECONDS) s)"; \
	  if ! $$h -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 build-fuzz/corpus/$$name \
	      testcases/fuzz/corpus/$$name > build-fuzz/$$name.log 2>&1; then \
	    tail -40 build-fuzz/$$name.log; exit 1; \
	  fi; \
	  grep -E "^(stat::number_of_executed_units|stat::peak_rss)|DONE" build-fuzz/$$name.log; \
	done

check-asan:
	$(MAKE) BUILD=$(BUILD)-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=all" check-unit check-js check-cli

check-profiles:
	@for p in $(PROFILES); do \
	  echo "==== profile $$p"; \
	  $(MAKE) --no-print-directory PROFILE=$$p check-unit check-js check-cli check-install || exit 1; \
	done

footprint:
	$(PYTHON) tools/footprint.py

install: all
	install -d $(DESTDIR)$(PREFIX)/include/duk_ext $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/bin
	install -m 644 $(BUILD)/include/*.h $(DESTDIR)$(PREFIX)/include/duk_ext/
	install -m 644 $(BUILD)/libduk_ext.a $(DESTDIR)$(PREFIX)/lib/
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@PROFILE@|$(DX_PROFILE)|' -e 's|@ENGINE_LIBS@|$(DX_ENGINE_LIBS)|' \
	    -e 's|@VERSION@|$(shell sed -n 's/.*DUK_EXT_VERSION "\(.*\)"/\1/p' duk_ext/duk_ext.h)|' \
	    tools/duk_ext.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/duk_ext.pc
	install -m 755 $(BUILD)/dukext $(DESTDIR)$(PREFIX)/bin/

run: $(BUILD)/dukext
	$(BUILD)/dukext tools/demo.js

clean:
	rm -rf build build-asan build-s390x build-i686 build-fuzz

-include $(LIB_OBJ:.o=.d) $(UNIT_BIN:=.d)

# Benchmarks (tools/bench.py): `make bench` is the full run (it installs npm core-js, buffer and
# node v26 into git-ignored folders, and writes BENCHMARKS.md and bench-ratios.svg);
# `make bench-smoke` is a short run (< 60 s) that needs neither npm nor node.
.PHONY: bench bench-smoke
bench: $(BUILD)/dukext
	$(PYTHON) tools/bench.py --dukext $(BUILD)/dukext --build $(BUILD) --callgrind --write

bench-smoke: $(BUILD)/dukext
	$(PYTHON) tools/bench.py --dukext $(BUILD)/dukext --build $(BUILD) --smoke

# Differential test against node v26 (tools/difftest.py): a seeded short run
# is part of `make check`; it skips with a message when node v26 cannot be
# installed.  The full run: make difftest-full (100,000 operations).
DIFFTEST_OPS  ?= 2000
DIFFTEST_SEED ?= 7
.PHONY: check-difftest difftest-full
check-difftest: $(BUILD)/dukext
	$(PYTHON) tools/difftest.py --quiet --ops $(DIFFTEST_OPS) --seed $(DIFFTEST_SEED) \
	  --dukext $(BUILD)/dukext --out $(BUILD)/difftest
difftest-full: $(BUILD)/dukext
	$(PYTHON) tools/difftest.py --ops 100000 --seed 1 --dukext $(BUILD)/dukext --out $(BUILD)/difftest
