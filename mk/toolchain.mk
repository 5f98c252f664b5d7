# The toolchain: a PREFIX layout that `make install` copies and the tree itself builds programs with.
#   bin/twz-cc  bin/twz
#   include/twizzler/...  include/twzrt/...  include/poll.h  include/sys/select.h
#   lib/twzrt/abi-note.o  lib/twzrt/minimal/{crt1.o,libtwz_rt.a}  lib/pkgconfig/twzrt.pc
#   share/twzrt/abi-stamp   (ABI version and source commit the toolchain was built from)

ABI_VERSION := $(shell scripts/abi-version.sh include/twizzler/rt/version.h)
SOURCE_COMMIT := $(shell git -C $(SRC) rev-parse HEAD 2>/dev/null || echo unknown)$(shell \
	git -C $(SRC) diff --quiet HEAD -- 2>/dev/null || echo -dirty)
HEADERS := $(shell find include -name '*.h')

TOOLCHAIN_PARTS := $(B)/lib/minimal/libtwz_rt.a $(B)/lib/minimal/crt1.o $(B)/lib/abi-note.o $(B)/bin/twz \
	tools/twz-cc/twz-cc scripts/install-toolchain.sh $(HEADERS)

# One install recipe for both the tree's own toolchain and `make install`.
install_toolchain = scripts/install-toolchain.sh "$(1)" "$(B)" "$(ABI_VERSION)" "$(SOURCE_COMMIT)"

$(TREE_TOOLCHAIN)/.stamp: $(TOOLCHAIN_PARTS)
	$(call say,INSTALL,$(TREE_TOOLCHAIN))
	$(Q)$(call install_toolchain,$(abspath $(TREE_TOOLCHAIN)))
	@echo "$(SOURCE_COMMIT)" > $@

toolchain: $(TREE_TOOLCHAIN)/.stamp

install: $(TOOLCHAIN_PARTS)
	$(call install_toolchain,$(DESTDIR)$(PREFIX))

.PHONY: toolchain install
