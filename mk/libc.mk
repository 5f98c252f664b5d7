# The C library: newlib (Debian's newlib-source, built here unmodified apart from the sys/config.h block
# in src/libc/newlib/config-twzrt.h) plus our OS layer (src/libc/sysdeps) and POSIX threads
# (src/libc/pthread), which reach the system only through the runtime ABI.
#   $(B)/newlib/          newlib unpacked, configured, built and installed (rebuilt when its inputs change)
#   $(B)/lib/libc.a       newlib's libc.a with our objects replacing its OS pieces and its slowest string
#                         functions (merge-libc.sh)
#   $(B)/lib/libm.a       newlib's libm.a
#   $(B)/lib/reference/libc.so   the reference runtime's C library: the same objects as libc.a and libm.a,
#                         shared by a program and all its libraries (make-libc-so.sh says what is left out)
#   $(B)/lib/reference/libm.a    empty: libm is inside libc.so, -lm still links
# Tests: tests/libc/NAME.c, built twice (LIBC_TEST_BINS, run by `make test`): tests/libc/NAME with
# twz-cc --runtime=minimal -static (libc.a), tests/libc-ref/NAME with twz-cc --runtime=reference (libc.so).

NEWLIB_TARBALL := /usr/src/newlib/newlib-3.3.0.tar.xz
NEWLIB_OUT := $(B)/newlib
NEWLIB_INC := $(NEWLIB_OUT)/install/x86_64-elf/include
NEWLIB_LIB := $(NEWLIB_OUT)/install/x86_64-elf/lib

$(NEWLIB_OUT)/.stamp: src/libc/newlib/build-newlib.sh src/libc/newlib/config-twzrt.h $(B)/.deps-build \
		$(wildcard $(NEWLIB_TARBALL))
	@echo "building newlib (about a minute) into $(NEWLIB_OUT)"
	src/libc/newlib/build-newlib.sh $(NEWLIB_TARBALL) $(NEWLIB_OUT) $(HOST_CC)
	@touch $@

LIBC_SRCS := $(sort $(wildcard src/libc/sysdeps/*.c src/libc/pthread/*.c src/libc/string/*.c))
LIBC_OBJS := $(patsubst %,$(B)/libc-obj/%.o,$(LIBC_SRCS))
LIBC_HDRS := $(shell find src/libc/include -name '*.h')

# Our overrides first, then newlib's headers, then the ABI's; gcc's own (stddef.h, ...) last. No loop
# idiom recognition: memcpy must not become a call to memcpy.
LIBC_CFLAGS := -std=gnu11 -O2 -g -fPIC -nostdinc -isystem src/libc/include -isystem $(NEWLIB_INC) \
	-isystem include -isystem $(GCC_INCLUDE) -D_GNU_SOURCE -Wall -Wextra -Werror -fno-stack-protector \
	-ffunction-sections -fdata-sections -fno-tree-loop-distribute-patterns -MMD -MP

$(B)/libc-obj/%.c.o: %.c $(NEWLIB_OUT)/.stamp
	@mkdir -p $(@D)
	$(HOST_CC) $(LIBC_CFLAGS) -c $< -o $@

$(B)/lib/libc.a: $(NEWLIB_OUT)/.stamp $(LIBC_OBJS) src/libc/newlib/merge-libc.sh src/libc/newlib/drop.list \
		src/libc/newlib/undefined.list
	@mkdir -p $(@D)
	src/libc/newlib/merge-libc.sh $(NEWLIB_LIB)/libc.a $@ $(LIBC_OBJS)

$(B)/lib/libm.a: $(NEWLIB_OUT)/.stamp
	@mkdir -p $(@D)
	cp $(NEWLIB_LIB)/libm.a $@

$(B)/lib/reference/libc.so: $(B)/lib/libc.a $(B)/lib/libm.a $(B)/lib/abi-note.o \
		$(B)/lib/reference/libtwz_rt.so src/libc/newlib/make-libc-so.sh
	@mkdir -p $(@D)
	$(call say,LD,$@)
	$(Q)src/libc/newlib/make-libc-so.sh $(B)/lib/libc.a $(B)/lib/libm.a $(B)/lib/abi-note.o \
		$(B)/lib/reference/libtwz_rt.so $@ $(HOST_CC)

$(B)/lib/reference/libm.a:
	@mkdir -p $(@D)
	$(Q)printf '!<arch>\n' >$@

LIBC_PARTS := $(B)/lib/libc.a $(B)/lib/libm.a $(B)/lib/reference/libc.so $(B)/lib/reference/libm.a \
	$(LIBC_HDRS)

# scripts/install-toolchain.sh installs the C library when $(B)/lib/libc.a exists (libc.so and the empty
# libm.a beside libtwz_rt.so when those exist).
$(TREE_TOOLCHAIN)/.stamp: $(LIBC_PARTS)
install: $(LIBC_PARTS)
libc: $(LIBC_PARTS)

# Tests: one program per area, exit 0 pass / 77 skip / else fail (tests/run.sh).
LIBC_TESTS := $(sort $(wildcard tests/libc/*.c))
LIBC_TEST_BINS := $(patsubst tests/libc/%.c,$(B)/tests/libc/%,$(LIBC_TESTS)) \
	$(patsubst tests/libc/%.c,$(B)/tests/libc-ref/%,$(LIBC_TESTS))
LIBC_TEST_CFLAGS = -O2 -g -Wall -Wextra -Werror -Itests/libc $< $(call sidecar,$<) -o $@

$(B)/tests/libc/%: tests/libc/%.c $(wildcard tests/libc/*.h) $(TOOLCHAIN_DEP) | abi-check
	@mkdir -p $(@D)
	$(call say,TWZ-CC,$<)
	$(Q)$(TWZ_CC) --runtime=minimal -static $(LIBC_TEST_CFLAGS)

$(B)/tests/libc-ref/%: tests/libc/%.c $(wildcard tests/libc/*.h) $(TOOLCHAIN_DEP) | abi-check
	@mkdir -p $(@D)
	$(call say,TWZ-CC-R,$<)
	$(Q)$(TWZ_CC) --runtime=reference $(LIBC_TEST_CFLAGS)

-include $(LIBC_OBJS:.o=.d)

.PHONY: libc
