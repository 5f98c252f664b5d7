# Programs built with a toolchain: examples here, tests and benchmarks in tests.mk. Every rule that
# compiles with a toolchain waits for abi-check, which refuses a toolchain whose ABI does not match.

# The tree's own toolchain is rebuilt from this tree whenever its parts change, so only an installed one
# can be from another commit (worth a warning).
ifeq ($(TOOLCHAIN),$(TREE_TOOLCHAIN))
TOOLCHAIN_DEP := $(TREE_TOOLCHAIN)/.stamp
CHECK_COMMIT :=
else
TOOLCHAIN_DEP :=
CHECK_COMMIT := $(SOURCE_COMMIT)
endif

abi-check: $(TOOLCHAIN_DEP)
	@scripts/abi-check.sh "$(TOOLCHAIN)" include/twizzler/rt/version.h "$(CHECK_COMMIT)"

EXAMPLES := $(sort $(wildcard examples/*/*.c))
EXAMPLE_BINS := $(patsubst examples/%.c,$(B)/examples/minimal/%,$(EXAMPLES))
EXAMPLE_REF_BINS := $(patsubst examples/%.c,$(B)/examples/reference/%,$(EXAMPLES))

$(B)/examples/minimal/%: examples/%.c $(TOOLCHAIN_DEP) | abi-check
	@mkdir -p $(@D)
	$(call say,TWZ-CC,$<)
	$(Q)$(TWZ_CC) --runtime=minimal -static -O2 -Wall -Wextra -Werror $< -o $@

$(B)/examples/reference/%: examples/%.c $(TOOLCHAIN_DEP) | abi-check
	@mkdir -p $(@D)
	$(call say,TWZ-CC,$<)
	$(Q)$(TWZ_CC) --runtime=reference -O2 -Wall -Wextra -Werror $< -o $@

# The main job: every example under every runtime the toolchain has (reference: when it has one). Their
# persistent objects go to a store in the build folder, not the user's.
RUN_ENV := TWZ_STORE=$(abspath $(B))/store
HAVE_REFERENCE = $(wildcard $(TOOLCHAIN)/lib/twzrt/reference/libtwz_rt.so)
run: $(EXAMPLE_BINS)
	@set -e; for p in $(EXAMPLE_BINS); do \
		echo "== $${p#$(B)/examples/} (minimal runtime)"; \
		$(RUN_ENV) $$p; \
	done
	@if [ -n "$(HAVE_REFERENCE)" ]; then $(MAKE) --no-print-directory run-reference; fi

run-reference: $(EXAMPLE_REF_BINS)
	@set -e; for p in $(EXAMPLE_REF_BINS); do \
		echo "== $${p#$(B)/examples/} (reference runtime)"; \
		$(RUN_ENV) $$p; \
	done

.PHONY: abi-check run run-reference
