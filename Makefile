# parley - build, test, install. Overrides go in config.mk (not in git).
-include config.mk

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/parley
MANDIR ?= $(PREFIX)/share/man/man1
CC ?= cc
CFLAGS ?= -O2 -g
BUILD ?= build
# where the commands are built (make sanitize uses another, so bin/ stays a normal build)
OUT ?= bin
PKGS = libpcre2-8 jansson

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lpcre2-8 -ljansson)
ALL_CFLAGS = -std=c11 -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE \
	-Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter \
	-Ilib $(PKG_CFLAGS) \
	-DPARLEY_VERSION='"$(VERSION)"' -DPARLEY_DATADIR_DEFAULT='"$(DATADIR)"' \
	$(CFLAGS)
ALL_LDFLAGS = $(LDFLAGS)
LIBS = $(PKG_LIBS) -lm

LIB_SRC := $(wildcard lib/*.c)
LIB_HDR := $(wildcard lib/*.h)
LIB_OBJ := $(LIB_SRC:lib/%.c=$(BUILD)/lib/%.o)
LIB_A = $(BUILD)/libparley.a

# one stage per src/parley-NAME.c, or per folder src/parley-NAME/ of .c files
STAGE_FILES := $(wildcard src/parley-*.c)
STAGE_DIRS := $(patsubst %/,%,$(wildcard src/parley-*/))
STAGES := $(STAGE_FILES:src/%.c=%) $(STAGE_DIRS:src/%=%)
# shell and jq commands, installed as they are
SCRIPT_CMDS := $(notdir $(wildcard scripts/parley-*))
BIN := $(STAGES:%=$(OUT)/%) $(SCRIPT_CMDS:%=$(OUT)/%)

.PHONY: all test check install uninstall clean sanitize man bench
all: $(BIN)

$(BUILD)/lib/%.o: lib/%.c $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIB_A): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

# src/parley-NAME.c or src/parley-NAME/*.c
.SECONDEXPANSION:
$(OUT)/parley-%: $$(wildcard src/parley-$$*.c src/parley-$$*/*.c src/parley-$$*/*.h scripts/parley-$$*) $(LIB_A) $(LIB_HDR)
	@mkdir -p $(OUT)
	@if [ -f scripts/parley-$* ]; then cp scripts/parley-$* $@; chmod +x $@; else \
	echo "$(CC) -o $@ $(filter %.c,$^)"; \
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(filter %.c,$^) $(LIB_A) $(LIBS); fi

test check: all
	scripts/run-tests

# The whole test suite again with every stage built under ASan and UBSan.
# Reports also go to build-san/log/: any there fails make, even one from a
# stage whose test expected it to fail.
sanitize:
	$(MAKE) BUILD=build-san OUT=build-san/bin CC=clang \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	  LDFLAGS='-fsanitize=address,undefined' all
	@rm -rf build-san/log && mkdir -p build-san/log
	@status=0; PARLEY_BIN=$(CURDIR)/build-san/bin PARLEY_DATADIR=$(CURDIR)/lib/dict \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:log_path=$(CURDIR)/build-san/log/asan \
	  UBSAN_OPTIONS=print_stacktrace=1:log_path=$(CURDIR)/build-san/log/ubsan \
	  scripts/run-tests || status=$$?; \
	if [ -n "$$(ls build-san/log)" ]; then cat build-san/log/*; \
	  echo "sanitize: sanitizer reports above (build-san/log/)"; status=1; fi; \
	exit $$status

bench: all
	scripts/bench

man: all
	@mkdir -p $(BUILD)/man
	@for c in $(STAGES) $(SCRIPT_CMDS); do \
	  help2man --no-info --no-discard-stderr --version-string=$(VERSION) \
	    -n "$$c, part of parley" -o $(BUILD)/man/$$c.1 ./bin/$$c || exit 1; \
	done

install: all man
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)
	for c in $(STAGES) $(SCRIPT_CMDS); do cp bin/$$c $(DESTDIR)$(BINDIR)/$$c; chmod 755 $(DESTDIR)$(BINDIR)/$$c; done
	cp lib/dict/* $(DESTDIR)$(DATADIR)/
	mkdir -p $(DESTDIR)$(DATADIR)/report
	cp lib/report/* $(DESTDIR)$(DATADIR)/report/
	cp $(BUILD)/man/*.1 $(DESTDIR)$(MANDIR)/

uninstall:
	for c in $(STAGES) $(SCRIPT_CMDS); do rm -f $(DESTDIR)$(BINDIR)/$$c $(DESTDIR)$(MANDIR)/$$c.1; done
	for f in lib/dict/*; do rm -f $(DESTDIR)$(DATADIR)/$${f##*/}; done
	for f in lib/report/*; do rm -f $(DESTDIR)$(DATADIR)/report/$${f##*/}; done

.PHONY: clean-bin
clean-bin:
	rm -f $(BIN)

clean: clean-bin
	rm -rf build build-san build-fuzz build-clang

# The README's first command: install what is missing, build, run the main
# job over the bundled example articles.
.PHONY: example deps
deps:
	scripts/deps
example: deps
	$(MAKE) all
	scripts/example

# libFuzzer targets: tests/fuzz/fuzz-NAME.c or fuzz-NAME-PART.c, linked
# with lib/ and, when src/parley-NAME/ exists, that stage's core (its .c
# files but main.c): fuzz-actors-dict links src/parley-actors/.
# make fuzz FUZZ_SECONDS=N runs each for N seconds on the seed corpus
# tests/fuzz/corpus/NAME/ (a crash is saved in build-fuzz/ and fails make).
FUZZ_SECONDS ?= 60
FUZZ_SRC := $(wildcard tests/fuzz/fuzz-*.c)
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=build-fuzz/%)
FUZZ_CFLAGS = -std=c11 -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -g -O1 -Ilib $(PKG_CFLAGS) \
	-DPARLEY_VERSION='"$(VERSION)"' -DPARLEY_DATADIR_DEFAULT='"$(DATADIR)"' \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
.PHONY: fuzz fuzz-build
fuzz-build: $(FUZZ_BIN)
fuzz_stage = src/parley-$(firstword $(subst -, ,$(1)))
build-fuzz/fuzz-%: tests/fuzz/fuzz-%.c $(LIB_SRC) $(LIB_HDR) $$(filter-out %/main.c,$$(wildcard $$(call fuzz_stage,$$*)/*.c $$(call fuzz_stage,$$*)/*.h))
	@mkdir -p build-fuzz
	clang $(FUZZ_CFLAGS) -I$(call fuzz_stage,$*) -o $@ $< $(LIB_SRC) $(filter-out %/main.c,$(wildcard $(call fuzz_stage,$*)/*.c)) $(LIBS)
fuzz: fuzz-build
	@for f in $(FUZZ_BIN); do \
	  name=$${f#build-fuzz/fuzz-}; corpus=build-fuzz/corpus-$$name; \
	  mkdir -p $$corpus; \
	  if [ -d tests/fuzz/corpus/$$name ]; then cp tests/fuzz/corpus/$$name/* $$corpus/ 2>/dev/null || true; fi; \
	  echo "fuzz: $$name for $(FUZZ_SECONDS) s"; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -close_fd_mask=3 -timeout=10 -rss_limit_mb=4096 \
	    -artifact_prefix=build-fuzz/$$name- $$corpus || exit 1; \
	done
