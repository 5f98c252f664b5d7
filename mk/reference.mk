# The reference runtime: libtwz_rt.so, which is both the dynamic loader of every reference-runtime program
# (its PT_INTERP) and the library their twz_rt_* references bind to.
#   $(B)/lib/reference/libtwz_rt.so   the same PIC objects of src/host and src/rt/core as the minimal
#                                      archive, plus src/rt/reference/** (but crt/)
#   $(B)/lib/reference/start.o        linked beside the shared crt1.o into every dynamic program
# Tests: tests/ld/*.sh (shell tests, run by `make test` like every tests/*/*.sh).

RT_REF_SRCS := $(sort $(shell find src/rt/reference -path src/rt/reference/crt -prune -o \
	\( -name '*.c' -o -name '*.S' \) -print))
RT_CORE_SRCS := $(filter-out src/rt/minimal/%,$(RT_MIN_SRCS))
RT_REF_OBJS := $(call rt_obj,$(RT_CORE_SRCS) $(RT_REF_SRCS))
RT_REF_START_OBJ := $(call rt_obj,src/rt/reference/crt/start.c)
RT_REF_MAP := src/rt/reference/exports.map

# -Bsymbolic: the runtime binds to itself (its own relocations are then all RELATIVE, which is what its
# self-relocation handles); -z now, relro: eager binding and a read-only GOT, like every program.
RT_REF_LDFLAGS := -shared -nostdlib -Wl,-Bsymbolic -Wl,-z,now -Wl,-z,relro -Wl,--no-undefined \
	-Wl,-soname,libtwz_rt.so -Wl,-e,_twz_rt_start -Wl,--version-script=$(RT_REF_MAP) -Wl,-z,noexecstack \
	-Wl,--hash-style=both

$(B)/lib/reference/libtwz_rt.so: $(RT_REF_OBJS) $(B)/lib/abi-note.o $(RT_REF_MAP)
	@mkdir -p $(@D)
	$(call say,LD,$@)
	$(Q)$(HOST_CC) $(RT_REF_LDFLAGS) $(RT_REF_OBJS) $(B)/lib/abi-note.o -lgcc -o $@

$(B)/lib/reference/start.o: $(RT_REF_START_OBJ)
	@mkdir -p $(@D)
	$(Q)cp $< $@

RT_REF_PARTS := $(B)/lib/reference/libtwz_rt.so $(B)/lib/reference/start.o
# scripts/install-toolchain.sh installs them into lib/twzrt/reference/ when they exist.
$(TREE_TOOLCHAIN)/.stamp: $(RT_REF_PARTS)
install: $(RT_REF_PARTS)
reference: $(RT_REF_PARTS)
.PHONY: reference

-include $(RT_REF_OBJS:.o=.d) $(RT_REF_START_OBJ:.o=.d)
