# duk_ext build.  `make` builds build/dukext and build/libduk_ext.a; `make check`
# runs the Check unit tests and the ECMAScript testcases; `make check-asan` runs
# them again under AddressSanitizer + UndefinedBehaviorSanitizer; `make run`
# runs a demo.  The engine is Debian's duktape.c (package duktape-dev), compiled
# inside bindings/engine_bridge.c.

BUILD       ?= build
DUKTAPE_DIR ?= /usr/share/duktape
CC          ?= cc
OPT         ?= -O2
SANITIZE    ?=
PYTHON      ?= python3

WARN     := -std=c99 -Wall -Wextra -Werror
CPPFLAGS := -Iduk_ext -Ibindings -I$(DUKTAPE_DIR)
CFLAGS   := $(WARN) $(OPT) $(SANITIZE) -MMD -MP
LDLIBS   := -lm

READLINE_H := $(wildcard /usr/include/readline/readline.h)
ifneq ($(READLINE_H),)
CLI_FLAGS := -DDX_HAVE_READLINE
CLI_LIBS  := -lreadline
endif

CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null || echo -lcheck -lsubunit -lrt -pthread)

CORE_SRC    := $(wildcard duk_ext/*.c)
BINDING_SRC := $(wildcard bindings/*.c)
LIB_OBJ     := $(patsubst %.c,$(BUILD)/obj/%.o,$(CORE_SRC) $(BINDING_SRC))
UNIT_SRC    := $(wildcard testcases/unit/test_*.c)
UNIT_BIN    := $(patsubst testcases/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRC))
DEPS_OK     := $(BUILD)/.deps-ok

.PHONY: all deps check check-unit check-js check-cli check-asan check-cross check-valgrind fuzz fuzz-lib run clean
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

$(BUILD)/obj/%.o: %.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/libduk_ext.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/include/duk_ext.h: duk_ext/duk_ext.h | $(DEPS_OK)
	@mkdir -p $(dir $@)
	cp duk_ext/duk_ext.h $(DUKTAPE_DIR)/duktape.h $(DUKTAPE_DIR)/duk_config.h $(dir $@)

$(BUILD)/dukext: tools/dukext/dukext.c $(BUILD)/libduk_ext.a
	$(CC) $(CPPFLAGS) $(CFLAGS) $(CLI_FLAGS) $(LDFLAGS) $< $(BUILD)/libduk_ext.a $(LDLIBS) $(CLI_LIBS) -o $@

# Each testcases/unit/test_*.c is one Check program with its own main().
$(BUILD)/unit/%: testcases/unit/%.c $(BUILD)/libduk_ext.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $< $(BUILD)/libduk_ext.a $(CHECK_LIBS) $(LDLIBS) -o $@

check-unit: $(UNIT_BIN)
	@for t in $(UNIT_BIN); do echo "== $$t"; $$t || exit 1; done

check-js: $(BUILD)/dukext
	$(PYTHON) tools/runtests.py --dukext $(BUILD)/dukext testcases

# The command line itself, and stock Duktape behaviour compared live with `duk`.
check-cli: $(BUILD)/dukext
	$(PYTHON) tools/test_cli.py $(BUILD)/dukext
	$(PYTHON) tools/test_regressions.py $(BUILD)/dukext testcases/regress

check: check-unit check-js check-cli

# The testcases on a big-endian (s390x) and a 32-bit (i686) build under qemu-user.
check-cross:
	$(PYTHON) tools/cross_check.py

# The testcases under valgrind memcheck (errors or definite leaks fail a test).
check-valgrind: $(BUILD)/dukext
	$(PYTHON) tools/runtests.py -j 2 --dukext $(BUILD)/dukext \
	  --exec-prefix "valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite" testcases

# libFuzzer harnesses (testcases/fuzz/fuzz_*.c) under ASan + UBSan with clang,
# each run for FUZZ_SECONDS from its committed seed corpus.
FUZZ_SECONDS ?= 60
FUZZ_SRC     := $(wildcard testcases/fuzz/fuzz_*.c)
FUZZ_BIN     := $(patsubst testcases/fuzz/%.c,build-fuzz/%,$(FUZZ_SRC))
fuzz-lib: | $(DEPS_OK)
	$(MAKE) BUILD=build-fuzz/lib CC=clang OPT="-O1 -g" \
	  SANITIZE="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all" build-fuzz/lib/libduk_ext.a
build-fuzz/fuzz_%: testcases/fuzz/fuzz_%.c fuzz-lib
	clang $(CPPFLAGS) $(WARN) -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	  $< build-fuzz/lib/libduk_ext.a -lm -o $@
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
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=all" check

run: $(BUILD)/dukext
	$(BUILD)/dukext tools/demo.js

clean:
	rm -rf build build-asan build-s390x build-i686 build-fuzz

-include $(LIB_OBJ:.o=.d) $(UNIT_BIN:=.d)
