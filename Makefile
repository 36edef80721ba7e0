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
BIN := $(STAGES:%=bin/%) $(SCRIPT_CMDS:%=bin/%)

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
bin/parley-%: $$(wildcard src/parley-$$*.c src/parley-$$*/*.c src/parley-$$*/*.h) $(LIB_A) $(LIB_HDR)
	@mkdir -p bin
	@if [ -f scripts/parley-$* ]; then cp scripts/parley-$* $@; chmod +x $@; else \
	echo "$(CC) -o $@ $(filter %.c,$^)"; \
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(filter %.c,$^) $(LIB_A) $(LIBS); fi

test check: all
	scripts/run-tests

# The whole test suite again with every stage built under ASan and UBSan.
sanitize:
	$(MAKE) BUILD=build-san CC=clang \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	  LDFLAGS='-fsanitize=address,undefined' clean-bin all
	ASAN_OPTIONS=detect_leaks=1 scripts/run-tests

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
	cp $(BUILD)/man/*.1 $(DESTDIR)$(MANDIR)/

uninstall:
	for c in $(STAGES) $(SCRIPT_CMDS); do rm -f $(DESTDIR)$(BINDIR)/$$c $(DESTDIR)$(MANDIR)/$$c.1; done
	for f in lib/dict/*; do rm -f $(DESTDIR)$(DATADIR)/$${f##*/}; done

.PHONY: clean-bin
clean-bin:
	rm -f $(BIN)

clean: clean-bin
	rm -rf build build-san

# The README's first command: install what is missing, build, run the main
# job over the bundled example articles.
.PHONY: example deps
deps:
	scripts/deps
example: deps
	$(MAKE) all
	scripts/example
