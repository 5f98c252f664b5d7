# twzrt: one non-recursive GNU make build for the whole tree.
#
#   make            build the toolchain into build/toolchain (twz-cc, headers, runtime, twz tool)
#   make run        the main job: build the examples with the toolchain and run them
#   make test       build and run every test; ends with "N passed, N failed, N skipped"
#   make bench      benchmarks against their baselines (glibc, musl, ...), one line each
#   make install    install the toolchain into $(DESTDIR)$(PREFIX)
#   make clean
#
# Programs (examples, tests, benchmarks) are built with a toolchain: the one built here by default, or an
# installed one given as TOOLCHAIN=DIR (a `make install` PREFIX). Its ABI version is checked against this
# tree's include/twizzler/rt/version.h before anything is compiled with it.

.SUFFIXES:
.DELETE_ON_ERROR:
SHELL := /bin/bash

B ?= build
PREFIX ?= /usr/local
DESTDIR ?=
HOST_CC ?= gcc
AR ?= ar
T ?=
# V=1 prints every command; by default one short line per step.
ifeq ($(V),1)
Q :=
say = @true
else
Q := @
say = @printf '  %-8s %s\n' $(1) $(2)
endif

SRC := $(CURDIR)
TREE_TOOLCHAIN := $(B)/toolchain
TOOLCHAIN ?= $(TREE_TOOLCHAIN)
TWZ_CC := $(abspath $(TOOLCHAIN))/bin/twz-cc

all: toolchain

include mk/deps.mk
include mk/runtime.mk
include mk/reference.mk
include mk/tools.mk
include mk/toolchain.mk
include mk/programs.mk
include mk/libc.mk
include mk/tests.mk

clean:
	rm -rf $(B)

.PHONY: all clean
