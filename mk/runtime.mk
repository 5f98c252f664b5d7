# The runtimes: freestanding code (no libc) built once, position-independent.
#   src/host         the host "kernel" (raw Linux syscalls)
#   src/rt/core      what both runtimes share, with the twz_rt_* exports
#   src/rt/minimal   the static-only minimal runtime; its crt/ folder becomes crt1.o

GCC_INCLUDE := $(shell $(HOST_CC) -print-file-name=include)
UAPI := $(B)/uapi

RT_CFLAGS := -std=gnu11 -O2 -g -fPIC -ffreestanding -nostdinc -isystem $(GCC_INCLUDE) -isystem $(UAPI) \
	-Iinclude -Iinclude/compat -Wall -Wextra -Werror -fno-stack-protector -fvisibility=hidden \
	-fexceptions -fno-plt -MMD -MP

RT_MIN_SRCS := $(sort $(shell find src/host src/rt/core src/rt/minimal -path src/rt/minimal/crt -prune -o \
	\( -name '*.c' -o -name '*.S' \) -print))
CRT_SRCS := $(sort $(wildcard src/rt/minimal/crt/*.c src/rt/minimal/crt/*.S))

rt_obj = $(patsubst %,$(B)/obj/%.o,$(1))
RT_MIN_OBJS := $(call rt_obj,$(RT_MIN_SRCS))
CRT_OBJS := $(call rt_obj,$(CRT_SRCS))

# The kernel's UAPI headers alone (linux/, asm/, asm-generic/), so glibc's headers stay out of reach.
$(UAPI)/.stamp: $(B)/.deps-build
	@mkdir -p $(UAPI)
	$(Q)ln -sfn /usr/include/linux $(UAPI)/linux
	$(Q)ln -sfn /usr/include/asm-generic $(UAPI)/asm-generic
	$(Q)ln -sfn /usr/include/$(shell $(HOST_CC) -print-multiarch)/asm $(UAPI)/asm
	@touch $@

$(B)/obj/%.c.o: %.c $(UAPI)/.stamp
	@mkdir -p $(@D)
	$(call say,CC,$<)
	$(Q)$(HOST_CC) $(RT_CFLAGS) -c $< -o $@

$(B)/obj/%.S.o: %.S $(UAPI)/.stamp
	@mkdir -p $(@D)
	$(call say,AS,$<)
	$(Q)$(HOST_CC) $(RT_CFLAGS) -c $< -o $@

$(B)/lib/minimal/libtwz_rt.a: $(RT_MIN_OBJS)
	@mkdir -p $(@D)
	$(call say,AR,$@)
	$(Q)rm -f $@ && $(AR) rcsD $@ $^

$(B)/lib/minimal/crt1.o: $(CRT_OBJS)
	@mkdir -p $(@D)
	$(call say,LD,$@)
	$(Q)$(HOST_CC) -r -nostdlib $^ -o $@

# The ABI note (include/twzrt/abi.h) that twz-cc links into every program and library.
$(B)/lib/abi-note.o: src/abi/abi-note.S include/twizzler/rt/version.h include/twzrt/abi.h
	@mkdir -p $(@D)
	$(call say,AS,$<)
	$(Q)$(HOST_CC) -Iinclude -c $< -o $@

-include $(RT_MIN_OBJS:.o=.d) $(CRT_OBJS:.o=.d)
