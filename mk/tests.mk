# Tests and benchmarks.
#   tests/rt/NAME.c      runtime tests, built with twz-cc (minimal runtime, static)
#   tests/unit/NAME.c    ordinary host code under AddressSanitizer/UBSan (host gcc, glibc)
#   tests/*/NAME.sh      shell tests
# A sidecar NAME.flags adds compiler arguments (extra sources, relative to the source root;
# -fno-sanitize=all to run without sanitizers, ...).
# `make test T=word` runs only the tests whose name contains word.

RT_TESTS := $(sort $(wildcard tests/rt/*.c))
UNIT_TESTS := $(sort $(wildcard tests/unit/*.c))
SH_TESTS := $(sort $(wildcard tests/*/*.sh))
TEST_LIB_HDRS := $(wildcard tests/lib/*.h)

RT_TEST_BINS := $(patsubst tests/rt/%.c,$(B)/tests/rt/%,$(RT_TESTS))
UNIT_TEST_BINS := $(patsubst tests/unit/%.c,$(B)/tests/unit/%,$(UNIT_TESTS))

UNIT_CFLAGS := -std=gnu11 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=undefined -Wall -Wextra -Werror -Iinclude -Isrc -Itests/lib

sidecar = $(shell cat $(basename $(1)).flags 2>/dev/null)

$(B)/tests/rt/%: tests/rt/%.c $(TEST_LIB_HDRS) $(TOOLCHAIN_DEP) | abi-check
	@mkdir -p $(@D)
	$(call say,TWZ-CC,$<)
	$(Q)$(TWZ_CC) --runtime=minimal -static -O2 -g -Wall -Wextra -Werror -Itests/lib $< \
		$(call sidecar,$<) -o $@

$(B)/tests/unit/%: tests/unit/%.c $(TEST_LIB_HDRS) $(B)/.deps-build
	@mkdir -p $(@D)
	$(call say,CC-ASAN,$<)
	$(Q)$(HOST_CC) $(UNIT_CFLAGS) $< $(call sidecar,$<) -o $@ -lpthread

ALL_TESTS := $(RT_TEST_BINS) $(UNIT_TEST_BINS) $(SH_TESTS) $(LIBC_TEST_BINS)
# T matches the test's path below the build folder (tests/rt/alloc_basic, tests/ld/dlopen.sh, ...).
SELECTED_TESTS := $(if $(T),$(foreach t,$(ALL_TESTS),$(if $(findstring $(T),$(patsubst $(B)/%,%,$(t))),$(t))),$(ALL_TESTS))

# A test that fails to build is reported by the runner as failed; it does not stop the others.
test: $(B)/.deps-test $(B)/bin/twz $(TOOLCHAIN_DEP) | abi-check
	@$(MAKE) --no-print-directory -k $(filter $(B)/%,$(SELECTED_TESTS)) || \
		echo "twzrt: some tests did not build; they are reported as failed below" >&2
	@TWZ_SRC=$(SRC) TWZ_BUILD=$(abspath $(B)) TWZ_TOOLCHAIN=$(abspath $(TOOLCHAIN)) TWZ_CC=$(TWZ_CC) \
		tests/run.sh $(SELECTED_TESTS)

BENCHES := $(sort $(wildcard bench/*.sh))
bench: $(B)/.deps-bench $(TOOLCHAIN_DEP) | abi-check
	@set -e; for b in $(BENCHES); do \
		TWZ_SRC=$(SRC) TWZ_BUILD=$(abspath $(B)) TWZ_TOOLCHAIN=$(abspath $(TOOLCHAIN)) TWZ_CC=$(TWZ_CC) \
		TWZ_TMP=$$(mktemp -d) bash $$b; \
	done

.PHONY: test bench
