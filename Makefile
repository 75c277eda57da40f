SHELL := /bin/bash
# Makefile: builds libdyad, the dyad CLI, tests, fuzzers and benchmarks.
#
# A plain Makefile with pkg-config: every library comes from a Debian
# package (see `make deps`).  Sources are found by wildcard, so a new module
# is a new .c/.h pair under src/<stage>/ and needs no edit here.  Modules
# that generate code at build time (re2c scanner, tables derived from data/
# or from installed packages) add their rules in src/<stage>/module.mk.
#
#   make            library + CLI in build/
#   make test       unit and golden CLI tests, plain and under ASan+UBSan
#   make run        install deps, build, code examples/ into dyad.db
#   make fuzz       libFuzzer targets (clang-14), each run for FUZZ_SECONDS
#   make bench      throughput and memory report (never pass/fail)

# --------------------------------------------------------------- settings
PKGS      := libutf8proc jansson sqlite3 zlib
DEB_PKGS  := build-essential pkg-config libutf8proc-dev libjansson-dev \
             libsqlite3-dev zlib1g-dev libcmocka-dev re2c wordnet-base \
             festlex-poslex iso-codes clang-14 libclang-rt-14-dev sqlite3 valgrind gzip
CC        ?= cc
B         ?= build
OPT       ?= -O2
SAN       ?=
SHARED    ?= ../shared
FUZZ_SECONDS ?= 20

ifeq ($(SAN),1)
  SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer \
              -fno-sanitize-recover=undefined
  OPT      := -O1
endif

# Release build only (no SAN=1, no SANFLAGS from the fuzz target): -O2 with
# link-time optimisation for the dyad executable: ~5% fewer instructions and
# ~5% less wall time coding news, byte-identical output (-O3 cut instructions
# more but not wall time: larger code, the coder is front-end and memory
# bound).  The objects are fat (LTO
# bytecode plus ordinary code) and the archive goes through gcc-ar so its
# index covers both; unit tests link the ordinary code (-fno-lto), so their
# -Werror link never sees cross-module inlining warnings.  RELEASE_FLAGS=
# turns it off.
RELEASE_FLAGS ?= -O2 -flto=auto -ffat-lto-objects -fno-semantic-interposition -fno-plt
TEST_LTO  :=
ifeq ($(SAN)$(SANFLAGS),)
  OPT      := $(RELEASE_FLAGS)
  ifneq ($(findstring -flto,$(RELEASE_FLAGS)),)
    AR       := gcc-ar
    TEST_LTO := -fno-lto
  endif
endif

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

CFLAGS   := -std=c17 -Wall -Wextra -Werror -g $(OPT) $(SANFLAGS) $(EXTRA_CFLAGS)
CPPFLAGS := -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -Isrc \
            -I$(B)/gen $(PKG_CFLAGS)
LDFLAGS  := $(SANFLAGS) $(if $(findstring -flto,$(OPT)),$(OPT))
LDLIBS   := $(PKG_LIBS) -lpthread -lm

# ---------------------------------------------------------------- sources
LIB_SRC  := $(sort $(wildcard src/*/*.c))
GEN_SRC  :=            # generated .c files, appended by module.mk files
GEN_HDR  :=            # generated headers every object depends on
# module.mk rules below must not become the default goal
.DEFAULT_GOAL := all
-include $(sort $(wildcard src/*/module.mk))

LIB_OBJ  := $(patsubst %.c,$(B)/%.o,$(LIB_SRC)) $(patsubst %.c,%.o,$(GEN_SRC))
CLI_SRC  := $(sort $(wildcard cli/*.c))
CLI_OBJ  := $(patsubst %.c,$(B)/%.o,$(CLI_SRC))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))

LIB      := $(B)/libdyad.a
DYAD     := $(B)/dyad

.PHONY: all deps test test-plain test-san run fuzz bench clean check-deps
all: $(DYAD)

$(B)/%.o: %.c $(GEN_HDR) include/dyad.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(B)/gen/%.o: $(B)/gen/%.c $(GEN_HDR)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(DYAD): $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(B)/tests/%: tests/unit/%.c $(LIB) tests/unit/testutil.h tests/unit/eventset.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(TEST_LTO) -Itests/unit -o $@ $< $(LIB) $(LDFLAGS) $(TEST_LTO) $(LDLIBS) -lcmocka

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

# ------------------------------------------------------------ dependencies
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "deps: all installed"; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else echo "deps: missing$$missing; run as root:"; \
	  echo "  apt-get install -y$$missing"; exit 1; fi

# ------------------------------------------------------------------ tests
test-bins: $(DYAD) $(UNIT_BIN)

test:
	@$(MAKE) --no-print-directory B=build test-bins
	@$(MAKE) --no-print-directory B=build-san SAN=1 test-bins
	@tests/run.sh build build-san

test-plain: test-bins
	@tests/run.sh $(B)

# -------------------------------------------------------------------- run
run: deps
	@$(MAKE) --no-print-directory $(DYAD)
	@rm -f dyad.db
	$(DYAD) code --db dyad.db --format sentences examples/

# ------------------------------------------------------------------- fuzz
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
FUZZ_LIB_SRC := $(LIB_SRC) $(GEN_SRC)
fuzz:
	@$(MAKE) --no-print-directory B=build-fuzz CC=clang-14 \
	  SANFLAGS="-fsanitize=fuzzer-no-link,address,undefined" OPT=-O1 build-fuzz/libdyad.a
	@mkdir -p build-fuzz/fuzz
	@for f in $(FUZZ_SRC); do n=$$(basename $$f .c); \
	  clang-14 $(CPPFLAGS:-I$(B)/gen=-Ibuild-fuzz/gen) -std=c17 -g -O1 \
	    -fsanitize=fuzzer,address,undefined -o build-fuzz/fuzz/$$n $$f \
	    build-fuzz/libdyad.a $(LDLIBS) || exit 1; \
	done
	@for f in $(FUZZ_SRC); do n=$$(basename $$f .c); mkdir -p build-fuzz/corpus/$$n; \
	  echo "fuzz: $$n for $(FUZZ_SECONDS)s"; \
	  seeds=""; [ -d fuzz/seeds/$$n ] && seeds=fuzz/seeds/$$n; \
	  build-fuzz/fuzz/$$n -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -print_final_stats=1 build-fuzz/corpus/$$n $$seeds 2>&1 | \
	    grep -E 'stat::number_of_executed_units|ERROR|SUMMARY|crash' || true; \
	  test "$${PIPESTATUS[0]}" = 0 || { echo "fuzz: $$n FAILED"; exit 1; }; \
	done
	@echo "fuzz: all targets ran clean"

# ------------------------------------------------------------------ bench
bench: $(DYAD)
	@bench/run.sh $(DYAD) $(SHARED)

clean:
	rm -rf build build-san build-fuzz dyad.db

# ------------------------------------------------- default dictionaries
-include data/module.mk
