#!/usr/bin/env bash
# Installs the toolchain into DEST: the one recipe behind `make install` and the tree's own toolchain.
# Usage: install-toolchain.sh DEST BUILD_DIR ABI_VERSION SOURCE_COMMIT
set -euo pipefail
dest=${1:?} b=${2:?} ver=${3:?} commit=${4:?}
src=$(cd "$(dirname "$0")/.." && pwd)

install -d "$dest/bin" "$dest/include" "$dest/lib/twzrt/minimal" "$dest/lib/pkgconfig" "$dest/share/twzrt"
install -m 0755 "$src/tools/twz-cc/twz-cc" "$dest/bin/twz-cc"
install -m 0755 "$b/bin/twz" "$dest/bin/twz"
# Headers: the ABI (twizzler/), twzrt extensions (twzrt/), and compat/ at the include root.
(cd "$src/include" && find twizzler twzrt -name '*.h' -print0 | xargs -0 -I{} install -D -m 0644 {} "$dest/include/{}")
(cd "$src/include/compat" && find . -name '*.h' -print0 | xargs -0 -I{} install -D -m 0644 {} "$dest/include/{}")
install -m 0644 "$b/lib/abi-note.o" "$dest/lib/twzrt/abi-note.o"
install -m 0644 "$b/lib/minimal/libtwz_rt.a" "$b/lib/minimal/crt1.o" "$dest/lib/twzrt/minimal/"
cat >"$dest/lib/pkgconfig/twzrt.pc" <<PC
prefix=$dest
includedir=\${prefix}/include
libdir=\${prefix}/lib/twzrt

Name: twzrt
Description: Twizzler runtime (ABI $ver) on Linux; build programs with \${prefix}/bin/twz-cc
Version: $ver
Cflags: -nostdinc -isystem \${includedir}
Libs: \${libdir}/minimal/crt1.o \${libdir}/abi-note.o -L\${libdir}/minimal -ltwz_rt
PC
printf 'abi_version=%s\nsource_commit=%s\n' "$ver" "$commit" >"$dest/share/twzrt/abi-stamp"
