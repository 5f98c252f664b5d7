# The C library: newlib (Debian's newlib-source, built here unmodified apart from the sys/config.h block
# in src/libc/newlib/config-twzrt.h) plus our OS layer (src/libc/sysdeps) and POSIX threads
# (src/libc/pthread), which reach the system only through the runtime ABI.
#   $(B)/newlib/          newlib unpacked, configured, built and installed (rebuilt when its inputs change)
#   $(B)/lib/libc.a       newlib's libc.a with our objects replacing its OS pieces and its slowest string
#                         functions (merge-libc.sh)
#   $(B)/lib/libm.a       newlib's libm.a
# Tests: tests/libc/NAME.c, built with twz-cc --runtime=minimal -static (LIBC_TEST_BINS, run by `make test`).

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

LIBC_PARTS := $(B)/lib/libc.a $(B)/lib/libm.a $(LIBC_HDRS)

# scripts/install-toolchain.sh installs the C library when $(B)/lib/libc.a exists.
$(TREE_TOOLCHAIN)/.stamp: $(LIBC_PARTS)
install: $(LIBC_PARTS)
libc: $(B)/lib/libc.a $(B)/lib/libm.a

# Tests: one program per area, exit 0 pass / 77 skip / else fail (tests/run.sh).
LIBC_TESTS := $(sort $(wildcard tests/libc/*.c))
LIBC_TEST_BINS := $(patsubst tests/libc/%.c,$(B)/tests/libc/%,$(LIBC_TESTS))

$(B)/tests/libc/%: tests/libc/%.c $(wildcard tests/libc/*.h) $(TOOLCHAIN_DEP) | abi-check
	@mkdir -p $(@D)
	$(TWZ_CC) --runtime=minimal -static -O2 -g -Wall -Wextra -Werror -Itests/libc $< \
		$(call sidecar,$<) -o $@

-include $(LIBC_OBJS:.o=.d)

.PHONY: libc
